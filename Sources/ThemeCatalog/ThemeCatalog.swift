public import JSONSupport
public import TerminalCanvas

/// The themes a user can choose: the built-in ones (compiled in, so a copied binary has them)
/// and the user's own files in `$XDG_CONFIG_HOME/mppdash/themes/*.json`, in name order after the
/// built-ins. A user file that does not load is left out and its problems are kept.
public struct ThemeCatalog: Sendable {
    public private(set) var themes: [Theme]
    /// The problems of user theme files that could not be loaded.
    public private(set) var problems: [JSONFileError]

    public init(builtins: [Theme] = BuiltinThemes.all, userFolder: String? = ThemeSettings.userThemesFolder) {
        themes = builtins
        problems = []
        guard let userFolder,
              let names = FileSystem.names(inFolder: userFolder) else { return }
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = FileSystem.join(userFolder, name)
            do throws(JSONFileError) {
                let theme = try ThemeCatalog.load(path: path)
                themes.removeAll { $0.name == theme.name }
                themes.append(theme)
            } catch {
                problems.append(error)
            }
        }
    }

    public var names: [String] { themes.map(\.name) }

    public func theme(named name: String) -> Theme? { themes.first { $0.name == name } }

    /// Reads and checks one theme file.
    public static func load(path: String) throws(JSONFileError) -> Theme {
        try ThemeDecoder.decode(RegularFile.contents(of: path, kind: "theme file"), file: path)
    }

    /// A theme by name, or by path when the text names a file (it contains `/` or ends in `.json`).
    public func resolve(_ nameOrPath: String) throws(JSONFileError) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".json") { return try ThemeCatalog.load(path: nameOrPath) }
        guard let theme = theme(named: nameOrPath) else {
            throw JSONFileError(file: nameOrPath, message: "no theme of this name; the themes are \(names.joined(separator: ", "))")
        }
        return theme
    }
}

/// Which theme to start with, and where the user's files live.
///
/// The choice is `--theme`, then `MPPDASH_THEME`, then the `theme` of
/// `$XDG_CONFIG_HOME/mppdash/config.json` (`~/.config` without XDG_CONFIG_HOME), then `default`.
/// A choice that cannot be loaded falls back to `default` with the reason, so the dashboard
/// always starts readable.
public enum ThemeSettings {
    public static var configFolder: String? {
        if let xdg = FileSystem.environment("XDG_CONFIG_HOME"), !xdg.isEmpty { return FileSystem.join(xdg, "mppdash") }
        guard let home = FileSystem.environment("HOME"), !home.isEmpty else { return nil }
        return FileSystem.join(home, ".config/mppdash")
    }

    public static var configFile: String? { configFolder.map { FileSystem.join($0, "config.json") } }

    public static var userThemesFolder: String? { configFolder.map { FileSystem.join($0, "themes") } }

    /// The theme to start with, and the problem that made it fall back to `default`, if any.
    public static func startingTheme(option: String?, catalog: ThemeCatalog) -> (theme: Theme, problem: JSONFileError?) {
        let environment = FileSystem.environment("MPPDASH_THEME").flatMap { $0.isEmpty ? nil : $0 }
        var configured: String?
        var configProblem: JSONFileError?
        do {
            configured = try savedThemeName()
        } catch {
            configProblem = error
        }
        guard let choice = option ?? environment ?? configured else {
            return (catalog.theme(named: "default") ?? .standard, configProblem)
        }
        do {
            return (try catalog.resolve(choice), nil)
        } catch {
            return (catalog.theme(named: "default") ?? .standard, error)
        }
    }

    /// The `theme` saved in the config file; nil when there is no file or no theme in it.
    public static func savedThemeName() throws(JSONFileError) -> String? {
        guard let file = configFile, FileSystem.exists(file) else { return nil }
        return try settings(RegularFile.contents(of: file, kind: "config file"), file: file)["theme"]
    }

    /// The string settings of a config file (other values are left out). The file is checked
    /// like a theme: a JSON object, no key twice, `theme` a string; every problem names its line
    /// and column.
    static func settings(_ bytes: [UInt8], file: String) throws(JSONFileError) -> [String: String] {
        try JSONDocument.decode(bytes, file: file, kind: "settings") { reader, decoding in
            var settings: [String: String] = [:]
            let isObject = try decoding.object(&reader) { reader, key in
                let kind = try reader.peekKind()
                if key == "theme" || kind == .string {
                    settings[key.string] = try decoding.string(&reader)
                } else {
                    try reader.skipValue()
                }
            }
            return isObject ? settings : nil
        }
    }

    /// What `saveThemeName` did: the file written, and where a config file that could not be
    /// read was kept before it was replaced.
    public struct Saved: Sendable {
        public var file: String
        public var backup: String?
    }

    /// Saves the theme name in the config file, keeping its other string settings. A config file
    /// whose text is not valid (broken JSON, a duplicate key, `theme` not a string) is never lost:
    /// it is kept as `config.json.bak` and replaced by one holding only the theme. One that cannot
    /// be read at all (not a regular file, too large, no permission) is left alone and the save
    /// refused. The write is atomic (`AtomicFile`).
    public static func saveThemeName(_ name: String, in configFile: String? = configFile) throws(JSONFileError) -> Saved {
        guard let file = configFile else {
            throw JSONFileError(file: "config.json", message: "no HOME or XDG_CONFIG_HOME to keep the settings in")
        }
        let folder = FileSystem.split(file).folder
        var settings: [String: JSONValue] = [:]
        var broken = false
        if FileSystem.exists(file) {
            let bytes = try RegularFile.contents(of: file, kind: "config file")
            do {
                for (key, value) in try Self.settings(bytes, file: file) { settings[key] = .string(value) }
            } catch {
                broken = true
            }
        }
        settings["theme"] = .string(name)
        try FileSystem.makeFolders(folder)
        try AtomicFile.replace(file, with: CanonicalJSON.encode(.object(settings)), kind: "config file", keepBackup: broken)
        return Saved(file: file, backup: broken ? file + ".bak" : nil)
    }
}
