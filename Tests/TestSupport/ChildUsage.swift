import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What one run of the built binary cost: its CPU time (user and system, every thread) and its
/// peak resident memory, as the kernel counted them for that process alone.
public struct ChildUsage: Sendable {
    /// The exit status (or 128 + the signal).
    public var status: Int32
    /// User plus system CPU seconds.
    public var cpuSeconds: Double
    /// The peak resident set, in bytes.
    public var maxResidentBytes: Int

    /// Runs `hearsay ARGS` (paths in them absolute) with output discarded and returns its usage.
    ///
    /// Spawned and reaped here with `wait4`, so the figures are this child's only, even while
    /// other tests run processes of their own.
    public static func measure(_ arguments: [String]) throws -> ChildUsage {
        guard let binary = HearsayBinary.path else { throw HearsayBinary.Missing() }
        let argv = ([binary] + arguments).map { strdup($0) }
        defer { argv.forEach { free($0) } }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, binary, &actions, nil, argv + [nil], environ)
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        }
        func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        let exited = status & 0x7f == 0
        return ChildUsage(
            status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f),
            cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
            maxResidentBytes: Int(usage.ru_maxrss) * 1024)
    }

    /// GNU time, which measures the peak memory of a child it forks itself.
    public static let timeProgram = "/usr/bin/time"

    /// The peak resident set, in bytes, of `hearsay ARGS` (paths in them absolute) and its exit
    /// status, measured by GNU time; nil when GNU time is not installed. `binary` is the built
    /// binary unless another is named.
    ///
    /// ``measure(_:)``'s `maxResidentBytes` is not this: Linux carries the parent's high-water
    /// mark into a child's `ru_maxrss` through `posix_spawn` (or `fork`) and `exec`, so a child of
    /// the test runner reports at least the runner's own peak. GNU time is a small process, so
    /// what its child inherits is small.
    public static func peakResidentBytes(_ arguments: [String], binary: String? = HearsayBinary.path) throws
        -> (status: Int32, bytes: Int)?
    {
        guard FileManager.default.isExecutableFile(atPath: timeProgram) else { return nil }
        guard let binary else { throw HearsayBinary.Missing() }
        let report = FileManager.default.temporaryDirectory
            .appendingPathComponent("hearsay-peak-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        defer { try? FileManager.default.removeItem(atPath: report) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: timeProgram)
        process.arguments = ["-o", report, "-f", "%M", binary] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        // GNU time writes "Command exited with non-zero status N" first when the command failed.
        let lines = try String(contentsOfFile: report, encoding: .utf8).split(separator: "\n")
        guard let last = lines.last, let kilobytes = Int(last.trimmingCharacters(in: .whitespaces)) else {
            return nil
        }
        return (process.terminationStatus, kilobytes * 1024)
    }
}
