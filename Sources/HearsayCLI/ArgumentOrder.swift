/// Moves the options every subcommand shares from before the subcommand to after it, so
/// `hearsay --db x.db stats` reads like `hearsay stats --db x.db`.
///
/// argument-parser only gives a subcommand the options written after its name; people type
/// the database first, as with `sqlite3 x.db` or `git -C dir`.
public enum ArgumentOrder {
    /// The options that take a value and that every subcommand accepts.
    static let sharedValueOptions: Set<String> = ["--db"]

    /// `arguments` (without the program name) with leading shared options moved to the end (before a `--`).
    public static func normalised(_ arguments: [String]) -> [String] {
        var leading: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if sharedValueOptions.contains(argument), index + 1 < arguments.count {
                leading += [argument, arguments[index + 1]]
                index += 2
            } else if let name = argument.split(separator: "=", maxSplits: 1).first,
                argument.contains("="), sharedValueOptions.contains(String(name))
            {
                leading.append(argument)
                index += 1
            } else {
                break
            }
        }
        // Nothing moved, or nothing after it (`hearsay --db x.db` alone): leave the words as typed.
        guard !leading.isEmpty, index < arguments.count, !arguments[index].hasPrefix("-") else { return arguments }
        var rest = Array(arguments[index...])
        if let separator = rest.firstIndex(of: "--") {
            rest.insert(contentsOf: leading, at: separator)
        } else {
            rest += leading
        }
        return rest
    }
}
