public import NIOSSH

/// One key of an authorized_keys file: the key, its comment, its fingerprint, where it was.
public struct AuthorizedKey: Sendable, Equatable {
    public let key: NIOSSHPublicKey
    /// The text after the key on its line ("budi@laptop"), trimmed; empty when there is none.
    public let comment: String
    public let fingerprint: String
    /// `FILE:LINE`, for messages.
    public let location: String
}

/// An authorized_keys file as OpenSSH writes it (`sshd(8)`, "AUTHORIZED_KEYS FILE FORMAT"): one
/// key a line, `TYPE BASE64 [COMMENT]`, blank lines and `#` comments skipped. Only Ed25519 and
/// ECDSA keys are taken (what swift-nio-ssh verifies); key options such as `from=` or
/// `command=` are refused rather than ignored, since ignoring a restriction would grant more
/// than the file says.
public enum AuthorizedKeysFile {
    /// The key types taken, as their lines name them.
    static let supportedTypes: Set<Substring> = ["ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384", "ecdsa-sha2-nistp521"]

    /// Key types OpenSSH writes that are not taken here, for a message that says so.
    static func isOtherKeyType(_ field: Substring) -> Bool {
        field.hasPrefix("ssh-") || field.hasPrefix("sk-") || field.hasPrefix("ecdsa-") || field.hasSuffix("@openssh.com")
    }

    /// The keys of the file at `path`; a `ServeError` naming the file and line of the first problem.
    public static func read(_ path: String) throws(ServeError) -> [AuthorizedKey] {
        try parse(TextFile.read(path), file: path)
    }

    /// The keys of `text`, the content of `file`.
    public static func parse(_ text: String, file: String) throws(ServeError) -> [AuthorizedKey] {
        var keys: [AuthorizedKey] = []
        // "\r\n" is one Character in Swift, a newline like "\n".
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = rawLine.drop { $0 == " " || $0 == "\t" }
            if line.isEmpty || line.hasPrefix("#") || line.allSatisfy({ $0 == "\r" || $0 == " " || $0 == "\t" }) { continue }
            let location = "\(file):\(index + 1)"
            keys.append(try parseLine(line, location: location))
        }
        return keys
    }

    private static func parseLine(_ line: Substring, location: String) throws(ServeError) -> AuthorizedKey {
        let fields = line.split(maxSplits: 2, whereSeparator: { $0 == " " || $0 == "\t" })
        let type = fields[0]
        guard supportedTypes.contains(type) else {
            if isOtherKeyType(type) {
                throw ServeError("\(location): \(type) keys are not supported; expected an ssh-ed25519 or ecdsa-sha2-nistp256/384/521 key (make one with ssh-keygen -t ed25519)")
            }
            throw ServeError("\(location): key options are not supported (found \(String(type.prefix(40)).debugDescription) before the key); expected TYPE BASE64 [COMMENT]")
        }
        guard fields.count >= 2, let blob = Base64.decode(fields[1]) else {
            throw ServeError("\(location): expected the base64 of the \(type) key after its type, found \(fields.count >= 2 ? "text that is not base64" : "nothing")")
        }
        let key: NIOSSHPublicKey
        do {
            key = try NIOSSHPublicKey(openSSHPublicKey: "\(type) \(fields[1])")
        } catch {
            throw ServeError("\(location): the \(type) key does not decode as one (\(error))")
        }
        let comment = fields.count > 2 ? String(fields[2]).trimmingWhitespace : ""
        return AuthorizedKey(key: key, comment: comment, fingerprint: KeyFingerprint.of(blob: blob), location: location)
    }
}

extension String {
    /// The string without spaces, tabs and line ends at either end.
    var trimmingWhitespace: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
        return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}
