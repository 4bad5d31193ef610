import Glibc

/// How a dashboard process ended, decoded from a `waitpid` status (Swift imports neither
/// `WIFEXITED` nor `WTERMSIG`).
public enum ChildExit: Equatable, Sendable, CustomStringConvertible {
    case exited(Int32)
    case signaled(Int32)

    init(waitStatus status: Int32) {
        self = status & 0x7F == 0 ? .exited((status >> 8) & 0xFF) : .signaled(status & 0x7F)
    }

    /// The signal's name as SSH's exit-signal message carries it (RFC 4254 §6.10): "HUP", "KILL"…
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGHUP: return "HUP"
        case SIGINT: return "INT"
        case SIGQUIT: return "QUIT"
        case SIGILL: return "ILL"
        case SIGABRT: return "ABRT"
        case SIGFPE: return "FPE"
        case SIGKILL: return "KILL"
        case SIGSEGV: return "SEGV"
        case SIGPIPE: return "PIPE"
        case SIGALRM: return "ALRM"
        case SIGTERM: return "TERM"
        case SIGUSR1: return "USR1"
        case SIGUSR2: return "USR2"
        default: return "SIG\(signal)"
        }
    }

    public var description: String {
        switch self {
        case .exited(let code): return "exit \(code)"
        case .signaled(let signal): return "signal \(Self.signalName(signal))"
        }
    }
}
