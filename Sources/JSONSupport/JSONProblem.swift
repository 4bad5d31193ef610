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

    /// `malls[12].region: expected …, found … (line 40, column 17)`.
    public var description: String {
        var text = "\(path): \(message)"
        if let line {
            text += column.map { " (line \(line), column \($0))" } ?? " (line \(line))"
        }
        return text
    }
}

/// A JSON file that could not be loaded or saved, with every problem found.
///
/// Its description is one line per problem, `FILE: PATH: message`, the form `mppdash validate`
/// prints.
public struct JSONFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file as the user named it, or `<built-in>`.
    public var file: String
    public var problems: [JSONProblem]

    public init(file: String, problems: [JSONProblem]) {
        self.file = file
        self.problems = problems
    }

    public init(file: String, message: String) {
        self.init(file: file, problems: [JSONProblem(path: .root, message: message)])
    }

    public var lines: [String] { problems.map { "\(file): \($0)" } }

    public var description: String { lines.joined(separator: "\n") }
}
