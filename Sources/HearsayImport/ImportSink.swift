import HearsayModel
import HearsayStore

/// Where an import puts the articles it extracted: the Hearsay database (``StoreSink``), or any
/// other writer of extractions, such as a file of JSON lines.
///
/// The import calls ``prepare(_:)`` on its extraction threads, beside the pipeline, and hands the
/// results to ``write(_:)`` on one writer thread, a batch at a time, in the order the articles
/// were read. A sink that writes JSON lines would encode each line in ``prepare(_:)`` and append
/// the lines in ``write(_:)``.
public protocol ImportSink: AnyObject, SendableMetatype {
    /// What the extraction threads make of an article for this sink.
    associatedtype Prepared: Sendable

    /// Readies one extracted article for ``write(_:)``: the part of writing it that needs none of
    /// the sink's state, done on an extraction thread so the single writer has less to do.
    static func prepare(_ article: ArticleInput) -> Prepared

    /// Writes a batch of prepared articles, in reading order; the whole batch is kept or, when it
    /// throws, none of it. Returns what the batch added.
    func write(_ batch: [Prepared]) throws -> ImportTotals

    /// Finishes after the last batch (and after an import that stopped early).
    func finish() throws
}

/// Articles a sink already holds, asked on the reading thread so an article stored unchanged is
/// not extracted again.
public protocol KnownArticles {
    /// True when the article with this key, text and metadata is already held as it is.
    func holdsUnchanged(key: String, contentHash: String) throws -> Bool
}
