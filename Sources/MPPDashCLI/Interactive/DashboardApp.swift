#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import DashboardModel
import DashboardScreens
import JSONSupport
import Localization
import NcursesScreen
import RolloutData
import Synchronization
import TerminalCanvas
import ThemeCatalog

/// The interactive dashboard's loop: terminal events become actions, the reducer makes the next
/// state, the renderer draws it into a grid, and the screen copies what changed. It is the only
/// place where effects run and where time is read.
///
/// The data loads in the background behind a "loading" frame, so the terminal answers at once
/// even for a large snapshot, and q or Ctrl-C work while it loads.
@MainActor
final class DashboardApp {
    /// How a run ended: the exit code, and a message for standard error once the terminal is
    /// restored.
    struct Outcome {
        var code: Int32
        var message: String?
    }

    /// At most 30 frames a second; between frames, events are only collected.
    private static let frameInterval = Duration.milliseconds(33)

    private let snapshotPath: String?
    private let options: TerminalOptions
    private let today: Day
    private let asOf: Day?
    private let language: Language
    private let themeChoice: String?
    private let readOnly: Bool
    /// The Overview starts in big figures (`--big-figures`).
    private let bigFigures: Bool
    private let user: AuditUser
    /// Saves and reloads of the snapshot file; nil for the built-in dataset.
    private var session: SnapshotSession?
    /// The recording of the session (`--record`), or nil.
    private let recorder: CastRecorder?
    /// The kiosk to start (`--kiosk`), or nil.
    private let kiosk: Kiosk?
    /// When the session started: the origin of `DashboardState.now` and of the recording's times.
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    /// The time since the session started.
    private var elapsed: Duration { clock.now - started }
    /// Whether the dashboard opens replaying (`--replay`).
    private let replay: Bool

    init(snapshotPath: String?, options: TerminalOptions, today: Day, asOf: Day?, language: Language, themeChoice: String?,
         readOnly: Bool, bigFigures: Bool, user: AuditUser, recorder: CastRecorder? = nil, kiosk: Kiosk? = nil,
         replay: Bool = false) {
        self.snapshotPath = snapshotPath
        self.options = options
        self.today = today
        self.asOf = asOf
        self.language = language
        self.themeChoice = themeChoice
        self.readOnly = readOnly
        self.bigFigures = bigFigures
        self.user = user
        self.recorder = recorder
        self.kiosk = kiosk
        self.replay = replay
        started = clock.now
    }

    /// Runs until the user quits, a signal or hangup ends it, or the data cannot be loaded; a
    /// recording that stopped early is told after the run's own message.
    func run() -> Outcome {
        withRecording(runSession())
    }

    /// The outcome with a recording that stopped early told after its own message.
    private func withRecording(_ outcome: Outcome) -> Outcome {
        var outcome = outcome
        if let failure = recorder?.failure {
            outcome.message = [outcome.message, "mppdash: \(failure)"].compactMap { $0 }.joined(separator: "\n")
        }
        return outcome
    }

    /// Runs until the user quits, a signal or hangup ends it, or the data cannot be loaded.
    private func runSession() -> Outcome {
        NcursesScreen.ignoreSizeVariables()
        // The built-in dataset takes milliseconds: it is ready before the first frame, which is
        // then the dashboard itself. A snapshot file loads on a thread of its own behind a
        // loading frame, started before the terminal is set up so that the two overlap.
        let loading = snapshotPath.map { Loading.start(path: $0, today: today, asOf: asOf, language: language) }
            ?? Loading.finished(today: today, asOf: asOf, language: language)
        let screen: NcursesScreen
        do throws(TerminalError) {
            screen = try NcursesScreen.open(options)
        } catch {
            loading.cancel()
            return Outcome(code: error.exitCode, message: "mppdash: \(error.description)")
        }
        defer { screen.close() }
        if let recorder {
            recorder.start(width: screen.width, height: screen.height, timestamp: time(nil))
            screen.frameObserver = { [clock, started] bytes in recorder.frame(bytes, elapsed: clock.now - started) }
        }
        let catalog = ThemeCatalog()
        let (theme, themeProblem) = ThemeSettings.startingTheme(option: themeChoice, catalog: catalog)
        screen.theme = theme
        let result: Result<DashboardState, SnapshotError>
        switch waitForData(loading, on: screen) {
        case .loaded(let loaded): result = loaded
        case .ended(let outcome): return outcome
        }
        switch result {
        case .success(var state):
            state.width = screen.width
            state.height = screen.height
            state.setTerminalGlyphs(screen.glyphs)
            state.notices = screen.notices
            state.themes = catalog.themes
            state.use(theme)
            state.themeProblem = themeProblem.map { language.text(.themeFallback, $0.lines.first ?? $0.description) }
            if readOnly { state.access = .readOnly }
            state.bigFigures = bigFigures
            if let kiosk {
                state.now = elapsed
                state.startKiosk(kiosk)
            }
            session = SnapshotSession(store: state.store, user: user)
            state.auditTrail = session?.auditTrail ?? []
            if replay {
                state.now = elapsed
                _ = Reducer.reduce(&state, .replay(.start))
            }
            let outcome = loop(&state, on: screen)
            // Freeing a large snapshot piece by piece takes a tenth of a second (100,000 MPPs): the
            // terminal is restored, then the process ends with the state still in memory.
            screen.close()
            withExtendedLifetime((state, loading)) { Self.end(withRecording(outcome)) }
        case .failure(let error):
            return Outcome(code: 1, message: error.description)
        }
    }

    private enum Waited {
        case loaded(Result<DashboardState, SnapshotError>)
        case ended(Outcome)
    }

    /// Shows the loading frame, with the bytes read so far, until the data is ready; q or Esc
    /// cancel (not in the kiosk without its quit key), and a signal or a lost terminal end the
    /// program at once. The loop sleeps in `nextEvent`, which the loading thread wakes whenever
    /// it has news.
    private func waitForData(_ loading: Loading, on screen: NcursesScreen) -> Waited {
        let source = snapshotPath ?? BuiltinDataset.fileName
        let cancellable = kiosk?.quitKey ?? true
        var shown: LoadingScreen.Progress??
        while true {
            if let signal = SignalWatcher.pending {
                loading.cancel()
                return .ended(Outcome(code: 128 + signal))
            }
            if let result = loading.result { return .loaded(result) }
            let progress = loading.progress
            if shown != .some(progress) {
                screen.present(LoadingScreen.render(width: screen.width, height: screen.height, source: source,
                                                    progress: progress, language: language, glyphs: screen.glyphs,
                                                    cancellable: cancellable))
                shown = progress
            }
            switch screen.nextEvent(timeoutMilliseconds: -1) {
            case .hangup?:
                loading.cancel()
                return .ended(Outcome(code: 128 + SIGHUP))
            case .key(.character("q"))? where cancellable, .key(.escape)? where cancellable:
                loading.cancel()
                return .ended(Outcome(code: 0))
            case .resize(let width, let height)?:
                recordResize(width: width, height: height)
                shown = nil
            case .key?, .paste?, nil:
                continue
            }
        }
    }

    private func loop(_ state: inout DashboardState, on screen: NcursesScreen) -> Outcome {
        screen.present(DashboardRenderer.render(state))
        if FileSystem.environment("MPPDASH_TEST_CRASH") == "1" {
            fatalError("MPPDASH_TEST_CRASH is set: crashing after the first frame, for the tests")
        }
        var lastFrame = clock.now
        var needsFrame = false
        while true {
            if let signal = SignalWatcher.pending { return ended(by: signal, state) }
            state.now = elapsed
            if let action = session?.poll(state) {
                if let outcome = run(Reducer.reduce(&state, action), &state, on: screen) { return outcome }
                state.auditTrail = session?.auditTrail ?? []
                needsFrame = true
            }
            if let due = state.nextTick, due <= state.now {
                if let outcome = run(Reducer.reduce(&state, .tick), &state, on: screen) { return outcome }
                needsFrame = true
            }
            // With nothing to draw and nothing timed, sleep until something happens: no timer runs
            // while idle.
            var wait: Duration?
            if needsFrame {
                let remaining = Self.frameInterval - (clock.now - lastFrame)
                if remaining <= .zero {
                    screen.present(DashboardRenderer.render(state))
                    lastFrame = clock.now
                    needsFrame = false
                    continue
                }
                wait = remaining
            }
            if let due = state.nextTick {
                let untilDue = due - elapsed
                wait = wait.map { min($0, untilDue) } ?? untilDue
            }
            // Whole milliseconds, at least 1 (0 would not sleep), at most an hour.
            let timeout = wait.map { Int32(min(3_600_000, max(1, ($0 / .milliseconds(1)).rounded(.up)))) } ?? -1
            guard let event = screen.nextEvent(timeoutMilliseconds: timeout) else { continue }
            state.now = elapsed
            switch event {
            case .hangup:
                return ended(by: SIGHUP, state)
            case .resize(let width, let height):
                recordResize(width: width, height: height)
                _ = Reducer.reduce(&state, .resize(width: width, height: height))
                needsFrame = true
            case .paste(let text):
                Reducer.reduce(&state, paste: text)
                needsFrame = true
            case .key(let key):
                if let outcome = run(Reducer.reduce(&state, key: key), &state, on: screen) { return outcome }
                if screen.theme != state.theme { screen.theme = state.theme }
                needsFrame = true
            }
        }
    }

    private func recordResize(width: Int, height: Int) {
        recorder?.resize(width: width, height: height, elapsed: elapsed)
    }

    /// The end of a run by a signal or a lost terminal: unsaved edits are written beside the
    /// snapshot first, and the message says where.
    private func ended(by signal: Int32, _ state: DashboardState) -> Outcome {
        guard let editing = state.editing, editing.hasUnsavedChanges, let session else { return Outcome(code: 128 + signal) }
        let count = editing.unsavedCount
        guard let copy = session.keepUnsaved(state.store.snapshot) else {
            return Outcome(code: 128 + signal, message: "mppdash: \(count) unsaved changes could not be kept: the snapshot file is unchanged")
        }
        return Outcome(code: 128 + signal, message: "mppdash: \(count) unsaved changes kept in \(copy); the snapshot file is unchanged (open the copy with mppdash --snapshot to see them)")
    }

    /// Runs the effects of a state change, and those of the reducer's answers to them; the outcome
    /// when one of them ends the run.
    private func run(_ effects: [Effect], _ state: inout DashboardState, on screen: NcursesScreen) -> Outcome? {
        for effect in effects {
            switch effect {
            case .quit:
                return Outcome(code: 0)
            case .export(let request):
                _ = Reducer.reduce(&state, .notify(ViewExportWriter.write(request, asOf: state.asOf, language: state.language)))
            case .saveTheme(let name):
                _ = Reducer.reduce(&state, .notify(Self.save(theme: name, language: state.language)))
            case .copyToClipboard(let text):
                screen.copyToClipboard(text)
            case .save(let snapshot):
                guard let session else { break }
                let answer = session.save(snapshot, state)
                state.auditTrail = session.auditTrail
                if let outcome = run(Reducer.reduce(&state, answer), &state, on: screen) { return outcome }
            case .saveResolved(let snapshot, let choices):
                guard let session else { break }
                let answer = session.saveResolved(snapshot, choices: choices, state)
                state.auditTrail = session.auditTrail
                if let outcome = run(Reducer.reduce(&state, answer), &state, on: screen) { return outcome }
            }
        }
        return nil
    }
}

extension DashboardApp {
    /// Prints the outcome's message on standard error and ends the process with its code, without
    /// returning (nothing is freed).
    nonisolated static func end(_ outcome: Outcome) -> Never {
        if let message = outcome.message { Output.error(message) }
        exit(outcome.code)
    }

    static func save(theme name: String, language: Language) -> StatusMessage {
        do throws(JSONFileError) {
            let saved = try ThemeSettings.saveThemeName(name)
            guard let backup = saved.backup else { return StatusMessage(language.text(.themeSaved, name, saved.file)) }
            return StatusMessage(language.text(.themeSavedOverBroken, name, saved.file, backup), isError: true)
        } catch {
            return StatusMessage(error.description, isError: true)
        }
    }
}

/// The data and the first figures, made on a thread of its own while the terminal shows the
/// loading frame: the input thread never reads a file, so keys and signals are answered at once
/// even when the file is on a stalled mount. The thread wakes the loop (`LoopWaker`) when the
/// share read grows by a percent and when it has finished.
final class Loading: Sendable {
    private let outcome = Mutex<Result<DashboardState, SnapshotError>?>(nil)
    private let bytes = Mutex<LoadingScreen.Progress?>(nil)
    private let cancelled = Atomic<Bool>(false)

    /// The state once loading has finished, successfully or not; nil while it runs.
    var result: Result<DashboardState, SnapshotError>? { outcome.withLock { $0 } }

    /// How much of the file has been read; nil before the first chunk.
    var progress: LoadingScreen.Progress? { bytes.withLock { $0 } }

    /// Asks the thread to stop reading at its next chunk.
    func cancel() {
        cancelled.store(true, ordering: .relaxed)
    }

    static func start(path: String, today: Day, asOf: Day?, language: Language) -> Loading {
        let loading = Loading()
        BackgroundThread.start {
            let result = Result { () throws(SnapshotError) -> DashboardState in
                try RolloutStore.load(path: path, progress: { read, size in
                    loading.report(LoadingScreen.Progress(bytesRead: read, fileSize: size))
                }, then: { DashboardState(store: $0, today: today, asOf: asOf, language: language) })
            }
            loading.outcome.withLock { $0 = result }
            LoopWaker.wake()
        }
        return loading
    }

    /// The built-in dataset, loaded now.
    static func finished(today: Day, asOf: Day?, language: Language) -> Loading {
        let loading = Loading()
        let result = Result { () throws(SnapshotError) -> DashboardState in
            DashboardState(store: try RolloutStore.builtin(), today: today, asOf: asOf, language: language)
        }
        loading.outcome.withLock { $0 = result }
        return loading
    }

    /// Keeps the progress, waking the loop when the whole percent read changes; false once the
    /// load is cancelled.
    private func report(_ progress: LoadingScreen.Progress) -> Bool {
        let previous = bytes.withLock { shown in
            defer { shown = progress }
            return shown
        }
        if previous.map({ Int($0.fraction * 100) }) != Int(progress.fraction * 100) { LoopWaker.wake() }
        return !cancelled.load(ordering: .relaxed)
    }
}
