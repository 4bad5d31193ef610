public import NIOSSH

/// What a key may do in the dashboard.
public enum Role: String, Sendable, Equatable {
    /// The dashboard with `--read-only`.
    case viewer
    /// The dashboard that may edit and save.
    case editor
}

/// Who a key belongs to, once it has logged in: the name the audit log records, the key's
/// fingerprint, and the role.
public struct Viewer: Sendable, Equatable {
    /// The authorized_keys comment of the key ("budi@laptop"), or its fingerprint when it has none.
    public let name: String
    public let fingerprint: String
    public let role: Role
}

/// The keys that may log in (an authorized_keys file) and those of them that may edit (the
/// `--editors` file, same format). A key in the editors file that is not authorized does not
/// log in: the authorized_keys file alone says who gets in.
public struct AccessList: Sendable {
    private let viewers: [NIOSSHPublicKey: Viewer]
    /// Keys of the editors file that are not in the authorized keys, for a warning at start.
    public let editorsNotAuthorized: [AuthorizedKey]

    /// The longest user name passed on (longer comments are cut).
    static let nameLimit = 64

    public init(authorized: [AuthorizedKey], editors: [AuthorizedKey]) {
        let editorKeys = Set(editors.map(\.key))
        var viewers: [NIOSSHPublicKey: Viewer] = [:]
        for entry in authorized where viewers[entry.key] == nil {
            viewers[entry.key] = Viewer(name: Self.userName(entry), fingerprint: entry.fingerprint,
                                        role: editorKeys.contains(entry.key) ? .editor : .viewer)
        }
        self.viewers = viewers
        editorsNotAuthorized = editors.filter { viewers[$0.key] == nil }
    }

    /// Reads the authorized_keys file and, when given, the editors file.
    public init(authorizedKeysFile: String, editorsFile: String?) throws(ServeError) {
        let authorized = try AuthorizedKeysFile.read(authorizedKeysFile)
        let editors = try editorsFile.map { (file) throws(ServeError) in try AuthorizedKeysFile.read(file) } ?? []
        self.init(authorized: authorized, editors: editors)
    }

    /// The number of keys that may log in.
    public var count: Int { viewers.count }

    /// The viewer `key` belongs to; nil when it may not log in.
    public func viewer(for key: NIOSSHPublicKey) -> Viewer? {
        viewers[key]
    }

    /// The name for the audit log: the key's comment without control characters, cut to
    /// `nameLimit`; the fingerprint when that leaves nothing.
    static func userName(_ entry: AuthorizedKey) -> String {
        let printable = String(entry.comment.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F && !(0x80..<0xA0).contains($0.value) }.map(Character.init))
        let name = String(printable.trimmingWhitespace.prefix(nameLimit))
        return name.isEmpty ? entry.fingerprint : name
    }
}
