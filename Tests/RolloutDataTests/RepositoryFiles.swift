import Foundation
import CSV

/// Files of the repository and of the shared reference folder beside it, found from this file's
/// own path so that tests do not depend on the working directory.
enum RepositoryFiles {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// `../shared/data` beside the checkout, where CI and developers have it.
    static let sharedData = root.deletingLastPathComponent().appendingPathComponent("shared/data")

    static var hasSharedData: Bool {
        FileManager.default.fileExists(atPath: sharedData.appendingPathComponent("mpp_known.csv").path)
    }

    /// The rows of a CSV file as dictionaries keyed by the header.
    static func csvRows(_ url: URL) throws -> [[String: String]] {
        let reader = try CSVReader(string: try String(contentsOf: url, encoding: .utf8), hasHeaderRow: true)
        let header = reader.headerRow ?? []
        var rows: [[String: String]] = []
        while let row = reader.next() {
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
        }
        return rows
    }

    /// The official names that Data/facts.json gives in place of a reference CSV's spelling, by
    /// code: `provinceNames` or `regionNameSpellings` (`{"CODE": {"csv": …, "name": …}}`).
    static func officialNames(_ section: String) throws -> [String: (csv: String, name: String)] {
        let data = try Data(contentsOf: root.appendingPathComponent("Data/facts.json"))
        let facts = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let entries = facts?[section] as? [String: [String: Any]] ?? [:]
        return entries.compactMapValues { entry in
            guard let csv = entry["csv"] as? String, let name = entry["name"] as? String else { return nil }
            return (csv, name)
        }
    }

    static func reference(_ name: String) throws -> [[String: String]] {
        try csvRows(root.appendingPathComponent("Data/reference").appendingPathComponent(name))
    }
}
