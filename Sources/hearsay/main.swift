import HearsayCLI

#if canImport(Glibc)
    import Glibc

    // A fixed mmap threshold: glibc raises its own after each big free, so the arrays of one large
    // article (tens of MB) would stay in the heap once freed; mapped, they go back to the system
    // (a 3.9 MB article of 840 news stories: 215 -> 174 MB peak, issue 13). <malloc.h> is not part
    // of the Glibc module, so `mallopt` is looked up by name; M_MMAP_THRESHOLD is -3.
    if let mallopt = dlsym(nil, "mallopt") {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        _ = unsafeBitCast(mallopt, to: Mallopt.self)(-3, 256 * 1024)
    }
#endif

Hearsay.main(ArgumentOrder.normalised(Array(CommandLine.arguments.dropFirst())))
