import Foundation
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

    /// True when reading `text` stops at a duplicate key whose second occurrence is written
    /// `second` (the last place it stands in `text`).
    func isDuplicate(_ second: String, in text: String) throws -> Bool {
        do {
            _ = try parse(text)
            return false
        } catch let error as JSONSyntaxError {
            guard error.duplicate != nil, let range = text.range(of: second, options: .backwards) else { throw error }
            return error.offset == text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        }
    }

    @Test func aKeyWrittenTwiceInAnyFormIsADuplicate() throws {
        #expect(try isDuplicate(#""ab""#, in: #"{"ab": 1, "ba": 2, "abc": 3, "ab": 4}"#))
        #expect(try isDuplicate(#""a""#, in: #"{"a": 1, "a": 2}"#), "an escape")
        #expect(try isDuplicate(#""ab""#, in: #"{"ab": 1, "ab": 2}"#), "an escape in the first")
        #expect(try isDuplicate("\"e\u{301}\"", in: "{\"é\": 1, \"e\u{301}\": 2}"), "the same text composed and decomposed")
        #expect(try !isDuplicate("", in: #"{"ab": 1, "ba": 2, "aab": 3, "bb": 4, "a": 5, "b": 6}"#))
        let many = (0..<40).map { "\"k\($0)\": \($0)" }
        #expect(try !isDuplicate("", in: "{" + many.joined(separator: ", ") + "}"))
        #expect(try isDuplicate("\"k3\"", in: "{" + (many + ["\"k3\": 0"]).joined(separator: ", ") + "}"), "past 16 keys")
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
