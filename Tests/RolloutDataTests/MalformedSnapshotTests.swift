import JSONSupport
import Testing
@testable import RolloutData

// MARK: - The valid fixture

/// A small snapshot that passes validation; every malformed case differs from it in one way.
///
/// Encoded canonically, its lists are in this order: sources `kemendagri-2025`, `menpan-2024`,
/// `news-2024`; provinces `31`, `73`; regions `31.71`, `73.06`, `73.17`, `73.71`; malls `mpp-31`,
/// `mpp-73.06`, `mpp-73.17`, `mpp-73.71`; digital `31`, `73.06`.
enum MalformedFixture {
    static let snapshot = Snapshot(
        revision: 3,
        asOf: Day(year: 2026, month: 8, day: 8)!,
        title: LocalizedText(english: "Fixture"),
        administrativeSources: ["kemendagri-2025"],
        sources: [
            Source(id: "kemendagri-2025", url: nil, title: "Kepmendagri 2025", publisher: "Kemendagri",
                   published: PartialDate(year: 2025, month: 6, day: 23), isOfficial: true),
            Source(id: "menpan-2024", url: "https://menpan.go.id/site/berita/peresmian", title: "Peresmian MPP",
                   publisher: "menpan.go.id", published: PartialDate(year: 2024, month: 3, day: 7), isOfficial: true),
            Source(id: "news-2024", url: "http://news.example/mpp", title: "Tujuh belas MPP",
                   publisher: "News", published: PartialDate(year: 2024, month: 3), isOfficial: false),
        ],
        provinces: [
            Province(code: "31", name: "DK Jakarta", islandGroup: .jawa),
            Province(code: "73", name: "Sulawesi Selatan", islandGroup: .sulawesi),
        ],
        regions: [
            Region(code: "31.71", provinceCode: "31", kind: .kota, name: "Jakarta Pusat", isAutonomous: false),
            Region(code: "73.06", provinceCode: "73", kind: .kabupaten, name: "Gowa", isAutonomous: true),
            Region(code: "73.17", provinceCode: "73", kind: .kabupaten, name: "Luwu", isAutonomous: true),
            Region(code: "73.71", provinceCode: "73", kind: .kota, name: "Makassar", isAutonomous: true),
        ],
        malls: [
            Mall(id: "mpp-31", place: .province("31"), name: "MPP DKI Jakarta",
                 stages: [StageEvent(stage: .operating, date: PartialDate(year: 2017), sources: ["menpan-2024"])],
                 portalIntegration: .yes,
                 counts: [FacilityCount(date: nil, services: 400, agencies: 20, sources: ["menpan-2024"])], sources: ["menpan-2024"]),
            Mall(id: "mpp-73.06", place: .region("73.06"), name: "MPP Kabupaten Gowa",
                 stages: [
                    StageEvent(stage: .planned, date: PartialDate(year: 2022), sources: ["news-2024"]),
                    StageEvent(stage: .construction, date: PartialDate(year: 2023, month: 5), sources: ["news-2024"]),
                    StageEvent(stage: .operating, date: PartialDate(year: 2024, month: 1, day: 10), sources: ["news-2024"]),
                    StageEvent(stage: .inaugurated, date: PartialDate(year: 2024, month: 3, day: 7),
                               sources: ["menpan-2024"], note: LocalizedText(english: "Joint inauguration.")),
                 ],
                 sources: ["menpan-2024"]),
            Mall(id: "mpp-73.17", place: .region("73.17"), name: "MPP Kabupaten Luwu",
                 stages: [StageEvent(stage: .inaugurated, date: PartialDate(year: 2024, month: 6, day: 24), sources: ["menpan-2024"])],
                 portalIntegration: .no, sources: ["menpan-2024"]),
            Mall(id: "mpp-73.71", place: .region("73.71"), name: "MPP Kota Makassar",
                 stages: [StageEvent(stage: .operating, date: PartialDate(year: 2019, month: 6), sources: ["news-2024"])],
                 counts: [FacilityCount(date: nil, services: 120, agencies: 30, sources: ["news-2024"])], sources: ["news-2024"],
                 note: LocalizedText(english: "Services counted in 2024.")),
        ],
        digital: [
            DigitalAdoption(place: .province("31"), stages: [
                StageEvent(stage: .live, date: PartialDate(year: 2024, month: 7), sources: ["menpan-2024"]),
            ]),
            DigitalAdoption(place: .region("73.06"), stages: [
                StageEvent(stage: .pilot, date: PartialDate(year: 2023, month: 6), sources: ["menpan-2024"]),
                StageEvent(stage: .committed, date: PartialDate(year: 2024, month: 3, day: 7), sources: ["menpan-2024"]),
            ]),
        ],
        reportedTotals: [
            ReportedTotal(date: PartialDate(year: 2024, month: 3, day: 7), total: 191, sources: ["menpan-2024"], note: LocalizedText(english: "175 + 16")),
        ],
        batches: [
            Batch(id: "2024-03-07", date: PartialDate(year: 2024, month: 3, day: 7), kind: .inauguration,
                  announcements: [Announcement(count: 16, reporter: .other, sources: ["menpan-2024"])],
                  mallIDs: ["mpp-73.06"], sources: ["menpan-2024"]),
        ],
        milestones: [
            Milestone(id: "perpres-89-2021", date: PartialDate(year: 2021, month: 9), kind: .regulation,
                      title: LocalizedText(indonesian: "Perpres 89/2021", english: "Presidential Regulation 89/2021"),
                      sources: ["menpan-2024"]),
        ],
        conflicts: [
            Conflict(id: "batch-2024-03-07", subject: "batch:2024-03-07",
                     topic: LocalizedText(indonesian: "Jumlah MPP 7 Maret 2024", english: "MPPs inaugurated on 7 March 2024"),
                     claims: [
                        Claim(text: LocalizedText(english: "17 MPPs"), value: 17, date: PartialDate(year: 2024, month: 3, day: 7), sources: ["news-2024"]),
                        Claim(text: LocalizedText(english: "16 MPPs"), value: 16, date: PartialDate(year: 2024, month: 3, day: 7), sources: ["menpan-2024"]),
                     ],
                     resolution: LocalizedText(english: "Records follow the ministry.")),
        ]
    )

    static let bytes = SnapshotEncoder.encode(snapshot)
    static let text = String(decoding: bytes, as: UTF8.self)

    /// Lines of the encoded fixture (1-based, as in messages), joined with their newlines.
    static func lines(_ range: ClosedRange<Int>) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)[(range.lowerBound - 1)...(range.upperBound - 1)]
            .joined(separator: "\n")
    }
}

// MARK: - Describing a case

/// A problem as a test expects it: the JSON path, the message, and the line and column when the
/// problem was found while reading the text (nil for problems the validator finds).
struct ExpectedProblem: Hashable, Sendable, CustomStringConvertible {
    var path: String
    var message: String
    var line: Int?
    var column: Int?

    init(path: String, message: String, line: Int?, column: Int?) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    init(_ problem: SnapshotProblem) {
        self.init(path: problem.path.description, message: problem.message, line: problem.line, column: problem.column)
    }

    /// A syntax error: reading stops there.
    static func syntax(_ path: String, _ message: String, line: Int, column: Int) -> ExpectedProblem {
        ExpectedProblem(path: path, message: "invalid JSON: " + message, line: line, column: column)
    }

    /// A wrong type, a missing key or a malformed header value, found while reading the text.
    static func located(_ path: String, _ message: String, line: Int, column: Int) -> ExpectedProblem {
        ExpectedProblem(path: path, message: message, line: line, column: column)
    }

    /// A problem with no position in the text: the file as a whole, or what the validator finds.
    static func unlocated(_ path: String, _ message: String) -> ExpectedProblem {
        ExpectedProblem(path: path, message: message, line: nil, column: nil)
    }

    /// As `mppdash validate` prints it: without a path for the document as a whole.
    var description: String {
        (path == "$" ? message : "\(path): \(message)") + (line.map { " (line \($0), column \(column.map(String.init) ?? "-"))" } ?? "")
    }
}

/// How a malformed file is made from the fixture.
enum FixtureEdit: Sendable {
    /// A whole file, not based on the fixture.
    case file([UInt8])
    /// Each text replaced in turn; each must occur exactly once where it is replaced.
    case replacing([Replacement])
    /// The fixture cut right after the one occurrence of a text.
    case cut(after: String)
    /// The fixture's model changed, then written in canonical form without sorting, so that an edit
    /// can put records and histories out of order and knows the index each record gets.
    case model(@Sendable (inout Snapshot) -> Void)

    struct Replacement: Sendable {
        var old: [UInt8]
        var new: [UInt8]
    }

    static func replace(_ old: String, _ new: String) -> FixtureEdit {
        .replacing([Replacement(old: Array(old.utf8), new: Array(new.utf8))])
    }

    static func replace(_ old: String, bytes new: [UInt8]) -> FixtureEdit {
        .replacing([Replacement(old: Array(old.utf8), new: new)])
    }

    static func replace(_ pairs: [(String, String)]) -> FixtureEdit {
        .replacing(pairs.map { Replacement(old: Array($0.0.utf8), new: Array($0.1.utf8)) })
    }

    /// The fixture with this edit applied; records an issue if a text to replace is missing or
    /// ambiguous.
    func applied(sourceLocation: SourceLocation = #_sourceLocation) -> [UInt8] {
        switch self {
        case .file(let bytes):
            return bytes
        case .replacing(let replacements):
            var bytes = MalformedFixture.bytes
            for replacement in replacements {
                let found = Self.occurrences(of: replacement.old, in: bytes)
                guard found.count == 1 else {
                    Issue.record("\"\(String(decoding: replacement.old, as: UTF8.self))\" occurs \(found.count) times in the fixture",
                                 sourceLocation: sourceLocation)
                    return bytes
                }
                bytes.replaceSubrange(found[0]..<(found[0] + replacement.old.count), with: replacement.new)
            }
            return bytes
        case .cut(let text):
            let needle = Array(text.utf8)
            let found = Self.occurrences(of: needle, in: MalformedFixture.bytes)
            guard found.count == 1 else {
                Issue.record("\"\(text)\" occurs \(found.count) times in the fixture", sourceLocation: sourceLocation)
                return MalformedFixture.bytes
            }
            return Array(MalformedFixture.bytes[..<(found[0] + needle.count)])
        case .model(let edit):
            var snapshot = MalformedFixture.snapshot
            edit(&snapshot)
            return CanonicalJSON.encode(SnapshotEncoder.jsonValue(snapshot))
        }
    }

    private static func occurrences(of needle: [UInt8], in bytes: [UInt8]) -> [Int] {
        guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
        return (0...(bytes.count - needle.count)).filter { start in
            bytes[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}

/// One malformed file and every problem reading it must report, in order.
struct MalformedCase: Sendable, CustomTestStringConvertible {
    var name: String
    var edit: FixtureEdit
    var expected: [ExpectedProblem]

    init(_ name: String, _ edit: FixtureEdit, _ expected: ExpectedProblem...) {
        self.name = name
        self.edit = edit
        self.expected = expected
    }

    var testDescription: String { name }
}

/// `"MPP Kabupaten Gowa"`, the name of `malls[1]` at line 115, column 15, with bytes put in.
private func gowa(_ before: String, _ bytes: [UInt8], _ after: String) -> FixtureEdit {
    .replace("\"MPP Kabupaten Gowa\"", bytes: Array("\"\(before)".utf8) + bytes + Array("\(after)\"".utf8))
}

// MARK: - The cases

// swiftlint:disable line_length
extension MalformedCase {
    /// The file as a whole and its JSON syntax: reading stops at the first error.
    static let syntax: [MalformedCase] = [
        MalformedCase("empty file", .file([]),
                      .unlocated("$", "the file is empty; expected a JSON snapshot object")),
        MalformedCase("white space only", .file(Array(" \n\t\r\n  ".utf8)),
                      .unlocated("$", "the file is empty; expected a JSON snapshot object")),
        MalformedCase("truncated inside an object", .cut(after: "\"name\": \"MPP Kabupaten Gowa\","),
                      .syntax("malls[1]", "expected a key in quotes, found the end of the file (is it truncated?)", line: 151, column: 36)),
        MalformedCase("truncated inside a string", .cut(after: "\"name\": \"MPP Kabupaten G"),
                      .syntax("malls[1].name", "unterminated string (the file ends inside it)", line: 151, column: 15)),
        MalformedCase("truncated inside an array", .cut(after: "\n  \"malls\": ["),
                      .syntax("malls[0]", "expected a value, found the end of the file (is it truncated?)", line: 114, column: 13)),
        MalformedCase("trailing content after the root", .file(MalformedFixture.bytes + Array("{}\n".utf8)),
                      .syntax("$", "expected the end of the file after the snapshot, found '{'", line: 365, column: 1)),
        MalformedCase("root is an array", .file(Array("[".utf8) + MalformedFixture.bytes + Array("]".utf8)),
                      .located("$", "expected an object, found an array", line: 1, column: 1)),
        MalformedCase("root is a string", .file(Array("\"mppdash-snapshot\"\n".utf8)),
                      .located("$", "expected an object, found the string \"mppdash-snapshot\"", line: 1, column: 1)),
        MalformedCase("invalid UTF-8 byte 0xFF in a string", gowa("MPP Kabupaten ", [0xFF], "Gowa"),
                      .syntax("malls[1].name", "invalid UTF-8 (byte 0xFF): snapshots must be UTF-8 text", line: 151, column: 30)),
        MalformedCase("overlong two-byte UTF-8 in a string", gowa("MPP Kabupaten ", [0xC0, 0xAF], "Gowa"),
                      .syntax("malls[1].name", "invalid UTF-8 (byte 0xC0): snapshots must be UTF-8 text", line: 151, column: 30)),
        MalformedCase("overlong three-byte UTF-8 in a string", gowa("MPP Kabupaten ", [0xE0, 0x80, 0xAF], "Gowa"),
                      .syntax("malls[1].name", "invalid UTF-8 (byte 0xE0): snapshots must be UTF-8 text", line: 151, column: 30)),
        MalformedCase("UTF-8 surrogate code point in a string", gowa("MPP ", [0xED, 0xA0, 0x80], " Gowa"),
                      .syntax("malls[1].name", "invalid UTF-8 (byte 0xED): snapshots must be UTF-8 text", line: 151, column: 20)),
        MalformedCase("invalid UTF-8 after an escape in the same string", gowa("MPP \\u00e9 ", [0xFF], ""),
                      .syntax("malls[1].name", "invalid UTF-8 (byte 0xFF): snapshots must be UTF-8 text", line: 151, column: 27)),
        MalformedCase("invalid UTF-8 outside a string", .replace("\"revision\": 3", bytes: Array("\"revision\": ".utf8) + [0xFF]),
                      .syntax("revision", "expected a value, found byte 0xFF", line: 333, column: 15)),
        MalformedCase("control character in a string", gowa("MPP Kabupaten\t", [], "Gowa"),
                      .syntax("malls[1].name", "control character byte 0x09 inside a string (write it as an escape)", line: 151, column: 29)),
        MalformedCase("bad escape", gowa("MPP \\x Gowa", [], ""),
                      .syntax("malls[1].name", "invalid escape '\\x' in a string", line: 151, column: 20)),
        MalformedCase("lone high surrogate", gowa("MPP \\ud800 Gowa", [], ""),
                      .syntax("malls[1].name", "expected a low surrogate \\uDC00…\\uDFFF after the high surrogate \\uD800, found ' '", line: 151, column: 20)),
        MalformedCase("high surrogate followed by another escape", gowa("MPP \\ud800\\u0041 Gowa", [], ""),
                      .syntax("malls[1].name", "expected a low surrogate \\uDC00…\\uDFFF after the high surrogate \\uD800, found \\u0041", line: 151, column: 20)),
        MalformedCase("lone low surrogate", gowa("MPP \\udc00 Gowa", [], ""),
                      .syntax("malls[1].name", "expected a character, found the lone low surrogate \\uDC00", line: 151, column: 20)),
        MalformedCase("missing comma between members", .replace("\"name\": \"MPP Kabupaten Gowa\",", "\"name\": \"MPP Kabupaten Gowa\""),
                      .syntax("malls[1]", "expected ',' or '}' after a member, found '\"'", line: 152, column: 7)),
        MalformedCase("missing comma between elements", .replace("    },\n    {\n      \"counts\": [],\n      \"id\": \"mpp-73.17\"",
                                                                   "    }\n    {\n      \"counts\": [],\n      \"id\": \"mpp-73.17\""),
                      .syntax("malls", "expected ',' or ']' after an element, found '{'", line: 200, column: 5)),
        MalformedCase("deeply nested unknown value", .replace("\n  \"title\": {",
                                                             "\n  \"extra\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + ",\n  \"title\": {"),
                      .syntax("extra", "expected arrays and objects nested at most 512 deep, found deeper nesting", line: 360, column: 524)),
        MalformedCase("missing colon after a key", .replace("\"name\": \"MPP Kabupaten Gowa\"", "\"name\" \"MPP Kabupaten Gowa\""),
                      .syntax("malls[1]", "expected ':' after the key \"name\", found '\"'", line: 151, column: 14)),
    ]

    /// `format`, `version`, `revision`, `asOf` and the keys of the top level.
    static let header: [MalformedCase] = [
        MalformedCase("wrong format", .replace("\"format\": \"mppdash-snapshot\"", "\"format\": \"mppdash-snap\""),
                      .located("format", "expected \"mppdash-snapshot\", found \"mppdash-snap\"", line: 113, column: 13)),
        MalformedCase("newer major version", .replace("\"version\": \"1.2\"", "\"version\": \"2.0\""),
                      .unlocated("version", "this snapshot has format version 2.0, newer than the 1.x this mppdash reads; upgrade mppdash to open it")),
        MalformedCase("malformed version", .replace("\"version\": \"1.2\"", "\"version\": \"1\""),
                      .located("version", "expected a version \"MAJOR.MINOR\" such as \"1.0\", found \"1\"", line: 363, column: 14)),
        MalformedCase("version as a number", .replace("\"version\": \"1.2\"", "\"version\": 1.0"),
                      .located("version", "expected a string, found the number 1.0", line: 363, column: 14)),
        MalformedCase("version below 1.0", .replace("\"version\": \"1.2\"", "\"version\": \"0.9\""),
                      .unlocated("version", "expected format version 1.0 or later, found 0.9, a draft before the first published format; write the file again with `mppdash init` and copy its data over")),
        MalformedCase("duplicate key", .replace("\"revision\": 3", "\"revision\": 3, \"revision\": 4"),
                      .syntax("revision", "duplicate key \"revision\": first at revision (line 333, column 3)", line: 333, column: 18)),
        MalformedCase("duplicate key in a record", .replace("\"name\": \"MPP Kabupaten Gowa\"", "\"name\": \"MPP Kabupaten Gowa\", \"name\": \"Gowa\""),
                      .syntax("malls[1].name", "duplicate key \"name\": first at malls[1].name (line 151, column 7)", line: 151, column: 37)),
        MalformedCase("negative revision", .replace("\"revision\": 3", "\"revision\": -1"),
                      .located("revision", "expected a whole number ≥ 0, found -1", line: 333, column: 15)),
        MalformedCase("asOf not a full date", .replace("\"asOf\": \"2026-08-08\"", "\"asOf\": \"2026-08\""),
                      .located("asOf", "expected a full date YYYY-MM-DD, found \"2026-08\"", line: 5, column: 11)),
        MalformedCase("asOf a day that does not exist", .replace("\"asOf\": \"2026-08-08\"", "\"asOf\": \"2023-02-30\""),
                      .located("asOf", "expected a date that exists, found \"2023-02-30\"", line: 5, column: 11)),
        MalformedCase("missing top-level key", .replace("  \"title\": {\n    \"en\": \"Fixture\"\n  },\n", ""),
                      .located("$", "missing key \"title\"", line: 1, column: 1)),
        MalformedCase("missing format", .replace("  \"format\": \"mppdash-snapshot\",\n", ""),
                      .located("$", "missing key \"format\"", line: 1, column: 1)),
        MalformedCase("required list of the wrong type", .replace(MalformedFixture.lines(114...258), "  \"malls\": {},"),
                      .located("malls", "expected an array, found an object", line: 114, column: 12)),
        MalformedCase("optional list of the wrong type", .replace(MalformedFixture.lines(6...30), "  \"batches\": {},"),
                      .located("batches", "expected an array, found an object", line: 6, column: 14)),
    ]

    /// Types and required keys of records.
    static let types: [MalformedCase] = [
        MalformedCase("missing key in a mall", .replace("      \"name\": \"MPP Kabupaten Gowa\",\n", ""),
                      .located("malls[1]", "missing key \"name\"", line: 148, column: 5)),
        MalformedCase("missing key in a stage", .replace("],\n          \"stage\": \"planned\"", "]"),
                      .located("malls[1].stages[0]", "missing key \"stage\"", line: 160, column: 9)),
        MalformedCase("wrong type in a source that records cite", .replace("\"official\": true,\n      \"published\": \"2024-03-07\"", "\"official\": \"yes\",\n      \"published\": \"2024-03-07\""),
                      .located("sources[1].official", "expected true or false, found the string \"yes\"", line: 345, column: 19)),
        MalformedCase("missing key in a region", .replace("      \"kind\": \"kabupaten\",\n      \"name\": \"Gowa\",", "      \"name\": \"Gowa\","),
                      .located("regions[1]", "missing key \"kind\"", line: 293, column: 5)),
        MalformedCase("string where a number is expected", .replace("\"services\": 120", "\"services\": \"120\""),
                      .located("malls[3].counts[0].services", "expected a whole number, found the string \"120\"", line: 229, column: 23)),
        MalformedCase("number where a string is expected", .replace("\"name\": \"MPP Kabupaten Gowa\"", "\"name\": 5"),
                      .located("malls[1].name", "expected a string, found the number 5", line: 151, column: 15)),
        MalformedCase("object where an array is expected", .replace("\"sources\": [\n        \"news-2024\"\n      ],\n      \"stages\"", "\"sources\": {},\n      \"stages\""),
                      .located("malls[3].sources", "expected an array, found an object", line: 243, column: 18)),
        MalformedCase("array where a string is expected", .replace("\"note\": {\n        \"en\": \"Services counted in 2024.\"\n      }", "\"note\": [\"Services counted\"]"),
                      .located("malls[3].note", "expected an object, found an array", line: 237, column: 15)),
        MalformedCase("null for a required key", .replace("\"name\": \"MPP Kota Makassar\"", "\"name\": null"),
                      .located("malls[3].name", "expected a string, found null", line: 236, column: 15)),
        MalformedCase("string where true or false is expected", .replace("\"autonomous\": false", "\"autonomous\": \"no\""),
                      .located("regions[0].autonomous", "expected true or false, found the string \"no\"", line: 287, column: 21)),
        MalformedCase("blank string for a name", .replace("\"name\": \"MPP Kota Makassar\"", "\"name\": \"  \""),
                      .located("malls[3].name", "expected a non-empty string, found \"  \"", line: 236, column: 15)),
        MalformedCase("fractional count", .replace("\"services\": 120", "\"services\": 120.5"),
                      .located("malls[3].counts[0].services", "expected a whole number, found 120.5", line: 229, column: 23)),
        MalformedCase("count with an exponent", .replace("\"total\": 191", "\"total\": 1.91e2"),
                      .located("reportedTotals[0].total", "expected a whole number, found 1.91e2", line: 329, column: 16)),
        MalformedCase("negative services", .replace("\"services\": 120", "\"services\": -120"),
                      .located("malls[3].counts[0].services", "expected a whole number ≥ 0, found -120", line: 229, column: 23)),
        MalformedCase("count beyond 64 bits", .replace("\"agencies\": 30", "\"agencies\": 99999999999999999999"),
                      .located("malls[3].counts[0].agencies", "expected a whole number that fits in 64 bits, found 99999999999999999999", line: 226, column: 23)),
        MalformedCase("negative claim value", .replace("\"value\": 17", "\"value\": -17"),
                      .located("conflicts[0].claims[0].value", "expected a whole number ≥ 0, found -17", line: 43, column: 20)),
        MalformedCase("unknown island group", .replace("\"islandGroup\": \"jawa\"", "\"islandGroup\": \"java\""),
                      .located("provinces[0].islandGroup", "expected one of \"sumatera\", \"jawa\", \"bali-nusa-tenggara\", \"kalimantan\", \"sulawesi\", \"maluku\", \"papua\", found \"java\"", line: 276, column: 22)),
        MalformedCase("unknown region kind", .replace("\"kind\": \"kabupaten\",\n      \"name\": \"Luwu\"", "\"kind\": \"regency\",\n      \"name\": \"Luwu\""),
                      .located("regions[2].kind", "expected one of \"kabupaten\", \"kota\", found \"regency\"", line: 303, column: 15)),
        MalformedCase("unknown mall stage", .replace("\"stage\": \"planned\"", "\"stage\": \"plan\""),
                      .located("malls[1].stages[0].stage", "expected one of \"planned\", \"construction\", \"operating\", \"inaugurated\", found \"plan\"", line: 166, column: 20)),
        MalformedCase("unknown MPP Digital stage", .replace("\"stage\": \"live\"", "\"stage\": \"launched\""),
                      .located("digital[0].stages[0].stage", "expected one of \"pilot\", \"committed\", \"locus\", \"live\", found \"launched\"", line: 82, column: 20)),
        MalformedCase("unknown portal integration", .replace("\"portalIntegration\": \"no\"", "\"portalIntegration\": \"partial\""),
                      .located("malls[2].portalIntegration", "expected one of \"yes\", \"no\", \"unknown\", found \"partial\"", line: 205, column: 28)),
        MalformedCase("unknown batch kind", .replace("\"kind\": \"inauguration\"", "\"kind\": \"opening\""),
                      .located("batches[0].kind", "expected one of \"inauguration\", \"soft-launch\", found \"opening\"", line: 20, column: 15)),
        MalformedCase("unknown milestone kind", .replace("\"kind\": \"regulation\"", "\"kind\": \"law\""),
                      .located("milestones[0].kind", "expected one of \"programme\", \"digital\", \"regulation\", \"target\", \"province\", found \"law\"", line: 263, column: 15)),
        MalformedCase("mall with both region and province", .replace("\"region\": \"73.71\",", "\"province\": \"73\",\n      \"region\": \"73.71\","),
                      .located("malls[3]", "expected either \"region\" or \"province\", found both", line: 223, column: 5)),
        MalformedCase("mall with neither region nor province", .replace("      \"region\": \"73.71\",\n", ""),
                      .located("malls[3]", "missing key \"region\" (or \"province\" for a province-level MPP)", line: 223, column: 5)),
        MalformedCase("stage date that does not exist", .replace("\"date\": \"2024-06-24\"", "\"date\": \"2024-06-31\""),
                      .located("malls[2].stages[0].date", "expected a date that exists, found \"2024-06-31\"", line: 213, column: 19)),
        MalformedCase("stage date in another form", .replace("\"date\": \"2024-06-24\"", "\"date\": \"24 June 2024\""),
                      .located("malls[2].stages[0].date", "expected a date as YYYY, YYYY-MM or YYYY-MM-DD, found \"24 June 2024\"", line: 213, column: 19)),
    ]

    /// What the validator checks: identity, references, histories, dates and conflicts.
    static let meaning: [MalformedCase] = [
        MalformedCase("duplicate province code", .model { $0.provinces.append(Province(code: "73", name: "Sulawesi Selatan", islandGroup: .sulawesi)) },
                      .unlocated("provinces[2].code", "duplicate province code \"73\"")),
        MalformedCase("duplicate region code", .model { $0.regions.append(Region(code: "73.06", provinceCode: "73", kind: .kabupaten, name: "Gowa", isAutonomous: true)) },
                      .unlocated("regions[4].code", "duplicate region code \"73.06\"")),
        MalformedCase("duplicate mall id", .model { $0.malls.append(Mall(id: "mpp-73.71", place: .region("73.71"), name: "MPP Makassar", stages: $0.malls[3].stages, sources: ["news-2024"])) },
                      .unlocated("malls[4].id", "duplicate mall id \"mpp-73.71\"")),
        MalformedCase("duplicate source id", .model { $0.sources.append(Source(id: "news-2024", url: nil, title: "Again", publisher: "News", published: nil, isOfficial: false)) },
                      .unlocated("sources[3].id", "duplicate source id \"news-2024\"")),
        MalformedCase("malformed province code", .model { $0.provinces.append(Province(code: "7", name: "Sulawesi", islandGroup: .sulawesi)) },
                      .unlocated("provinces[2].code", "expected a two-digit Kemendagri province code such as \"11\", found \"7\"")),
        MalformedCase("malformed region code", .model { $0.regions.append(Region(code: "7306", provinceCode: "73", kind: .kabupaten, name: "Gowa", isAutonomous: true)) },
                      .unlocated("regions[4].code", "expected a Kemendagri code PP.NN such as \"11.01\", found \"7306\"")),
        MalformedCase("malformed mall id", .replace("\"id\": \"mpp-73.17\"", "\"id\": \"MPP Luwu\""),
                      .unlocated("malls[2].id", "expected a mall id of lower-case letters, digits, '-' and '.', found \"MPP Luwu\"")),
        MalformedCase("region whose province does not exist", .model { $0.regions.append(Region(code: "74.01", provinceCode: "74", kind: .kabupaten, name: "Buton", isAutonomous: true)) },
                      .unlocated("regions[4].province", "unknown province \"74\" (not in provinces)")),
        MalformedCase("region code disagreeing with its province", .model { $0.regions.append(Region(code: "73.72", provinceCode: "31", kind: .kota, name: "Parepare", isAutonomous: true)) },
                      .unlocated("regions[4].province", "region \"73.72\" cannot lie in province \"31\": its code begins with \"73\"")),
        MalformedCase("mall in an unknown region", .replace("\"region\": \"73.71\"", "\"region\": \"73.99\""),
                      .unlocated("malls[3].region", "unknown region \"73.99\" (not in regions)")),
        MalformedCase("mall in an unknown province", .model { $0.malls[0].place = .province("32") },
                      .unlocated("malls[0].province", "unknown province \"32\" (not in provinces)")),
        MalformedCase("unknown source id in a stage", .model { $0.malls[3].stages[0].sources = ["news-2025"] },
                      .unlocated("malls[3].stages[0].sources[0]", "unknown source \"news-2025\" (not in sources)")),
        MalformedCase("unknown administrative source", .model { $0.administrativeSources = ["kemendagri-2024"] },
                      .unlocated("administrativeSources[0]", "unknown source \"kemendagri-2024\" (not in sources)")),
        MalformedCase("empty sources list of a mall", .model { $0.malls[2].sources = [] },
                      .unlocated("malls[2].sources", "expected at least one source id, found an empty list")),
        MalformedCase("empty sources list of a reported total", .model { $0.reportedTotals[0].sources = [] },
                      .unlocated("reportedTotals[0].sources", "expected at least one source id, found an empty list")),
        MalformedCase("empty history", .model { $0.malls[2].stages = [] },
                      .unlocated("malls[2].stages", "expected at least one stage, found an empty list")),
        MalformedCase("stages out of order", .model {
            $0.malls[1].stages[0].stage = .construction
            $0.malls[1].stages[1].stage = .planned
        }, .unlocated("malls[1].stages[1].stage", "stage \"planned\" after \"construction\"; expected the order \"planned\", \"construction\", \"operating\", \"inaugurated\", each at most once")),
        MalformedCase("repeated stage", .model { $0.malls[1].stages[1].stage = .planned },
                      .unlocated("malls[1].stages[1].stage", "stage \"planned\" a second time; expected each stage at most once")),
        MalformedCase("later stage dated before an earlier one", .model { $0.malls[1].stages[3].date = PartialDate(year: 2023, month: 12, day: 1) },
                      .unlocated("malls[1].stages[3].date", "date 2023-12-01 of \"inaugurated\" is before 2024-01-10 of the earlier stage \"operating\"")),
        MalformedCase("stage dated after asOf", .model { $0.malls[2].stages[0].date = PartialDate(year: 2026, month: 9) },
                      .unlocated("malls[2].stages[0].date", "date 2026-09 is after the snapshot's own date (asOf 2026-08-08)")),
        MalformedCase("source published after asOf", .model { $0.sources[2].published = PartialDate(year: 2027) },
                      .unlocated("sources[2].published", "date 2027 is after the snapshot's own date (asOf 2026-08-08)")),
        MalformedCase("batch naming an unknown mall and one mall twice", .model { $0.batches[0].mallIDs = ["mpp-73.06", "mpp-99", "mpp-73.06"] },
                      .unlocated("batches[0].malls[1]", "unknown mall \"mpp-99\" (not in malls)"),
                      .unlocated("batches[0].malls[2]", "mall \"mpp-73.06\" is listed twice in this batch")),
        MalformedCase("conflict with one claim", .model { $0.conflicts[0].claims.removeLast() },
                      .unlocated("conflicts[0].claims", "expected at least 2 claims (a conflict sets sources against each other), found 1")),
        MalformedCase("conflict whose subject refers to nothing", .model { $0.conflicts[0].subject = "batch:2099-01-01" },
                      .unlocated("conflicts[0].subject", "\"batch:2099-01-01\" refers to nothing in this snapshot")),
        MalformedCase("conflict whose subject is of no known kind", .model { $0.conflicts[0].subject = "city:73.71" },
                      .unlocated("conflicts[0].subject", "expected batch:ID, mall:ID, total:DATE, digital:CODE, region:CODE, province:CODE, claim:ID or programme, found \"city:73.71\"")),
        MalformedCase("second MPP Digital entry for a region", .model {
            $0.digital.append(DigitalAdoption(place: .region("73.06"), stages: [StageEvent(stage: .live, date: PartialDate(year: 2025), sources: ["menpan-2024"])]))
        }, .unlocated("digital[2]", "a second MPP Digital entry for \"73.06\"; expected one entry per region")),
        MalformedCase("URL without http(s)", .model { $0.sources[1].url = "menpan.go.id/site/berita/peresmian" },
                      .unlocated("sources[1].url", "expected a URL starting with https:// or http://, found \"menpan.go.id/site/berita/peresmian\"")),
    ]

    /// The rules of format 1.1: texts, windows, coverage claims, conflicts' subjects, counts.
    static let formatEleven: [MalformedCase] = [
        MalformedCase("plain string for a text in a 1.1 snapshot", .replace("\"note\": {\n        \"en\": \"Services counted in 2024.\"\n      }", "\"note\": \"Services counted in 2024.\""),
                      .located("malls[3].note", "expected an object {\"id\", \"en\"}, found a string", line: 237, column: 15)),
        MalformedCase("text with neither language", .replace("\"note\": {\n        \"en\": \"Services counted in 2024.\"\n      }", "\"note\": {}"),
                      .located("malls[3].note", "expected at least one of the keys \"id\" (Bahasa Indonesia) and \"en\" (English), found neither", line: 237, column: 15)),
        MalformedCase("window with neither day", .replace("\"window\": null\n    }\n  ],\n  \"conflicts\"", "\"window\": {\"notBefore\": null}\n    }\n  ],\n  \"conflicts\""),
                      .located("batches[0].window", "expected at least one of \"notBefore\" and \"notAfter\" to be a day, found neither", line: 28, column: 17)),
        MalformedCase("blank text", .model { $0.malls[3].note = LocalizedText(indonesian: " ", english: "Services counted in 2024.") },
                      .located("malls[3].note.id", "expected a non-empty string, found \" \"", line: 239, column: 15)),
        MalformedCase("window outside the date's period", .model { $0.malls[2].stages[0].window = DateWindow(notBefore: Day(iso: "2024-06-25"), notAfter: nil) },
                      .unlocated("malls[2].stages[0].window.notBefore", "day 2024-06-25 is outside the period of the date 2024-06-24")),
        MalformedCase("window days in the wrong order", .model {
            $0.malls[0].stages[0].window = DateWindow(notBefore: Day(iso: "2017-09-01"), notAfter: Day(iso: "2017-03-01"))
        }, .unlocated("malls[0].stages[0].window", "notBefore 2017-09-01 is after notAfter 2017-03-01")),
        MalformedCase("window of an undated batch after asOf", .model {
            $0.batches[0].date = nil
            $0.batches[0].window = DateWindow(notBefore: nil, notAfter: Day(iso: "2026-09-01"))
        }, .unlocated("batches[0].window.notAfter", "date 2026-09-01 is after the snapshot's own date (asOf 2026-08-08)")),
        MalformedCase("reported total window without either day", .model { $0.reportedTotals[0].window = DateWindow(notBefore: nil, notAfter: nil) },
                      .located("reportedTotals[0].window", "expected at least one of \"notBefore\" and \"notAfter\" to be a day, found neither", line: 330, column: 17)),
        MalformedCase("coverage claim about an unknown province", .model {
            $0.coverageClaims = [CoverageClaim(id: "claim-74", date: PartialDate(year: 2025), provinceCode: "74", covers: .none, sources: ["news-2024"])]
        }, .unlocated("coverageClaims[0].province", "unknown province \"74\" (not in provinces)")),
        MalformedCase("coverage claim naming a region of another province and an unknown one", .model {
            $0.coverageClaims = [CoverageClaim(id: "claim-73", date: PartialDate(year: 2025), provinceCode: "73", covers: .listed,
                                               regions: ["73.06", "31.71", "73.99"], sources: ["news-2024"])]
        }, .unlocated("coverageClaims[0].regions[1]", "region \"31.71\" is not in the claim's province \"73\""),
           .unlocated("coverageClaims[0].regions[2]", "unknown region \"73.99\" (not in regions)")),
        MalformedCase("coverage claim with regions but not listed", .model {
            $0.coverageClaims = [CoverageClaim(id: "claim-73", date: PartialDate(year: 2025), provinceCode: "73", covers: .all,
                                               regions: ["73.06"], sources: ["news-2024"])]
        }, .unlocated("coverageClaims[0].regions", "expected an empty list (\"regions\" goes with covers \"listed\"), found 1 region with covers \"all\"")),
        MalformedCase("coverage claim with exceptions but not all", .model {
            $0.coverageClaims = [CoverageClaim(id: "claim-73", date: PartialDate(year: 2025), provinceCode: "73", covers: .listed,
                                               regions: ["73.06"], except: ["73.17", "73.71"], sources: ["news-2024"])]
        }, .unlocated("coverageClaims[0].except", "expected an empty list (\"except\" goes with covers \"all\"), found 2 regions with covers \"listed\"")),
        MalformedCase("listed coverage claim naming no region", .model {
            $0.coverageClaims = [CoverageClaim(id: "claim-73", date: PartialDate(year: 2025), provinceCode: "73", covers: .listed, sources: ["news-2024"])]
        }, .unlocated("coverageClaims[0].regions", "expected at least one region with covers \"listed\", found an empty list")),
        MalformedCase("coverage claim dated after asOf without sources", .model {
            $0.coverageClaims = [CoverageClaim(id: "claim-73", date: PartialDate(year: 2027), provinceCode: "73", covers: .none, sources: [])]
        }, .unlocated("coverageClaims[0].date", "date 2027 is after the snapshot's own date (asOf 2026-08-08)"),
           .unlocated("coverageClaims[0].sources", "expected at least one source id, found an empty list")),
        MalformedCase("duplicate coverage claim id", .model {
            let claim = CoverageClaim(id: "claim-73", date: PartialDate(year: 2025), provinceCode: "73", covers: .none, sources: ["news-2024"])
            $0.coverageClaims = [claim, claim]
        }, .unlocated("coverageClaims[1].id", "duplicate coverage claim id \"claim-73\"")),
        MalformedCase("related subjects that refer to nothing", .model {
            $0.conflicts[0].related = ["mall:mpp-73.17", "total:2024-03-08", "claim:none", "region:73.17", "province:74"]
        }, .unlocated("conflicts[0].related[1]", "\"total:2024-03-08\" refers to nothing in this snapshot"),
           .unlocated("conflicts[0].related[2]", "\"claim:none\" refers to nothing in this snapshot"),
           .unlocated("conflicts[0].related[4]", "\"province:74\" refers to nothing in this snapshot")),
        MalformedCase("facility count without a number, dated after asOf", .model {
            $0.malls[3].counts.append(FacilityCount(date: PartialDate(year: 2026, month: 9), services: nil, agencies: nil, sources: ["news-2024"]))
        }, .unlocated("malls[3].counts[1]", "expected \"services\" or \"agencies\" to be a number, found neither"),
           .unlocated("malls[3].counts[1].date", "date 2026-09 is after the snapshot's own date (asOf 2026-08-08)")),
        MalformedCase("announcement without sources", .model { $0.batches[0].announcements[0].sources = [] },
                      .unlocated("batches[0].announcements[0].sources", "expected at least one source id, found an empty list")),
        MalformedCase("source published after regionsAsOf", .model {
            $0.asOf = Day(iso: "2026-01-31")!
            $0.regionsAsOf = Day(iso: "2026-08-08")
            $0.sources[2].published = PartialDate(year: 2026, month: 9)
        }, .unlocated("sources[2].published", "date 2026-09 is after the snapshot's dates (asOf 2026-01-31, regionsAsOf 2026-08-08)")),
    ]

    static let all = syntax + header + types + meaning + formatEleven
}
// swiftlint:enable line_length

// MARK: - Tests

@Suite("Malformed snapshots")
struct MalformedSnapshotTests {
    /// Reads `bytes` and returns every problem reported; records an issue if the file is accepted.
    func problems(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) -> [ExpectedProblem] {
        do {
            let snapshot = try SnapshotDecoder.decode(bytes, file: "snapshot.json")
            Issue.record("accepted a malformed snapshot titled \"\(snapshot.title)\"", sourceLocation: sourceLocation)
            return []
        } catch {
            #expect(error.file == "snapshot.json", sourceLocation: sourceLocation)
            return error.problems.map(ExpectedProblem.init)
        }
    }

    @Test func theFixtureIsValidAndCanonical() throws {
        #expect(MalformedFixture.snapshot == MalformedFixture.snapshot.canonicalized())
        #expect(try SnapshotDecoder.decode(MalformedFixture.bytes, file: "snapshot.json") == MalformedFixture.snapshot)
        #expect(CanonicalJSON.encode(SnapshotEncoder.jsonValue(MalformedFixture.snapshot)) == MalformedFixture.bytes)
    }

    @Test("Refused with every problem named", arguments: MalformedCase.all)
    func isRefused(_ malformed: MalformedCase) {
        #expect(problems(malformed.edit.applied()) == malformed.expected)
    }

    /// What only a snapshot built in code can hold, the validator still refuses.
    @Test func theValidatorRefusesBlankTextsAndEmptyWindowsOfABuiltSnapshot() {
        var snapshot = MalformedFixture.snapshot
        snapshot.malls[3].note = LocalizedText(indonesian: " ", english: "Services counted in 2024.")
        snapshot.reportedTotals[0].window = DateWindow(notBefore: nil, notAfter: nil)
        #expect(SnapshotValidator.problems(in: snapshot).map(\.description) == [
            "malls[3].note.id: expected a non-empty text, found \" \"",
            "reportedTotals[0].window: expected at least one of \"notBefore\" and \"notAfter\" to be a day, found neither",
        ])
    }

    @Test func coversAtLeastFortyCases() {
        #expect(MalformedCase.all.count >= 40)
        #expect(Set(MalformedCase.all.map(\.name)).count == MalformedCase.all.count)
    }

    @Test func aNewerMajorVersionIsTheOnlyProblemReported() {
        let bytes = FixtureEdit.replace([
            ("\"version\": \"1.2\"", "\"version\": \"2.0\""),
            ("\"revision\": 3", "\"revision\": \"three\""),
            ("\"region\": \"73.71\"", "\"region\": \"73.99\""),
            ("  \"title\": {\n    \"en\": \"Fixture\"\n  },\n", ""),
        ]).applied()
        #expect(problems(bytes) == [
            .unlocated("version", "this snapshot has format version 2.0, newer than the 1.x this mppdash reads; upgrade mppdash to open it"),
        ])
    }

    @Test func aNewerMinorVersionIsReadAndItsNewKeysAreIgnored() throws {
        let bytes = FixtureEdit.replace([
            ("\"version\": \"1.2\"", "\"version\": \"1.7\""),
            ("\n  \"title\": {", "\n  \"futureList\": [{\"a\": [1, 2.5, null, true]}],\n  \"title\": {"),
            ("\"services\": 120,", "\"services\": 120,\n      \"openingHours\": \"08:00-16:00\","),
        ]).applied()
        var expected = MalformedFixture.snapshot
        expected.version = SnapshotVersion(major: 1, minor: 7)
        #expect(try SnapshotDecoder.decode(bytes, file: "snapshot.json") == expected)
    }

    @Test("Several problems in one run, each at the index it has in the file", arguments: [false, true])
    func severalProblemsInOneRun(firstMallDropped: Bool) {
        var replacements = [
            ("\"date\": \"2024-01-10\"", "\"date\": \"2024-04-01\""),
            ("\"region\": \"73.17\"", "\"region\": \"73.99\""),
            ("\"region\": \"73.71\"", "\"region\": \"71.71\""),
        ]
        var expected: [ExpectedProblem] = [
            .unlocated("malls[1].stages[3].date", "date 2024-03-07 of \"inaugurated\" is before 2024-04-01 of the earlier stage \"operating\""),
            .unlocated("malls[2].region", "unknown region \"73.99\" (not in regions)"),
            .unlocated("malls[3].region", "unknown region \"71.71\" (not in regions)"),
        ]
        if firstMallDropped {
            replacements.append(("\"name\": \"MPP DKI Jakarta\"", "\"name\": 5"))
            expected.insert(.located("malls[0].name", "expected a string, found the number 5", line: 128, column: 15), at: 0)
        }
        #expect(problems(FixtureEdit.replace(replacements).applied()) == expected)
    }

    @Test func aRecordDroppedForAProblemInItsHistoryKeepsTheIndicesOfTheRest() {
        let bytes = FixtureEdit.replace([
            ("\"stage\": \"live\"", "\"stage\": 7"),
            ("\"date\": \"2023-06\"", "\"date\": \"2026-12\""),
        ]).applied()
        #expect(problems(bytes) == [
            .located("digital[0].stages[0].stage", "expected a string, found the number 7", line: 82, column: 20),
            .unlocated("digital[1].stages[0].date", "date 2026-12 is after the snapshot's own date (asOf 2026-08-08)"),
            .unlocated("digital[1].stages[1].date", "date 2024-03-07 of \"committed\" is before 2026-12 of the earlier stage \"pilot\""),
        ])
    }
}
