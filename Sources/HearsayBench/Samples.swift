/// Repeated measurements of one figure, summarised as min, median, p95 and max.
struct Samples {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) {
        self.values = values
    }

    mutating func add(_ value: Double) {
        values.append(value)
    }

    var count: Int { values.count }
    var min: Double { values.min() ?? .nan }
    var max: Double { values.max() ?? .nan }
    var median: Double { percentile(50) }
    var p95: Double { percentile(95) }

    /// The nearest-rank percentile.
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return .nan }
        let sorted = values.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]
    }
}

/// Whether bigger or smaller is better for a figure, and the bound it is held against.
enum Target {
    /// The figure should be at least this much (rates).
    case atLeast(Double)
    /// The figure should be at most this much (latencies, memory, sizes).
    case atMost(Double)
    /// Reported for information, with no bound.
    case none

    /// Whether `value` meets the target (nil when there is none).
    func holds(_ value: Double) -> Bool? {
        switch self {
        case .atLeast(let bound): return value >= bound
        case .atMost(let bound): return value <= bound
        case .none: return nil
        }
    }
}

/// One row of the results table.
struct Row {
    var name: String
    var unit: String
    var samples: Samples
    var target: Target
    /// Which statistic the target is checked against ("median", "p95", "max").
    var judgedBy: Judge = .median
    var note: String = ""

    enum Judge: String {
        case median, p95, max
    }

    var judged: Double {
        switch judgedBy {
        case .median: return samples.median
        case .p95: return samples.p95
        case .max: return samples.max
        }
    }
}
