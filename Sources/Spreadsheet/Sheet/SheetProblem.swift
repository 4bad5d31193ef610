/// One thing wrong with a spreadsheet file: where (the file, the line a record starts on, the
/// column as its header names it) and what was expected and found.
public struct SheetProblem: Hashable, Sendable, CustomStringConvertible {
    public var file: String
    /// The line the record starts on (the header is line 1); nil for the whole file.
    public var line: Int?
    /// The column as the file's header names it; nil for the whole record or file.
    public var column: String?
    public var message: String

    public init(file: String, line: Int?, column: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `FILE:LINE: column NAME: message`, without the parts that are not known.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ": column \(column)" }
        return text + ": " + message
    }
}

/// Why a spreadsheet cannot be read or imported: every problem found, in the order of the file.
public struct SheetError: Error, Hashable, Sendable, CustomStringConvertible {
    public var problems: [SheetProblem]

    public init(problems: [SheetProblem]) {
        self.problems = problems
    }

    /// One line per problem.
    public var description: String {
        problems.map(\.description).joined(separator: "\n")
    }
}
