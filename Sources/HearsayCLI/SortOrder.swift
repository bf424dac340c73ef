import ArgumentParser
import HearsayStore

/// `--sort`: how listed rows are ordered; newest first unless told otherwise.
enum SortOrder: String, ExpressibleByArgument, CaseIterable {
    /// Newest article first.
    case date
    /// By speaker name, newest first within each.
    case speaker
    /// By outlet, newest first within each.
    case outlet
    /// Most confident first.
    case confidence
    /// As imported (the order of `hearsay export`).
    case imported

    /// The store's order.
    var order: QuoteOrder {
        switch self {
        case .date: return .newest
        case .speaker: return .speaker
        case .outlet: return .outlet
        case .confidence: return .confidence
        case .imported: return .imported
        }
    }
}
