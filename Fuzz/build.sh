#!/bin/sh
# Builds the libFuzzer target Fuzz/.build/hearsay-fuzz from the Extraction and Ingest sources,
# instrumented for coverage and AddressSanitizer. Kept apart from `swift build` on purpose.
set -eu
cd "$(dirname "$0")/.."
OUT=Fuzz/.build
mkdir -p "$OUT"
SWIFTC=${SWIFTC:-swiftc}
FLAGS="-O -g -sanitize=fuzzer,address -parse-as-library -enable-testing -swift-version 6"
# Each module as a static library with its interface, as SwiftPM would lay them out.
$SWIFTC $FLAGS -module-name Extraction -emit-module -emit-module-path "$OUT/Extraction.swiftmodule" \
    -emit-library -static -o "$OUT/libExtraction.a" $(find Sources/Extraction -name '*.swift' | sort)
$SWIFTC $FLAGS -module-name Ingest -I "$OUT" -emit-module -emit-module-path "$OUT/Ingest.swiftmodule" \
    -emit-library -static -o "$OUT/libIngest.a" $(find Sources/Ingest -name '*.swift' | sort)
$SWIFTC $FLAGS -module-name HearsayFuzz -I "$OUT" -L "$OUT" -lIngest -lExtraction \
    Fuzz/FuzzTarget.swift -o "$OUT/hearsay-fuzz"
echo "built $OUT/hearsay-fuzz"
