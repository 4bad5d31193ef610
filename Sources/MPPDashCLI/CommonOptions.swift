public import ArgumentParser
public import RolloutData
public import Localization

/// Which data a command reads, and as of which day.
public struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("A snapshot file to read instead of the built-in dataset.", valueName: "file"))
    public var snapshot: String?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Show the figures as of this day (default: today; a later day is refused).", valueName: "yyyy-mm-dd"), transform: DataOptions.parseDay)
    public var asOf: Day?

    public init() {}

    /// Refuses an as-of day after today: nothing is known of the future.
    public func validate() throws {
        let today = try self.today()
        if let asOf, asOf > today {
            throw ValidationError("--as-of \(asOf) is after today (\(today)): nothing is known of days to come")
        }
    }

    /// Today's date (`MPPDASH_TODAY` fixes it).
    public func today() throws -> Day {
        do throws(TodayError) {
            return try Today.current()
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The store of the chosen snapshot; on a problem, prints it and exits 1.
    public func openStore() throws -> RolloutStore {
        try Self.openStore(snapshot)
    }

    /// The store of the snapshot file at `path` (the built-in dataset when nil); on a problem,
    /// prints it and exits 1.
    static func openStore(_ path: String?) throws -> RolloutStore {
        do {
            return try RolloutStore.open(path)
        } catch {
            Output.error(error.description)
            throw ExitCode.failure
        }
    }

    static func parseDay(_ text: String) throws -> Day {
        guard let day = Day(iso: text) else {
            throw ValidationError("expected a day as YYYY-MM-DD for --as-of, found \"\(text)\"")
        }
        return day
    }
}

/// The language of the output.
public struct LanguageOption: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The language: id (Bahasa Indonesia) or en (English).", valueName: "id|en"), transform: LanguageOption.parse)
    public var lang: Language = .default

    public init() {}

    static func parse(_ text: String) throws -> Language {
        guard let language = Language(rawValue: text.lowercased()) else {
            throw ValidationError("expected id or en for --lang, found \"\(text)\"")
        }
        return language
    }
}
