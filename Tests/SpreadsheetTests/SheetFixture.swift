import RolloutData
import Spreadsheet

/// The built-in dataset to import into, with today fixed, and the import of CSV text into it.
enum SheetFixture {
    static let index = RolloutIndex(try! BuiltinDataset.snapshot())
    static let today = Day(iso: "2026-11-29")!
    static let menpan = "menpan-2024-03-07"
    static let gowa = index.mallByID["mpp-73.06"]!

    /// The plan of importing `text` (as the file `r.csv`).
    static func plan(_ text: String) throws(SheetError) -> ImportPlan {
        try plan(Array(text.utf8))
    }

    static func plan(_ bytes: [UInt8]) throws(SheetError) -> ImportPlan {
        try SheetImport.plan(CSVDocument.read(bytes, file: "r.csv"), file: "r.csv", into: index, today: today)
    }

    /// Every problem of importing `text`, as printed; empty when it imports.
    static func problems(_ text: String) -> [String] {
        do {
            _ = try plan(text)
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }
}
