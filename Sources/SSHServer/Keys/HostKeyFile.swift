public import Crypto
import Glibc

/// The server's persistent host key: an Ed25519 key in OpenSSH's private key format (what
/// `ssh-keygen -t ed25519` writes, unencrypted), generated on the first start with mode 0600 and
/// read again on every later one, so clients' `known_hosts` entries stay valid. An existing key
/// readable by others is refused, as sshd refuses one.
public enum HostKeyFile {
    /// What `loadOrCreate` found.
    public enum Origin: Equatable, Sendable {
        case created, reused
    }

    static let armorBegin = "-----BEGIN OPENSSH PRIVATE KEY-----"
    static let armorEnd = "-----END OPENSSH PRIVATE KEY-----"
    static let magic = Array("openssh-key-v1\0".utf8)
    static let keyType = "ssh-ed25519"

    /// The key at `path`, generated there first when there is no file.
    public static func loadOrCreate(_ path: String) throws(ServeError) -> (key: Curve25519.Signing.PrivateKey, origin: Origin) {
        var info = stat()
        if stat(path, &info) != 0 {
            guard errno == ENOENT else { throw ServeError("cannot read \(path): \(String(cString: strerror(errno)))") }
            let key = Curve25519.Signing.PrivateKey()
            try createParentFolders(of: path)
            try TextFile.create(path, bytes: Array(encode(key, comment: "mppdash serve").utf8), mode: 0o600)
            return (key, .created)
        }
        guard info.st_mode & 0o077 == 0 else {
            throw ServeError("\(path): the host key is readable by others (mode \(String(info.st_mode & 0o777, radix: 8))); expected mode 600: chmod 600 \(path)")
        }
        return (try decode(TextFile.read(path), file: path), .reused)
    }

    /// `key` in OpenSSH's private key format.
    static func encode(_ key: Curve25519.Signing.PrivateKey, comment: String) -> String {
        var generator = SystemRandomNumberGenerator()
        let check = UInt32.random(in: .min ... .max, using: &generator)
        let publicKey = Array(key.publicKey.rawRepresentation)
        var publicBlob = SSHWire()
        publicBlob.string(keyType)
        publicBlob.string(publicKey)
        var secret = SSHWire()
        secret.uint32(check)
        secret.uint32(check)
        secret.string(keyType)
        secret.string(publicKey)
        secret.string(Array(key.rawRepresentation) + publicKey)
        secret.string(comment)
        var padding: UInt8 = 1
        while secret.bytes.count % 8 != 0 {
            secret.bytes.append(padding)
            padding += 1
        }
        var file = SSHWire()
        file.bytes = magic
        file.string("none")
        file.string("none")
        file.string("")
        file.uint32(1)
        file.string(publicBlob.bytes)
        file.string(secret.bytes)
        let body = Base64.encode(file.bytes)
        var lines = [armorBegin]
        var rest = Substring(body)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(70)))
            rest = rest.dropFirst(70)
        }
        lines.append(armorEnd)
        return lines.joined(separator: "\n") + "\n"
    }

    /// The key in `text`, the content of `file`.
    static func decode(_ text: String, file: String) throws(ServeError) -> Curve25519.Signing.PrivateKey {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
        guard let begin = lines.firstIndex(of: armorBegin), let end = lines.firstIndex(of: armorEnd), begin < end else {
            throw ServeError("\(file): expected an OpenSSH private key (\(armorBegin)), found \(lines.first.map { String($0.prefix(40)).debugDescription } ?? "an empty file")")
        }
        guard let bytes = Base64.decode(lines[(begin + 1)..<end].joined()) else {
            throw ServeError("\(file): the key between the \(armorBegin) lines is not base64")
        }
        do {
            return try decodeKey(bytes, file: file)
        } catch let error as ServeError {
            throw error
        } catch {
            throw ServeError("\(file): the key ends early; expected a whole OpenSSH private key")
        }
    }

    private static func decodeKey(_ bytes: [UInt8], file: String) throws -> Curve25519.Signing.PrivateKey {
        var reader = SSHWireReader(bytes)
        guard try reader.bytes(count: magic.count) == magic else {
            throw ServeError("\(file): expected an OpenSSH private key (openssh-key-v1), found another format")
        }
        let cipher = try reader.text()
        _ = try reader.text()
        _ = try reader.string()
        guard cipher == "none" else {
            throw ServeError("\(file): the host key is encrypted (\(cipher)); expected an unencrypted key, since the server starts unattended")
        }
        guard try reader.uint32() == 1 else { throw ServeError("\(file): expected one key in the file") }
        _ = try reader.string()
        var secret = SSHWireReader(try reader.string())
        guard try secret.uint32() == secret.uint32() else { throw ServeError("\(file): the key's check numbers differ; the file is damaged") }
        let type = try secret.text()
        guard type == keyType else {
            throw ServeError("\(file): a \(type) host key; expected \(keyType) (remove the file to have one generated, or make one with ssh-keygen -t ed25519)")
        }
        _ = try secret.string()
        let privateKey = try secret.string()
        guard privateKey.count == 64 else { throw ServeError("\(file): expected a 64-byte Ed25519 private key, found \(privateKey.count) bytes") }
        do {
            return try Curve25519.Signing.PrivateKey(rawRepresentation: privateKey.prefix(32))
        } catch {
            throw ServeError("\(file): the Ed25519 key does not decode (\(error))")
        }
    }

    /// Creates the folders above `path` that are missing, mode 0700.
    private static func createParentFolders(of path: String) throws(ServeError) {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return }
        let folder = String(path[..<slash])
        var info = stat()
        if stat(folder, &info) == 0 { return }
        try createParentFolders(of: folder)
        guard mkdir(folder, 0o700) == 0 || errno == EEXIST else {
            throw ServeError("cannot create the folder \(folder): \(String(cString: strerror(errno)))")
        }
    }
}
