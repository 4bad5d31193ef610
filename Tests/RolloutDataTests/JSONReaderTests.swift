import JSONSupport
import Testing
@testable import RolloutData

@Suite("JSON reader and canonical writer")
struct JSONReaderTests {
    /// Reads a document into the writer's value tree, to test the two against each other.
    func readValue(_ reader: inout JSONReader) throws -> JSONValue {
        switch try reader.peekKind() {
        case .object:
            var members: [String: JSONValue] = [:]
            try reader.readObject { reader, key in members[key.string] = try readValue(&reader) }
            return .object(members)
        case .array:
            var elements: [JSONValue] = []
            try reader.readArray { reader, _ in elements.append(try readValue(&reader)) }
            return .array(elements)
        case .string: return .string(try reader.readString())
        case .number: return .integer(Int(try reader.readNumberText())!)
        case .bool: return .bool(try reader.readBool())
        case .null:
            try reader.readNull()
            return .null
        }
    }

    func parse(_ text: String) throws -> JSONValue {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            let value = try readValue(&reader)
            let atEnd = reader.isAtEnd()
            #expect(atEnd)
            return value
        }
    }

    @Test func decodesEscapes() throws {
        let value = try parse(#"{"a": "tab\there \"q\" \\ \/ \u00e9 \ud83d\ude00 é"}"#)
        #expect(value == .object(["a": .string("tab\there \"q\" \\ / é 😀 é")]))
    }

    @Test func writesPythonsCanonicalForm() {
        let value = JSONValue.object([
            "b": .array([.integer(1), .string("x\ny\u{1}"), .null]),
            "a": .object([:]),
            "c": .array([]),
            "d": .bool(true),
        ])
        let text = String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
        #expect(text == """
            {
              "a": {},
              "b": [
                1,
                "x\\ny\\u0001",
                null
              ],
              "c": [],
              "d": true
            }

            """)
    }

    @Test func writerAndReaderRoundTrip() throws {
        let value = JSONValue.object(["name": .string("Kepulauan Siau Tagulandang Biaro — “ok”"), "n": .integer(-42)])
        let text = String(decoding: CanonicalJSON.encode(value), as: UTF8.self)
        #expect(try parse(text) == value)
    }

    @Test func reportsLineAndColumnOfASyntaxError() throws {
        let bytes = Array("{\n  \"a\": 1,\n  \"b\" 2\n}".utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            do {
                _ = try readValue(&reader)
                Issue.record("expected a syntax error")
            } catch let error as JSONSyntaxError {
                let location = reader.location(of: error.offset)
                #expect(location.line == 3)
                #expect(location.column == 7)
                #expect(error.message == "expected ':' after the key \"b\", found '2'")
            }
        }
    }
}
