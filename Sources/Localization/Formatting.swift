public import RolloutData

/// Numbers and dates as each language writes them: `1.234` and `58,2%` in Indonesian, `1,234`
/// and `58.2%` in English; dates `7 Mar 2024` in tight columns and `7 Maret 2024` in running text
/// (with Indonesian month names), a year alone when only the year is known; an unknown
/// unknown date.
extension Language {
    private var decimalSeparator: String { self == .indonesian ? "," : "." }
    private var groupingSeparator: String { self == .indonesian ? "." : "," }

    /// A whole number with thousands grouped.
    public func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { grouped += groupingSeparator }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }

    /// A number with a fixed count of decimals, rounded half away from zero.
    public func decimal(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded(.toNearestOrAwayFromZero))
        let whole = scaled / Int(scale)
        let fraction = scaled % Int(scale)
        var text = integer(whole)
        if decimals > 0 {
            let fractionDigits = String(fraction)
            text += decimalSeparator + String(repeating: "0", count: decimals - fractionDigits.count) + fractionDigits
        }
        return (value < 0 && scaled != 0 ? "-" : "") + text
    }

    /// A fraction as a percentage: `0.582` → `58,2%` / `58.2%`.
    public func percent(_ fraction: Double, decimals: Int = 1) -> String {
        decimal(fraction * 100, decimals: decimals) + "%"
    }

    /// The short month name, 1 = January.
    public func monthName(_ month: Int) -> String {
        let names = self == .indonesian
            ? ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"]
            : ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return names[(month - 1) % 12]
    }

    /// The full month name, 1 = January, for running text.
    public func fullMonthName(_ month: Int) -> String {
        let names = self == .indonesian
            ? ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
               "November", "Desember"]
            : ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
        return names[(month - 1) % 12]
    }

    /// `7 Maret 2024` / `7 March 2024`: a day in running text.
    public func longDate(_ day: Day) -> String {
        "\(day.day) \(fullMonthName(day.month)) \(day.year)"
    }

    /// A date with its own precision in running text: `7 Maret 2024`, `Juni 2025`, `2017`.
    public func longDate(_ date: PartialDate) -> String { format(date, month: fullMonthName) }

    /// `7 Mar 2024`: a day in a tight column or the title bar.
    public func date(_ day: Day) -> String {
        "\(day.day) \(monthName(day.month)) \(day.year)"
    }

    /// A date with its own precision: `7 Mar 2024`, `Jun 2025`, `2017`. An unknown date has no
    /// text here: the screen writes its glyph set's dash.
    public func date(_ date: PartialDate) -> String { format(date, month: monthName) }

    /// A date that may be unknown, with the caller's mark for unknown (the glyph set's dash).
    public func date(_ date: PartialDate?, unknown: String) -> String { date.map { self.date($0) } ?? unknown }

    /// A date in running text that may be unknown, with the caller's mark for unknown.
    public func longDate(_ date: PartialDate?, unknown: String) -> String { date.map { longDate($0) } ?? unknown }

    private func format(_ date: PartialDate, month name: (Int) -> String) -> String {
        switch (date.month, date.day) {
        case let (month?, day?): return "\(day) \(name(month)) \(date.year)"
        case let (month?, nil): return "\(name(month)) \(date.year)"
        default: return String(date.year)
        }
    }
}
