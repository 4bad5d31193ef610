/// What kind of value comes next in a JSON document.
public enum JSONValueKind: Sendable {
    case object, array, string, number, bool, null
}

/// A pull reader over the UTF-8 bytes of a JSON document (RFC 8259).
///
/// Snapshots are decoded straight from the bytes into the model, with no intermediate tree: the
/// 100,000-MPP benchmark snapshot loads in 0.8× the time Python's C-accelerated `json` module
/// takes to parse it (Benchmarks/README.md), and every error knows its byte
/// offset, so messages can name a line and column. The reader does not own the bytes; use it
/// inside `withUnsafeBytes`.
public struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The offset of the next unread byte.
    public private(set) var offset: Int = 0

    /// The keys of the objects being read, innermost last, and where each began: the keys of one
    /// object are checked for duplicates against these without a list of their own.
    private var seenKeys: [(key: JSONKey, offset: Int)] = []

    public init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// A reader of `bytes` that starts at `offset`.
    public init(bytes: UnsafeBufferPointer<UInt8>, at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    // MARK: Looking ahead

    /// The kind of the next value, after skipping white space; throws at the end of input or on a
    /// byte that cannot start a value.
    public mutating func peekKind() throws(JSONSyntaxError) -> JSONValueKind {
        skipWhitespace()
        guard offset < bytes.count else { throw endOfInput("a value") }
        switch bytes[offset] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: throw unexpected("a value")
        }
    }

    /// The offset where the next value begins, after skipping white space, so that a message about
    /// the value can point at its first character.
    public mutating func nextValueOffset() -> Int {
        skipWhitespace()
        return offset
    }

    /// True when only white space is left.
    public mutating func isAtEnd() -> Bool {
        skipWhitespace()
        return offset >= bytes.count
    }

    // MARK: Containers

    /// Reads an object, calling `member` with each key; `member` must read or skip the value.
    ///
    /// A key that comes twice in one object is refused (RFC 8259 leaves its meaning open; a
    /// reader that kept the last value would hide the first): a `JSONSyntaxError` at the second
    /// key, with `duplicate` naming the key and where it first came.
    public mutating func readObject(
        _ member: (inout JSONReader, JSONKey) throws -> Void
    ) throws {
        try expect(UInt8(ascii: "{"), "'{'")
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return }
        var keys = ObjectKeys(base: seenKeys.count)
        defer { seenKeys.removeSubrange(keys.base...) }
        while true {
            skipWhitespace()
            guard offset < bytes.count else { throw endOfInput("a key in quotes") }
            guard bytes[offset] == UInt8(ascii: "\"") else { throw unexpected("a key in quotes") }
            let keyOffset = offset
            let key = try readKey()
            if let first = keys.insert(key, at: keyOffset, into: &seenKeys) {
                let (line, column) = location(of: first)
                let text = key.string
                throw JSONSyntaxError(offset: keyOffset, message: "duplicate key \"\(text)\": first at line \(line), column \(column)",
                                      duplicate: JSONSyntaxError.DuplicateKey(key: text, firstOffset: first))
            }
            skipWhitespace()
            try expect(UInt8(ascii: ":"), "':' after the key \"\(key.string)\"")
            try member(&self, key)
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return }
            throw offset < bytes.count ? unexpected("',' or '}' after a member") : endOfInput("'}'")
        }
    }

    /// The key that begins at `keyOffset` (its opening quote), for a message about it.
    public func key(at keyOffset: Int) -> JSONKey? {
        var reader = JSONReader(bytes: bytes, at: keyOffset)
        return try? reader.readKey()
    }

    /// The keys of the object being read: `seenKeys[base...]`, or `many` once there are more than
    /// 16, so that an object of a million keys is still read in linear time. `sketches` has a bit
    /// set for each plain key's length and end bytes: a plain key whose bit is not set yet cannot
    /// have come before, and is not compared with the others.
    private struct ObjectKeys {
        let base: Int
        var sketches: UInt64 = 0
        var allPlain = true
        var many: [String: Int]?

        /// Adds `key`; returns the offset where it came before, if it did.
        mutating func insert(_ key: JSONKey, at offset: Int, into seen: inout [(key: JSONKey, offset: Int)]) -> Int? {
            if many == nil, seen.count - base < 16 {
                let bit: UInt64 = 1 << UInt64(key.sketch & 63)
                if !(allPlain && key.isPlain) || sketches & bit != 0 {
                    var index = base
                    while index < seen.count {
                        if seen[index].key.isSame(as: key) { return seen[index].offset }
                        index += 1
                    }
                }
                sketches |= bit
                allPlain = allPlain && key.isPlain
                seen.append((key, offset))
                return nil
            }
            if many == nil {
                many = Dictionary(seen[base...].map { ($0.key.string, $0.offset) }, uniquingKeysWith: { first, _ in first })
            }
            let text = key.string
            if let earlier = many?[text] { return earlier }
            many?[text] = offset
            return nil
        }
    }

    /// Reads a string without making a `String` of it (unless it has escapes): where its text
    /// stands, checked as valid UTF-8 with valid escapes.
    mutating func readKey() throws(JSONSyntaxError) -> JSONKey {
        try expect(UInt8(ascii: "\""), "'\"'")
        let start = offset
        var asciiOnly = true
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                let written = start..<(offset - 1)
                if !asciiOnly, let invalid = Self.firstInvalidUTF8(in: UnsafeBufferPointer(rebasing: bytes[written])) {
                    throw invalidUTF8(at: start + invalid)
                }
                return JSONKey(document: bytes, written: written, isPlain: asciiOnly, hasEscapes: false)
            }
            if byte == UInt8(ascii: "\\") {
                _ = try readEscapedString(from: start)
                return JSONKey(document: bytes, written: start..<(offset - 1), isPlain: false, hasEscapes: true)
            }
            if byte < 0x20 { throw JSONSyntaxError(offset: offset, message: "control character \(describeByte(byte)) inside a string (write it as an escape)") }
            if byte >= 0x80 { asciiOnly = false }
            offset += 1
        }
        throw JSONSyntaxError(offset: start - 1, message: "unterminated string (the file ends inside it)")
    }

    /// Reads an array, calling `element` with each index; `element` must read or skip the value.
    public mutating func readArray(_ element: (inout JSONReader, Int) throws -> Void) throws {
        _ = try readArray(stoppingAt: nil, element)
    }

    /// Reads an array as `readArray(_:)` does, but stops before an element that begins at `stop`
    /// and returns its index (see `readElements`); nil when the array ended.
    public mutating func readArray(stoppingAt stop: Int?, _ element: (inout JSONReader, Int) throws -> Void) throws -> Int? {
        try expect(UInt8(ascii: "["), "'['")
        skipWhitespace()
        if consume(UInt8(ascii: "]")) { return nil }
        return try readElements(from: 0, stoppingAt: stop, element)
    }

    /// Reads the elements of an array from the one at the offset, whose index is `first`, to the
    /// closing `]`; stops instead before an element that begins at `stop`, and returns the index
    /// of that element (nil when the array ended).
    public mutating func readElements(
        from first: Int, stoppingAt stop: Int?, _ element: (inout JSONReader, Int) throws -> Void
    ) throws -> Int? {
        var index = first
        while true {
            try element(&self, index)
            index += 1
            skipWhitespace()
            if consume(UInt8(ascii: ",")) {
                if let stop, nextValueOffset() == stop { return index }
                continue
            }
            if consume(UInt8(ascii: "]")) { return nil }
            throw offset < bytes.count ? unexpected("',' or ']' after an element") : endOfInput("']'")
        }
    }

    /// Where the element of the array that begins at the offset nearest after `target` may begin,
    /// judged by the white space before the array's first element: the guess is only right when
    /// reading the array element by element reaches it (see `readElements`). Nil when the
    /// reader is not at a non-empty array or no such place follows `target`.
    public func likelyElementStart(after target: Int) -> Int? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "[") else { return nil }
        var first = offset + 1
        while first < bytes.count, Self.isWhitespace(bytes[first]) { first += 1 }
        guard first < bytes.count, bytes[first] != UInt8(ascii: "]") else { return nil }
        // "," then the same white space, then the same first byte as the first element.
        let indent = UnsafeBufferPointer(rebasing: bytes[(offset + 1)..<first])
        let opening = bytes[first]
        var comma = max(target, first)
        while comma + indent.count + 1 < bytes.count {
            if bytes[comma] == UInt8(ascii: ","), bytes[comma + indent.count + 1] == opening,
               indent.indices.allSatisfy({ bytes[comma + 1 + $0] == indent[$0] }) {
                return comma + indent.count + 1
            }
            comma += 1
        }
        return nil
    }

    /// The offset just after the array at the reader when it holds strings only (white space and
    /// commas between them, not checked here); nil for anything else.
    func endOfStringArray() -> Int? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "[") else { return nil }
        var index = offset + 1
        var inString = false
        while index < bytes.count {
            let byte = bytes[index]
            if inString {
                if byte == UInt8(ascii: "\\") {
                    index += 1
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
            } else {
                switch byte {
                case UInt8(ascii: "\""): inString = true
                case UInt8(ascii: "]"): return index + 1
                case UInt8(ascii: ","), 0x20, 0x0A, 0x0D, 0x09: break
                default: return nil
                }
            }
            index += 1
        }
        return nil
    }

    /// Moves the reader to `newOffset`, where another reader of the same bytes stopped.
    public mutating func move(to newOffset: Int) {
        offset = newOffset
    }

    // MARK: Scalars

    /// Reads a string, decoding escapes and checking that it is valid UTF-8.
    public mutating func readString() throws(JSONSyntaxError) -> String {
        skipWhitespace()
        return try readKey().string
    }

    /// Reads a number and returns its text exactly as written.
    public mutating func readNumberText() throws(JSONSyntaxError) -> Substring {
        skipWhitespace()
        let start = offset
        _ = consume(UInt8(ascii: "-"))
        guard offset < bytes.count, isDigit(bytes[offset]) else { throw unexpected("a digit") }
        if bytes[offset] == UInt8(ascii: "0") {
            offset += 1
        } else {
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if consume(UInt8(ascii: ".")) {
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw unexpected("a digit after '.'") }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] | 0x20 == UInt8(ascii: "e") {
            offset += 1
            if !consume(UInt8(ascii: "+")) { _ = consume(UInt8(ascii: "-")) }
            guard offset < bytes.count, isDigit(bytes[offset]) else { throw unexpected("a digit in the exponent") }
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        return Substring(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<offset]), as: UTF8.self))
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        if consumeWord("true") { return true }
        if consumeWord("false") { return false }
        throw unexpected("true or false")
    }

    /// Reads `null`.
    public mutating func readNull() throws(JSONSyntaxError) {
        skipWhitespace()
        guard consumeWord("null") else { throw unexpected("null") }
    }

    /// How deep arrays and objects may nest inside a skipped value. Skipping recurses, so deeper
    /// input (a corrupted file of nothing but `[`) is refused instead of overflowing the stack;
    /// snapshots themselves nest a few levels only.
    public static let maximumSkippedDepth = 512

    /// Reads and discards the next value, checking its syntax.
    public mutating func skipValue() throws {
        try skipValue(depth: 1)
    }

    private mutating func skipValue(depth: Int) throws {
        let kind = try peekKind()
        if kind == .object || kind == .array, depth > JSONReader.maximumSkippedDepth {
            throw JSONSyntaxError(offset: offset, message: "expected arrays and objects nested at most \(JSONReader.maximumSkippedDepth) deep, found deeper nesting")
        }
        switch kind {
        case .object: try readObject { reader, _ in try reader.skipValue(depth: depth + 1) }
        case .array: try readArray { reader, _ in try reader.skipValue(depth: depth + 1) }
        case .string: _ = try readKey()
        case .number: _ = try readNumberText()
        case .bool: _ = try readBool()
        case .null: try readNull()
        }
    }

    // MARK: Positions

    /// The 1-based line and column (in characters) of a byte offset.
    public func location(of target: Int) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        let end = min(target, bytes.count)
        var index = 0
        while index < end {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        index = lineStart
        while index < end {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (line, column)
    }

    /// A short description of what stands at the current offset, for "found …" in messages.
    public func describeNext() -> String {
        guard offset < bytes.count else { return "the end of the file" }
        let byte = bytes[offset]
        if byte < 0x20 || byte >= 0x7F { return describeByte(byte) }
        return "'\(Character(Unicode.Scalar(byte)))'"
    }

    // MARK: Private

    private mutating func skipWhitespace() {
        while offset < bytes.count, Self.isWhitespace(bytes[offset]) { offset += 1 }
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        if offset < bytes.count, bytes[offset] == byte {
            offset += 1
            return true
        }
        return false
    }

    private mutating func expect(_ byte: UInt8, _ what: @autoclosure () -> String) throws(JSONSyntaxError) {
        guard offset < bytes.count else { throw endOfInput(what()) }
        guard bytes[offset] == byte else { throw unexpected(what()) }
        offset += 1
    }

    private mutating func consumeWord(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard offset + count <= bytes.count else { return false }
        let pointer = word.utf8Start
        for index in 0..<count where bytes[offset + index] != pointer[index] { return false }
        offset += count
        return true
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private func unexpected(_ expected: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message: "expected \(expected), found \(describeNext())")
    }

    private func endOfInput(_ expected: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset, message: "expected \(expected), found the end of the file (is it truncated?)")
    }

    private func describeByte(_ byte: UInt8) -> String {
        let hex = String(byte, radix: 16, uppercase: true)
        return "byte 0x" + (hex.count < 2 ? "0" + hex : hex)
    }

    /// The decoded bytes of a string as text; `written` is where the string stands in the document,
    /// without its quotes. Escapes always decode to well-formed UTF-8, so an invalid byte is looked
    /// for among the bytes as written, where its offset is right even after an escape.
    private func validatedString(_ decoded: UnsafeBufferPointer<UInt8>, writtenAt written: Range<Int>) throws(JSONSyntaxError) -> String {
        if let text = String(validating: decoded, as: UTF8.self) { return text }
        let raw = UnsafeBufferPointer(rebasing: bytes[written])
        throw invalidUTF8(at: written.lowerBound + (JSONReader.firstInvalidUTF8(in: raw) ?? 0))
    }

    private func invalidUTF8(at position: Int) -> JSONSyntaxError {
        JSONSyntaxError(offset: position, message: "invalid UTF-8 (\(describeByte(bytes[position]))): snapshots must be UTF-8 text")
    }

    /// The index of the first byte that does not begin a well-formed UTF-8 sequence.
    static func firstInvalidUTF8(in raw: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        while index < raw.count {
            let lead = raw[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= raw.count else { return index }
            var scalar = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for continuation in raw[(index + 1)..<(index + length)] {
                guard continuation & 0xC0 == 0x80 else { return index }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            let overlong = (length == 3 && scalar < 0x800) || (length == 4 && scalar < 0x10000)
            if overlong || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return index }
            index += length
        }
        return nil
    }

    /// Reads on from `start`, where a string's text begins, decoding its escapes.
    mutating func readEscapedString(from start: Int) throws(JSONSyntaxError) -> String {
        var buffer = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<offset]))
        while offset < bytes.count {
            let byte = bytes[offset]
            switch byte {
            case UInt8(ascii: "\""):
                offset += 1
                return try buffer.withUnsafeBufferPointer { raw throws(JSONSyntaxError) in
                    try validatedString(raw, writtenAt: start..<(offset - 1))
                }
            case UInt8(ascii: "\\"):
                offset += 1
                guard offset < bytes.count else { break }
                let escape = bytes[offset]
                offset += 1
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): buffer.append(escape)
                case UInt8(ascii: "b"): buffer.append(0x08)
                case UInt8(ascii: "f"): buffer.append(0x0C)
                case UInt8(ascii: "n"): buffer.append(0x0A)
                case UInt8(ascii: "r"): buffer.append(0x0D)
                case UInt8(ascii: "t"): buffer.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try readUnicodeEscape()
                    buffer.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw JSONSyntaxError(offset: offset - 2, message: "invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
                }
            default:
                if byte < 0x20 { throw JSONSyntaxError(offset: offset, message: "control character \(describeByte(byte)) inside a string (write it as an escape)") }
                buffer.append(byte)
                offset += 1
            }
        }
        throw JSONSyntaxError(offset: start - 1, message: "unterminated string (the file ends inside it)")
    }

    private mutating func readHex4() throws(JSONSyntaxError) -> UInt32 {
        guard offset + 4 <= bytes.count else { throw endOfInput("four hex digits after \\u") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[offset]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: throw unexpected("a hex digit in a \\u escape")
            }
            value = value << 4 | UInt32(digit)
            offset += 1
        }
        return value
    }

    private mutating func readUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let escapeStart = offset - 2
        let high = try readHex4()
        if (0xD800...0xDBFF).contains(high) {
            let expected = "expected a low surrogate \\uDC00…\\uDFFF after the high surrogate \(escapeText(high))"
            guard consumeWord("\\u") else {
                throw JSONSyntaxError(offset: escapeStart, message: "\(expected), found \(describeNext())")
            }
            let low = try readHex4()
            guard (0xDC00...0xDFFF).contains(low) else {
                throw JSONSyntaxError(offset: escapeStart, message: "\(expected), found \(escapeText(low))")
            }
            return Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00))!
        }
        guard let scalar = Unicode.Scalar(high) else {
            throw JSONSyntaxError(offset: escapeStart, message: "expected a character, found the lone low surrogate \(escapeText(high))")
        }
        return scalar
    }

    /// A UTF-16 code unit as a `\u` escape in messages: `\uD800`.
    private func escapeText(_ unit: UInt32) -> String {
        let hex = String(unit, radix: 16, uppercase: true)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
