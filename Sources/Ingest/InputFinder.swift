import Foundation

/// One input to read: a file (with the key prefix it contributes) or standard input.
struct InputFile: Equatable {
    /// How the file is read.
    enum Format: Equatable {
        case text
        case jsonLines
        case jsonDocument
        /// A web page.
        case html
        /// A WARC crawl file.
        case warc
        /// Standard input: JSON when it starts with `{` or `[{`, else one plain-text article.
        case sniffed
    }

    /// The path to open (`-` for standard input).
    var path: String
    /// The path shown in messages and origins.
    var displayPath: String
    /// The article key for a text file, and the prefix of `key:line` for a JSON line without `id`.
    var key: String
    /// How to read it.
    var format: Format
    /// Whether the file is gzipped (its name ends in `.gz`).
    var gzipped = false
}

/// Expands the paths a user gave into files in a stable order.
enum InputFinder {
    /// Extensions read from folders; any file given by name is read, as text unless its extension says JSON.
    static let folderExtensions: Set<String> = [
        "txt", "text", "jsonl", "ndjson", "json", "html", "htm", "xhtml", "warc",
    ]

    /// Expands `paths` in the order given; folders recursively, sorted by relative path.
    static func expand(_ paths: [String], _ visit: (Result<InputFile, InputProblem>) throws -> Void) rethrows {
        let files = FileManager.default
        for path in paths {
            if path == "-" {
                try visit(.success(InputFile(path: "-", displayPath: "<stdin>", key: "stdin", format: .sniffed)))
                continue
            }
            var isDirectory: ObjCBool = false
            guard files.fileExists(atPath: path, isDirectory: &isDirectory) else {
                try visit(.failure(InputProblem(path: path, reason: "no such file or folder")))
                continue
            }
            if !isDirectory.boolValue {
                let name = (path as NSString).lastPathComponent
                try visit(
                    .success(
                        InputFile(
                            path: path, displayPath: path, key: name, format: format(of: name),
                            gzipped: isGzipped(name))))
                continue
            }
            for found in try listFolder(path, visit) {
                try visit(.success(found))
            }
        }
    }

    private static func listFolder(
        _ folder: String, _ visit: (Result<InputFile, InputProblem>) throws -> Void
    ) rethrows -> [InputFile] {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        var problems: [InputProblem] = []
        guard
            let walker = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
                options: [.skipsHiddenFiles],
                errorHandler: { failed, error in
                    problems.append(
                        InputProblem(path: failed.path, reason: "cannot read: \(error.localizedDescription)"))
                    return true
                })
        else {
            try visit(.failure(InputProblem(path: folder, reason: "cannot read folder")))
            return []
        }
        let base = url.standardizedFileURL.resolvingSymlinksInPath().path
        var found: [(relative: String, file: InputFile)] = []
        for case let item as URL in walker {
            let values = try? item.resourceValues(forKeys: [.isRegularFileKey])
            guard values?.isRegularFile == true else { continue }
            var ext = item.pathExtension.lowercased()
            if ext == "gz" { ext = item.deletingPathExtension().pathExtension.lowercased() }
            guard folderExtensions.contains(ext) else { continue }
            let full = item.standardizedFileURL.resolvingSymlinksInPath().path
            var relative = full.hasPrefix(base + "/") ? String(full.dropFirst(base.count + 1)) : item.lastPathComponent
            if relative.isEmpty { relative = item.lastPathComponent }
            let display = folder.hasSuffix("/") ? folder + relative : folder + "/" + relative
            found.append(
                (
                    relative,
                    InputFile(
                        path: item.path, displayPath: display, key: relative, format: format(of: relative),
                        gzipped: isGzipped(relative))
                ))
        }
        for problem in problems { try visit(.failure(problem)) }
        // Byte order of the relative path: stable across machines and locales.
        found.sort { Array($0.relative.utf8).lexicographicallyPrecedes(Array($1.relative.utf8)) }
        return found.map(\.file)
    }

    private static func isGzipped(_ name: String) -> Bool {
        (name as NSString).pathExtension.lowercased() == "gz"
    }

    private static func format(of name: String) -> InputFile.Format {
        var ext = (name as NSString).pathExtension.lowercased()
        if ext == "gz" { ext = ((name as NSString).deletingPathExtension as NSString).pathExtension.lowercased() }
        switch ext {
        case "jsonl", "ndjson": return .jsonLines
        case "json": return .jsonDocument
        case "html", "htm", "xhtml": return .html
        case "warc": return .warc
        case _ where isGzipped(name): return .sniffed
        default: return .text
        }
    }
}
