import Foundation

/// What sorting reads of a record line: its format, its article's key, or the error it carries.
struct RecordHeader: Decodable {
    struct Article: Decodable {
        var key: String
    }

    var format: String?
    var article: Article?
    var error: ExtractError?

    /// What one line is.
    enum Kind {
        /// An article record filed under `key`.
        case article(key: [UInt8])
        /// An error record written by `hearsay extract`.
        case error(ExtractError)
        /// Something else, with what is wrong with it.
        case invalid(String)
        /// A record of a later format than this build reads.
        case newer(String)
    }

    /// Reads the header of `line`.
    static func kind(of line: [UInt8]) -> Kind {
        // The common case, a record this build wrote, costs a prefix compare; the line is fully
        // checked when it is decoded for storing.
        if let key = ExtractFormat.quickKey(line) { return .article(key: key) }
        let header: RecordHeader
        do {
            header = try JSONDecoder().decode(RecordHeader.self, from: Data(line))
        } catch {
            return .invalid("not a JSON object of the hearsay-extract format")
        }
        guard let format = header.format else { return .invalid("no \"format\" field") }
        guard let version = ExtractFormat.version(of: format) else {
            return .invalid("format \(format.debugDescription) is not \(ExtractFormat.name)")
        }
        if version > ExtractFormat.version { return .newer(format) }
        if version < ExtractFormat.version { return .invalid("format \(format) is no longer read") }
        if let error = header.error { return .error(error) }
        guard let article = header.article else { return .invalid("neither \"article\" nor \"error\"") }
        return .article(key: Array(article.key.utf8))
    }
}
