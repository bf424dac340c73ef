import Extraction
import HearsayModel

/// The publication date an article is stored with: a real day of the calendar, or none.
enum ArticleDate {
    /// True for `YYYY-MM-DD` naming a day that exists, in years 0001 to 9999.
    static func isValid(_ date: String) -> Bool {
        // CalendarDay reads any four-digit year; a stored date needs year 1 or later, and no time.
        date.utf8.count == 10 && !date.hasPrefix("0000") && CalendarDay(iso: date) != nil
    }
}

extension RawArticle {
    /// Drops a date (from a JSON field, the text or a flag) that is not a real day, with a warning
    /// naming the file and line, so `2020-13-45` or `yesterday` is never stored as a date.
    mutating func dropInvalidDate(path: String, line: Int?) {
        guard let date = metadata.date, !ArticleDate.isValid(date) else { return }
        metadata.date = nil
        let shown = date.count > 40 ? String(date.prefix(40)) + "…" : date
        warnings.append(
            InputProblem(
                path: path, line: line,
                reason:
                    "date \(shown.debugDescription) is not a day of the calendar (YYYY-MM-DD); stored without a date"
            ))
    }
}
