import Dashboard
import Localization
import NcursesScreen
import RolloutData
import TerminalCanvas

/// The interactive dashboard's loop: terminal events become actions, the reducer makes the next
/// state, the renderer draws it into a grid, and the screen copies what changed. It is the only
/// place where effects run and where time is read.
@MainActor
final class DashboardApp {
    /// At most 30 frames a second; between frames, events are only collected.
    private static let frameInterval = Duration.milliseconds(33)
    /// How long to wait for input when nothing is pending; the wait ends early on any input or
    /// signal, so this only bounds how often an idle loop wakes up (it draws nothing then).
    private static let idleWaitMilliseconds: Int32 = 1000

    private let store: RolloutStore
    private let options: TerminalOptions
    private let asOf: Day?
    private let language: Language

    init(store: RolloutStore, options: TerminalOptions, asOf: Day?, language: Language) {
        self.store = store
        self.options = options
        self.asOf = asOf
        self.language = language
    }

    /// Runs until the user quits or a signal or hangup ends it; returns the exit code.
    func run() -> Int32 {
        let screen: NcursesScreen
        do throws(TerminalError) {
            screen = try NcursesScreen.open(options)
        } catch {
            Output.error("mppdash: \(error.description)")
            return error.exitCode
        }
        defer { screen.close() }
        var state = DashboardState(store: store, asOf: asOf, language: language, width: screen.width,
                                   height: screen.height, glyphs: screen.glyphs, notices: screen.notices)
        let clock = ContinuousClock()
        screen.present(DashboardRenderer.render(state))
        var lastFrame = clock.now
        var needsFrame = false
        while true {
            if let signal = SignalWatcher.pending { return 128 + signal }
            var timeout = Self.idleWaitMilliseconds
            if needsFrame {
                let remaining = Self.frameInterval - (clock.now - lastFrame)
                if remaining <= .zero {
                    screen.present(DashboardRenderer.render(state))
                    lastFrame = clock.now
                    needsFrame = false
                    continue
                }
                timeout = Int32(max(1, remaining.components.attoseconds / 1_000_000_000_000_000))
            }
            guard let event = screen.nextEvent(timeoutMilliseconds: timeout) else { continue }
            switch event {
            case .hangup:
                return 128 + 1
            case .resize(let width, let height):
                _ = Reducer.reduce(&state, .resize(width: width, height: height))
                needsFrame = true
            case .key(let key):
                for effect in Reducer.reduce(&state, key: key) {
                    switch effect {
                    case .quit: return 0
                    case .export(let request): _ = Reducer.reduce(&state, .notify(ViewExportWriter.write(request, asOf: state.asOf, language: state.language)))
                    }
                }
                needsFrame = true
            }
        }
    }
}
