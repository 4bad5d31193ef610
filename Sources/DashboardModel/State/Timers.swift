/// The dashboard's timed parts and when the app loop must next wake for them. The loop sleeps
/// until a key, a resize or `nextTick`, whichever comes first; with no timed part running it
/// sleeps until a key, and an idle dashboard costs nothing.
extension DashboardState {
    /// When the app loop must next send `.tick`, on the clock of `now`; nil when nothing is timed.
    public var nextTick: Duration? {
        [kiosk?.deadline, replay?.deadline].compactMap { $0 }.min()
    }
}

/// What a `.tick` does: each timed part whose deadline has passed takes its next step.
enum Timers {
    static func tick(_ state: inout DashboardState) {
        Kiosk.tick(&state)
        ReplayControl.tick(&state)
    }
}
