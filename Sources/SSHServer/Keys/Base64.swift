/// Base64 as OpenSSH writes it in key files (RFC 4648, standard alphabet), without Foundation.
enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    private static let values: [UInt8: UInt32] = Dictionary(uniqueKeysWithValues: alphabet.enumerated().map { ($1, UInt32($0)) })

    /// `bytes` in base64, with `=` padding unless `padded` is false (as a SHA256 fingerprint is shown).
    static func encode(_ bytes: some Collection<UInt8>, padded: Bool = true) -> String {
        var text: [UInt8] = []
        let bytes = Array(bytes)
        text.reserveCapacity((bytes.count + 2) / 3 * 4)
        for start in stride(from: 0, to: bytes.count, by: 3) {
            let group = bytes[start..<min(start + 3, bytes.count)]
            let word = group.enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << (16 - 8 * $1.offset) }
            let characters = group.count + 1
            for index in 0..<4 {
                if index < characters {
                    text.append(alphabet[Int(word >> (18 - 6 * index) & 0x3F)])
                } else if padded {
                    text.append(UInt8(ascii: "="))
                }
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The bytes `text` encodes; nil when it is not base64 (a character outside the alphabet,
    /// padding in the middle, or a length no encoding has).
    static func decode(_ text: some StringProtocol) -> [UInt8]? {
        var body = Array(text.utf8)
        while body.last == UInt8(ascii: "=") { body.removeLast() }
        guard text.utf8.count - body.count <= 2, body.count % 4 != 1 else { return nil }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(body.count * 3 / 4)
        var word: UInt32 = 0
        var bits = 0
        for character in body {
            guard let value = values[character] else { return nil }
            word = word << 6 | value
            bits += 6
            if bits >= 8 {
                bits -= 8
                bytes.append(UInt8(truncatingIfNeeded: word >> UInt32(bits)))
            }
        }
        return bytes
    }
}
