public import Durations

/// Everything `mppdash serve` is started with, checked.
public struct ServeConfiguration: Sendable {
    public var host: String
    public var port: Int
    public var authorizedKeysFile: String
    public var editorsFile: String?
    public var hostKeyFile: String
    public var launch: DashboardLaunch
    public var maxSessions: Int
    /// No input for this long ends a session; nil never.
    public var idleTimeout: Duration?
    /// A connection that has not authenticated within this time is closed.
    public var loginGraceTime: Duration
    /// Failed authentications an address may have within `failureWindow` before it is refused.
    public var maxAuthFailures: Int
    public var failureWindow: Duration
    /// Connections that have not authenticated yet, at most (more are closed at once).
    public var maxUnauthenticated: Int

    public init(host: String, port: Int, authorizedKeysFile: String, editorsFile: String?, hostKeyFile: String, launch: DashboardLaunch,
                maxSessions: Int, idleTimeout: Duration?, loginGraceTime: Duration = .seconds(30), maxAuthFailures: Int = 10,
                failureWindow: Duration = .seconds(60), maxUnauthenticated: Int = 64) {
        self.host = host
        self.port = port
        self.authorizedKeysFile = authorizedKeysFile
        self.editorsFile = editorsFile
        self.hostKeyFile = hostKeyFile
        self.launch = launch
        self.maxSessions = maxSessions
        self.idleTimeout = idleTimeout
        self.loginGraceTime = loginGraceTime
        self.maxAuthFailures = maxAuthFailures
        self.failureWindow = failureWindow
        self.maxUnauthenticated = maxUnauthenticated
    }
}

extension DurationText {
    /// A duration as `--idle-timeout` takes it (`90s`, `15m`, `1h`; see `DurationText`); nil for
    /// `0` or any zero duration, which means never; a `ServeError` naming `option` when it is not one.
    public static func parse(_ text: String, option: String) throws(ServeError) -> Duration? {
        if text == "0" { return nil }
        guard let duration = parse(text) else {
            throw ServeError("\(option): expected a duration such as 90s, 15m or 1h (or 0 for none), found \(text.debugDescription)")
        }
        return duration == .zero ? nil : duration
    }
}

/// A listen address, `HOST:PORT` or `[IPv6]:PORT`.
public enum ListenAddress {
    public static func parse(_ text: String) throws(ServeError) -> (host: String, port: Int) {
        let host: Substring
        let portText: Substring
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") {
            host = text[text.index(after: text.startIndex)..<close]
            portText = text[text.index(close, offsetBy: 2)...]
        } else if let colon = text.lastIndex(of: ":"), !text[..<colon].contains(":") {
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
        } else {
            throw ServeError("--listen: expected HOST:PORT (such as 127.0.0.1:2222 or [::1]:2222), found \(text.debugDescription)")
        }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port) else {
            throw ServeError("--listen: expected HOST:PORT with a port from 0 to 65535, found \(text.debugDescription)")
        }
        return (String(host), port)
    }
}
