import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// What the process knows about where its output goes.
enum Terminal {
    /// True when standard output is a terminal.
    static var stdoutIsTTY: Bool { isatty(STDOUT_FILENO) == 1 }
    /// True when standard error is a terminal.
    static var stderrIsTTY: Bool { isatty(STDERR_FILENO) == 1 }

    /// The width to wrap tables to: the terminal's, else `$COLUMNS`, else 100.
    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 20 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 20 {
            return columns
        }
        return 100
    }

    /// The number of lines the terminal shows: its own, else `$LINES`, else 24.
    static var height: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 2 { return Int(size.ws_row) }
        if let lines = ProcessInfo.processInfo.environment["LINES"].flatMap(Int.init), lines > 2 { return lines }
        return 24
    }

    /// True when colour should be used on standard output (a terminal, and `NO_COLOR` unset).
    static var colour: Bool {
        stdoutIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
    }

    /// Writes a line to standard error.
    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
