import Foundation
import HearsayStore

#if canImport(Glibc)
    import Glibc
#endif

/// Where a table goes when standard output is a terminal: through `$PAGER` (default `less -FRX`),
/// or, with `--no-pager`, one screenful followed by "N more: --limit or --all". Pipes, files and
/// CSV or JSON lines are never paged nor cut.
final class Paging {
    private enum Mode {
        case plain
        case pager(pid_t)
        case screen(budget: Int)
    }

    private var mode: Mode
    private var used = 0
    private var left = 0

    /// Starts paging for a table when standard output is a terminal.
    init(_ options: PagingOptions, table: Bool) {
        guard table, Terminal.stdoutIsTTY else {
            mode = .plain
            return
        }
        if options.noPager {
            mode = options.all ? .plain : .screen(budget: max(3, Terminal.height - 2))
            return
        }
        let environment = ProcessInfo.processInfo.environment
        let command = environment["PAGER"] ?? (Self.onPath("less") ? "less -FRX" : "")
        if command.isEmpty || command == "cat" {
            mode = .plain
        } else if let pid = Self.spawn(command) {
            mode = .pager(pid)
        } else {
            mode = .screen(budget: max(3, Terminal.height - 2))
        }
    }

    /// True when `text` (one row, maybe several lines) should be written; false once the screen
    /// is full, counting the row as left over.
    func admit(_ text: String) -> Bool {
        guard case .screen(let budget) = mode else { return true }
        let lines = text.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
        if left == 0, used + lines <= budget {
            used += lines
            return true
        }
        left += 1
        return false
    }

    /// Ends the output: says how many rows were left off, or waits for the pager to quit.
    func finish(_ output: OutputBuffer) throws {
        switch mode {
        case .plain: try output.flush()
        case .screen:
            if left > 0 { try output.append("\(left) more: --limit or --all\n") }
            try output.flush()
        case .pager(let pid):
            try output.flush()
            close(STDOUT_FILENO)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1, errno == EINTR {}
        }
    }

    /// Runs `command` with `sh -c`, its standard input a pipe that becomes our standard output.
    private static func spawn(_ command: String) -> pid_t? {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], STDIN_FILENO)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addclose(&actions, fds[0])
        var pid: pid_t = 0
        let arguments = ["sh", "-c", command]
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
        close(fds[0])
        guard spawned == 0 else {
            close(fds[1])
            return nil
        }
        dup2(fds[1], STDOUT_FILENO)
        close(fds[1])
        return pid
    }

    /// True when `program` is an executable file in a `$PATH` folder.
    private static func onPath(_ program: String) -> Bool {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").contains { access("\($0)/\(program)", X_OK) == 0 }
    }
}
