import CSV
@testable import MPPDashCLI
import RolloutData
import Testing

/// The project's own CSV writer, read back with CSV.swift.
struct CSVTableTests {
    private func readBack(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return rows
    }

    @Test func fieldsWithCommasQuotesAndLineBreaksAreQuotedAndOthersAreNot() {
        let table = CSVTable(header: ["a", "b"], rows: [["x,y", "say \"hi\""], ["one\ntwo", "three\r\nfour"], ["", "plain é"]])
        #expect(table.csv() == "a,b\n\"x,y\",\"say \"\"hi\"\"\"\n\"one\ntwo\",\"three\r\nfour\"\n,plain é\n")
    }

    @Test func trickyFieldsComeBackUnchanged() throws {
        let rows = [
            ["id", "name", "note"],
            ["1", "Kota \"Baru\", Timur", "line one\nline two"],
            ["2", "\"", "\r\n"],
            ["3", "", ",,,"],
            ["4", "\"\u{301}accent after a quote", "Pélayanan"],
        ]
        let table = CSVTable(header: rows[0], rows: Array(rows.dropFirst()))
        #expect(try readBack(table.csv()) == rows)
    }

    @Test func theMallExportReadsBackWithOneRowPerMPP() throws {
        let export = try CommandRunner.run(["export", "--format", "csv", "--table", "malls"])
        #expect(export.status == 0)
        let rows = try readBack(export.output)
        let malls = try RolloutStore.builtin().snapshot.malls
        #expect(rows.count == malls.count + 1)
        #expect(Set(rows.map(\.count)) == [rows[0].count])
        #expect(rows.dropFirst().map { $0[1] } == malls.map(\.name))
    }
}
