import NIOConcurrencyHelpers
import NIOCore

/// Why the server ends a session that is still running.
enum SessionEnd: Sendable, CustomStringConvertible {
    /// No input from the client for the idle timeout (its text, "15m").
    case idle(String)
    /// The server is stopping (Ctrl-C or SIGTERM).
    case stopping

    var message: String {
        switch self {
        case .idle(let timeout): return SessionMessages.idle(timeout)
        case .stopping: return SessionMessages.stopping
        }
    }

    var description: String {
        switch self {
        case .idle(let timeout): return "no input for \(timeout)"
        case .stopping: return "server stopping"
        }
    }
}

/// The dashboards running, counted against `--max-sessions`, each with a way to end it; and,
/// when the server stops, the wait until every one has ended.
final class SessionRegistry: Sendable {
    let maximum: Int
    private let state = NIOLockedValueBox(State())

    private struct State {
        var sessions: [Int: @Sendable (SessionEnd) -> Void] = [:]
        var nextID = 0
        var stopping = false
        var whenEmpty: [EventLoopPromise<Void>] = []
    }

    init(maximum: Int) {
        self.maximum = maximum
    }

    /// The number of sessions running.
    var count: Int { state.withLockedValue { $0.sessions.count } }

    /// Admits a session, with `end` to call when the server ends it; nil when `maximum` are
    /// running or the server is stopping.
    func admit(end: @escaping @Sendable (SessionEnd) -> Void) -> Int? {
        state.withLockedValue { state in
            guard !state.stopping, state.sessions.count < maximum else { return nil }
            state.nextID += 1
            state.sessions[state.nextID] = end
            return state.nextID
        }
    }

    /// A session's dashboard has ended and been reaped.
    func leave(_ id: Int) {
        let promises: [EventLoopPromise<Void>] = state.withLockedValue { state in
            state.sessions[id] = nil
            guard state.sessions.isEmpty else { return [] }
            defer { state.whenEmpty = [] }
            return state.whenEmpty
        }
        promises.forEach { $0.succeed() }
    }

    /// Admits no more sessions, ends those running, and succeeds once every one has left.
    func endAll(on eventLoop: any EventLoop) -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        let ends: [@Sendable (SessionEnd) -> Void] = state.withLockedValue { state in
            state.stopping = true
            if !state.sessions.isEmpty { state.whenEmpty.append(promise) }
            return Array(state.sessions.values)
        }
        if ends.isEmpty { promise.succeed() }
        ends.forEach { $0(.stopping) }
        return promise.futureResult
    }
}
