/// The value of a member of a streamed document: a whole value, or an array made one element at a
/// time, so that a large document never exists as one tree.
public enum StreamedValue {
    case value(JSONValue)
    /// `count` elements, the element at a position made by `element` only when it is written.
    case array(count: Int, element: (Int) -> JSONValue)

    /// The records of `list`, each turned into its JSON value when it is written.
    public static func records<Record>(_ list: [Record], _ value: @escaping (Record) -> JSONValue) -> StreamedValue {
        .array(count: list.count) { value(list[$0]) }
    }
}

/// Writes a canonical JSON document (the form of `CanonicalJSON`) as a stream: the bytes gather in
/// a buffer that is handed to `flush` each time it holds `chunkSize` bytes, and once more at the
/// end, so the memory a write needs is the buffer and one element, whatever the document's size.
public struct CanonicalJSONStream {
    /// Takes the next bytes of the document, in order; throws when they cannot be written.
    public typealias Flush = (UnsafeRawBufferPointer) throws(JSONFileError) -> Void

    /// The buffer size for writing files: large enough that the system calls cost nothing next
    /// to the encoding, small enough to stay in the cache.
    public static let fileChunkSize = 256 << 10

    private var buffer: [UInt8] = []
    private let chunkSize: Int
    private let flush: Flush
    private var failure: JSONFileError?

    public init(chunkSize: Int = fileChunkSize, flush: @escaping Flush) {
        self.chunkSize = chunkSize
        self.flush = flush
        buffer.reserveCapacity(chunkSize == .max ? 1 << 16 : chunkSize + (1 << 16))
    }

    /// Writes the document: an object of `members`, written in key order, and the final newline,
    /// then hands the rest of the buffer to `flush`.
    public mutating func writeDocument(_ members: [(key: String, value: StreamedValue)]) throws(JSONFileError) {
        writeObject(members)
        if let failure { throw failure }
        let rest = finished()
        try rest.withBytes(flush)
    }

    /// Writes the object and the final newline into the buffer, flushing full chunks; the first
    /// failure of `flush` stops the writing and is kept in `failure`.
    mutating func writeObject(_ members: [(key: String, value: StreamedValue)]) {
        let ordered = members.sorted { CanonicalJSON.codePointOrder($0.key, $1.key) }
        buffer.append(UInt8(ascii: "{"))
        for (position, member) in ordered.enumerated() where failure == nil {
            CanonicalJSON.writeKey(member.key, position: position, depth: 0, into: &buffer)
            switch member.value {
            case .value(let value):
                CanonicalJSON.write(value, depth: 1, into: &buffer)
            case .array(let count, let element):
                writeArray(count: count, element: element)
            }
        }
        if !ordered.isEmpty { CanonicalJSON.close(0, into: &buffer) }
        buffer.append(contentsOf: "}\n".utf8)
    }

    /// The bytes left in the buffer (all of the document when `chunkSize` is `.max`).
    func finished() -> [UInt8] { buffer }

    private mutating func writeArray(count: Int, element: (Int) -> JSONValue) {
        guard count > 0 else {
            buffer.append(contentsOf: "[]".utf8)
            return
        }
        buffer.append(UInt8(ascii: "["))
        for position in 0..<count {
            CanonicalJSON.separate(position, depth: 1, into: &buffer)
            CanonicalJSON.write(element(position), depth: 2, into: &buffer)
            if buffer.count >= chunkSize {
                do throws(JSONFileError) {
                    try buffer.withBytes(flush)
                } catch {
                    failure = error
                    return
                }
                buffer.removeAll(keepingCapacity: true)
            }
        }
        CanonicalJSON.close(1, into: &buffer)
        buffer.append(UInt8(ascii: "]"))
    }
}
