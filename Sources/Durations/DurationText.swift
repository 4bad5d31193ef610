/// Durations as people type them on the command line (`--cycle`, `--resume-after`,
/// `--idle-timeout`) and read them in the status bar: whole numbers with units, largest first, as
/// in `20s`, `1m`, `1m30s`, `500ms`, `1h`.
public enum DurationText {
    /// The units, largest first, with their lengths.
    private static let units: [(name: String, length: Duration)] = [
        ("h", .seconds(3600)), ("m", .seconds(60)), ("s", .seconds(1)), ("ms", .milliseconds(1)),
    ]

    /// The duration `text` spells (`1m30s`); nil when it is not numbers each followed by a unit
    /// (`h`, `m`, `s`, `ms`), each unit at most once and larger units first.
    public static func parse(_ text: String) -> Duration? {
        var rest = Substring(text.lowercased())
        var total = Duration.zero
        var previous = -1
        guard !rest.isEmpty else { return nil }
        while !rest.isEmpty {
            let digits = rest.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 9, let number = Int(digits) else { return nil }
            rest = rest.dropFirst(digits.count)
            let name = rest.prefix { $0.isLetter }
            guard let unit = units.firstIndex(where: { $0.name == name }), unit > previous else { return nil }
            previous = unit
            rest = rest.dropFirst(name.count)
            total += units[unit].length * number
        }
        return total
    }

    /// The shortest spelling `parse` reads back: `20s`, `1m30s`, `500ms`, `0s`.
    public static func text(_ duration: Duration) -> String {
        var left = duration
        var parts = ""
        for unit in units {
            let count = Int(left / unit.length)
            guard count > 0 else { continue }
            parts += "\(count)\(unit.name)"
            left -= unit.length * count
        }
        return parts.isEmpty ? "0s" : parts
    }
}
