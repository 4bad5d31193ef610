/// A key's value while an object is being read: whether the key was there, and its value when it
/// was valid.
/// Inlinable, like the context's generic readers, so that decoders in other modules get them
/// specialized for their types instead of instantiating generic metadata per value read.
@frozen
public struct Field<Value> {
    public var seen = false
    public var value: Value?

    @inlinable
    public init() {}

    @inlinable
    public mutating func set(_ newValue: Value?) {
        seen = true
        value = newValue
    }

    /// The key was there with a wrong value (a problem was recorded).
    @inlinable
    public var isWrong: Bool { seen && value == nil }
}

/// The typed reading layer of the decoders (snapshots, themes): reads values with a `JSONReader`, keeps the
/// JSON path of the value being read, and records a problem (instead of stopping) when a value has
/// the wrong type, so that one run reports every problem in a file.
///
/// Syntax errors still stop reading: past one, nothing can be trusted. The path is then left where
/// reading stopped, so that the error can name it.
public final class JSONDecodingContext {
    /// One step of the path of the value being read: keys stay in the document until a problem
    /// names them.
    private enum Step {
        case key(JSONKey)
        case index(Int)
    }

    @exclusivity(unchecked) private var path: [Step] = []
    public private(set) var problems: [(offset: Int?, problem: JSONProblem)] = []
    /// Problems that hold only under a condition learnt later in the file (a snapshot's version
    /// comes last in canonical key order), kept apart until `settlePending(keep:)`.
    public private(set) var pendingProblems: [(offset: Int?, problem: JSONProblem)] = []
    /// Long texts and lists of texts already read (see `InternedValues`).
    private var internedStrings = InternedValues<String>()
    private var internedLists = InternedValues<[String]>()
    /// How many arrays were read in two halves on two threads (see `records(_:parallelAbove:_:)`).
    public private(set) var arraysReadInHalves = 0

    public init() {}

    public var currentPath: JSONPath {
        JSONPath(path.map { step in
            switch step {
            case .key(let key): return .key(key.string)
            case .index(let index): return .index(index)
            }
        })
    }

    public func report(_ message: String, at offset: Int?, path explicitPath: JSONPath? = nil) {
        problems.append((offset, JSONProblem(path: explicitPath ?? currentPath, message: message)))
    }

    /// Records a problem that counts only if `settlePending(keep: true)` is called later.
    public func reportPending(_ message: String, at offset: Int?) {
        pendingProblems.append((offset, JSONProblem(path: currentPath, message: message)))
    }

    /// Adds the pending problems to `problems` when `keep`, and forgets them either way.
    public func settlePending(keep: Bool) {
        if keep { problems += pendingProblems }
        pendingProblems = []
    }

    /// Records that the next value is not what was expected, and skips it.
    public func mismatch(_ expected: String, _ reader: inout JSONReader) throws {
        let start = reader.offset
        let found = try describeValue(&reader)
        report("expected \(expected), found \(found)", at: start)
    }

    // MARK: Containers

    /// Reads an object, pushing each key on the path; false (with a problem) if it is not one.
    @discardableResult
    public func object(_ reader: inout JSONReader, _ member: (inout JSONReader, JSONKey) throws -> Void) throws -> Bool {
        guard try reader.peekKind() == .object else {
            try mismatch("an object", &reader)
            return false
        }
        let depth = path.count
        do {
            try reader.readObject { reader, key in
                path.append(.key(key))
                try member(&reader, key)
                path.removeLast()
            }
        } catch var error as JSONSyntaxError {
            // A duplicate key of this object (a member's own errors leave its key on the path):
            // the path points at the second occurrence, the message at the first.
            if path.count == depth, let duplicate = error.duplicate, let key = reader.key(at: error.offset) {
                path.append(.key(key))
                let (line, column) = reader.location(of: duplicate.firstOffset)
                error.message = "duplicate key \"\(duplicate.key)\": first at \(currentPath) (line \(line), column \(column))"
                error.duplicate = nil
            }
            throw error
        }
        return true
    }

    /// Reads an array, pushing each index on the path; false (with a problem) if it is not one.
    @discardableResult
    public func array(_ reader: inout JSONReader, _ element: (inout JSONReader, Int) throws -> Void) throws -> Bool {
        guard try reader.peekKind() == .array else {
            try mismatch("an array", &reader)
            return false
        }
        try reader.readArray { reader, index in
            path.append(.index(index))
            try element(&reader, index)
            path.removeLast()
        }
        return true
    }

    /// Reads an array whose elements each decode to a record (nil for a record with problems),
    /// with the file index of each record that decoded and the number of elements in the file;
    /// nil (with a problem) if it is not an array.
    @inlinable
    public func records<Record>(
        _ reader: inout JSONReader, _ decode: (inout JSONReader) throws -> Record?
    ) throws -> (records: [Record], indices: [Int], count: Int)? {
        var records: [Record] = []
        var indices: [Int] = []
        var count = 0
        let isArray = try array(&reader) { reader, index in
            count += 1
            if let record = try decode(&reader) {
                records.append(record)
                indices.append(index)
            }
        }
        return isArray ? (records, indices, count) : nil
    }

    /// `records(_:_:)` for a large array of independent records, read in two halves on two
    /// threads when the array's bytes after `reader` exceed `parallelAbove`.
    ///
    /// The second half begins where an element likely begins (`JSONReader.likelyElementStart`);
    /// this thread reads the first half element by element, and keeps the other thread's records
    /// only when it reaches exactly that place and the other thread read to the array's end
    /// without a problem. Otherwise it goes on reading from where it is, as `records(_:_:)` does,
    /// so that a bad file is reported exactly as when read in one piece.
    public func records<Record: Sendable>(
        _ reader: inout JSONReader, parallelAbove: Int,
        _ decode: @escaping @Sendable (inout JSONReader, JSONDecodingContext) throws -> Record?
    ) throws -> (records: [Record], indices: [Int], count: Int)? {
        let start = reader.nextValueOffset()
        let middle = start + (reader.bytes.count - start) / 2
        guard reader.bytes.count - start > parallelAbove, let split = reader.likelyElementStart(after: middle) else {
            return try records(&reader) { try decode(&$0, self) }
        }
        let document = SharedBytes(bytes: reader.bytes)
        let secondHalf = BackgroundThread.run { () -> (records: [Record], end: Int)? in
            var secondReader = JSONReader(bytes: document.bytes, at: split)
            let decoding = JSONDecodingContext()
            var records: [Record] = []
            do {
                _ = try secondReader.readElements(from: 0, stoppingAt: nil) { reader, _ in
                    guard let record = try decode(&reader, decoding) else { throw SecondHalfFailed() }
                    records.append(record)
                }
            } catch {
                return nil
            }
            guard decoding.problems.isEmpty, decoding.pendingProblems.isEmpty else { return nil }
            return (records, secondReader.offset)
        }
        defer { _ = secondHalf.join() }
        var records: [Record] = []
        var indices: [Int] = []
        var count = 0
        let read = { (reader: inout JSONReader, index: Int) throws in
            count = index + 1
            self.path.append(.index(index))
            if let record = try decode(&reader, self) {
                records.append(record)
                indices.append(index)
            }
            self.path.removeLast()
        }
        guard try reader.peekKind() == .array else {
            try mismatch("an array", &reader)
            return nil
        }
        guard let stopped = try reader.readArray(stoppingAt: split, read) else { return (records, indices, count) }
        if let second = secondHalf.join() {
            arraysReadInHalves += 1
            records += second.records
            indices += stopped..<(stopped + second.records.count)
            count = stopped + second.records.count
            reader.move(to: second.end)
        } else {
            _ = try reader.readElements(from: stopped, stoppingAt: nil, read)
        }
        return (records, indices, count)
    }

    /// The bytes of a document, handed to the thread that reads its second half: the caller
    /// joins that thread before the bytes go.
    private struct SharedBytes: @unchecked Sendable {
        let bytes: UnsafeBufferPointer<UInt8>
    }

    /// The second half of an array held a record that did not decode.
    private struct SecondHalfFailed: Error {}

    /// Reads an array whose elements must all decode; nil (with their problems recorded) when one
    /// does not, so that a record is never built from part of a list and its indices stay those of
    /// the file.
    @inlinable
    public func elements<Element>(
        _ reader: inout JSONReader, _ decode: (inout JSONReader) throws -> Element?
    ) throws -> [Element]? {
        var elements: [Element] = []
        var valid = true
        let isArray = try array(&reader) { reader, _ in
            if let element = try decode(&reader) { elements.append(element) } else { valid = false }
        }
        return isArray && valid ? elements : nil
    }

    // MARK: Scalars

    public func string(_ reader: inout JSONReader, nonEmpty: Bool = true) throws -> String? {
        let start = reader.nextValueOffset()
        guard try reader.peekKind() == .string else {
            try mismatch("a string", &reader)
            return nil
        }
        let text = try internedString(&reader)
        if nonEmpty, !text.utf8.contains(where: { !(($0 == 0x20) || (0x09...0x0D).contains($0)) }) {
            report("expected a non-empty string, found \"\(text)\"", at: start)
            return nil
        }
        return text
    }

    public func integer(_ reader: inout JSONReader, minimum: Int = 0) throws -> Int? {
        let start = reader.nextValueOffset()
        guard try reader.peekKind() == .number else {
            try mismatch("a whole number", &reader)
            return nil
        }
        let text = try reader.readNumberText()
        guard let value = Int(text) else {
            let isWhole = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
            report(isWhole ? "expected a whole number that fits in 64 bits, found \(text)"
                           : "expected a whole number, found \(text)", at: start)
            return nil
        }
        guard value >= minimum else {
            report("expected a whole number ≥ \(minimum), found \(value)", at: start)
            return nil
        }
        return value
    }

    public func bool(_ reader: inout JSONReader) throws -> Bool? {
        guard try reader.peekKind() == .bool else {
            try mismatch("true or false", &reader)
            return nil
        }
        return try reader.readBool()
    }

    /// Reads `null` as `.some(nil)`, anything else with `read`; nil means a problem was recorded.
    @inlinable
    public func nullable<Value>(_ reader: inout JSONReader, _ read: (inout JSONReader) throws -> Value?) throws -> Value?? {
        if try reader.peekKind() == .null {
            try reader.readNull()
            return .some(nil)
        }
        guard let value = try read(&reader) else { return nil }
        return .some(value)
    }

    @inlinable
    public func choice<Value: RawRepresentable & CaseIterable>(
        _ reader: inout JSONReader, _: Value.Type = Value.self
    ) throws -> Value? where Value.RawValue == String {
        let start = reader.nextValueOffset()
        guard let text = try string(&reader, nonEmpty: false) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let options = Value.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        report("expected one of \(options), found \"\(text)\"", at: start)
        return nil
    }



    /// Reads an array of non-empty strings; nil (with their problems recorded) when it is not one.
    public func strings(_ reader: inout JSONReader) throws -> [String]? {
        let start = reader.nextValueOffset()
        let end = reader.endOfStringArray()
        let written = end.map { UnsafeBufferPointer(rebasing: reader.bytes[start..<$0]) }
        if let written, let end, let values = internedLists.value(for: written) {
            reader.move(to: end)
            return values
        }
        var values: [String] = []
        var valid = true
        let isArray = try array(&reader) { reader, _ in
            if let value = try string(&reader) { values.append(value) } else { valid = false }
        }
        guard isArray, valid else { return nil }
        if let written { internedLists.keep(values, for: written) }
        return values
    }

    /// A string value; one longer than a `String` holds in place is shared with the same text
    /// read before.
    private func internedString(_ reader: inout JSONReader) throws -> String {
        let text = try reader.readKey()
        // Up to 15 bytes of UTF-8 live inside the `String` itself.
        guard text.written.count > 15 else { return text.string }
        let written = UnsafeBufferPointer(rebasing: text.document[text.written])
        if let known = internedStrings.value(for: written) { return known }
        let string = text.string
        internedStrings.keep(string, for: written)
        return string
    }


    /// Reads any value as it is: objects, arrays, strings, whole numbers (other numbers as
    /// decimals), true, false, null. Nesting deeper than `JSONReader.maximumSkippedDepth` is
    /// refused as skipping refuses it.
    public func value(_ reader: inout JSONReader, depth: Int = 1) throws -> JSONValue {
        let start = reader.nextValueOffset()
        let kind = try reader.peekKind()
        if kind == .object || kind == .array, depth > JSONReader.maximumSkippedDepth {
            throw JSONSyntaxError(offset: start, message: "expected arrays and objects nested at most \(JSONReader.maximumSkippedDepth) deep, found deeper nesting")
        }
        switch kind {
        case .object:
            var members: [String: JSONValue] = [:]
            try object(&reader) { reader, key in members[key.string] = try value(&reader, depth: depth + 1) }
            return .object(members)
        case .array:
            var elements: [JSONValue] = []
            try array(&reader) { reader, _ in elements.append(try value(&reader, depth: depth + 1)) }
            return .array(elements)
        case .string:
            return .string(try reader.readString())
        case .number:
            let text = try reader.readNumberText()
            if let whole = Int(text) { return .integer(whole) }
            return .decimal(Double(text) ?? .nan)
        case .bool:
            return .bool(try reader.readBool())
        case .null:
            try reader.readNull()
            return .null
        }
    }

    // MARK: Records

    /// The value of a required key; records "missing key" when the object had none.
    @inlinable
    public func required<Value>(_ field: Field<Value>, _ key: String, at objectStart: Int) -> Value? {
        if !field.seen {
            report("missing key \"\(key)\"", at: objectStart)
        }
        return field.value
    }

    /// The value of an optional, nullable key: absent and `null` both mean unknown.
    @inlinable
    public func optional<Value>(_ field: Field<Value?>) -> Value? {
        field.value ?? nil
    }


    // MARK: Describing what was found

    private func describeValue(_ reader: inout JSONReader) throws -> String {
        switch try reader.peekKind() {
        case .object:
            try reader.skipValue()
            return "an object"
        case .array:
            try reader.skipValue()
            return "an array"
        case .string:
            let text = try reader.readString()
            let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
            return "the string \"\(shown)\""
        case .number:
            return "the number \(try reader.readNumberText())"
        case .bool:
            return try reader.readBool() ? "true" : "false"
        case .null:
            try reader.readNull()
            return "null"
        }
    }
}
