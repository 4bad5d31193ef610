import Spreadsheet
import Testing

/// Spreadsheets an official might really send, each refused with its exact message: the file,
/// the line, the column as the file names it, what was expected and what was found.
@Suite("Malformed spreadsheets")
struct MalformedSheetTests {
    static let header = "record,region_code,mpp_name,stage,date,source,source_title,portal_integration,services,agencies,online_services,note"
    static let gowa = "MPP Kabupaten Gowa (mpp-73.06)"

    /// One bad row (line 2, after the header) and its one message.
    static let rows: [(name: String, row: String, message: String)] = [
        ("a date in words", "mpp,73.06,,inaugurated,7 Maret 2024,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected a date as YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY, found \"7 Maret 2024\""),
        ("a day that does not exist", "mpp,73.06,,inaugurated,2024-02-30,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected a date that exists, found \"2024-02-30\" (Feb 2024 has 29 days)"),
        ("a day that does not exist, DD/MM/YYYY", "mpp,73.06,,inaugurated,31/04/2024,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected a date that exists, found \"31/04/2024\" (Apr 2024 has 30 days)"),
        ("month 13", "mpp,73.06,,inaugurated,2024-13,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected a date that exists, found \"2024-13\" (there is no month 13)"),
        ("a date after today", "mpp,73.06,,inaugurated,2026-12-01,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected a date no later than today (2026-11-29), found \"2026-12-01\""),
        ("a year of two digits", "mpp,73.06,,inaugurated,07/03/24,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected a date as YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY, found \"07/03/24\""),
        ("an unknown stage", "mpp,73.06,,dibuka,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column stage: expected one of planned, construction, operating, inaugurated (or their Indonesian names), found \"dibuka\""),
        ("an MPP Digital stage on an mpp row", "mpp,73.06,,live,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column stage: expected one of planned, construction, operating, inaugurated (or their Indonesian names), found \"live\""),
        ("no stage", "digital,73.71,,,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column stage: expected a stage (pilot, committed, locus, live), found nothing"),
        ("an unknown kind of record", "mall,73.06,,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column record: expected mpp or digital, found \"mall\""),
        ("an unknown region", "mpp,99.99,,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column region_code: expected the code of a kabupaten/kota (PP.NN) or of a province (PP) on record, found \"99.99\""),
        ("a region code a spreadsheet read as a number", "mpp,73.1,,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column region_code: expected the code of a kabupaten/kota (PP.NN) or of a province (PP) on record, found \"73.1\" (a spreadsheet may have read the code 73.10 as a number: format the column as text)"),
        ("no region", "mpp,,,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column region_code: expected the code of a kabupaten/kota (PP.NN) or of a province (PP) on record, found nothing"),
        ("a missing source", "mpp,73.06,,inaugurated,2024-03-07,,,,,,,",
         "r.csv:2: column source: expected a URL or the id of a recorded source (every fact needs one), found nothing"),
        ("an unknown source id", "mpp,73.06,,inaugurated,2024-03-07,kompas-2024,,,,,,",
         "r.csv:2: column source: expected a URL (https://…) or the id of a recorded source, found \"kompas-2024\" (no source has this id)"),
        ("a new source URL without a title", "mpp,73.06,,inaugurated,2024-03-07,https://example.org/gowa,,,,,,",
         "r.csv:2: column source_title: expected the title of the new source https://example.org/gowa, found nothing"),
        ("a title for a source on record that differs", "mpp,73.06,,inaugurated,2024-03-07,menpan-2024-03-07,Judul lain,,,,,",
         "r.csv:2: column source_title: expected an empty cell (it names a new source URL, and this row's sources are on record; menpan-2024-03-07 is on record with \"Peresmian Bersama MPP dan Penguatan Komitmen Penerapan MPP Digital\"), found \"Judul lain\""),
        ("a negative count", "mpp,73.06,,inaugurated,2024-03-07,menpan-2024-03-07,,,-3,,,",
         "r.csv:2: column services: expected a whole number ≥ 0, found \"-3\""),
        ("a count in words", "mpp,73.06,,inaugurated,2024-03-07,menpan-2024-03-07,,,,banyak,,",
         "r.csv:2: column agencies: expected a whole number ≥ 0, found \"banyak\""),
        ("an unknown Portal value", "mpp,73.06,,inaugurated,2024-03-07,menpan-2024-03-07,,mungkin,,,,",
         "r.csv:2: column portal_integration: expected yes, no or unknown (ya, tidak, tidak diketahui), found \"mungkin\""),
        ("a stage going backwards in time", "mpp,73.06,,operating,2024-05-01,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected a date no later than 2024-03-07, the date of inaugurated of \(gowa), found \"2024-05-01\" (a history cannot go back in time)"),
        ("a date erased", "mpp,73.06,,inaugurated,,menpan-2024-03-07,,,,,,",
         "r.csv:2: column date: expected 2024-03-07 for inaugurated of \(gowa), the date on record (an import never erases a date), found nothing"),
        ("another name for an MPP on record", "mpp,73.06,MPP Gowa Baru,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,",
         "r.csv:2: column mpp_name: expected the name of an MPP of 73.06 (\"MPP Kabupaten Gowa\"), found \"MPP Gowa Baru\"; give an mpp_id to add another MPP there"),
        ("a new MPP without a name", "mpp,73.01,,operating,2025,menpan-2024-03-07,,,,,,",
         "r.csv:2: column mpp_name: expected the name of the new MPP of 73.01, found nothing"),
        ("online services on an mpp row", "mpp,73.06,,inaugurated,2024-03-07,menpan-2024-03-07,,,,,KTP-el,",
         "r.csv:2: column online_services: expected an empty cell on an mpp row (online services belong to digital rows), found \"KTP-el\""),
        ("a Portal value on a digital row", "digital,73.71,,live,2026,menpan-2024-03-07,,ya,,,,",
         "r.csv:2: column portal_integration: expected an empty cell on a digital row (it belongs to mpp rows), found \"ya\""),
        ("a note for an MPP Digital entry", "digital,73.71,,live,2026,menpan-2024-03-07,,,,,,Catatan baru",
         "r.csv:2: column note: expected an empty cell (an import cannot change the note of an MPP Digital entry), found \"Catatan baru\""),
    ]

    @Test("a bad row", arguments: rows.indices)
    func aBadRow(_ position: Int) {
        let (name, row, message) = Self.rows[position]
        #expect(SheetFixture.problems(Self.header + "\n" + row + "\n") == [message], "\(name)")
    }

    /// Whole files: the header, the quoting, the encoding, the fields of a record.
    static let files: [(name: String, text: [UInt8], messages: [String])] = [
        ("an unknown header", Array("record,region_code,stage,source,kota\n".utf8),
         ["r.csv:1: column kota: unknown column \"kota\"; expected one of record/jenis, region_code/kode_wilayah, mpp_id/id_mpp, mpp_name/nama_mpp, stage/tahap, date/tanggal, source/sumber, source_title/judul_sumber, publisher/penerbit, portal_integration/integrasi_portal, services/jumlah_layanan, agencies/jumlah_instansi, online_services/layanan_daring, note/catatan, note_en/catatan_en"]),
        ("a header twice, in two languages", Array("record,region_code,stage,source,tanggal,Date\n".utf8),
         ["r.csv:1: column Date: expected each column once, found date a second time (column 5 \"tanggal\" and column 6)"]),
        ("a required column missing", Array("record,region_code,date\n".utf8),
         ["r.csv:1: expected the columns stage (tahap), source (sumber), found none"]),
        ("a record with too few fields", Array("\(header)\nmpp,73.06,,inaugurated,2024-03-07,menpan-2024-03-07\n".utf8),
         ["r.csv:2: expected 12 fields as in the header line, found 6"]),
        ("an unterminated quote", Array("\(header)\nmpp,73.06,\"MPP Kabupaten Gowa,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,\n".utf8),
         ["r.csv:2: column mpp_name: expected a closing double quote for the field opened on this line, found the end of the file"]),
        ("text after a closing quote", Array("\(header)\nmpp,73.06,\"MPP\" Gowa,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,\n".utf8),
         ["r.csv:2: column mpp_name: expected \",\" or the end of the line after a closing double quote, found \" Gowa\" (a double quote inside a quoted field is written twice)"]),
        ("Latin-1 instead of UTF-8", Array("\(header)\nmpp,73.06,MPP Pelayanan P".utf8) + [0xFA] + Array("blik,inaugurated,2024-03-07,menpan-2024-03-07,,,,,,\n".utf8),
         ["r.csv:2: expected UTF-8 text, found the byte 0xFA (save the file as CSV UTF-8)"]),
    ]

    @Test("a bad file", arguments: files.indices)
    func aBadFile(_ position: Int) {
        let (name, bytes, messages) = Self.files[position]
        var problems: [String] = []
        do {
            _ = try SheetFixture.plan(bytes)
        } catch {
            problems = error.problems.map(\.description)
        }
        #expect(problems == messages, "\(name)")
    }

    @Test func twoRowsDatingTheSameStageDifferentlyAreRefusedOnTheSecond() {
        let rows = [Self.header, "mpp,73.06,,operating,2024-01,menpan-2024-03-07,,,,,,", "mpp,73.06,,operating,2024-02,menpan-2024-03-07,,,,,,"]
        #expect(SheetFixture.problems(rows.joined(separator: "\n")) == [
            "r.csv:3: column date: expected 2024-01 for operating of \(Self.gowa) as on line 2, found \"2024-02\"",
        ])
    }

    @Test func aNewSourceNeedsOneTitleWhicheverRowGivesIt() {
        let rows = [
            "record,region_code,stage,date,source,source_title",
            "mpp,73.06,inaugurated,2024-03-07,https://a.example/gowa | https://b.example/gowa,",
            "mpp,73.06,operating,2024-01,https://a.example/gowa,Gowa buka",
            "mpp,73.08,inaugurated,2023-10-31,https://a.example/gowa,Bone diresmikan",
        ]
        #expect(SheetFixture.problems(rows.joined(separator: "\n")) == [
            "r.csv:2: column source_title: expected the title of the new source https://b.example/gowa, found nothing",
            "r.csv:4: column source_title: expected \"Gowa buka\" as on line 3 for https://a.example/gowa, found \"Bone diresmikan\"",
        ])
    }

    @Test func everyBadRowIsReportedInOrderAndNothingIsPlanned() {
        let rows = [
            Self.header,
            "mpp,73.06,,inaugurated,2024-02-30,kompas-2024,,,,,,",
            "mpp,73.06,,operating,2024-01-25,menpan-2024-03-07,,,,,,",
            "digital,99.99,,live,2026,menpan-2024-03-07,,,,,,",
        ]
        #expect(SheetFixture.problems(rows.joined(separator: "\n")) == [
            "r.csv:2: column date: expected a date that exists, found \"2024-02-30\" (Feb 2024 has 29 days)",
            "r.csv:2: column source: expected a URL (https://…) or the id of a recorded source, found \"kompas-2024\" (no source has this id)",
            "r.csv:4: column region_code: expected the code of a kabupaten/kota (PP.NN) or of a province (PP) on record, found \"99.99\"",
        ])
    }
}
