import JSONSupport
import Testing
@testable import RolloutData

/// The snapshot written as a stream, record by record, is byte for byte the document the whole
/// JSON tree gives, however the stream is cut into chunks.
@Suite("Writing a snapshot as a stream")
struct StreamingWriterTests {
    /// The bytes of the tree: the whole snapshot as one `JSONValue`, then encoded.
    func treeBytes(_ snapshot: Snapshot) -> [UInt8] {
        CanonicalJSON.encode(SnapshotEncoder.jsonValue(snapshot.canonicalized()))
    }

    /// The bytes of the stream, cut into chunks of `chunkSize`, and how many chunks there were.
    func streamedBytes(_ snapshot: Snapshot, chunkSize: Int) throws -> (bytes: [UInt8], chunks: Int) {
        nonisolated(unsafe) var bytes: [UInt8] = []
        nonisolated(unsafe) var chunks = 0
        var stream = CanonicalJSONStream(chunkSize: chunkSize) { (chunk: UnsafeRawBufferPointer) throws(JSONFileError) in
            bytes.append(contentsOf: chunk)
            chunks += 1
        }
        try SnapshotEncoder.write(snapshot, to: &stream)
        return (bytes, chunks)
    }

    @Test func theBuiltInDatasetStreamsToTheBytesOfItsTree() throws {
        let snapshot = try BuiltinDataset.snapshot()
        let tree = treeBytes(snapshot)
        #expect(SnapshotEncoder.encode(snapshot) == tree)
        let streamed = try streamedBytes(snapshot, chunkSize: 4_096)
        #expect(streamed.bytes == tree)
        #expect(streamed.chunks > tree.count / 4_096 / 2, "flushed as it went, not at the end")
    }

    @Test func aSyntheticSnapshotStreamsToTheBytesOfItsTree() throws {
        let snapshot = try SyntheticSnapshot.generate(malls: 3_000, seed: 11)
        let tree = treeBytes(snapshot)
        #expect(SnapshotEncoder.encode(snapshot) == tree)
        #expect(try streamedBytes(snapshot, chunkSize: 100_000).bytes == tree)
        #expect(try streamedBytes(snapshot, chunkSize: 1).bytes == tree)
    }

    @Test func aFileWrittenAsAStreamIsTheEncodedSnapshot() throws {
        let folder = try TemporaryFolder()
        let snapshot = try SyntheticSnapshot.generate(malls: 2_000, seed: 3)
        try SnapshotFile.write(snapshot, to: folder.path("s.json"))
        #expect(try SnapshotFile.contents(of: folder.path("s.json")) == SnapshotEncoder.encode(snapshot))
    }

    /// A list out of order is written in canonical order, the same as its sorted copy.
    @Test func aSnapshotOutOfOrderIsWrittenInCanonicalOrder() throws {
        var snapshot = try BuiltinDataset.snapshot()
        snapshot.malls.reverse()
        snapshot.reportedTotals.reverse()
        snapshot.malls[0].stages.reverse()
        #expect(SnapshotEncoder.encode(snapshot) == treeBytes(try BuiltinDataset.snapshot()))
        #expect(snapshot.canonicalized() == (try BuiltinDataset.snapshot()).canonicalized())
    }

    @Test func aFailingSinkStopsTheWriteWithItsError() {
        let failure = JSONFileError(file: "out.json", failure: "cannot write out.json", reason: "No space left on device")
        nonisolated(unsafe) var calls = 0
        var stream = CanonicalJSONStream(chunkSize: 1_000) { (_: UnsafeRawBufferPointer) throws(JSONFileError) in
            calls += 1
            if calls == 2 { throw failure }
        }
        #expect(throws: failure) { try SnapshotEncoder.write(SmallSnapshot.make(), to: &stream) }
        #expect(calls == 2, "nothing more is written after the failure")
    }

    @Test func oneLineFormIsPythonsDefault() {
        let value = JSONValue.object(["b": .array([.integer(1), .string("é\n")]), "a": .object([:]), "c": .null, "d": .array([])])
        #expect(String(decoding: CanonicalJSON.encodeLine(value), as: UTF8.self) == #"{"a": {}, "b": [1, "é\n"], "c": null, "d": []}"#)
    }
}
