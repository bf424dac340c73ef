import HearsayCLI

Hearsay.main(ArgumentOrder.normalised(Array(CommandLine.arguments.dropFirst())))
