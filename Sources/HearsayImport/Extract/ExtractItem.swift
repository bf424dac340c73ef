import Ingest

/// What the reader hands the extraction threads of ``Extractor``: an article, or an input it
/// could not read, which keeps its place in the output as an error line.
enum ExtractItem: Sendable {
    case article(RawArticle)
    case problem(InputProblem)
}
