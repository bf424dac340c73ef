import Foundation

/// Expands the paths given to `import --extracted` into the files to read, in a stable order.
///
/// A folder is walked recursively and every regular file in it is read (Spark and Hadoop name
/// their output `part-00000`, `part-00000.gz`), except hidden files (their `.crc` checksums) and
/// names starting with `_` (their `_SUCCESS` markers).
enum ExtractedInputs {
    /// The files under `paths` (`-` kept as is), folders sorted by path; a path that does not
    /// exist is an error.
    static func expand(_ paths: [String]) throws(ExtractedInputError) -> [String] {
        var files: [String] = []
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ExtractedInputError(path: path, line: nil, message: "no such file or folder")
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            files += try listFolder(path)
        }
        return files
    }

    private static func listFolder(_ folder: String) throws(ExtractedInputError) -> [String] {
        let url = URL(fileURLWithPath: folder, isDirectory: true)
        guard
            let walker = FileManager.default.enumerator(
                at: url, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { throw ExtractedInputError(path: folder, line: nil, message: "cannot read folder") }
        var found: [String] = []
        for case let item as URL in walker {
            guard (try? item.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            guard !item.lastPathComponent.hasPrefix("_") else { continue }
            found.append(item.path)
        }
        // Byte order, not the locale's: the same folder lists the same way everywhere.
        return found.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }
}
