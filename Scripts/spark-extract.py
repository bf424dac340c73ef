#!/usr/bin/env python3
"""Runs `hearsay extract` on Apache Spark and writes its records as gzipped JSON-lines files.

Each partition of the input is piped through `hearsay extract -` (rdd.pipe): extraction is per
article and needs no database, so it spreads over every core of the cluster. The output folder
then goes into one database with `hearsay import --extracted OUT/`, in any order and split.

    spark-submit --files /path/to/hearsay Scripts/spark-extract.py INPUT OUT [--partitions N]

INPUT is JSON lines (a file, a folder or a glob, .gz too: one article a line, as `hearsay import`
reads them) or, with --warc, a folder of WARC files (.warc, .warc.gz; saved web pages too), each
copied whole to the executor and read by `hearsay extract` itself.
"""

import argparse
import os
import shlex
import subprocess
import tempfile

from pyspark import SparkContext

GZIP = "org.apache.hadoop.io.compress.GzipCodec"


def pipe_command(binary):
    """`hearsay extract -` under sh, for one partition.

    An empty partition (Spark starts the command for those too) writes nothing: standard input
    with no article at all would be an error record. Status 1 (some inputs were bad, each written
    as an error record) lets the task succeed; a crash or a signal fails it, and Spark retries it.
    """
    script = (
        'IFS= read -r first || [ -n "$first" ] || exit 0; chmod +x "$0" 2>/dev/null; '
        '{ printf "%s\\n" "$first"; cat; } | "$0" extract -; s=$?; [ "$s" -le 1 ] || exit "$s"'
    )
    return shlex.join(["sh", "-c", script, binary])


def extract_warc_files(binary):
    """For --warc: copies each WARC file of a partition to local disk and extracts it there."""

    def run(files):
        with tempfile.TemporaryDirectory(prefix="hearsay-warc-") as folder:
            for path, data in files:
                local = os.path.join(folder, os.path.basename(path))
                with open(local, "wb") as out:
                    out.write(data)
                done = subprocess.run([binary, "extract", local], stdout=subprocess.PIPE, check=False)
                if done.returncode > 1:
                    raise RuntimeError(f"hearsay extract {shlex.quote(path)} failed with status {done.returncode}")
                for line in done.stdout.decode("utf-8").splitlines():
                    yield line
                os.remove(local)

    return run


def main():
    parser = argparse.ArgumentParser(description="hearsay extract on Spark: articles in, extract records out")
    parser.add_argument("input", help="JSON lines (file, folder, glob; .gz too) or, with --warc, a folder of WARC files")
    parser.add_argument("output", help="folder for the gzipped record files (must not exist)")
    parser.add_argument("--partitions", type=int, default=0, help="at least this many partitions (default: Spark's)")
    parser.add_argument("--warc", action="store_true", help="INPUT is a folder of WARC files")
    parser.add_argument("--hearsay", help="path of the hearsay binary on the executors (default: shipped with --files)")
    args = parser.parse_args()

    context = SparkContext.getOrCreate()
    # Shipped with --files, the binary lands in each executor's working folder.
    binary = args.hearsay or "./hearsay"
    if args.warc:
        files = context.binaryFiles(args.input, minPartitions=args.partitions or None)
        records = files.mapPartitions(extract_warc_files(binary))
    else:
        lines = context.textFile(args.input, minPartitions=args.partitions or None)
        # Blank lines carry no article; dropping them keeps a partition of only blanks silent.
        lines = lines.filter(lambda line: line.strip() != "")
        records = lines.pipe(pipe_command(binary), checkCode=True)
    records.saveAsTextFile(args.output, compressionCodecClass=GZIP)
    context.stop()


if __name__ == "__main__":
    main()
