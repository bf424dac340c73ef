// swift-tools-version: 6.0
import PackageDescription

// The extraction stages call the text layer's small functions (word keys, word sets, scalar
// classes) once per word or scalar: in a release build those modules hand their bodies to their
// callers, so that splitting the text layer out of Extraction costs no call per word.
let crossModuleOptimization: [SwiftSetting] = [
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release))
]

let package = Package(
    name: "Hearsay",
    products: [
        .executable(name: "hearsay", targets: ["hearsay"]),
        .library(name: "HearsayModel", targets: ["HearsayModel"]),
        .library(name: "HearsayText", targets: ["HearsayText"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "HearsayStore", targets: ["HearsayStore"]),
        .executable(name: "hearsay-bench", targets: ["HearsayBench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The system SQLite, reached through a module map (no wrapper package).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // libxml2's HTML parser, reached the same way, for web pages.
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        // zlib, for gzip inputs and WARC.gz crawls.
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // A thin Swift layer over SQLite that knows nothing of quotes.
        // Its column readers are called per field of every exported row: they reach the store inlined.
        .target(name: "SQLiteLayer", dependencies: ["CSQLite"], swiftSettings: crossModuleOptimization),
        // The values every stage shares (spans, speakers, quotes, claims, figures, dates, article
        // metadata, an article's extraction), Codable (the `hearsay-extract/1` line is HearsayImport's ExtractRecord).
        .target(name: "HearsayModel", swiftSettings: crossModuleOptimization),
        // An article's text as the stages read it: Document, folding, the one tokenizer, word keys
        // and sets, name keys and places; and the word lists of Lexicons/, compiled in.
        .target(name: "HearsayText", dependencies: ["HearsayModel"], swiftSettings: crossModuleOptimization),
        // The extraction pipeline and its stages: plain strings in, quotes and claims out. Knows nothing of SQLite.
        .target(name: "Extraction", dependencies: ["HearsayModel", "HearsayText"]),
        // Reading article files: folders, JSON lines, web pages, gzip, WARC, encodings, limits, metadata from text.
        .target(name: "Ingest", dependencies: ["HearsayModel", "HearsayText", "Extraction", "CLibXML2", "CZlib"]),
        // Cross-article reasoning: linking speakers into entities, grouping claims.
        .target(name: "Linking", dependencies: ["HearsayModel", "HearsayText", "Extraction"]),
        // The Hearsay database: schema, import, queries, export.
        .target(
            name: "HearsayStore", dependencies: ["SQLiteLayer", "HearsayModel", "HearsayText", "Extraction", "Linking"]),
        // `hearsay serve`: pages, JSON API and curation forms over the store, on Hummingbird.
        .target(
            name: "HearsayServer",
            dependencies: [
                "HearsayStore", "HearsayModel", "Extraction", "Linking",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The import use case: reader -> extraction threads -> a sink (the store), claim grouping included.
        .target(
            name: "HearsayImport",
            dependencies: ["HearsayModel", "HearsayText", "HearsayStore", "Ingest", "Extraction", "Linking"]),
        // The command line, as a library so tests can parse and run it.
        .target(
            name: "HearsayCLI",
            dependencies: [
                "HearsayImport", "HearsayStore", "HearsayServer", "Ingest", "HearsayModel", "Extraction", "Linking",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "hearsay", dependencies: ["HearsayCLI"]),
        // Synthetic news articles with quotes and invented names, for benchmarks.
        .target(name: "SyntheticCorpus", dependencies: ["HearsayModel", "HearsayText", "Extraction"]),
        // `make bench`: the speed, memory and size figures of issue 6. Not a test.
        .executableTarget(
            name: "HearsayBench",
            dependencies: [
                "HearsayImport", "HearsayStore", "HearsayModel", "Extraction", "SyntheticCorpus", "CSQLite", "Ingest",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Helpers the test targets share: scratch folders, running the built binary.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SQLiteLayerTests", dependencies: ["SQLiteLayer", "TestSupport"]),
        .testTarget(name: "HearsayModelTests", dependencies: ["HearsayModel"]),
        .testTarget(name: "HearsayTextTests", dependencies: ["HearsayModel", "HearsayText"]),
        .testTarget(name: "ExtractionTests", dependencies: ["HearsayModel", "HearsayText", "Extraction"]),
        .testTarget(name: "IngestTests", dependencies: ["HearsayModel", "Ingest", "TestSupport"]),
        // Bad input, kill -9, concurrency and locked/read-only/foreign databases, run on the built binary;
        // and the fuzzer's crashes kept as regression tests.
        .testTarget(name: "FaultTests", dependencies: ["HearsayModel", "Extraction", "Ingest", "TestSupport"]),
        .testTarget(name: "LinkingTests", dependencies: ["HearsayModel", "HearsayText", "Linking"]),
        .testTarget(name: "HearsayStoreTests", dependencies: ["HearsayModel", "HearsayStore", "TestSupport"]),
        .testTarget(name: "HearsayImportTests", dependencies: ["HearsayModel", "HearsayImport", "TestSupport"]),
        .testTarget(name: "HearsayCLITests", dependencies: ["HearsayModel", "HearsayCLI", "Ingest", "TestSupport"]),
        .testTarget(
            name: "HearsayServerTests",
            dependencies: [
                "HearsayServer", "HearsayStore", "HearsayModel", "Extraction",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "SyntheticCorpusTests", dependencies: ["HearsayModel", "SyntheticCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
