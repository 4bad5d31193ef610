/// A calendar day in the proleptic Gregorian calendar, free of time zones.
///
/// The dashboard reasons about dates only at day precision, so it uses this small value type
/// rather than `Foundation.Date`: comparisons are exact and results never depend on the clock or
/// the machine's time zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 4 bytes: the index keeps two days per MPP.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// Creates a day, or returns nil when the combination is not a real calendar date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Parses `YYYY-MM-DD`; nil for anything else.
    public init?(iso text: some StringProtocol) {
        guard let date = PartialDate(iso: text), date.precision == .day,
              let month = date.month, let day = date.day else { return nil }
        self.init(year: date.year, month: month, day: day)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// The ISO form, `YYYY-MM-DD`.
    public var description: String {
        PartialDate.pad(year, 4) + "-" + PartialDate.pad(month, 2) + "-" + PartialDate.pad(day, 2)
    }

    /// The last day of the month this day falls in.
    public var endOfMonth: Day {
        Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    }

    /// Days since 0001-01-01 (day 0), for counting the days between two days.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Day.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// The number of days from `other` to this day (negative when `other` is later).
    public func days(since other: Day) -> Int { ordinal - other.ordinal }

    /// The day before this one.
    public var dayBefore: Day {
        if day > 1 { return Day(year: year, month: month, day: day - 1)! }
        return month > 1 ? Day(year: year, month: month - 1, day: 1)!.endOfMonth : Day(year: year - 1, month: 12, day: 31) ?? self
    }

    /// The day `months` months later (or earlier), clamped to the end of a shorter month.
    public func adding(months: Int) -> Day {
        let index = year * 12 + (month - 1) + months
        let newYear = index / 12
        let newMonth = index % 12 + 1
        let newDay = min(day, Day.daysIn(month: newMonth, year: newYear))
        return Day(year: newYear, month: newMonth, day: newDay) ?? self
    }
}
