import Foundation

/// Reads extract records from any number of files in any order and gives the article records
/// back sorted by article key (``SortEntry/precedes(_:_:)``), so that what is linked and grouped
/// first does not depend on how a cluster split and ordered its output.
///
/// An external sort: records gather in memory up to `runBytes`, are sorted and spilled to a
/// temporary file as a run, and the runs are merged at the end, one record of each in memory.
/// Memory stays near `runBytes` however large the input; the disk holds one uncompressed copy of
/// the records while the import runs. An input that fits in one run is never written to disk.
final class RecordSorter {
    /// The files read, in order; ``SortEntry/file`` indexes it.
    private(set) var files: [String] = []
    /// Article records read.
    private(set) var articles = 0
    private let runBytes: Int
    private let folder: String
    private var pending: [SortEntry] = []
    private var pendingBytes = 0
    private var runs: [SortRun] = []
    private var merger: RunMerger?

    /// Sorts in runs of about `runBytes` of records, spilled under `folder`.
    init(runBytes: Int, folder: String = NSTemporaryDirectory()) {
        self.runBytes = max(1, runBytes)
        self.folder = folder
    }

    /// Reads every record of `file`: articles are kept for sorting; error records, lines that are
    /// not records and unreadable files go to `problem`. Throws on a record of a newer format.
    func read(_ file: String, problem: (ExtractedInputError) -> Void) throws {
        let source: RecordSource
        do {
            source = try RecordSource(path: file)
        } catch {
            problem(error)
            return
        }
        let index = files.count
        files.append(source.path)
        do {
            while let line = try source.next() {
                guard line.contains(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { continue }
                let at = source.lineNumber
                switch RecordHeader.kind(of: line) {
                case .article(let key):
                    try add(SortEntry(key: key, line: line, file: index, lineNumber: at))
                case .error(let error):
                    problem(
                        ExtractedInputError(
                            path: source.path, line: at, message: "extract could not read \(error)"))
                case .invalid(let reason):
                    problem(ExtractedInputError(path: source.path, line: at, message: reason))
                case .newer(let format):
                    throw ExtractedInputError(
                        path: source.path, line: at,
                        message:
                            "the record is in format \(format), newer than this hearsay reads (\(ExtractFormat.name)): import it with a newer hearsay"
                    )
                }
            }
        } catch let error as ExtractedInputError where error.line == nil {
            problem(error)
        }
    }

    /// The next article record in key order, nil after the last; call once every file is read.
    func next() throws -> SortEntry? {
        if merger == nil {
            pending.sort(by: SortEntry.precedes)
            if !runs.isEmpty { try spill() }
            merger = RunMerger(memory: pending, runs: runs)
            runs = []
        }
        return try merger?.next()
    }

    private func add(_ entry: SortEntry) throws {
        articles += 1
        pendingBytes += entry.line.count + entry.key.count + 64
        pending.append(entry)
        if pendingBytes >= runBytes {
            pending.sort(by: SortEntry.precedes)
            try spill()
        }
    }

    private func spill() throws {
        let path = (folder as NSString).appendingPathComponent("hearsay-sort-\(UUID().uuidString)")
        runs.append(try SortRun(path: path, entries: pending))
        pending = []
        pendingBytes = 0
    }
}

/// Merges sorted runs (and one sorted array) into one sorted sequence.
struct RunMerger {
    private var memory: [SortEntry]
    private var memoryIndex = 0
    private let runs: [SortRun]
    /// The head entry of each run still going, as a binary min-heap of (entry, run).
    private var heap: [(SortEntry, Int)] = []
    private var started = false

    init(memory: [SortEntry], runs: [SortRun]) {
        self.memory = memory
        self.runs = runs
    }

    mutating func next() throws -> SortEntry? {
        if runs.isEmpty {
            guard memoryIndex < memory.count else { return nil }
            defer { memoryIndex += 1 }
            return memory[memoryIndex]
        }
        if !started {
            started = true
            for (index, run) in runs.enumerated() {
                if let head = try run.next() { push((head, index)) }
            }
        }
        guard let (top, run) = heap.first else { return nil }
        if let following = try runs[run].next() {
            heap[0] = (following, run)
            siftDown(0)
        } else {
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                siftDown(0)
            }
        }
        return top
    }

    private mutating func push(_ item: (SortEntry, Int)) {
        heap.append(item)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard SortEntry.precedes(heap[child].0, heap[parent].0) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var parent = start
        while true {
            var smallest = parent
            for child in [2 * parent + 1, 2 * parent + 2]
            where child < heap.count && SortEntry.precedes(heap[child].0, heap[smallest].0) {
                smallest = child
            }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
