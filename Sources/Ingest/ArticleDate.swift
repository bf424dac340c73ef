import Extraction
import HearsayModel

/// The publication date an article is stored with: a real day of the calendar, or none.
enum ArticleDate {
    /// True for `YYYY-MM-DD` naming a day that exists, in years 0001 to 9999.
    static func isValid(_ date: String) -> Bool {
        let bytes = Array(date.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return false }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard bytes[index] >= 0x30, bytes[index] <= 0x39 else { return nil }
                value = value * 10 + Int(bytes[index] - 0x30)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10), year >= 1 else {
            return false
        }
        return CalendarDay(year: year, month: month, day: day) != nil
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
