import ArgumentParser
import DashboardModel
import Durations

/// The kiosk's options of the dashboard: `--kiosk` and how it cycles.
struct KioskOptions: ParsableArguments {
    @Flag(name: .long, help: "Present the dashboard by itself (a lobby screen, a projector): the screens in turn, read-only, q ignored.")
    var kiosk = false

    @Option(name: .long, help: ArgumentHelp("With --kiosk: how long each screen stays, as 20s, 1m or 1m30s (units h, m, s, ms); at least 1s (default: 20s).", valueName: "duration"))
    var cycle: String?

    @Option(name: .long, help: ArgumentHelp("With --kiosk: the screens shown in turn, by name, separated by commas (default: overview,map,provinces,timeline).", valueName: "list"))
    var screens: String?

    @Option(name: .customLong("resume-after"), help: ArgumentHelp("With --kiosk: how long after the last key the cycle goes on; at least 1s (default: 1m).", valueName: "duration"))
    var resumeAfter: String?

    @Flag(name: .customLong("kiosk-quit-key"), help: "With --kiosk: q, Q and Ctrl-C quit at once (otherwise only SIGTERM or SIGHUP end the kiosk).")
    var quitKey = false

    func validate() throws {
        _ = try settings()
    }

    /// The kiosk the options ask for; nil without `--kiosk`. Throws a usage error for a bad value,
    /// or for a kiosk option given without `--kiosk`.
    func settings() throws -> Kiosk? {
        guard kiosk else {
            let given = [("--cycle", cycle != nil), ("--screens", screens != nil), ("--resume-after", resumeAfter != nil),
                         ("--kiosk-quit-key", quitKey)].filter(\.1).map(\.0)
            if let first = given.first { throw ValidationError("\(first) is an option of the kiosk: add --kiosk") }
            return nil
        }
        return Kiosk(screens: try screens.map(Self.parseScreens) ?? Kiosk.defaultScreens,
                     cycle: try cycle.map { try Self.parseDuration($0, option: "--cycle") } ?? Kiosk.defaultCycle,
                     resumeAfter: try resumeAfter.map { try Self.parseDuration($0, option: "--resume-after") } ?? Kiosk.defaultResumeAfter,
                     quitKey: quitKey)
    }

    /// A duration of at least `Kiosk.minimumDuration`: `20s`, `1m`, `1m30s`.
    static func parseDuration(_ text: String, option: String) throws -> Duration {
        guard let duration = DurationText.parse(text) else {
            throw ValidationError("expected a duration such as 20s, 1m, 1m30s or 500ms for \(option), found \"\(text)\"")
        }
        guard duration >= Kiosk.minimumDuration else {
            throw ValidationError("\(option) must be at least \(DurationText.text(Kiosk.minimumDuration)), found \"\(text)\"")
        }
        return duration
    }

    /// Screen names separated by commas: `overview,map,provinces`.
    static func parseScreens(_ text: String) throws -> [Screen] {
        let names = Screen.allCases.map(\.rawValue).joined(separator: ", ")
        let parts = text.split(separator: ",", omittingEmptySubsequences: false).map { part in
            String(part.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
        }
        return try parts.map { part in
            guard let screen = Screen(rawValue: part) else {
                let found = part.isEmpty ? "an empty name" : "\"\(part)\""
                throw ValidationError("unknown screen \(found) in --screens \"\(text)\"; the screens are \(names)")
            }
            return screen
        }
    }
}
