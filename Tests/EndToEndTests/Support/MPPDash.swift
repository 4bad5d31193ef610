import Glibc
import Testing

/// The real `mppdash` of this build, and how the end-to-end tests start it.
enum MPPDash {
    /// The executable built beside this test bundle (`EndToEndTests` depends on it, so
    /// `swift build --build-tests` builds it first).
    static let executable: String = {
        var folder = realpath(CommandLine.arguments[0], nil).map { path in
            defer { free(path) }
            return String(cString: path)
        } ?? CommandLine.arguments[0]
        while let slash = folder.lastIndex(of: "/"), slash != folder.startIndex {
            folder = String(folder[..<slash])
            let candidate = folder + "/mppdash"
            var info = stat()
            if stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG, access(candidate, X_OK) == 0 {
                return candidate
            }
        }
        return "mppdash"
    }()

    /// The environment of an official's SSH session: `LANG=C.UTF-8`, `TERM=xterm-256color`,
    /// with `changes` applied (nil removes a variable).
    static func environment(_ changes: [String: String?] = [:]) -> [String: String] {
        var environment = Spawn.baseEnvironment.merging(["LANG": "C.UTF-8", "TERM": "xterm-256color"]) { $1 }
        for (name, value) in changes { environment[name] = value }
        return environment
    }

    /// Starts the dashboard (`mppdash` with `arguments`) on a new pseudo-terminal.
    static func start(_ arguments: [String] = [], environment: [String: String] = environment(),
                      columns: Int = 120, rows: Int = 40) throws -> PseudoTerminal {
        try PseudoTerminal([executable] + arguments, environment: environment, columns: columns, rows: rows)
    }

    /// What `mppdash` with `arguments` prints on a 200 × 60 terminal, expecting exit 0.
    static func output(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let terminal = try PseudoTerminal([executable] + arguments, environment: environment(), columns: 200, rows: 60)
        #expect(terminal.waitForExit() == .exited(0), "\(terminal.recent)", sourceLocation: sourceLocation)
        return terminal.text
    }

    /// What `mppdash render` prints for `screen` at `columns` × `rows` with `options` ("exactly
    /// as the dashboard draws it"), as `screenLines`.
    static func render(_ screen: String, columns: Int, rows: Int, options: [String] = []) throws -> [String] {
        let terminal = try PseudoTerminal([executable, "render", "--screen", screen, "--size", "\(columns)x\(rows)"] + options,
                                          environment: environment(), columns: columns, rows: rows)
        let status = terminal.waitForExit()
        guard status == .exited(0) else {
            throw SpawnError("mppdash render ended with \(String(describing: status))", 0)
        }
        return screenLines(terminal.text)
    }

    /// Waits for the whole Overview frame: its first box, the national figure, and the status
    /// bar, which ncurses writes after every row of the body, with `notice` at its start.
    static func expectOverview(_ terminal: PseudoTerminal, notice: String? = nil,
                               sourceLocation: SourceLocation = #_sourceLocation) {
        let needles = ["Cakupan nasional", "dari 509"] + [notice].compactMap { $0 } + ["revisi"]
        for needle in needles {
            #expect(terminal.waitFor(needle), "no \(needle.debugDescription) in \(terminal.recent)",
                    sourceLocation: sourceLocation)
        }
    }
}

/// A screen's lines without trailing blanks, and without the blank lines at its bottom: how
/// `capture-pane` and `mppdash render` compare.
func screenLines(_ screen: String) -> [String] {
    var lines = screen.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
        String(line.reversed().drop { $0 == " " }.reversed())
    }
    while lines.last?.isEmpty == true { lines.removeLast() }
    return lines
}

/// How a terminal type is put back when the dashboard ends.
enum Restoring {
    /// `smcup`/`rmcup`, `civis`/`cnorm`, `smkx`/`rmkx` and bracketed paste (`BE`/`BD`), as
    /// xterm's terminfo has them.
    case alternateScreen
    /// No alternate screen and no cursor visibility (vt100): the screen is cleared instead.
    case clearedScreen
}

/// Checks that the program left the terminal as it found it: its modes (read back from the
/// slave side) and, in the output, the sequences that undo what curses set up.
func expectRestored(_ terminal: PseudoTerminal, _ restoring: Restoring = .alternateScreen,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(terminal.modesAreRestored, "terminal modes not restored", sourceLocation: sourceLocation)
    let output = terminal.output
    switch restoring {
    case .alternateScreen:
        for (set, reset, what) in [("\u{1B}[?1049h", "\u{1B}[?1049l", "alternate screen"),
                                   ("\u{1B}[?25l", "\u{1B}[?25h", "cursor visibility"),
                                   ("\u{1B}[?1h", "\u{1B}[?1l", "keypad mode"),
                                   ("\u{1B}[?2004h", "\u{1B}[?2004l", "bracketed paste")] {
            let entered = TerminalOutput.lastRange(of: set, in: output)?.lowerBound
            let left = TerminalOutput.lastRange(of: reset, in: output)?.lowerBound
            #expect(entered != nil, "\(what) never set", sourceLocation: sourceLocation)
            #expect((left ?? -1) > (entered ?? 0), "\(what) not reset at the end: \(terminal.recent)",
                    sourceLocation: sourceLocation)
        }
    case .clearedScreen:
        let cleared = TerminalOutput.lastRange(of: "\u{1B}[H\u{1B}[J", in: output)
        #expect(cleared != nil, "screen never cleared", sourceLocation: sourceLocation)
        if let cleared {
            let after = TerminalOutput.visibleText(Array(output[cleared.upperBound...]))
            let blank = after.allSatisfy(\.isWhitespace)
            #expect(blank, "text drawn after the final clear: \(after.debugDescription)",
                    sourceLocation: sourceLocation)
        }
    }
}

extension PseudoTerminal {
    /// The end of what the program showed, escape sequences removed, for failure messages.
    var recent: String {
        String(TerminalOutput.visibleText(output).suffix(600)).debugDescription
    }
}

/// Reading a raw terminal byte stream.
enum TerminalOutput {
    /// The text that was printed, without escape sequences and control characters: enough to
    /// find text that curses wrote with only style changes in between.
    static func visibleText(_ bytes: [UInt8]) -> String {
        var text: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 1 < bytes.count {
                index += 2
                switch bytes[index - 1] {
                case UInt8(ascii: "["):
                    // Parameters and intermediates, then the final byte.
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    index += 1
                case UInt8(ascii: "("), UInt8(ascii: ")"):
                    index += 1
                default:
                    break
                }
            } else {
                if byte >= 0x20, byte != 0x7F { text.append(byte) }
                index += 1
            }
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// The parameters of every SGR sequence (`ESC [ … m`), empty ones as 0.
    static func sgrParameters(_ bytes: [UInt8]) -> [[Int]] {
        var result: [[Int]] = []
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == 0x1B, bytes[index + 1] == UInt8(ascii: "[") else {
                index += 1
                continue
            }
            var end = index + 2
            while end < bytes.count, (0x30...0x3F).contains(bytes[end]) { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "m") {
                let parameters = String(decoding: bytes[(index + 2)..<end], as: UTF8.self)
                result.append(parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 })
            }
            index = end
        }
        return result
    }

    /// What the SGR sequences of `bytes` turn on: colours (fore- or background, any depth;
    /// not the default colours 39/49), bold and reverse.
    static func styles(_ bytes: [UInt8]) -> (colors: Bool, bold: Bool, reverse: Bool) {
        var styles = (colors: false, bold: false, reverse: false)
        for parameters in sgrParameters(bytes) {
            var index = 0
            while index < parameters.count {
                switch parameters[index] {
                case 1: styles.bold = true
                case 7: styles.reverse = true
                case 30...37, 40...47, 90...97, 100...107: styles.colors = true
                case 38, 48:
                    styles.colors = true
                    // 5;N or 2;R;G;B: numbers that are no attributes of their own.
                    index += parameters.count > index + 1 && parameters[index + 1] == 2 ? 4 : 2
                default: break
                }
                index += 1
            }
        }
        return styles
    }

    static func lastRange(of needle: String, in bytes: [UInt8]) -> Range<Int>? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        for start in stride(from: bytes.count - pattern.count, through: 0, by: -1)
        where bytes[start..<(start + pattern.count)].elementsEqual(pattern) {
            return start..<(start + pattern.count)
        }
        return nil
    }
}
