// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Hearsay",
    products: [
        .executable(name: "hearsay", targets: ["hearsay"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "HearsayStore", targets: ["HearsayStore"]),
        .executable(name: "hearsay-bench", targets: ["HearsayBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        // The system SQLite, reached through a module map (no wrapper package).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // libxml2's HTML parser, reached the same way, for web pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib, for gzip inputs and WARC.gz crawls.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // A thin Swift layer over SQLite that knows nothing of quotes.
        .target(name: "SQLiteLayer", dependencies: ["CSQLite"]),
        // The extraction pipeline: plain strings in, quotes and claims out. Knows nothing of SQLite.
        .target(name: "Extraction"),
        // Reading article files: folders, JSON lines, web pages, gzip, WARC, encodings, limits.
        .target(name: "Ingest", dependencies: ["Extraction", "CLibXML2", "CZlib"]),
        // Cross-article reasoning: linking speakers into entities, grouping claims.
        .target(name: "Linking", dependencies: ["Extraction"]),
        // The Hearsay database: schema, import, queries, export.
        .target(name: "HearsayStore", dependencies: ["SQLiteLayer", "Extraction", "Linking"]),
        // The command line, as a library so tests can parse and run it.
        .target(
            name: "HearsayCLI",
            dependencies: [
                "HearsayStore", "Ingest", "Extraction", "Linking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "hearsay", dependencies: ["HearsayCLI"]),
        // Synthetic news articles with quotes and invented names, for benchmarks (issue 6).
        .target(name: "SyntheticCorpus", dependencies: ["Extraction"]),
        // `make bench`: the speed, memory and size figures of issue 6. Not a test.
        .executableTarget(
            name: "HearsayBench",
            dependencies: [
                "HearsayStore", "Extraction", "SyntheticCorpus", "CSQLite", "Ingest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "SQLiteLayerTests", dependencies: ["SQLiteLayer"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest"]),
        // Bad input, kill -9, concurrency and locked/read-only/foreign databases, run on the built binary;
        // and the fuzzer's crashes kept as regression tests.
        .testTarget(name: "FaultTests", dependencies: ["Extraction", "Ingest"]),
        .testTarget(name: "LinkingTests", dependencies: ["Linking"]),
        .testTarget(name: "HearsayStoreTests", dependencies: ["HearsayStore"]),
        .testTarget(name: "HearsayCLITests", dependencies: ["HearsayCLI", "Ingest"]),
        .testTarget(name: "SyntheticCorpusTests", dependencies: ["SyntheticCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
