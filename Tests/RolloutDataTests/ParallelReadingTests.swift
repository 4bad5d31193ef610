import JSONSupport
import Testing
@testable import RolloutData

@Suite("Reading a large list in two halves")
struct ParallelReadingTests {
    /// `{"n": 0}`-like records; nil (with a problem) when `n` is not a whole number.
    struct Numbered: Sendable, Equatable {
        var n: Int

        static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Numbered? {
            var n = Field<Int>()
            let start = reader.nextValueOffset()
            guard try decoding.object(&reader, { reader, key in
                switch key {
                case "n": n.set(try decoding.integer(&reader))
                default: try reader.skipValue()
                }
            }) else { return nil }
            return decoding.required(n, "n", at: start).map(Numbered.init)
        }
    }

    struct Outcome: Equatable {
        var records: [Numbered]?
        var indices: [Int]?
        var count: Int?
        var problems: [String]
        var halves: Int
    }

    /// Reads `text`, an array of `Numbered`, with `records(_:parallelAbove:_:)`.
    func read(_ text: String, parallelAbove: Int) throws -> Outcome {
        let bytes = Array(text.utf8)
        return try bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            let decoding = JSONDecodingContext()
            let read = try decoding.records(&reader, parallelAbove: parallelAbove) { try Numbered.read(&$0, $1) }
            let atEnd = reader.isAtEnd()
            #expect(atEnd)
            return Outcome(records: read?.records, indices: read?.indices, count: read?.count,
                           problems: decoding.problems.map { "\($0.problem) @\($0.offset ?? -1)" }, halves: decoding.arraysReadInHalves)
        }
    }

    func pretty(_ values: [String]) -> String {
        "[\n  " + values.joined(separator: ",\n  ") + "\n]\n"
    }

    @Test func twoHalvesGiveWhatOnePieceGives() throws {
        let text = pretty((0..<1_000).map { "{\n    \"n\": \($0)\n  }" })
        let halves = try read(text, parallelAbove: 0)
        var whole = try read(text, parallelAbove: .max)
        #expect(halves.halves == 1)
        #expect(whole.halves == 0)
        whole.halves = 1
        #expect(halves == whole)
        #expect(halves.records == (0..<1_000).map(Numbered.init))
        #expect(halves.count == 1_000)
    }

    @Test func aMinifiedArrayIsReadInHalvesToo() throws {
        let text = "[" + (0..<500).map { "{\"n\":\($0)}" }.joined(separator: ",") + "]"
        let halves = try read(text, parallelAbove: 0)
        #expect(halves.halves == 1)
        #expect(halves.records == (0..<500).map(Numbered.init))
    }

    @Test func aWrongGuessOfWhereAnElementBeginsIsOnlySlower() throws {
        // The middle of the text falls inside the 11th element, among objects of its own that
        // look like elements: the second thread reads them, the first never lands where it began,
        // and the list is read in one piece.
        let inner = "[" + (0..<1_000).map { "{\"n\":\($0)}" }.joined(separator: ",") + "]"
        let elements = (0..<21).map { $0 == 10 ? "{\"inner\":\(inner),\"n\":10}" : "{\"n\":\($0)}" }
        let outcome = try read("[" + elements.joined(separator: ",") + "]", parallelAbove: 0)
        #expect(outcome.halves == 0)
        #expect(outcome.records == (0..<21).map(Numbered.init))
    }

    @Test func aProblemInTheSecondHalfIsReportedAsInOnePiece() throws {
        var values = (0..<1_000).map { "{\n    \"n\": \($0)\n  }" }
        values[900] = "{\n    \"n\": \"nine hundred\"\n  }"
        values[950] = "{\n    \"m\": 950\n  }"
        let text = pretty(values)
        let halves = try read(text, parallelAbove: 0)
        let whole = try read(text, parallelAbove: .max)
        #expect(halves.halves == 0)
        #expect(halves == whole)
        #expect(halves.problems.count == 2)
        #expect(halves.problems.first?.hasPrefix("[900].n: expected a whole number, found the string \"nine hundred\"") == true)
        #expect(halves.count == 1_000)
        #expect(halves.indices?.contains(900) == false)
    }

    @Test func brokenSyntaxInTheSecondHalfStopsAsInOnePiece() throws {
        var values = (0..<1_000).map { "{\n    \"n\": \($0)\n  }" }
        values[800] = "{\n    \"n\": 800,\n  }"
        let text = pretty(values)
        func error(_ parallelAbove: Int) -> JSONSyntaxError? {
            do {
                _ = try read(text, parallelAbove: parallelAbove)
                return nil
            } catch {
                return error as? JSONSyntaxError
            }
        }
        let halves = try #require(error(0))
        #expect(halves == error(.max))
        #expect(halves.message == "expected a key in quotes, found '}'")
        #expect(String(decoding: Array(text.utf8)[..<halves.offset].suffix(12), as: UTF8.self) == "\"n\": 800,\n  ")
    }

    @Test func theMPPsOfASyntheticSnapshotReadInHalvesAreTheSame() throws {
        let bytes = SnapshotEncoder.encode(try SyntheticSnapshot.generate(malls: 3_000, seed: 11))
        let halves = try SnapshotDecoder.decode(bytes, file: "synthetic.json", parallelAbove: 0)
        #expect(halves == (try SnapshotDecoder.decode(bytes, file: "synthetic.json", parallelAbove: .max)))
        #expect(halves.malls.count == 3_000)
    }

    @Test func aBadMPPInTheSecondHalfIsReportedAsInOnePiece() throws {
        let snapshot = try SyntheticSnapshot.generate(malls: 3_000, seed: 11)
        var text = String(decoding: SnapshotEncoder.encode(snapshot), as: UTF8.self)
        let last = try #require(text.range(of: "\"stage\": \"operating\"", options: .backwards))
        text.replaceSubrange(last, with: "\"stage\": \"opened\"")
        func problems(_ parallelAbove: Int) -> [String] {
            do {
                _ = try SnapshotDecoder.decode(Array(text.utf8), file: "bad.json", parallelAbove: parallelAbove)
                return []
            } catch {
                return error.lines
            }
        }
        let halves = problems(0)
        #expect(halves == problems(.max))
        #expect(halves.count == 1)
        #expect(halves.first?.contains("expected one of \"planned\", \"construction\", \"operating\", \"inaugurated\", found \"opened\"") == true)
    }
}
