import Logging
import NIOCore

/// What every session of the server shares: how to start the dashboard, the registry of running
/// sessions, the idle timeout, the reaper and the log.
struct SessionServices: Sendable {
    let launch: DashboardLaunch
    let registry: SessionRegistry
    /// No input from the client for this long ends a session; nil never.
    let idleTimeout: TimeAmount?
    /// The idle timeout as given ("15m"), for the message.
    let idleTimeoutText: String
    /// How long a dashboard has, after SIGHUP, to restore its terminal and exit before SIGKILL.
    let hangUpGrace: TimeAmount
    let reaper: ChildReaper
}
