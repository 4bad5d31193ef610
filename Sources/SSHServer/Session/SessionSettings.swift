/// What a client asked for on a session channel before the dashboard starts: its terminal (the
/// pty-req) and the environment variables it sent that the dashboard may see. A pure value: the
/// channel handler feeds it the requests, and it says what the dashboard's process gets.
struct SessionSettings: Equatable {
    /// The terminal of a pty-req.
    struct Terminal: Equatable {
        var type: String
        var columns: Int
        var rows: Int
        /// The modes the client sent (RFC 4254 §8), opcode and value.
        var modes: [UInt8: UInt32]
    }

    private(set) var terminal: Terminal?
    /// The variables taken from env requests.
    private(set) var environment: [String: String] = [:]

    /// Variables a client may set: the locale, and the colour hints (`sshd_config`'s `AcceptEnv`
    /// of the OpenSSH recipe).
    static func mayPass(_ name: String) -> Bool {
        ["LANG", "COLORTERM", "NO_COLOR"].contains(name) || (name.hasPrefix("LC_") && name.count > 3
            && name.utf8.allSatisfy { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) || $0 == UInt8(ascii: "_") })
    }

    /// At most this many variables are kept, each value at most `valueLimit` bytes: a client
    /// cannot grow a session's memory through env requests.
    static let variableLimit = 16
    static let valueLimit = 256
    /// A terminal type longer than this, or with other than printable ASCII, is refused.
    static let terminalTypeLimit = 64
    /// Window sizes are clamped to this many columns and rows.
    static let sizeLimit = 1000

    /// Takes a pty-req; false (and nothing kept) when its terminal type is not a plausible name.
    mutating func requestTerminal(type: String, columns: Int, rows: Int, modes: [UInt8: UInt32]) -> Bool {
        guard !type.isEmpty, type.utf8.count <= Self.terminalTypeLimit,
              type.utf8.allSatisfy({ (0x21...0x7E).contains($0) && $0 != UInt8(ascii: "/") }) else { return false }
        terminal = Terminal(type: type, columns: Self.clamp(columns), rows: Self.clamp(rows), modes: modes)
        return true
    }

    /// Takes a window-change; false when there is no terminal.
    mutating func resize(columns: Int, rows: Int) -> Bool {
        guard terminal != nil else { return false }
        terminal?.columns = Self.clamp(columns)
        terminal?.rows = Self.clamp(rows)
        return true
    }

    /// Takes an env request; false when the variable is not one a client may set, its value is
    /// too long or has control characters, or the session has as many as it keeps.
    mutating func setVariable(_ name: String, _ value: String) -> Bool {
        guard Self.mayPass(name), value.utf8.count <= Self.valueLimit, !value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }),
              environment[name] != nil || environment.count < Self.variableLimit else { return false }
        environment[name] = value
        return true
    }

    /// The dashboard's environment: `TERM` from the pty-req, the variables the client sent, and
    /// `LANG=C.UTF-8` when the client sent no locale (the dashboard draws with UTF-8 glyphs and
    /// would otherwise fall back to ASCII), and `base` (the server's `PATH`, `HOME`,
    /// `XDG_CONFIG_HOME`); nothing else of the server's environment.
    func dashboardEnvironment(base: [String: String]) -> [String: String] {
        var result = environment
        result["TERM"] = terminal?.type ?? "dumb"
        if result["LANG"] == nil && result["LC_ALL"] == nil && result["LC_CTYPE"] == nil { result["LANG"] = "C.UTF-8" }
        result["PATH"] = "/usr/local/bin:/usr/bin:/bin"
        return result.merging(base) { $1 }
    }

    private static func clamp(_ value: Int) -> Int {
        min(max(value, 1), sizeLimit)
    }
}
