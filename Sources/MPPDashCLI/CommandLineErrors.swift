import ArgumentParser

/// How `mppdash` reports a usage error: with the usage of the command that was given (not the
/// top-level one), and for an unknown command name the nearest one.
enum CommandLineErrors {
    /// The command a mistyped `name` most likely meant: the nearest of `names` by edit distance,
    /// when it is close enough (at most 2 edits, or a third of the name's length); the first of
    /// equally near names.
    static func nearest(to name: String, in names: [String]) -> String? {
        let typed = name.lowercased()
        let limit = max(2, typed.count / 3)
        let scored = names.map { (name: $0, distance: editDistance(typed, $0)) }.filter { $0.distance <= limit }
        return scored.min { $0.distance < $1.distance }?.name
    }

    /// The Levenshtein distance: insertions, deletions and substitutions of one character.
    static func editDistance(_ source: String, _ target: String) -> Int {
        let source = Array(source), target = Array(target)
        var previous = Array(0...target.count)
        for (row, character) in source.enumerated() {
            var current = [row + 1]
            for (column, other) in target.enumerated() {
                current.append(min(previous[column + 1] + 1, current[column] + 1, previous[column] + (character == other ? 0 : 1)))
            }
            previous = current
        }
        return previous[target.count]
    }

    /// The error for `arguments` that did not parse because a command name is unknown, naming the
    /// nearest command; nil when every name given is a command (the error is then another).
    static func unknownCommand(in arguments: [String], root: any ParsableCommand.Type) -> (group: any ParsableCommand.Type, error: ValidationError)? {
        var group = root
        for argument in arguments {
            let subcommands = group.configuration.subcommands
            guard !subcommands.isEmpty, !argument.hasPrefix("-"), argument != "help" else { return nil }
            if let next = subcommands.first(where: { $0._commandName == argument }) {
                group = next
                continue
            }
            let names = subcommands.map { $0._commandName }
            let hint = nearest(to: argument, in: names).map { "did you mean '\($0)'?" }
                ?? "the commands are \(names.joined(separator: ", "))"
            return (group, ValidationError("unknown command '\(argument)'; \(hint)"))
        }
        return nil
    }

    /// The names from `root` down to `command`: `["mppdash", "themes", "list"]`.
    static func path(to command: any ParsableCommand.Type, from root: any ParsableCommand.Type) -> [String]? {
        if command == root { return [root._commandName] }
        for subcommand in root.configuration.subcommands {
            if let path = path(to: command, from: subcommand) { return [root._commandName] + path }
        }
        return nil
    }

    /// Prints `error` with the usage of `command` as argument-parser does for a parsing error, and exits 64.
    static func exit(_ error: ValidationError, command: any ParsableCommand.Type, root: any ParsableCommand.Type) -> Never {
        let name = (path(to: command, from: root) ?? [root._commandName]).joined(separator: " ")
        let usage = command == root ? root.usageString() : root.usageString(for: command)
        Output.error("Error: \(error.message)\nUsage: \(usage)\n  See '\(name) --help' for more information.")
        root.exit(withError: ExitCode.validationFailure)
    }
}
