#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Values already read from one document, by their bytes as written, so that a value that comes
/// again (a list of source ids, a note cited by thousands of records) is the same value in memory,
/// its buffer shared, instead of a copy per occurrence. Only values read without a problem are
/// kept, so a value found here needs no checking.
///
/// An open-addressing table with a multiply-and-xor hash over 8 bytes at a time: `Hasher`'s
/// SipHash cost more than the allocations saved. At most `limit` values are kept (unique values,
/// such as names, would fill it without ever being found again), and a lookup gives up after
/// `maximumProbes` slots, so that a file crafted to collide costs no more than one that does not.
struct InternedValues<Value> {
    static var limit: Int { 1 << 14 }
    static var maximumProbes: Int { 32 }

    private var entries: [(hash: UInt64, written: UnsafeBufferPointer<UInt8>, value: Value)] = []
    /// Indices into `entries`, -1 for an empty slot; a power of two, at most half full.
    private var slots = [Int32](repeating: -1, count: 1 << 10)

    /// The value read before from the same bytes.
    func value(for written: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(written)
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        for _ in 0..<Self.maximumProbes {
            let index = Int(slots[slot])
            if index < 0 { return nil }
            if entries[index].hash == hash, Self.same(entries[index].written, written) { return entries[index].value }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Keeps `value` as the value of `written`, unless the table is full or its slots crowded.
    mutating func keep(_ value: Value, for written: UnsafeBufferPointer<UInt8>) {
        guard entries.count < Self.limit else { return }
        if (entries.count + 1) * 2 > slots.count { grow() }
        let hash = Self.hash(written)
        guard let slot = freeSlot(for: hash) else { return }
        slots[slot] = Int32(entries.count)
        entries.append((hash, written, value))
    }

    private func freeSlot(for hash: UInt64) -> Int? {
        var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
        for _ in 0..<Self.maximumProbes {
            if slots[slot] < 0 { return slot }
            slot = (slot + 1) & (slots.count - 1)
        }
        return nil
    }

    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        for (index, entry) in entries.enumerated() {
            if let slot = freeSlot(for: entry.hash) { slots[slot] = Int32(index) }
        }
    }

    private static func same(_ lhs: UnsafeBufferPointer<UInt8>, _ rhs: UnsafeBufferPointer<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        guard let left = lhs.baseAddress, let right = rhs.baseAddress else { return true }
        return memcmp(left, right, lhs.count) == 0
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash = UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = bytes.baseAddress else { return hash }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset + 8 <= bytes.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            hash ^= hash >> 29
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(bytes[offset])) &* 0x94D0_49BB_1331_11EB
            offset += 1
        }
        // MurmurHash3's finalizer, so that the low bits that pick the slot depend on every byte.
        hash = (hash ^ (hash >> 33)) &* 0xFF51_AFD7_ED55_8CCD
        hash = (hash ^ (hash >> 33)) &* 0xC4CE_B9FE_1A85_EC53
        return hash ^ (hash >> 33)
    }
}
