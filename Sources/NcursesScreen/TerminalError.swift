import Glibc

/// Why the dashboard cannot run on this terminal. The message is for the user, and the process
/// should end with `exitCode` (2, like a usage error) after printing it.
public struct TerminalError: Error, CustomStringConvertible {
    public let message: String
    public var exitCode: Int32 { 2 }

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    static let notATerminal = TerminalError(
        "the dashboard needs an interactive terminal, but standard input or output is not one; "
            + "use `mppdash summary` or `mppdash export` for text output")

    static func dumbTerminal(_ term: String) -> TerminalError {
        TerminalError("the terminal type '\(term)' cannot move the cursor, so the dashboard cannot run in it; "
            + "set TERM to your terminal's type, for example TERM=xterm-256color")
    }

    /// Nothing says what the terminal is. An SSH session with a terminal always has `TERM` (sshd
    /// passes on the client's); one without a terminal (`ssh host mppdash`, a ForceCommand without
    /// `-t`) is refused as `notATerminal` before this. Guessing xterm would send its sequences to
    /// whatever this is (a serial console, a wrapper that cleared the environment).
    static let termNotSet = TerminalError(
        "TERM is not set, so the terminal's type is unknown; set it to your terminal's type, "
            + "for example TERM=xterm-256color, or connect with `ssh -t`, which sets it")

    static func unknownTerminal(_ term: String, tried: [String]) -> TerminalError {
        TerminalError("the terminal type '\(term)' is unknown here, and none of \(tried.joined(separator: ", ")) could be opened; "
            + "set TERM to a type listed by `toe -a`, for example TERM=xterm-256color")
    }

    /// No descriptor or stream could be made for curses' output (the process is out of
    /// descriptors or memory).
    static func outputUnavailable(_ code: Int32) -> TerminalError {
        TerminalError("the terminal's output could not be opened for curses: \(String(cString: strerror(code)))")
    }
}
