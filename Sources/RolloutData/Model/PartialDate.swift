/// How much of a date a source gives.
public enum DatePrecision: String, DeclarationOrdered, Sendable {
    case year, month, day
}

/// A date known to a day, a month or only a year (`2024-03-07`, `2024-06`, `2017`).
///
/// An unknown date is not a `PartialDate` at all but `nil`: the model never stands a guess in for a
/// missing date. A partial date covers a period, from `firstDay` to `lastDay`.
public struct PartialDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    // Stored in 6 bytes (0 for no month or day): a snapshot of 100,000 MPPs holds a few hundred
    // thousand dates.
    private let storedYear: Int32
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        storedYear = Int32(year)
        storedMonth = UInt8(month ?? 0)
        storedDay = month == nil ? 0 : UInt8(day ?? 0)
    }

    public init(_ day: Day) {
        self.init(year: day.year, month: day.month, day: day.day)
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the date exists; nil otherwise.
    public init?(iso text: some StringProtocol) {
        // Over the UTF-8 bytes, without allocating: ASCII digits shaped 4, 4-2 or 4-2-2.
        var fields = (0, 0, 0)
        var count = 0
        var value = 0
        var digits = 0
        func close() -> Bool {
            guard digits == (count == 0 ? 4 : 2), count < 3 else { return false }
            switch count {
            case 0: fields.0 = value
            case 1: fields.1 = value
            default: fields.2 = value
            }
            count += 1
            value = 0
            digits = 0
            return true
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
                guard digits <= 4 else { return nil }
            case UInt8(ascii: "-"):
                guard close() else { return nil }
            default:
                return nil
            }
        }
        guard close(), fields.0 >= 1 else { return nil }
        var month: Int?
        var day: Int?
        if count >= 2 {
            guard (1...12).contains(fields.1) else { return nil }
            month = fields.1
        }
        if count == 3, let month {
            guard (1...Day.daysIn(month: month, year: fields.0)).contains(fields.2) else { return nil }
            day = fields.2
        }
        self.init(year: fields.0, month: month, day: day)
    }

    public var precision: DatePrecision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The first day of the period the date covers.
    public var firstDay: Day {
        Day(year: year, month: month ?? 1, day: day ?? 1)!
    }

    /// The last day of the period the date covers.
    public var lastDay: Day {
        let lastMonth = month ?? 12
        return Day(year: year, month: lastMonth, day: day ?? Day.daysIn(month: lastMonth, year: year))!
    }

    /// Chronological, with a coarser date ordered before the finer dates it contains
    /// (`2017` < `2017-02` < `2017-02-01`), which is also the order of the ISO strings.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// The ISO form with the date's own precision.
    public var description: String {
        var text = PartialDate.pad(year, 4)
        if let month { text += "-" + PartialDate.pad(month, 2) }
        if let day { text += "-" + PartialDate.pad(day, 2) }
        return text
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
