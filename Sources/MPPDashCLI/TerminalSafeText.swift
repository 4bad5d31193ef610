/// Text from a file made safe to print on a terminal: control characters and escape sequences
/// are shown escaped (`\x1b`), and the bidirectional controls that could reorder what the reader
/// sees are shown as `\u202E`. Line feeds, tabs and the `\r` of a `\r\n` line ending stay.
///
/// Only output to a terminal is changed; a file or a pipe gets the data byte for byte.
enum TerminalSafeText {
    static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { needsEscape($0) }) else { return text }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                result.unicodeScalars.append(scalar)
            } else if needsEscape(scalar) {
                result += escape(scalar)
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The bidirectional formatting characters: embeddings, overrides, isolates and marks.
    private static let bidiControls: Set<UInt32> = [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                                    0x2066, 0x2067, 0x2068, 0x2069]

    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        default: return bidiControls.contains(scalar.value)
        }
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: scalar.value > 0xFF)
        if scalar.value <= 0xFF { return "\\x" + (hex.count < 2 ? "0" : "") + hex }
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
