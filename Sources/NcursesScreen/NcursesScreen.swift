public import TerminalCanvas
import CNcursesw
import CTermGuard
import Glibc

/// The terminal, driven through ncursesw: the only place that talks to curses.
///
/// The app renders each frame into a `CellGrid` and hands it to `present`, which copies only the
/// cells that changed into ncurses and sends one `doupdate()`; ncurses then writes the smallest
/// update it can, which reaches the terminal in one `write` (`FrameOutput`). Input, resizes and a lost terminal come back from `nextEvent` as `InputEvent`s.
///
/// curses is not thread-safe, so everything here runs on the main actor. `close()` restores the
/// terminal; a crash or an `exit` while the screen is open restores it through the C crash
/// guard, which also holds standard error back while the screen is open and prints it after the
/// restore (a crash report would otherwise be wiped with the alternate screen), and SIGINT, SIGTERM, SIGHUP and SIGQUIT only set `SignalWatcher.pending` so that the
/// app loop can close the screen itself.
@MainActor
public final class NcursesScreen {
    public private(set) var width: Int
    public private(set) var height: Int
    /// Unicode box and block characters in a UTF-8 locale, ASCII otherwise or with `--ascii`.
    nonisolated public let glyphs: GlyphSet
    nonisolated public let depth: ColorDepth
    /// What the user should be told about this session, for the status bar.
    nonisolated public let notices: [TerminalNotice]
    /// Changing the theme repaints every cell on the next `present`.
    public var theme: Theme = .standard {
        didSet {
            styles.removeAll()
            blankLooks.removeAll()
            pairs.reset()
            needsFullCopy = true
        }
    }

    /// Given the bytes of every frame, exactly as written to the terminal, after they were
    /// written: for recordings (`mppdash --record`). Not called when frames cannot be collected in
    /// memory (`memfd_create` refused).
    public var frameObserver: (([UInt8]) -> Void)? {
        get { output.observer }
        set { output.observer = newValue }
    }

    private let screen: OpaquePointer
    private let output: FrameOutput
    private let window: UnsafeMutablePointer<WINDOW>
    /// Outside a UTF-8 locale (or with `--ascii`) only printable ASCII is written.
    private let asciiOnly: Bool
    /// Terminals without an alternate screen (no `rmcup`: vt100, linux, ansi) would keep the
    /// last frame after exit, with the shell prompt drawn over it.
    private let clearsOnClose: Bool
    private var pairs: ColorPairCache
    private var styles: [StyleKey: (attributes: attr_t, pair: Int16)] = [:]
    private var blankLooks: [StyleRole: TerminalStyle] = [:]
    /// The style each cell of the last grid was drawn in (`styleKey`).
    private var drawnStyles: [StyleKey] = []
    private var previous: CellGrid?
    private var needsFullCopy = true
    private var isClosed = false
    private var decoder: KeyDecoder
    /// What turns bracketed paste off again (`BD`), empty when it was not turned on.
    private let pasteOff: [UInt8]
    /// The thread's signal mask before `open`, restored by `close`.
    private let originalMask: sigset_t
    /// The mask while waiting for input: the original one, with `wakingSignals` let in.
    private let waitMask: sigset_t

    /// The escape delay when `ESCDELAY` is not set: long enough for an arrow key's bytes to
    /// arrive together over SSH, short enough that Esc feels immediate (ncurses waits 1 s).
    static let defaultEscapeDelayMilliseconds: Int32 = 25

    private init(screen: OpaquePointer, output: FrameOutput, glyphs: GlyphSet, depth: ColorDepth, pairs: ColorPairCache,
                 notices: [TerminalNotice], paste: BracketedPaste?) {
        self.screen = screen
        self.output = output
        decoder = KeyDecoder(marks: paste?.marks)
        pasteOff = paste?.off ?? []
        window = cn_stdscr()
        self.glyphs = glyphs
        self.depth = depth
        self.pairs = pairs
        self.notices = notices
        asciiOnly = !glyphs.isUnicode
        clearsOnClose = cn_tigetstr("rmcup") == nil
        width = Int(getmaxx(window))
        height = Int(getmaxy(window))
        var blocked = sigset_t()
        sigemptyset(&blocked)
        for signal in Self.wakingSignals { sigaddset(&blocked, signal) }
        var original = sigset_t()
        pthread_sigmask(SIG_BLOCK, &blocked, &original)
        originalMask = original
        var mask = original
        for signal in Self.wakingSignals { sigdelset(&mask, signal) }
        waitMask = mask
    }

    /// The signals that end a wait for input: the watched ones, and SIGWINCH, whose handler
    /// (ncurses' own) turns into `KEY_RESIZE`.
    private static let wakingSignals = SignalWatcher.watchedSignals + [SIGWINCH]

    isolated deinit {
        close()
    }

    /// Opens the terminal on standard input and output.
    ///
    /// The size comes from the terminal itself (TIOCGWINSZ): call `ignoreSizeVariables()` first,
    /// while the process has one thread.
    ///
    /// Throws when they are not a terminal, when `TERM` is `dumb` or names a terminal that cannot
    /// move the cursor, or when neither `TERM` nor a fallback has a terminfo entry.
    public static func open(_ options: TerminalOptions) throws(TerminalError) -> NcursesScreen {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let environment: (String) -> String? = { name in getenv(name).map { String(cString: $0) } }

        let codeset = LocaleDetection.activate(environment: environment)
        let (glyphs, glyphNotice) = LocaleDetection.glyphs(codeset: codeset, forceASCII: options.forceASCII)
        guard let term = environment("TERM"), !term.isEmpty else { throw .termNotSet }
        if TerminalType.isDumb(term) { throw .dumbTerminal(term) }

        SignalWatcher.install()
        _ = term_guard_save(STDIN_FILENO)
        let output = try FrameOutput()
        let candidates = TerminalType.candidates(for: term)
        var opened: (name: String, screen: OpaquePointer)?
        for name in candidates where opened == nil {
            opened = newterm(name, output.stream, cn_stdin()).map { (name, $0) }
        }
        guard let (used, screen) = opened else {
            output.close()
            throw .unknownTerminal(term, tried: candidates)
        }
        guard cn_tigetstr("cup") != nil else {
            endwin()
            delscreen(screen)
            output.close()
            throw .dumbTerminal(used)
        }

        if environment("ESCDELAY") == nil { set_escdelay(defaultEscapeDelayMilliseconds) }
        if options.controlKeysAsSignals { cbreak() } else { raw() }
        noecho()
        nonl()
        disableFlowControl()
        intrflush(cn_stdscr(), false)
        keypad(cn_stdscr(), true)
        leaveok(cn_stdscr(), true)
        curs_set(0)

        let terminalColors = has_colors() ? max(0, Int(tigetnum("colors"))) : 0
        var (depth, colorNotice) = ColorDetection.depth(
            terminalColors: terminalColors, noColor: environment("NO_COLOR"), override: options.colors)
        var defaultColors = false
        if depth != .mono {
            if start_color() == OK {
                defaultColors = use_default_colors() == OK
            } else {
                (depth, colorNotice) = (.mono, nil)
            }
        }
        let pairs = ColorPairCache(pairCount: depth == .mono ? 0 : Int(cn_color_pairs()),
                                   colorCount: Int(cn_colors()), defaultColors: defaultColors)

        let paste = BracketedPaste.enable()
        armCrashGuard(then: paste?.off ?? [])
        _ = term_guard_capture_stderr(environment("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp",
                                      environment("MPPDASH_LOG"))
        let notices = [used == term ? nil : TerminalNotice.termFallback(requested: term, used: used),
                       glyphNotice, colorNotice].compactMap { $0 }
        return NcursesScreen(screen: screen, output: output, glyphs: glyphs, depth: depth, pairs: pairs, notices: notices,
                             paste: paste)
    }

    /// Removes `LINES` and `COLUMNS` from the environment, which ncurses would take over the
    /// terminal's real size: a shell exports them once and they go stale at the first resize.
    /// (use_env(FALSE) instead makes ncurses 6.4 miss every resize.) `unsetenv` races with
    /// `getenv` on other threads, so this belongs at the start, before any thread is made.
    nonisolated public static func ignoreSizeVariables() {
        unsetenv("LINES")
        unsetenv("COLUMNS")
    }

    /// Prepares what the crash guard writes: reset attributes, show the cursor, leave keypad
    /// mode and the alternate screen (or clear the screen when there is none), then `more`.
    /// Turns off XON/XOFF flow control, so that Ctrl-S (save) and Ctrl-Q reach the dashboard
    /// instead of freezing the output; ncurses keeps the change as its program mode, and the
    /// terminal's own settings come back on exit with the rest (`term_guard_save`).
    private static func disableFlowControl() {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return }
        settings.c_iflag &= ~tcflag_t(IXON | IXOFF)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &settings) == 0 else { return }
        def_prog_mode()
    }

    private static func armCrashGuard(then more: [UInt8]) {
        let names = ["sgr0", "cnorm", "rmkx", cn_tigetstr("rmcup") == nil ? "clear" : "rmcup"]
        let reset = names.flatMap { TerminfoString.bytes(of: $0) ?? [] } + more
        _ = reset.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { term_guard_arm(STDOUT_FILENO, $0.baseAddress, $0.count) }
        }
    }

    // MARK: Output

    /// Shows `grid`: copies the cells that changed since the last grid (all of them after a
    /// resize or a theme change) into ncurses, then updates the terminal once.
    ///
    /// A blank cell is drawn in the style of the cell to its left when it would look the same
    /// (`styleKey`), so a row costs one colour change per run of text rather than two per
    /// column; with the terminal's own colours on a pair of their own (`ColorPairCache`), a
    /// change back to them costs `ESC[39m` instead of that and a full reset. A ↓ that scrolls
    /// the Regions list at 120×40 went from 405–445 bytes to 312–337 (`ScrollBytesTests`).
    ///
    /// Cells beyond the screen are cut off; a grid smaller than the screen leaves the rest blank.
    public func present(_ grid: CellGrid) {
        guard !isClosed else { return }
        let last = needsFullCopy || previous?.width != grid.width || previous?.height != grid.height ? nil : previous
        if last == nil {
            werase(window)
            drawnStyles = Array(repeating: StyleKey(role: .text, blank: true), count: grid.width * grid.height)
        }
        let columns = min(grid.width, width)
        for y in 0..<min(grid.height, height) {
            // A blank's style follows the cell to its left, so a changed cell may restyle the
            // blanks after it even where the grid did not change.
            var left: StyleKey?
            var restyling = false
            for x in 0..<columns {
                let cell = grid[x, y]
                let index = y * grid.width + x
                let changed = last.map { $0[x, y] != cell } ?? true
                if changed || (restyling && cell.isBlank) {
                    let key = styleKey(for: cell, after: left)
                    if changed || key != drawnStyles[index] {
                        drawnStyles[index] = key
                        draw(cell, of: grid, x: x, y: y, columns: columns, style: key)
                        restyling = true
                    } else {
                        restyling = false
                    }
                } else {
                    restyling = false
                }
                left = drawnStyles[index]
            }
        }
        previous = grid
        needsFullCopy = false
        wnoutrefresh(window)
        output.beginFrame()
        doupdate()
        output.endFrame()
    }

    private func draw(_ cell: Cell, of grid: CellGrid, x: Int, y: Int, columns: Int, style key: StyleKey) {
        if cell.isContinuation {
            // Drawn with the wide character to its left; without one it is a blank.
            if x == 0 || grid[x - 1, y].width != 2 { put([0x20], style: key, x: x, y: y) }
            return
        }
        let columnsTaken = Int(cell.width)
        if columnsTaken == 1 || (columnsTaken == 2 && x + 1 < columns),
           let scalars = CellText.scalars(for: cell.character, columns: columnsTaken, asciiOnly: asciiOnly,
                                          width: { Int(cn_wcwidth(wchar_t(bitPattern: $0))) }) {
            put(scalars, style: key, x: x, y: y)
            return
        }
        put([CellText.replacement], style: key, x: x, y: y)
        if columnsTaken == 2, x + 1 < columns { put([0x20], style: key, x: x + 1, y: y) }
    }

    private func put(_ scalars: [UInt32], style key: StyleKey, x: Int, y: Int) {
        let style = style(for: key)
        var character = cchar_t()
        let text = scalars.map { wchar_t(bitPattern: $0) } + [0]
        setcchar(&character, text, style.attributes, style.pair, nil)
        // At the bottom-right cell ncurses reports ERR (the cursor cannot move on) but has
        // placed the character.
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    /// The style a cell is drawn in: its role's; for a blank cell, the style of the cell to its
    /// left when the two look the same on a blank (so that the run of that style goes on and
    /// ncurses sets no colour for the blank and back), else what of its role shows on a blank.
    private func styleKey(for cell: Cell, after left: StyleKey?) -> StyleKey {
        guard cell.isBlank else { return StyleKey(role: cell.role, blank: false) }
        if let left, left.role == cell.role || blankLook(left.role) == blankLook(cell.role) { return left }
        return StyleKey(role: cell.role, blank: true)
    }

    private func blankLook(_ role: StyleRole) -> TerminalStyle {
        if let look = blankLooks[role] { return look }
        let look = BlankStyle.visible(theme.style(role, depth: depth))
        blankLooks[role] = look
        return look
    }

    private func style(for key: StyleKey) -> (attributes: attr_t, pair: Int16) {
        if let style = styles[key] { return style }
        let look = key.blank ? BlankStyle.visible(theme.style(key.role, depth: depth))
                             : theme.style(key.role, depth: depth)
        var attributes = CN_A_NORMAL
        if look.attributes.contains(.bold) { attributes |= CN_A_BOLD }
        if look.attributes.contains(.reverse) { attributes |= CN_A_REVERSE }
        if look.attributes.contains(.underline) { attributes |= CN_A_UNDERLINE }
        if look.attributes.contains(.dim) { attributes |= CN_A_DIM }
        let pair = depth == .mono ? 0 : pairs.pair(foreground: look.foreground, background: look.background) {
            init_pair($0, $1, $2) == OK
        }
        styles[key] = (attributes, pair)
        return (attributes, pair)
    }

    /// A role, and whether only what of it shows on a blank (`BlankStyle`) is drawn.
    private struct StyleKey: Hashable {
        var role: StyleRole
        var blank: Bool
    }

    // MARK: Input

    /// How long ncurses may wait for the rest of a key once input is ready: a UTF-8 character
    /// or an escape sequence split across two SSH packets.
    static let keyCompletionMilliseconds: Int32 = 50

    /// The next key, resize or hangup, or nil when `timeoutMilliseconds` passed (a negative
    /// timeout waits forever), a watched signal arrived (see `SignalWatcher.pending`), or
    /// `LoopWaker.wake()` was called (work on another thread has news for the loop).
    ///
    /// `.hangup` means the terminal is gone: the SSH connection dropped while SIGHUP is ignored
    /// (`trap '' HUP`), and standard input reports a hangup instead of ending the wait.
    ///
    /// The only place the program sleeps is one `ppoll` on the terminal and the waker's pipe.
    /// Outside it the watched signals and SIGWINCH stay blocked; they are let in only there (even
    /// when the timeout has already passed), so that one arriving just before the sleep still
    /// ends it at once.
    public func nextEvent(timeoutMilliseconds: Int32) -> InputEvent? {
        guard !isClosed else { return nil }
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: .milliseconds(max(0, timeoutMilliseconds)))
        // 0 at first: only what ncurses holds already (buffered keys, a resize it was told of).
        var keyWait: Int32 = 0
        while true {
            if decoder.isPasting {
                if let event = readPaste() { return event }
            } else {
                wtimeout(window, keyWait)
                var value: wint_t = 0
                let status = wget_wch(window, &value)
                if status == KEY_CODE_YES, Int32(value) == KEY_RESIZE {
                    width = Int(getmaxx(window))
                    height = Int(getmaxy(window))
                    needsFullCopy = true
                    // Some terminals reflow their text on resize; repaint from a clear screen.
                    clearok(window, true)
                    return .resize(width: width, height: height)
                }
                if status != ERR {
                    let raw: RawKey = status == KEY_CODE_YES ? .code(Int32(value)) : .character(value)
                    if let event = decoder.decode(raw) { return event }
                    keyWait = 0
                    continue
                }
            }
            if SignalWatcher.pending != nil { return nil }
            let remaining = timeoutMilliseconds < 0 ? -1 : Self.milliseconds(from: clock.now, to: deadline)
            if keyWait > 0, !decoder.isPasting {
                // Input was ready, yet no key came of it: never let that spin the processor.
                poll(nil, 0, remaining < 0 ? 10 : min(10, remaining))
            }
            switch waitForInput(milliseconds: remaining) {
            case .ready: keyWait = Self.keyCompletionMilliseconds
            case .interrupted: keyWait = 0
            case .woken:
                LoopWaker.drain()
                return nil
            case .timedOut: return nil
            case .hungUp: return .hangup
            }
        }
    }

    /// Reads an open paste straight from the terminal, as much as has arrived, 64 KiB a call:
    /// the paste once its end mark came (what followed the mark goes back to ncurses, to be read
    /// as keys), else nil. ncurses holds no input of its own here: it stopped reading at the
    /// start mark, the last thing it matched.
    private func readPaste() -> InputEvent? {
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var ready = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        while poll(&ready, 1, 0) == 1, ready.revents & Int16(POLLIN) != 0 {
            let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
            guard count > 0 else { return nil }
            if let (event, rest) = decoder.takePaste(buffer[..<count]) {
                for byte in rest.reversed() { ungetch(Int32(byte)) }
                return event
            }
        }
        return nil
    }

    private enum Wait {
        case ready, interrupted, woken, timedOut, hungUp
    }

    /// Sleeps until standard input is ready or hung up, the waker's pipe is written, a signal
    /// arrives, or `milliseconds` pass (negative: no limit; 0: only lets pending signals in).
    private func waitForInput(milliseconds: Int32) -> Wait {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: LoopWaker.descriptor, events: Int16(POLLIN), revents: 0)]
        var timeout = timespec(tv_sec: Int(milliseconds / 1000), tv_nsec: Int(milliseconds % 1000) * 1_000_000)
        var mask = waitMask
        let result = milliseconds < 0 ? ppoll(&descriptors, 2, nil, &mask) : ppoll(&descriptors, 2, &timeout, &mask)
        if result < 0 { return errno == EINTR ? .interrupted : .hungUp }
        if result == 0 { return .timedOut }
        if descriptors[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hungUp }
        if descriptors[0].revents & Int16(POLLIN) != 0 { return .ready }
        return .woken
    }

    private static func milliseconds(from now: ContinuousClock.Instant, to deadline: ContinuousClock.Instant) -> Int32 {
        let (seconds, attoseconds) = (deadline - now).components
        return Int32(clamping: max(0, seconds * 1000 + attoseconds / 1_000_000_000_000_000))
    }

    // MARK: Closing

    /// Restores the terminal: clears a screen that has no alternate buffer, leaves curses mode
    /// and disarms the crash guard. Calling it again does nothing; it also runs when the screen
    /// is released.
    public func close() {
        guard !isClosed else { return }
        isClosed = true
        if clearsOnClose {
            wclear(window)
            wrefresh(window)
        }
        endwin()
        delscreen(screen)
        output.close()
        TerminfoString.write(pasteOff)
        term_guard_disarm()
        var mask = originalMask
        pthread_sigmask(SIG_SETMASK, &mask, nil)
    }
}
