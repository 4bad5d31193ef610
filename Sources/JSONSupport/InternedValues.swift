#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values already read from one document, by their bytes as written, so that a value that comes
/// again (a list of source ids, a note cited by thousands of records) is the same value in memory,
/// its buffer shared, instead of a copy per occurrence. Only values read without a problem are
/// kept, so a value found here needs no checking. At most `limit` values are kept: unique values
/// (names) would fill it without ever being found again.
struct InternedValues<Value> {
    static var limit: Int { 1 << 14 }

    private var values: [WrittenBytes: Value] = [:]

    subscript(written: WrittenBytes) -> Value? {
        values[written]
    }

    mutating func keep(_ value: Value, for written: WrittenBytes) {
        guard values.count < Self.limit else { return }
        values[written] = value
    }
}

/// Bytes of the document being read, compared and hashed by content.
struct WrittenBytes: Hashable {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ document: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        bytes = UnsafeBufferPointer(rebasing: document[range])
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
    }

    static func == (lhs: WrittenBytes, rhs: WrittenBytes) -> Bool {
        guard lhs.bytes.count == rhs.bytes.count else { return false }
        guard let left = lhs.bytes.baseAddress, let right = rhs.bytes.baseAddress else { return true }
        return memcmp(left, right, lhs.bytes.count) == 0
    }
}
