import Foundation
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
              let names = try? FileManager.default.contentsOfDirectory(atPath: userFolder) else { return }
        for name in names.sorted() where name.hasSuffix(".json") {
            let path = (userFolder as NSString).appendingPathComponent(name)
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
        let environment = ProcessInfo.processInfo.environment
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return (xdg as NSString).appendingPathComponent("mppdash") }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return (home as NSString).appendingPathComponent(".config/mppdash")
    }

    public static var configFile: String? { configFolder.map { ($0 as NSString).appendingPathComponent("config.json") } }

    public static var userThemesFolder: String? { configFolder.map { ($0 as NSString).appendingPathComponent("themes") } }

    /// The theme to start with, and the problem that made it fall back to `default`, if any.
    public static func startingTheme(option: String?, catalog: ThemeCatalog) -> (theme: Theme, problem: JSONFileError?) {
        let environment = ProcessInfo.processInfo.environment["MPPDASH_THEME"].flatMap { $0.isEmpty ? nil : $0 }
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
        guard let file = configFile, FileManager.default.fileExists(atPath: file) else { return nil }
        let bytes = try RegularFile.contents(of: file, kind: "config file")
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            throw JSONFileError(file: file, message: "invalid JSON: \((error as NSError).localizedDescription)")
        }
        guard let dictionary = object as? [String: Any] else { throw JSONFileError(file: file, message: "expected an object") }
        guard let theme = dictionary["theme"] else { return nil }
        guard let name = theme as? String else {
            throw JSONFileError(file: file, problems: [JSONProblem(path: JSONPath().appending(key: "theme"), message: "expected a string")])
        }
        return name
    }

    /// Saves the theme name in the config file, keeping its other keys; returns the file.
    public static func saveThemeName(_ name: String) throws(JSONFileError) -> String {
        guard let folder = configFolder, let file = configFile else {
            throw JSONFileError(file: "config.json", message: "no HOME or XDG_CONFIG_HOME to keep the settings in")
        }
        var settings: [String: JSONValue] = [:]
        if let data = FileManager.default.contents(atPath: file),
           let existing = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for (key, value) in existing { if let text = value as? String { settings[key] = .string(text) } }
        }
        settings["theme"] = .string(name)
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try Data(CanonicalJSON.encode(.object(settings))).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            throw JSONFileError(file: file, message: "cannot save: \((error as NSError).localizedDescription)")
        }
        return file
    }
}
