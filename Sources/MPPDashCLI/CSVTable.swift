import Foundation
import CSV

/// A table with a header row, written as CSV (RFC 4180, through CSV.swift) or as Markdown.
struct CSVTable {
    var header: [String]
    var rows: [[String]]

    func csv() throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: header)
        for row in rows { try writer.write(row: row) }
        writer.stream.close()
        guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func markdown() -> String {
        func line(_ cells: [String]) -> String {
            "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }
                .joined(separator: " | ") + " |"
        }
        var lines = [line(header), "|" + String(repeating: "---|", count: header.count)]
        lines += rows.map(line)
        return lines.joined(separator: "\n") + "\n"
    }
}

/// `mppdash summary --format csv`: the per-province table.
enum SummaryCSV {
    static func render(_ report: SummaryReport) throws -> String {
        try ExportTables.provinces(report).csv()
    }
}
