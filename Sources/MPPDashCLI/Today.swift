#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import RolloutData

/// Today's date, the one place the command line reads the clock: the default as-of day and the
/// latest one accepted. `MPPDASH_TODAY=YYYY-MM-DD` fixes it, for reproducible renders, demos of a
/// past day and tests.
enum Today {
    /// The environment variable that fixes today's date.
    static let variable = "MPPDASH_TODAY"

    /// Today in the machine's local time zone, or the day `MPPDASH_TODAY` names; an unparsable
    /// `MPPDASH_TODAY` is a usage error naming the variable.
    static func current() throws(TodayError) -> Day {
        if let fixed = getenv(variable).map({ String(cString: $0) }) {
            guard let day = Day(iso: fixed) else { throw TodayError(text: fixed) }
            return day
        }
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        return Day(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
            ?? Day(year: 1970, month: 1, day: 1)!
    }
}

/// `MPPDASH_TODAY` holds something other than a day.
struct TodayError: Error, CustomStringConvertible {
    var text: String
    var description: String { "expected a day as YYYY-MM-DD in \(Today.variable), found \"\(text)\"" }
}
