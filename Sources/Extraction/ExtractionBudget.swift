#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How much CPU time one article's extraction may take, counted on the thread that extracts it.
///
/// CPU time rather than wall time: on a machine busy with other work an article gets the same
/// verdict as on an idle one. The pipeline checks the budget between its stages, and the long
/// stages poll it as they go (``BudgetPoll``) and stop early once it is spent (cooperatively:
/// no thread is ever killed), so an article is cut short within about its budget.
///
/// ```swift
/// let budget = ExtractionBudget(seconds: 10)   // made on the extracting thread, as it starts
/// let result = try Pipeline().extract(text: text, context: context, budget: budget)
/// ```
public struct ExtractionBudget: Sendable, Hashable {
    /// The CPU seconds allowed.
    public let seconds: Double
    private let startedAt: Double
    private let startedAtWall: Double

    /// A budget of `seconds` of CPU time from now, on the calling thread.
    public init(seconds: Double) {
        self.seconds = seconds
        self.startedAt = Self.threadCPUTime()
        self.startedAtWall = Self.wallTime()
    }

    /// CPU seconds the calling thread has spent since the budget was made.
    public var spent: Double { Self.threadCPUTime() - startedAt }

    /// True when the budget is spent. A thread spends no more CPU time than the wall time that
    /// passes, so while less than `seconds` of wall time has passed the budget cannot be spent:
    /// the monotonic clock is read in user space, the thread's CPU clock only by a system call,
    /// which at every stage of every article cost about 1% of an import (issue 14).
    var isOver: Bool {
        !wallTimeIsWithinBudget && spent > seconds
    }

    /// Whether no more than `seconds` of wall time has passed (false when the clock cannot be read).
    private var wallTimeIsWithinBudget: Bool { Self.wallTime() - startedAtWall <= seconds }

    /// Throws when the budget is spent; `stage` names the stage just finished.
    public func check(after stage: String) throws(ExtractionOverBudget) {
        if wallTimeIsWithinBudget { return }
        let spent = self.spent
        if spent > seconds { throw ExtractionOverBudget(limit: seconds, spent: spent, stage: stage) }
    }

    private static func threadCPUTime() -> Double {
        var now = timespec()
        guard clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now) == 0 else { return 0 }
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    private static func wallTime() -> Double {
        var now = timespec()
        // Without the monotonic clock every check falls through to the CPU clock.
        guard clock_gettime(CLOCK_MONOTONIC, &now) == 0 else { return .infinity }
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}

/// An article whose extraction ran past its ``ExtractionBudget``: it is not extracted.
public struct ExtractionOverBudget: Error, Sendable, Hashable, CustomStringConvertible {
    /// The CPU seconds allowed.
    public var limit: Double
    /// The CPU seconds spent when the check was made.
    public var spent: Double
    /// The stage after which the budget was found spent.
    public var stage: String

    /// Creates the error.
    public init(limit: Double, spent: Double, stage: String) {
        self.limit = limit
        self.spent = spent
        self.stage = stage
    }

    /// "extraction ran past its budget of 0.50 s of CPU time (0.51 s spent by the quote stage) …".
    public var description: String {
        "extraction ran past its budget of \(Self.seconds(limit)) s of CPU time (\(Self.seconds(spent)) s spent by "
            + "the \(stage) stage); not stored (raise --article-timeout to import it)"
    }

    private static func seconds(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension ExtractionBudget {
    /// The budget of the extraction running in this context, bound by
    /// ``Pipeline/extract(text:context:budget:)``; nil when the extraction has none.
    @TaskLocal static var current: ExtractionBudget?

    /// True when the running extraction's budget is spent.
    static var isSpent: Bool { current?.isOver ?? false }
}

/// A long stage's cheap question "is the budget spent?", asked of the clock only every 1,024
/// steps: a stage that finds it spent stops early, and the pipeline's check after the stage
/// then turns the article into ``ExtractionOverBudget`` (its partial result is never kept).
struct BudgetPoll {
    private var steps = 0
    private var over = false

    /// Counts one step; true when the budget is found spent (and at every step after that).
    mutating func spent() -> Bool {
        if over { return true }
        steps &+= 1
        if steps & 1023 == 0 && ExtractionBudget.isSpent { over = true }
        return over
    }
}
