#!/bin/sh
# Builds the libFuzzer target Fuzz/.build/hearsay-fuzz from the HearsayModel, HearsayText, Extraction
# and Ingest sources,
# instrumented for coverage and AddressSanitizer. Kept apart from `swift build` on purpose.
set -eu
cd "$(dirname "$0")/.."
OUT=Fuzz/.build
mkdir -p "$OUT"
SWIFTC=${SWIFTC:-swiftc}
FLAGS="-O -g -sanitize=fuzzer,address -parse-as-library -enable-testing -swift-version 6 -package-name hearsay"
# The linker warns about every sanitizer symbol; keep its output unless a step fails.
quiet() { "$@" > "$OUT/build.log" 2>&1 || { cat "$OUT/build.log" >&2; exit 1; }; }
# Each module as a static library with its interface, as SwiftPM would lay them out.
quiet $SWIFTC $FLAGS -module-name HearsayModel -emit-module -emit-module-path "$OUT/HearsayModel.swiftmodule" \
    -emit-library -static -o "$OUT/libHearsayModel.a" $(find Sources/HearsayModel -name '*.swift' | sort)
quiet $SWIFTC $FLAGS -module-name HearsayText -I "$OUT" -emit-module -emit-module-path "$OUT/HearsayText.swiftmodule" \
    -emit-library -static -o "$OUT/libHearsayText.a" $(find Sources/HearsayText -name '*.swift' | sort)
quiet $SWIFTC $FLAGS -module-name Extraction -I "$OUT" -emit-module -emit-module-path "$OUT/Extraction.swiftmodule" \
    -emit-library -static -o "$OUT/libExtraction.a" $(find Sources/Extraction -name '*.swift' | sort)
# Ingest reaches libxml2 and zlib through the module maps in Sources/CLibXML2 and Sources/CZlib.
C_MODULES="-I Sources/CLibXML2 -I Sources/CZlib $(pkg-config --cflags libxml-2.0 | sed 's/-I/-Xcc -I/g')"
quiet $SWIFTC $FLAGS -module-name Ingest -I "$OUT" $C_MODULES -emit-module -emit-module-path "$OUT/Ingest.swiftmodule" \
    -emit-library -static -o "$OUT/libIngest.a" $(find Sources/Ingest -name '*.swift' | sort)
quiet $SWIFTC $FLAGS -module-name HearsayFuzz -I "$OUT" $C_MODULES -L "$OUT" -lIngest -lExtraction -lHearsayText \
    -lHearsayModel -lxml2 -lz \
    Fuzz/FuzzTarget.swift -o "$OUT/hearsay-fuzz"
echo "built $OUT/hearsay-fuzz"
