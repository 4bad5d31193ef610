import Glibc
import Synchronization

/// Turns SIGINT, SIGTERM, SIGHUP (an SSH disconnect) and SIGQUIT into a value the app loop
/// polls, so that the loop, not a signal handler, closes the screen and exits.
///
/// `NcursesScreen.open` installs the handlers before `newterm`, because ncurses installs its own
/// (which call `exit` and skip the app's cleanup) only for signals still at their default.
/// A signal that is ignored when the program starts (`trap '' HUP`, or `nohup` with the
/// terminal kept as input) stays ignored; the screen then reports a lost terminal as
/// `InputEvent.hangup`.
///
/// While a screen is open, its thread keeps these signals blocked except inside
/// `NcursesScreen.nextEvent`'s wait, so that a signal arriving between the check of `pending`
/// and the wait still ends the wait at once. The handler also wakes `LoopWaker`, so that a
/// signal delivered to another thread (one loading a snapshot) ends the wait just as fast.
public enum SignalWatcher {
    public static let watchedSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGQUIT]

    private static let received = Atomic<Int32>(0)

    /// Installs the handlers; calling it again changes nothing.
    public static func install() {
        _ = received.load(ordering: .relaxed)  // initialise the globals before a handler can run
        LoopWaker.prepare()
        for signal in watchedSignals {
            var current = sigaction()
            sigaction(signal, nil, &current)
            if isIgnored(current) { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                _ = SignalWatcher.received.compareExchange(expected: 0, desired: signal, ordering: .relaxed)
                LoopWaker.wake()
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(signal, &action, nil)
        }
    }

    private static func isIgnored(_ action: sigaction) -> Bool {
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
    }

    /// The first watched signal received, if any.
    public static var pending: Int32? {
        let signal = received.load(ordering: .relaxed)
        return signal == 0 ? nil : signal
    }

    /// The conventional exit status after a signal: 128 + its number (130 for SIGINT).
    public static func exitStatus(for signal: Int32) -> Int32 {
        128 + signal
    }
}
