import ArgumentParser

/// `--no-pager` and `--all`: how a long table meets a terminal.
struct PagingOptions: ParsableArguments {
    @Flag(help: "On a terminal, print a screenful and say how many rows are left instead of using $PAGER.")
    var noPager = false

    @Flag(help: "With --no-pager, print every row.")
    var all = false
}
