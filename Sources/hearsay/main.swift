import HearsayCLI

#if canImport(Glibc)
    import Glibc

    // A fixed threshold: glibc raises its own after each big free, so the arrays of one large
    // article (tens of MB) would stay in the heap once freed; mapped, they go back to the system
    // (a 3.9 MB article of 840 news stories: 215 -> 174 MB peak, issue 13).
    _ = mallopt(M_MMAP_THRESHOLD, 256 * 1024)
#endif

Hearsay.main(ArgumentOrder.normalised(Array(CommandLine.arguments.dropFirst())))
