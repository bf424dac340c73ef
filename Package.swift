// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Hearsay",
    products: [
        .executable(name: "hearsay", targets: ["hearsay"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "HearsayStore", targets: ["HearsayStore"]),
        .library(name: "HearsayText", targets: ["HearsayText"]),
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
        // Text knowledge every stage shares: the word lists of Lexicons/, compiled in.
        .target(name: "HearsayText"),
        // The extraction pipeline: plain strings in, quotes and claims out. Knows nothing of SQLite.
        .target(name: "Extraction", dependencies: ["HearsayText"]),
        // Reading article files: folders, JSON lines, web pages, gzip, WARC, encodings, limits.
        .target(name: "Ingest", dependencies: ["Extraction", "HearsayText", "CLibXML2", "CZlib"]),
        // Cross-article reasoning: linking speakers into entities, grouping claims.
        .target(name: "Linking", dependencies: ["Extraction", "HearsayText"]),
        // The Hearsay database: schema, import, queries, export.
        .target(name: "HearsayStore", dependencies: ["SQLiteLayer", "Extraction", "Linking", "HearsayText"]),
        // The import use case: reader -> extraction threads -> a sink (the store), claim grouping included.
        .target(name: "HearsayImport", dependencies: ["HearsayStore", "Ingest", "Extraction", "Linking"]),
        // The command line, as a library so tests can parse and run it.
        .target(
            name: "HearsayCLI",
            dependencies: [
                "HearsayImport", "HearsayStore", "Ingest", "Extraction", "Linking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "hearsay", dependencies: ["HearsayCLI"]),
        // Synthetic news articles with quotes and invented names, for benchmarks (issue 6).
        .target(name: "SyntheticCorpus", dependencies: ["Extraction", "HearsayText"]),
        // `make bench`: the speed, memory and size figures of issue 6. Not a test.
        .executableTarget(
            name: "HearsayBench",
            dependencies: [
                "HearsayImport", "HearsayStore", "Extraction", "SyntheticCorpus", "CSQLite", "Ingest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: scratch folders, running the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteLayerTests", dependencies: ["SQLiteLayer", "TestSupport"]),
        .testTarget(name: "HearsayTextTests", dependencies: ["HearsayText"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction"]),
        .testTarget(name: "IngestTests", dependencies: ["Ingest", "TestSupport"]),
        // Bad input, kill -9, concurrency and locked/read-only/foreign databases, run on the built binary;
        // and the fuzzer's crashes kept as regression tests.
        .testTarget(name: "FaultTests", dependencies: ["Extraction", "Ingest", "TestSupport"]),
        .testTarget(name: "LinkingTests", dependencies: ["Linking"]),
        .testTarget(name: "HearsayStoreTests", dependencies: ["HearsayStore", "TestSupport"]),
        .testTarget(name: "HearsayImportTests", dependencies: ["HearsayImport", "TestSupport"]),
        .testTarget(name: "HearsayCLITests", dependencies: ["HearsayCLI", "Ingest", "TestSupport"]),
        .testTarget(name: "SyntheticCorpusTests", dependencies: ["SyntheticCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
