/// A JSON value to be written in the canonical form of snapshots.
public indirect enum JSONValue: Hashable, Sendable {
    case object([String: JSONValue])
    /// An object whose members are written in their order, not sorted: an export's row, whose
    /// keys are the columns of the table it comes from. Not used in snapshots.
    case record([JSONMember])
    case array([JSONValue])
    case string(String)
    case integer(Int)
    /// A fraction or ratio, written with at most six decimals; not used in snapshots.
    case decimal(Double)
    case bool(Bool)
    case null

    /// A string, or `null` for nil.
    public static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// A whole number, or `null` for nil.
    public static func integer(_ value: Int?) -> JSONValue { value.map(JSONValue.integer) ?? .null }

    /// An array of strings.
    public static func strings(_ values: [String]) -> JSONValue { .array(values.map(JSONValue.string)) }
}

/// One member of a `JSONValue.record`.
public struct JSONMember: Hashable, Sendable {
    public var key: String
    public var value: JSONValue

    public init(_ key: String, _ value: JSONValue) {
        self.key = key
        self.value = value
    }
}

/// Writes JSON in one fixed form: keys of an object sorted (a record keeps its order), two-space indentation, `"key": value`, one value
/// per line, non-ASCII text as is, a newline at the end.
///
/// It is byte for byte the form of Python's `json.dumps(value, indent=2, sort_keys=True,
/// ensure_ascii=False)`, so that the generator of the built-in dataset (Data/generate_builtin.py)
/// and this writer agree, and a snapshot saved twice is identical.
public enum CanonicalJSON {
    public static func encode(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(1 << 16)
        write(value, depth: 0, into: &output)
        output.append(0x0A)
        return output
    }

    /// A document whose top level is an object of `members` (written in key order, as `encode`
    /// writes `.object`), each array made one element at a time: the same bytes as `encode` of the
    /// whole tree, without the tree.
    public static func encodeDocument(_ members: [(key: String, value: StreamedValue)]) -> [UInt8] {
        var stream = CanonicalJSONStream(chunkSize: .max) { (_: UnsafeRawBufferPointer) throws(JSONFileError) in }
        stream.writeObject(members)
        return stream.finished()
    }

    /// `value` on one line, with Python's default separators (`", "` and `": "`) and keys sorted:
    /// `json.dumps(value, sort_keys=True, ensure_ascii=False)`, without a newline at the end.
    public static func encodeLine(_ value: JSONValue) -> [UInt8] {
        var output: [UInt8] = []
        write(value, depth: nil, into: &output)
        return output
    }

    /// Writes `value` at `depth`; a nil depth writes it on one line.
    static func write(_ value: JSONValue, depth: Int?, into output: inout [UInt8]) {
        switch value {
        case .object(let members):
            let ordered = members.keys.sorted(by: codePointOrder).map { JSONMember($0, members[$0]!) }
            writeMembers(ordered, depth: depth, into: &output)
        case .record(let members):
            writeMembers(members, depth: depth, into: &output)
        case .array(let elements):
            if elements.isEmpty {
                output.append(contentsOf: "[]".utf8)
                return
            }
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                separate(position, depth: depth, into: &output)
                write(element, depth: depth.map { $0 + 1 }, into: &output)
            }
            close(depth, into: &output)
            output.append(UInt8(ascii: "]"))
        case .string(let text):
            writeString(text, into: &output)
        case .integer(let number):
            output.append(contentsOf: String(number).utf8)
        case .decimal(let number):
            let rounded = (number * 1_000_000).rounded() / 1_000_000
            output.append(contentsOf: (rounded.isFinite ? String(rounded) : "null").utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .null:
            output.append(contentsOf: "null".utf8)
        }
    }

    private static func writeMembers(_ members: [JSONMember], depth: Int?, into output: inout [UInt8]) {
        if members.isEmpty {
            output.append(contentsOf: "{}".utf8)
            return
        }
        output.append(UInt8(ascii: "{"))
        for (position, member) in members.enumerated() {
            writeKey(member.key, position: position, depth: depth, into: &output)
            write(member.value, depth: depth.map { $0 + 1 }, into: &output)
        }
        close(depth, into: &output)
        output.append(UInt8(ascii: "}"))
    }

    /// What comes before the member `key` at `position` of an object at `depth`: the separator,
    /// the key and the colon.
    static func writeKey(_ key: String, position: Int, depth: Int?, into output: inout [UInt8]) {
        separate(position, depth: depth, into: &output)
        writeString(key, into: &output)
        output.append(contentsOf: ": ".utf8)
    }

    /// What comes before the element or member at `position` of a container at `depth`: a comma
    /// after the first, then a new indented line (or a space on one line).
    static func separate(_ position: Int, depth: Int?, into output: inout [UInt8]) {
        if position > 0 { output.append(UInt8(ascii: ",")) }
        if let depth {
            newline(depth + 1, into: &output)
        } else if position > 0 {
            output.append(UInt8(ascii: " "))
        }
    }

    /// What comes before the closing bracket of a non-empty container at `depth`.
    static func close(_ depth: Int?, into output: inout [UInt8]) {
        if let depth { newline(depth, into: &output) }
    }

    /// Python sorts keys by code point, which Swift's `<` on String is not guaranteed to follow;
    /// UTF-8 bytes compare in code point order, and are the quickest to compare.
    static func codePointOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func newline(_ depth: Int, into output: inout [UInt8]) {
        output.append(0x0A)
        output.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output.append(contentsOf: "\\\"".utf8)
            case UInt8(ascii: "\\"): output.append(contentsOf: "\\\\".utf8)
            case 0x0A: output.append(contentsOf: "\\n".utf8)
            case 0x0D: output.append(contentsOf: "\\r".utf8)
            case 0x09: output.append(contentsOf: "\\t".utf8)
            case 0x08: output.append(contentsOf: "\\b".utf8)
            case 0x0C: output.append(contentsOf: "\\f".utf8)
            case 0..<0x20:
                output.append(contentsOf: "\\u00".utf8)
                output.append(hexDigits[Int(byte >> 4)])
                output.append(hexDigits[Int(byte & 0xF)])
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
