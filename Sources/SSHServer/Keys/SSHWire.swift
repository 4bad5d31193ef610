/// Writing SSH's wire types (RFC 4251 §5): big-endian uint32, and strings with their length.
struct SSHWire {
    var bytes: [UInt8] = []

    mutating func uint32(_ value: UInt32) {
        bytes += [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }

    mutating func string(_ value: [UInt8]) {
        uint32(UInt32(value.count))
        bytes += value
    }

    mutating func string(_ value: String) {
        string(Array(value.utf8))
    }
}

/// Reading SSH's wire types; every read throws `SSHWireReader.Short` past the end.
struct SSHWireReader {
    struct Short: Error {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func bytes(count: Int) throws -> [UInt8] {
        guard count >= 0, bytes.count - offset >= count else { throw Short() }
        defer { offset += count }
        return Array(bytes[offset..<(offset + count)])
    }

    mutating func uint32() throws -> UInt32 {
        try bytes(count: 4).reduce(0) { $0 << 8 | UInt32($1) }
    }

    mutating func string() throws -> [UInt8] {
        try bytes(count: Int(uint32()))
    }

    mutating func text() throws -> String {
        String(decoding: try string(), as: UTF8.self)
    }
}
