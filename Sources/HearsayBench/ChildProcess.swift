import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Runs a program to completion and reports its wall time and peak memory (`wait4` rusage).
enum ChildProcess {
    struct Outcome {
        /// Wall-clock seconds from spawn to exit.
        var seconds: Double
        /// The child's maximum resident set size, in megabytes.
        var maxRSSMegabytes: Double
        /// User plus system CPU seconds the child used (on every thread).
        var cpuSeconds: Double
        /// The exit status (or 128 + signal).
        var status: Int32
        /// Everything the child wrote to standard error (its last 4 KB).
        var stderr: String
    }

    struct Failure: Error, CustomStringConvertible {
        var command: [String]
        var reason: String
        var description: String { "\(command.joined(separator: " ")): \(reason)" }
    }

    /// GNU time, when installed: see ``run(_:_:stdoutPath:)``.
    static let timeProgram = "/usr/bin/time"

    /// Runs `executable arguments`, standard output going to `stdoutPath` (default /dev/null).
    ///
    /// The peak memory comes from GNU time when it is installed. A child spawned straight from
    /// this process would report this process's own peak too: Linux carries the parent's
    /// high-water mark through `posix_spawn` and `exec` into the child's `ru_maxrss`.
    static func run(_ executable: String, _ arguments: [String], stdoutPath: String = "/dev/null") throws -> Outcome {
        guard FileManager.default.isExecutableFile(atPath: timeProgram) else {
            return try spawn(executable, arguments, stdoutPath: stdoutPath)
        }
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-bench-\(getpid())-time")
            .path
        defer { try? FileManager.default.removeItem(atPath: report) }
        var outcome = try spawn(
            timeProgram, ["-o", report, "-f", "%e %U %S %M", executable] + arguments, stdoutPath: stdoutPath)
        let fields = ((try? String(contentsOfFile: report, encoding: .utf8)) ?? "")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).compactMap { Double($0) }
        // GNU time writes "Command exited with non-zero status N" first when the command failed.
        if fields.count >= 4 {
            let last = fields.suffix(4).map { $0 }
            outcome.cpuSeconds = last[1] + last[2]
            outcome.maxRSSMegabytes = last[3] / 1024
        }
        return outcome
    }

    private static func spawn(_ executable: String, _ arguments: [String], stdoutPath: String) throws -> Outcome {
        let command = [executable] + arguments
        let errPath = FileManager.default.temporaryDirectory.appendingPathComponent("hearsay-bench-\(getpid())-stderr")
            .path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let cArguments = command.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        let started = Clock.now
        let code = posix_spawn(&pid, executable, &actions, nil, cArguments, environ)
        guard code == 0 else {
            throw Failure(command: command, reason: "cannot start: \(String(cString: strerror(code)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 {
            guard errno == EINTR else {
                throw Failure(command: command, reason: "wait4 failed: \(String(cString: strerror(errno)))")
            }
        }
        let seconds = Clock.now - started
        let stderr = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(atPath: errPath)
        // WIFEXITED / WEXITSTATUS are macros Swift does not import.
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(
            seconds: seconds, maxRSSMegabytes: Double(usage.ru_maxrss) / 1024,
            cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
            status: exitStatus,
            stderr: String(stderr.suffix(4096)))
    }
}

/// A monotonic clock in seconds.
enum Clock {
    static var now: Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// CPU seconds the calling thread has used.
    static var threadCPU: Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// Seconds `body` takes.
    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = now
        try body()
        return now - start
    }
}

/// `print`, flushed at once so progress shows up even when the output goes to a file.
func say(_ line: String) {
    print(line)
    fflush(nil)
}
