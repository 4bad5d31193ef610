/// A CSV file as RFC 4180 reads it: a header line and the records below it, each with the line it
/// starts on, its fields as text.
///
/// What spreadsheets write is read: fields separated by `,` or by `;` (whichever the header line
/// uses more, outside quotes), a field in double quotes holding separators, line breaks and
/// doubled double quotes, lines ending in CR LF, LF or CR, UTF-8 with or without a byte-order
/// mark. Lines with no text in any field (an empty line, `;;;`) are skipped. Refused, with the
/// line: bytes that are not UTF-8, a quote that is never closed, text after a closing quote, and
/// a record with more or fewer fields than the header.
public struct CSVDocument: Hashable, Sendable {
    /// One record below the header.
    public struct Record: Hashable, Sendable {
        /// The line the record starts on; the header is line 1.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// `,` or `;`.
    public var separator: Character
    public var header: [String]
    public var records: [Record]

    /// Reads `bytes` as the CSV file `file` (the name is for messages); throws every problem found
    /// (every line that is not UTF-8; else the first break of the quoting rules, and every record
    /// whose number of fields is not the header's).
    public static func read(_ bytes: [UInt8], file: String) throws(SheetError) -> CSVDocument {
        let text = bytes.starts(with: byteOrderMark) ? bytes.dropFirst(byteOrderMark.count) : bytes[...]
        let encodingProblems = utf8Problems(text, file: file)
        guard encodingProblems.isEmpty else { throw SheetError(problems: encodingProblems) }
        var parser = Parser(bytes: text, file: file, separator: separator(ofHeaderIn: text))
        return try parser.document()
    }

    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// One problem per line holding bytes that are not UTF-8, naming the first such byte.
    static func utf8Problems(_ bytes: ArraySlice<UInt8>, file: String) -> [SheetProblem] {
        var problems: [SheetProblem] = []
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var line = 1
        var offset = bytes.startIndex
        var reportedLine = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                if scalar.count == 1, scalar.first == UInt8(ascii: "\n") { line += 1 }
                offset += scalar.count
            case .error(let length):
                if reportedLine != line {
                    let byte = bytes[offset]
                    let hex = String(byte, radix: 16, uppercase: true)
                    problems.append(SheetProblem(
                        file: file, line: line,
                        message: "expected UTF-8 text, found the byte 0x\(hex.count == 1 ? "0" + hex : hex) (save the file as CSV UTF-8)"))
                    reportedLine = line
                }
                offset += length
            case .emptyInput:
                return problems
            }
        }
    }

    /// The separator the header line uses more outside double quotes: `;` when it has more
    /// semicolons than commas, else `,`.
    static func separator(ofHeaderIn bytes: ArraySlice<UInt8>) -> Character {
        var commas = 0, semicolons = 0, quoted = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "\""): quoted.toggle()
            case UInt8(ascii: ","): if !quoted { commas += 1 }
            case UInt8(ascii: ";"): if !quoted { semicolons += 1 }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"): if !quoted { return semicolons > commas ? ";" : "," }
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }
}

/// The RFC 4180 state machine over the bytes of a CSV file (its separators, quotes and line
/// breaks are ASCII, which no byte of a longer UTF-8 sequence is).
private struct Parser {
    let bytes: ArraySlice<UInt8>
    let file: String
    let separator: Character
    let separatorByte: UInt8
    var position: Int
    var line = 1

    init(bytes: ArraySlice<UInt8>, file: String, separator: Character) {
        self.bytes = bytes
        self.file = file
        self.separator = separator
        separatorByte = separator.asciiValue ?? UInt8(ascii: ",")
        position = bytes.startIndex
    }

    mutating func document() throws(SheetError) -> CSVDocument {
        var header: [String]?
        var records: [CSVDocument.Record] = []
        var problems: [SheetProblem] = []
        while position < bytes.endIndex {
            let start = line
            let fields = try record(header: header)
            if fields.allSatisfy(\.isEmpty) { continue }
            guard let header else {
                header = fields
                continue
            }
            if fields.count != header.count {
                problems.append(SheetProblem(file: file, line: start, message: "expected \(header.count) fields as in the header line, found \(fields.count)"))
            }
            records.append(CSVDocument.Record(line: start, fields: fields))
        }
        guard problems.isEmpty else { throw SheetError(problems: problems) }
        guard let header else { throw SheetError(problems: [SheetProblem(file: file, line: nil, message: "expected a header line, found an empty file")]) }
        return CSVDocument(separator: separator, header: header, records: records)
    }

    /// The fields of the record at `position`, which is left after its line break.
    mutating func record(header: [String]?) throws(SheetError) -> [String] {
        var fields: [String] = []
        while true {
            let column = header.flatMap { fields.count < $0.count ? $0[fields.count] : nil }
            fields.append(try field(column: column))
            guard position < bytes.endIndex else { return fields }
            let byte = bytes[position]
            position += 1
            if byte == separatorByte { continue }
            endLine(after: byte)
            return fields
        }
    }

    /// One field, leaving `position` at the separator or line break after it.
    mutating func field(column: String?) throws(SheetError) -> String {
        guard position < bytes.endIndex, bytes[position] == UInt8(ascii: "\"") else {
            let start = position
            while position < bytes.endIndex, !isEnd(bytes[position]) { position += 1 }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }
        let openedOn = line
        position += 1
        var text: [UInt8] = []
        while true {
            guard position < bytes.endIndex else {
                throw problem(openedOn, column, "expected a closing double quote for the field opened on this line, found the end of the file")
            }
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\"") {
                if position < bytes.endIndex, bytes[position] == UInt8(ascii: "\"") {
                    text.append(byte)
                    position += 1
                    continue
                }
                break
            }
            if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: "\r") && (position == bytes.endIndex || bytes[position] != UInt8(ascii: "\n"))) {
                line += 1
            }
            text.append(byte)
        }
        if position < bytes.endIndex, !isEnd(bytes[position]) {
            let found = String(decoding: bytes[position...].prefix { !isEnd($0) }.prefix(20), as: UTF8.self)
            throw problem(line, column, "expected \"\(separator)\" or the end of the line after a closing double quote, found \"\(found)\" (a double quote inside a quoted field is written twice)")
        }
        return String(decoding: text, as: UTF8.self)
    }

    func isEnd(_ byte: UInt8) -> Bool {
        byte == separatorByte || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    /// Counts the line break `byte` just read, taking the LF of a CR LF with it.
    mutating func endLine(after byte: UInt8) {
        if byte == UInt8(ascii: "\r"), position < bytes.endIndex, bytes[position] == UInt8(ascii: "\n") { position += 1 }
        line += 1
    }

    func problem(_ line: Int, _ column: String?, _ message: String) -> SheetError {
        SheetError(problems: [SheetProblem(file: file, line: line, column: column, message: message)])
    }
}
