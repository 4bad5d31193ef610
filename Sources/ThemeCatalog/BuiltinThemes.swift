public import TerminalCanvas

/// The themes compiled into the binary from `Themes/*.json` (scripts/embed-themes.py).
public enum BuiltinThemes {
    /// Every built-in theme, decoded once; a built-in file that does not decode is a build
    /// mistake that the tests catch, and is left out here rather than crashing.
    public static let all: [Theme] = files.compactMap { entry in
        try? ThemeDecoder.decode(Array(entry.json.utf8), file: "Themes/\(entry.name).json")
    }
}
