/// A table with a header row, written as CSV (RFC 4180: a field holding a comma, a double quote,
/// a carriage return or a line feed is put in double quotes, its double quotes doubled; rows end
/// in a line feed) or as Markdown.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    func csv() -> String {
        var text = ""
        for row in [header] + rows {
            text += row.map(Self.field).joined(separator: ",") + "\n"
        }
        return text
    }

    private static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0D || $0 == 0x0A }) else {
            return value
        }
        var quoted = "\""
        for scalar in value.unicodeScalars {
            if scalar == "\"" { quoted.unicodeScalars.append("\"") }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacing("|", with: "\\|").split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ") }
                .joined(separator: " | ") + " |"
        }
        var lines = [line(header), "|" + String(repeating: "---|", count: header.count)]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `mppdash summary --format csv`: the per-province table.
enum SummaryCSV {
    static func render(_ report: SummaryReport) -> String {
        ExportTables.provinces(report).csv()
    }
}
