#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSONSupport

/// Who saved a change, as the audit log names them: the `--user` given, or the login name with
/// the address the user connected from over SSH (`budi@10.1.2.3`), or the login name alone.
public struct AuditUser: Hashable, Sendable, CustomStringConvertible {
    public var name: String

    public init(name: String) {
        self.name = name
    }

    /// The user from the environment: `option` (`--user`) when given and not empty; otherwise
    /// `USER` (or, without it, `passwdName`, the name of the process's user) followed by `@` and
    /// the client address of `SSH_CONNECTION` ("CLIENT-ADDRESS CLIENT-PORT SERVER-ADDRESS
    /// SERVER-PORT") when that is set; `unknown` when no name is known.
    public static func from(option: String?, environment: [String: String], passwdName: String?) -> AuditUser {
        if let option, !option.isEmpty { return AuditUser(name: option) }
        let login = [environment["USER"], passwdName].lazy.compactMap { $0 }.first { !$0.isEmpty } ?? "unknown"
        guard let client = environment["SSH_CONNECTION"]?.split(separator: " ").first, !client.isEmpty else {
            return AuditUser(name: login)
        }
        return AuditUser(name: "\(login)@\(client)")
    }

    /// The user of this process: `from(option:environment:passwdName:)` with this process's
    /// environment and its user's name in the password database.
    public static func current(option: String?) -> AuditUser {
        var environment: [String: String] = [:]
        for name in ["USER", "SSH_CONNECTION"] { environment[name] = FileSystem.environment(name) }
        let passwdName = getpwuid(geteuid()).flatMap { $0.pointee.pw_name.map { String(cString: $0) } }
        return from(option: option, environment: environment, passwdName: passwdName)
    }

    public var description: String { name }
}
