/// A day of the proleptic Gregorian calendar, counted in days since 1970-01-01 (UTC).
///
/// The arithmetic is Howard Hinnant's `days_from_civil` / `civil_from_days`, exact for every
/// day we will meet, with no dependence on Foundation or the machine's time zone.
///
/// ```swift
/// let day = CalendarDay(iso: "2019-12-30")   // a Monday
/// day?.adding(days: -1).iso                  // "2019-12-29"
/// ```
public struct CalendarDay: Sendable, Hashable, Comparable {
    /// Days since 1970-01-01.
    public let number: Int

    /// The day `number` days after 1970-01-01.
    public init(number: Int) { self.number = number }

    /// The day `year-month-day`, or nil when the month or day is out of range.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else {
            return nil
        }
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        number = era * 146_097 + doe - 719_468
    }

    /// Parses `YYYY-MM-DD` (anything after the tenth character, such as a time, is ignored).
    public init?(iso: String) {
        let s = Array(iso.unicodeScalars)
        guard s.count >= 10, s[4] == "-", s[7] == "-" else { return nil }
        func num(_ r: Range<Int>) -> Int? {
            var v = 0
            for k in r {
                guard s[k].value >= 48, s[k].value <= 57 else { return nil }
                v = v * 10 + Int(s[k].value - 48)
            }
            return v
        }
        guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month (1–12) and day of the month.
    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Day of the week: 0 Sunday, 1 Monday … 6 Saturday.
    public var weekday: Int {
        let r = (number + 4) % 7
        return r < 0 ? r + 7 : r
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let c = components
        func pad(_ v: Int, _ width: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(c.year, 4))-\(pad(c.month, 2))-\(pad(c.day, 2))"
    }

    /// The day `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// Orders days in time.
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }

    /// The number of days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
