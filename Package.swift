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
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
    ],
    targets: [
        // The system SQLite, reached through a module map (no wrapper package).
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // A thin Swift layer over SQLite that knows nothing of quotes.
        .target(name: "SQLiteLayer", dependencies: ["CSQLite"]),
        // The extraction pipeline: plain strings in, quotes and claims out. Knows nothing of SQLite.
        .target(name: "Extraction"),
        // Reading article files: folders, JSON lines, encodings, limits.
        .target(name: "Ingest", dependencies: ["Extraction"]),
        // Cross-article reasoning: linking speakers into entities, grouping claims.
        .target(name: "Linking", dependencies: ["Extraction"]),
        // The Hearsay database: schema, import, queries, export.
        .target(name: "HearsayStore", dependencies: ["SQLiteLayer", "Extraction", "Linking"]),
        // `hearsay serve`: pages, JSON API and curation forms over the store, on Hummingbird.
        .target(
            name: "HearsayServer",
            dependencies: [
                "HearsayStore", "Extraction", "Linking", .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
            ]
        ),
        // The command line, as a library so tests can parse and run it.
        .target(
            name: "HearsayCLI",
            dependencies: [
                "HearsayStore", "HearsayServer", "Ingest", "Extraction", "Linking",
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
                "HearsayStore", "Extraction", "SyntheticCorpus", "CSQLite",
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
        .testTarget(name: "HearsayCLITests", dependencies: ["HearsayCLI"]),
        .testTarget(
            name: "HearsayServerTests",
            dependencies: [
                "HearsayServer", "HearsayStore",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
        .testTarget(name: "SyntheticCorpusTests", dependencies: ["SyntheticCorpus"]),
    ],
    swiftLanguageModes: [.v6]
)
