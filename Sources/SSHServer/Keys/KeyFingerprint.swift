import Crypto
public import NIOSSH

/// How a public key is named in logs and messages: `SHA256:` and the unpadded base64 of the
/// SHA-256 of its wire encoding, as `ssh-keygen -l` and OpenSSH's own logs show it.
public enum KeyFingerprint {
    /// The fingerprint of `key`.
    public static func of(_ key: NIOSSHPublicKey) -> String {
        of(blob: wireEncoding(of: key))
    }

    /// The fingerprint of a key's wire encoding (the base64 field of an authorized_keys line, decoded).
    static func of(blob: [UInt8]) -> String {
        "SHA256:" + Base64.encode(Array(SHA256.hash(data: blob)), padded: false)
    }

    /// The key's wire encoding: what its OpenSSH text form carries in base64.
    static func wireEncoding(of key: NIOSSHPublicKey) -> [UInt8] {
        let text = String(openSSHPublicKey: key)
        let fields = text.split(separator: " ")
        return fields.count >= 2 ? Base64.decode(fields[1]) ?? [] : []
    }
}
