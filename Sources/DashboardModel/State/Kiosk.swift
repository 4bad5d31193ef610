import Durations
package import Localization
import TerminalCanvas

/// The kiosk (`mppdash --kiosk`): the dashboard presenting itself on a lobby screen or a
/// projector. It shows its screens in turn, one every `cycle`; the Provinces slot shows the
/// kabupaten/kota of one province, the next province each round (the map highlights the same
/// one). Any key pauses the cycle, which goes on from where the user left it once `resumeAfter`
/// has passed without a key. `q`, `Q` and Ctrl-C do nothing unless `quitKey` is set, and then
/// quit at once. The data is read-only and nothing that writes is offered.
///
/// Time comes only from `DashboardState.now`: a step is due at `deadline`, which is
/// `DashboardState.nextTick`, and the screen does not change between two steps.
public struct Kiosk: Hashable, Sendable {
    /// The screens shown in turn.
    public var screens: [Screen]
    /// How long each screen stays.
    public var cycle: Duration
    /// How long after the last key a paused cycle goes on.
    public var resumeAfter: Duration
    /// Whether `q`, `Q` and Ctrl-C quit (at once, without asking); otherwise they do nothing.
    public var quitKey: Bool
    /// The slot of `screens` shown, or last shown by the kiosk while paused.
    public internal(set) var step = 0
    /// When the next step is taken, or, while paused, when the cycle goes on.
    public internal(set) var deadline = Duration.zero
    /// True from a key until `resumeAfter` has passed without another.
    public internal(set) var isPaused = false

    public static let defaultScreens: [Screen] = [.overview, .map, .provinces, .timeline]
    public static let defaultCycle = Duration.seconds(20)
    public static let defaultResumeAfter = Duration.seconds(60)
    /// The shortest cycle and pause the kiosk takes.
    public static let minimumDuration = Duration.seconds(1)

    /// `screens` must not be empty.
    public init(screens: [Screen] = Kiosk.defaultScreens, cycle: Duration = Kiosk.defaultCycle,
                resumeAfter: Duration = Kiosk.defaultResumeAfter, quitKey: Bool = false) {
        precondition(!screens.isEmpty, "a kiosk shows at least one screen")
        self.screens = screens
        self.cycle = cycle
        self.resumeAfter = resumeAfter
        self.quitKey = quitKey
    }

    /// The keys that quit a dashboard, which the kiosk keeps for itself.
    private static let quitKeys: Set<Key> = [.character("q"), .character("Q"), .control("c")]

    /// What the kiosk does with a key before the screens get it: a quit key does nothing, or
    /// quits at once with `quitKey` (the effects are then the answer); any other key pauses the
    /// cycle until `resumeAfter` has passed without a key, and goes on to the screens (nil).
    static func intercept(_ key: Key, _ state: inout DashboardState) -> [Effect]? {
        guard let kiosk = state.kiosk else { return nil }
        let typing = state.prompt != nil && key != .control("c")
        if quitKeys.contains(key), !typing {
            guard kiosk.quitKey else { return [] }
            state.isRunning = false
            return [.quit]
        }
        pause(&state)
        return nil
    }

    /// Pauses the cycle (a key, or pasted text) until `resumeAfter` from now.
    static func pause(_ state: inout DashboardState) {
        guard var kiosk = state.kiosk else { return }
        kiosk.isPaused = true
        kiosk.deadline = state.now + kiosk.resumeAfter
        state.kiosk = kiosk
    }

    /// The step whose time has come: the next screen (with the next province when a round
    /// begins), or after a pause, the screen after the one the user left, with the province
    /// the user left; a pause lasts while a replay plays.
    static func tick(_ state: inout DashboardState) {
        guard var kiosk = state.kiosk, kiosk.deadline <= state.now else { return }
        if kiosk.isPaused {
            // A replay a visitor started plays on to its end; one that ended or was left paused
            // stops, the as-of date back where it was, before the cycle goes on.
            if let replay = state.replay {
                guard replay.isPaused || replay.isFinished else {
                    kiosk.deadline = state.now + kiosk.cycle
                    state.kiosk = kiosk
                    return
                }
                ReplayControl.run(.stop, &state)
            }
            kiosk.isPaused = false
            if kiosk.screens.indices.contains(kiosk.step), kiosk.screens[kiosk.step] != state.screen,
               let left = kiosk.screens.firstIndex(of: state.screen) {
                kiosk.step = left
            }
            if let code = state.stack.lazy.compactMap(\.provinceCode).first { state.mapProvince = code }
            state.message = nil
        }
        kiosk.step = (kiosk.step + 1) % kiosk.screens.count
        if kiosk.step == 0 { nextProvince(&state) }
        let next = kiosk.deadline + kiosk.cycle
        kiosk.deadline = next > state.now ? next : state.now + kiosk.cycle
        state.kiosk = kiosk
        show(&state)
    }

    /// Shows the screen of the kiosk's step (for the Provinces, the page of the map's province)
    /// as it first opens: from its top, with no search, filter or sorting left by a visitor.
    fileprivate static func show(_ state: inout DashboardState) {
        guard let kiosk = state.kiosk else { return }
        state.mode = .browsing
        let screen = kiosk.screens[kiosk.step]
        if screen == .provinces, let code = MapPage.selectedProvince(state) {
            state.stack = DashboardState.stack(leadingTo: .province(code), in: state.store.index)
        } else {
            state.stack = [.screen(screen)]
        }
        for route in state.stack {
            state.lists[route] = nil
            state.textScroll[route] = nil
        }
    }

    /// The province after the map's, west to east, back to the first after the last.
    private static func nextProvince(_ state: inout DashboardState) {
        let order = MapPage.provinceOrder(state.store.index)
        guard let current = MapPage.selectedProvince(state), let position = order.firstIndex(of: current) else { return }
        state.mapProvince = order[(position + 1) % order.count]
    }

    /// The status bar's word for the kiosk: "kiosk", and while paused when it goes on.
    package func status(_ language: Language) -> String {
        isPaused ? language.text(.kioskPaused, DurationText.text(resumeAfter)) : language.text(.kioskMarker)
    }
}

extension DashboardState {
    /// Starts the kiosk: the data read-only, its first screen shown, the next step one cycle
    /// from `now`.
    public mutating func startKiosk(_ kiosk: Kiosk) {
        var kiosk = kiosk
        kiosk.step = 0
        kiosk.isPaused = false
        kiosk.deadline = now + kiosk.cycle
        access = .readOnly
        self.kiosk = kiosk
        Kiosk.show(&self)
        refreshDerivedData()
    }
}

extension Route {
    /// The province a province page shows.
    var provinceCode: String? {
        if case .province(let code) = self { return code }
        return nil
    }
}
