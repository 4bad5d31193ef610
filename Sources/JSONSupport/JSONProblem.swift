/// One thing wrong with a JSON file (a snapshot, a theme): where (a JSON path, and a line when it is known) and what was
/// expected and found.
public struct JSONProblem: Hashable, Sendable, CustomStringConvertible {
    public var path: JSONPath
    public var message: String
    /// The 1-based line and column, for problems found while reading the text.
    public var line: Int?
    public var column: Int?

    public init(path: JSONPath, message: String, line: Int? = nil, column: Int? = nil) {
        self.path = path
        self.message = message
        self.line = line
        self.column = column
    }

    /// `malls[12].region: expected …, found … (line 40, column 17)`; a problem of the whole
    /// document has no path: `invalid JSON: … (line 3, column 7)`.
    public var description: String {
        var text = path == .root ? message : "\(path): \(message)"
        if let line {
            text += column.map { " (line \(line), column \($0))" } ?? " (line \(line))"
        }
        return text
    }
}

/// A JSON file that could not be loaded or saved, with every problem found.
///
/// Its description is one line per problem, `FILE: PATH: message` (`FILE: message` for the whole
/// file), the form `mppdash validate` prints; a file that could not be opened, read or written at
/// all is one line, `cannot open FILE: reason`.
public struct JSONFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it, or `<built-in>`.
    public var file: String
    public var problems: [JSONProblem]
    /// What could not be done to the file, naming it (`cannot open rollout.json`), when the file
    /// could not be used at all; its one problem is then the reason.
    public var failure: String?

    public init(file: String, problems: [JSONProblem]) {
        self.file = file
        self.problems = problems
    }

    public init(file: String, message: String) {
        self.init(file: file, problems: [JSONProblem(path: .root, message: message)])
    }

    /// `failure` is what could not be done, naming the file (`cannot open \(file)`), `reason` why.
    public init(file: String, failure: String, reason: String) {
        self.init(file: file, message: reason)
        self.failure = failure
    }

    public var lines: [String] {
        if let failure { return ["\(failure): " + problems.map(\.description).joined(separator: "; ")] }
        return problems.map { "\(file): \($0)" }
    }

    public var description: String { lines.joined(separator: "\n") }
}
