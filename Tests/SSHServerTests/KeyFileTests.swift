import Crypto
import Glibc
import NIOSSH
@testable import SSHServer
import Testing

@Suite struct Base64Tests {
    @Test(arguments: [("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="), ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy")])
    func rfc4648Vectors(plain: String, encoded: String) {
        #expect(Base64.encode(Array(plain.utf8)) == encoded)
        #expect(Base64.decode(encoded) == Array(plain.utf8))
    }

    @Test func everyByteRoundTripsAndUnpaddedDropsTheEquals() {
        let bytes = (0...255).map { UInt8($0) }
        #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        #expect(Base64.encode([0xFF], padded: false) == "/w")
    }

    @Test(arguments: ["Zm9v!", "Z", "Zm=9v", "Zg==="])
    func notBase64(_ text: String) {
        #expect(Base64.decode(text) == nil)
    }
}

@Suite struct AuthorizedKeysTests {
    @Test func keysCommentsAndFingerprintsAsOpenSSHHasThem() throws {
        let text = "# the viewers\n\n  \(KeyFixtures.ed25519Public)\r\n\(KeyFixtures.ecdsaPublic)\n"
        let keys = try AuthorizedKeysFile.parse(text, file: "keys")
        #expect(keys.map(\.comment) == ["fixture", ""])
        #expect(keys.map(\.fingerprint) == [KeyFixtures.ed25519Fingerprint, KeyFixtures.ecdsaFingerprint])
        #expect(keys.map(\.location) == ["keys:3", "keys:4"])
        #expect(KeyFingerprint.of(keys[0].key) == KeyFixtures.ed25519Fingerprint)
    }

    @Test(arguments: [
        ("ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ x", "keys:2: ssh-rsa keys are not supported; expected an ssh-ed25519 or ecdsa-sha2-nistp256/384/521 key"),
        ("from=\"10.0.0.1\" \(KeyFixtures.ed25519Public)", "keys:2: key options are not supported (found \"from=\\\"10.0.0.1\\\"\" before the key)"),
        ("ssh-ed25519 not*base64", "keys:2: expected the base64 of the ssh-ed25519 key after its type, found text that is not base64"),
        ("ssh-ed25519", "keys:2: expected the base64 of the ssh-ed25519 key after its type, found nothing"),
    ])
    func aLineThatIsNotAKeyWeTakeIsNamed(line: String, message: String) {
        #expect {
            _ = try AuthorizedKeysFile.parse("# one\n\(line)\n", file: "keys")
        } throws: { error in
            (error as? ServeError)?.description.hasPrefix(message) == true
        }
    }

    @Test func accessListRolesAndNames() throws {
        let keys = try AuthorizedKeysFile.parse("\(KeyFixtures.ed25519Public)\n\(KeyFixtures.ecdsaPublic)\n", file: "keys")
        let stranger = NIOSSHPrivateKey(ed25519Key: .init()).publicKey
        let outsider = AuthorizedKey(key: stranger, comment: "x", fingerprint: KeyFingerprint.of(stranger), location: "editors:1")
        let access = AccessList(authorized: keys, editors: [keys[1], outsider])
        #expect(access.viewer(for: keys[0].key) == Viewer(name: "fixture", fingerprint: KeyFixtures.ed25519Fingerprint, role: .viewer))
        #expect(access.viewer(for: keys[1].key) == Viewer(name: KeyFixtures.ecdsaFingerprint, fingerprint: KeyFixtures.ecdsaFingerprint, role: .editor))
        #expect(access.viewer(for: stranger) == nil)
        #expect(access.editorsNotAuthorized == [outsider])
        let odd = AuthorizedKey(key: stranger, comment: "\u{1B}[31mbudi\u{7}  " + String(repeating: "x", count: 100), fingerprint: "f", location: "k:1")
        #expect(AccessList.userName(odd) == "[31mbudi  " + String(repeating: "x", count: 54))
    }
}

@Suite struct HostKeyFileTests {
    private func scratch() throws -> String {
        var template = Array("/tmp/mppdash-hostkey-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw ServeError("mkdtemp") }
        return String(cString: made)
    }

    @Test func generatedOnceWithMode600ThenReused() throws {
        let folder = try scratch()
        let path = folder + "/keys/host_key"
        defer {
            unlink(path)
            rmdir(folder + "/keys")
            rmdir(folder)
        }
        let (created, origin) = try HostKeyFile.loadOrCreate(path)
        #expect(origin == .created)
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        let (reused, again) = try HostKeyFile.loadOrCreate(path)
        #expect(again == .reused)
        #expect(reused.rawRepresentation == created.rawRepresentation)

        chmod(path, 0o644)
        #expect(throws: ServeError("\(path): the host key is readable by others (mode 644); expected mode 600: chmod 600 \(path)")) {
            _ = try HostKeyFile.loadOrCreate(path)
        }
    }

    @Test func readsWhatSshKeygenWritesAndWritesWhatItReads() throws {
        let key = try HostKeyFile.decode(KeyFixtures.ed25519Private, file: "k")
        #expect(KeyFingerprint.of(NIOSSHPrivateKey(ed25519Key: key).publicKey) == KeyFixtures.ed25519Fingerprint)
        let written = HostKeyFile.encode(key, comment: "fixture")
        #expect(try HostKeyFile.decode(written, file: "k").rawRepresentation == key.rawRepresentation)
        #expect(written.split(separator: "\n").dropFirst().dropLast().allSatisfy { $0.count <= 70 })
    }

    @Test func anEncryptedOrForeignKeyIsRefusedByName() {
        #expect(throws: ServeError("k: the host key is encrypted (aes256-ctr); expected an unencrypted key, since the server starts unattended")) {
            _ = try HostKeyFile.decode(KeyFixtures.encryptedPrivate, file: "k")
        }
        #expect(throws: ServeError("k: expected an OpenSSH private key (-----BEGIN OPENSSH PRIVATE KEY-----), found \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIIrV\"")) {
            _ = try HostKeyFile.decode(KeyFixtures.ed25519Public, file: "k")
        }
    }
}
