import HearsayCLI

#if canImport(Glibc)
    import Glibc

    // A fixed mmap threshold: glibc raises its own after each big free, so the arrays of one large
    // article (tens of MB) would stay in the heap once freed; mapped, they go back to the system
    // (a 3.9 MB article of 840 news stories: 215 -> 174 MB peak, issue 13). <malloc.h> is not part
    // of the Glibc module, so `mallopt` is looked up by name; M_MMAP_THRESHOLD is -3.
    // Freed memory at the top of a heap is kept up to 32 MB (M_TRIM_THRESHOLD, -1) and heaps grow
    // 4 MB at a time (M_TOP_PAD, -2), rather than handed back and faulted in again page by page at
    // glibc's 128 KB: PolNeAR train's import took 18,700 page faults, now 11,000, with the same
    // peak memory (74 MB; issue 14).
    if let mallopt = dlsym(nil, "mallopt") {
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        let set = unsafeBitCast(mallopt, to: Mallopt.self)
        _ = set(-3, 256 * 1024)
        _ = set(-1, 32 * 1024 * 1024)
        _ = set(-2, 4 * 1024 * 1024)
    }
#endif

Hearsay.main(ArgumentOrder.normalised(Array(CommandLine.arguments.dropFirst())))
