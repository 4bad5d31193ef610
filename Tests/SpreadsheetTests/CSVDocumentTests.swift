import CSV
import Foundation
import Spreadsheet
import Testing

/// The project's RFC 4180 reader, against CSV.swift on the same bytes, and its refusals.
@Suite("Reading CSV")
struct CSVDocumentTests {
    /// The rows CSV.swift reads from `bytes` (its stream reader skips a byte-order mark), without
    /// the lines that have no text, which the project's reader skips too.
    private func csvSwiftRows(_ bytes: [UInt8], separator: Character) throws -> [[String]] {
        let reader = try CSVReader(stream: InputStream(data: Data(bytes)), codecType: UTF8.self,
                                   delimiter: separator.unicodeScalars.first!)
        var rows: [[String]] = []
        while let row = reader.next() {
            if !row.allSatisfy(\.isEmpty) { rows.append(row) }
        }
        return rows
    }

    private func ownRows(_ bytes: [UInt8]) throws -> (separator: Character, rows: [[String]]) {
        let document = try CSVDocument.read(bytes, file: "t.csv")
        return (document.separator, [document.header] + document.records.map(\.fields))
    }

    static let inputs: [(name: String, text: String, separator: Character)] = [
        ("plain commas, LF", "a,b,c\n1,2,3\n4,5,6\n", ","),
        ("semicolons, CRLF", "jenis;kode_wilayah;tahap\r\nmpp;73.06;Diresmikan\r\ndigital;73.71;Aktif\r\n", ";"),
        ("quotes, doubled quotes and separators inside them", "a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"\",plain\n", ","),
        ("a line break inside a quoted field", "a;b\n\"line one\nline two\";\"three\r\nfour\"\nx;y\n", ";"),
        ("no line break at the end", "a,b\n1,2", ","),
        ("accents and other scripts", "nama,catatan\nMPP Pélayanan,\"Ké, 日本\"\n", ","),
        ("empty fields", "a,b,c\n,,x\ny,,\n", ","),
        ("semicolons inside quotes do not decide the separator", "\"a;b;c\",d\n1,2\n", ","),
    ]

    @Test("the same rows as CSV.swift", arguments: inputs.indices)
    func sameRowsAsCSVSwift(_ position: Int) throws {
        let input = Self.inputs[position]
        for bytes in [Array(input.text.utf8), [0xEF, 0xBB, 0xBF] + Array(input.text.utf8)] {
            let own = try ownRows(bytes)
            #expect(own.separator == input.separator, "\(input.name)")
            #expect(own.rows == (try csvSwiftRows(bytes, separator: input.separator)), "\(input.name)")
        }
    }

    @Test func recordsKnowTheLineTheyStartOnAndBlankLinesAreSkipped() throws {
        let document = try CSVDocument.read(Array("a,b\n\n\"x\ny\",1\n,\n2,3\n".utf8), file: "t.csv")
        #expect(document.records.map(\.line) == [3, 6])
        #expect(document.records.map(\.fields) == [["x\ny", "1"], ["2", "3"]])
    }

    @Test func aByteOrderMarkIsNotPartOfTheFirstHeader() throws {
        let document = try CSVDocument.read([0xEF, 0xBB, 0xBF] + Array("jenis;tahap\nmpp;x\n".utf8), file: "t.csv")
        #expect(document.header == ["jenis", "tahap"])
    }

    private func problems(_ bytes: [UInt8]) -> [String] {
        do {
            _ = try CSVDocument.read(bytes, file: "t.csv")
            return []
        } catch {
            return error.problems.map(\.description)
        }
    }

    @Test func invalidUTF8IsRefusedWithEachLineAndByte() {
        let latin1: [UInt8] = Array("a,b\nok,1\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x2C, 0x32, 0x0A] + Array("x,3\n".utf8) + [0xFF, 0x0A]
        #expect(problems(latin1) == [
            "t.csv:3: expected UTF-8 text, found the byte 0xE9 (save the file as CSV UTF-8)",
            "t.csv:5: expected UTF-8 text, found the byte 0xFF (save the file as CSV UTF-8)",
        ])
    }

    @Test func anUnterminatedQuoteIsRefusedAtTheLineItOpens() {
        #expect(problems(Array("a,b\n1,2\n3,\"open\n4,5\n".utf8)) == [
            "t.csv:3: column b: expected a closing double quote for the field opened on this line, found the end of the file",
        ])
    }

    @Test func textAfterAClosingQuoteIsRefused() {
        #expect(problems(Array("a,b\n\"x\"y,2\n".utf8)) == [
            "t.csv:2: column a: expected \",\" or the end of the line after a closing double quote, found \"y\" (a double quote inside a quoted field is written twice)",
        ])
    }

    @Test func everyRecordWithTheWrongNumberOfFieldsIsRefused() {
        #expect(problems(Array("a;b;c\n1;2\n1;2;3\n1;2;3;4\n".utf8)) == [
            "t.csv:2: expected 3 fields as in the header line, found 2",
            "t.csv:4: expected 3 fields as in the header line, found 4",
        ])
    }

    @Test func anEmptyFileHasNoHeader() {
        #expect(problems(Array("\n\n".utf8)) == ["t.csv: expected a header line, found an empty file"])
    }
}
