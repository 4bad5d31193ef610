@testable import JSONSupport
import Testing

@Suite("Values read again share their storage")
struct InternedValuesTests {
    @Test func aValueKeptIsFoundByItsBytesOnly() {
        let texts = (0..<2_000).map { Array("source-\($0)-\(String(repeating: "x", count: $0 % 40))".utf8) }
        var interned = InternedValues<Int>()
        withBuffers(texts) { buffers in
            for (index, buffer) in buffers.enumerated() { interned.keep(index, for: buffer) }
            #expect(buffers.indices.allSatisfy { interned.value(for: buffers[$0]) == $0 })
            withBuffers(texts) { copies in
                #expect(interned.value(for: copies[1_234]) == 1_234, "other memory, the same bytes")
            }
            withBuffers([Array("source-1-".utf8), Array("source-1-xx".utf8), []]) { others in
                #expect(others.allSatisfy { interned.value(for: $0) == nil })
            }
        }
    }

    @Test func noMoreThanTheLimitIsKept() {
        let texts = (0..<(InternedValues<Int>.limit + 10)).map { Array("text \($0)".utf8) }
        var interned = InternedValues<Int>()
        withBuffers(texts) { buffers in
            for (index, buffer) in buffers.enumerated() { interned.keep(index, for: buffer) }
            let found = buffers.indices.filter { interned.value(for: buffers[$0]) == $0 }
            #expect(found.count <= InternedValues<Int>.limit)
            #expect(found.count >= InternedValues<Int>.limit * 99 / 100, "slots too crowded: the hash spreads badly")
        }
    }

    @Test func equalListsAndLongTextsOfADocumentShareOneBuffer() throws {
        let note = "A note long enough to live outside the String"
        let text = "[{\"s\": [\"a\", \"b\"], \"n\": \"\(note)\"}, {\"s\": [\"a\", \"b\"], \"n\": \"\(note)\"}]"
        let bytes = Array(text.utf8)
        let read = try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            let decoding = JSONDecodingContext()
            var lists: [[String]] = []
            var notes: [String] = []
            try decoding.array(&reader) { reader, _ in
                try decoding.object(&reader) { reader, key in
                    switch key {
                    case "s": lists.append(try decoding.strings(&reader) ?? [])
                    default: notes.append(try decoding.string(&reader) ?? "")
                    }
                }
            }
            return (lists, notes)
        }
        #expect(read.0 == [["a", "b"], ["a", "b"]])
        #expect(read.1 == [note, note])
        let storage = read.0.map { $0.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(storage[0] == storage[1])
        let texts = read.1.map { text in text.utf8.withContiguousStorageIfAvailable { $0.baseAddress } }
        #expect(texts[0] != nil && texts[0] == texts[1])
    }

    /// Calls `body` with buffers over `arrays`, valid during the call.
    private func withBuffers(_ arrays: [[UInt8]], _ body: ([UnsafeBufferPointer<UInt8>]) -> Void) {
        var copies = arrays.map { bytes -> UnsafeMutableBufferPointer<UInt8> in
            let copy = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = copy.initialize(from: bytes)
            return copy
        }
        defer { copies.forEach { $0.deallocate() }; copies = [] }
        body(copies.map { UnsafeBufferPointer($0) })
    }
}
