import Foundation
import JSONSupport
import TerminalCanvas
import Testing
@testable import ThemeCatalog

/// Theme files: the built-in ones load, are current in the binary and pass the schema; broken
/// ones get messages that name the path and the problem.
@Suite("Theme files")
struct ThemeFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let themeFiles = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Themes").path)) ?? [])
        .filter { $0.hasSuffix(".json") && $0 != "theme.schema.json" }.sorted()

    @Test func theSevenBuiltInThemesAreCompiledIn() {
        #expect(BuiltinThemes.all.map(\.name) == ["default", "light", "high-contrast", "mono", "ascii", "merah-putih", "okabe-ito"])
        #expect(BuiltinThemes.all.count == BuiltinThemes.files.count, "a built-in theme does not decode")
        #expect(Self.themeFiles.count == 7)
    }

    @Test(arguments: themeFiles)
    func everyThemeFileLoadsUnderItsOwnName(_ name: String) throws {
        let theme = try ThemeCatalog.load(path: Self.root.appendingPathComponent("Themes/\(name)").path)
        #expect(theme.name + ".json" == name)
        #expect(Set(theme.roles.keys) == Set(StyleRole.allCases))
    }

    @Test func theDefaultThemeFileIsTheStandardTheme() throws {
        let theme = try #require(BuiltinThemes.all.first { $0.name == "default" })
        #expect(theme.roles == Theme.standard.roles)
    }

    @Test func everyBuiltInThemeIsDescribedInBothLanguages() {
        for theme in BuiltinThemes.all {
            #expect(theme.description.indonesian?.isEmpty == false && theme.description.english?.isEmpty == false, "\(theme.name)")
            #expect(theme.description.indonesian != theme.description.english, "\(theme.name)")
        }
        #expect(BuiltinThemes.all.first?.description == Theme.standard.description)
    }

    @Test func theMonoThemesCarryMeaningWithoutColour() throws {
        for name in ["mono", "ascii"] {
            let theme = try #require(BuiltinThemes.all.first { $0.name == name })
            for depth in ColorDepth.allCases {
                for role in StyleRole.allCases {
                    let style = theme.style(role, depth: depth)
                    #expect(style.foreground == nil && style.background == nil, "\(name) \(role) \(depth)")
                }
            }
            #expect(theme.style(.selected, depth: .ansi256).attributes.contains(.reverse))
        }
        #expect(BuiltinThemes.all.first { $0.name == "ascii" }?.glyphs.forceASCII == true)
    }

    @Test func theBinaryHasTheCurrentThemeFiles() throws {
        #expect(try runPython(["scripts/embed-themes.py", "--check"]) == 0, "run python3 scripts/embed-themes.py")
    }

    @Test func everyThemeFilePassesTheSchemaAndTheContrastCheck() throws {
        #expect(try runPython(["scripts/check-themes.py"]) == 0, "see python3 scripts/check-themes.py")
    }

    func runPython(_ arguments: [String]) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        process.currentDirectoryURL = Self.root
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }
}

@Suite("Broken theme files")
struct BrokenThemeTests {
    /// A valid theme as text, to break one way per case.
    static let valid: String = {
        let roles = StyleRole.allCases.map { role in
            "\"\(role.rawValue)\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, \"16\": {\"fg\": 7, \"bg\": \"default\"}, \"8\": {\"fg\": 7, \"bg\": \"default\"}, \"attributes\": [], \"mono\": []}"
        }.joined(separator: ",\n    ")
        return "{\n  \"name\": \"test\",\n  \"description\": \"A test theme.\",\n  \"background\": \"dark\",\n  \"roles\": {\n    \(roles)\n  }\n}\n"
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var text: String
        var expected: [String]
        var testDescription: String { name }
    }

    static func replacing(_ target: String, with replacement: String) -> String {
        valid.replacingOccurrences(of: target, with: replacement)
    }

    static let cases: [Case] = [
        Case(name: "empty file", text: "", expected: ["the file is empty; expected a theme object"]),
        Case(name: "not JSON", text: "name: test", expected: ["invalid JSON: expected null, found 'n' (line 1, column 1)"]),
        Case(name: "truncated", text: String(valid.prefix(40)),
             expected: ["description: invalid JSON: unterminated string (the file ends inside it) (line 3, column 18)"]),
        Case(name: "unknown role", text: replacing("\"title\":", with: "\"titel\":"),
             expected: ["roles.titel: unknown role \"titel\"; the roles are " + StyleRole.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + " (line 11, column 14)"]),
        Case(name: "missing role", text: replacing("\"warning\": {", with: "\"x-warning\": {").replacingOccurrences(of: "\"x-warning\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, \"16\": {\"fg\": 7, \"bg\": \"default\"}, \"8\": {\"fg\": 7, \"bg\": \"default\"}, \"attributes\": [], \"mono\": []},\n    ", with: ""),
             expected: ["roles: missing role \"warning\"; a theme gives every role (line 5, column 12)"]),
        Case(name: "bad colour value", text: replacing("\"header\": {\"256\": {\"fg\": 250", with: "\"header\": {\"256\": {\"fg\": 300"),
             expected: ["roles.header.256.fg: expected a colour number 0–255 or \"default\", found 300 (line 8, column 30)"]),
        Case(name: "colour name instead of number", text: replacing("\"muted\": {\"256\": {\"fg\": 250", with: "\"muted\": {\"256\": {\"fg\": \"grey\""),
             expected: ["roles.muted.256.fg: expected a colour number 0–255 or \"default\", found \"grey\" (line 7, column 29)"]),
        Case(name: "8-colour value out of range", text: replacing("\"bad\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, \"16\": {\"fg\": 7, \"bg\": \"default\"}, \"8\": {\"fg\": 7", with: "\"bad\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, \"16\": {\"fg\": 7, \"bg\": \"default\"}, \"8\": {\"fg\": 9"),
             expected: ["roles.bad.8.fg: expected a colour number 0–7 or \"default\", found 9 (line 14, column 96)"]),
        Case(name: "missing fallback", text: replacing("\"good\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, \"16\": {\"fg\": 7, \"bg\": \"default\"}, ", with: "\"good\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, "),
             expected: ["roles.good: missing fallback for 16 colours (key \"16\") (line 12, column 13)"]),
        Case(name: "missing bg", text: replacing("\"border\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}", with: "\"border\": {\"256\": {\"fg\": 250}"),
             expected: ["roles.border.256: missing key \"bg\" (line 10, column 23)"]),
        Case(name: "unknown attribute", text: replacing("\"selected\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, \"16\": {\"fg\": 7, \"bg\": \"default\"}, \"8\": {\"fg\": 7, \"bg\": \"default\"}, \"attributes\": []", with: "\"selected\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}, \"16\": {\"fg\": 7, \"bg\": \"default\"}, \"8\": {\"fg\": 7, \"bg\": \"default\"}, \"attributes\": [\"blink\"]"),
             expected: ["roles.selected.attributes[0]: expected one of \"bold\", \"reverse\", \"underline\", \"dim\", found \"blink\" (line 9, column 137)"]),
        Case(name: "bad background", text: replacing("\"background\": \"dark\"", with: "\"background\": \"black\""),
             expected: ["background: expected one of \"dark\", \"light\", found \"black\" (line 4, column 17)"]),
        Case(name: "bad name", text: replacing("\"name\": \"test\"", with: "\"name\": \"My Theme\""),
             expected: ["name: expected a name of lower-case letters, digits and '-', found \"My Theme\" (line 2, column 11)"]),
        Case(name: "name other than the file's", text: replacing("\"name\": \"test\"", with: "\"name\": \"light\""),
             expected: ["name: expected \"test\", the file's name without .json, found \"light\" (line 2, column 11)"]),
        Case(name: "duplicate key", text: replacing("\"background\": \"dark\",", with: "\"background\": \"dark\", \"name\": \"test\","),
             expected: ["name: invalid JSON: duplicate key \"name\": first at name (line 2, column 3) (line 4, column 25)"]),
        Case(name: "duplicate key in a role", text: replacing("\"border\": {\"256\": {\"fg\": 250, \"bg\": \"default\"}", with: "\"border\": {\"256\": {\"fg\": 250, \"fg\": 251, \"bg\": \"default\"}"),
             expected: ["roles.border.256.fg: invalid JSON: duplicate key \"fg\": first at roles.border.256.fg (line 10, column 24) (line 10, column 35)"]),
        Case(name: "unknown top-level key", text: replacing("\"background\": \"dark\",", with: "\"background\": \"dark\", \"colours\": {},"),
             expected: ["colours: unknown key \"colours\"; expected $schema, name, description, background, roles or glyphs (line 4, column 36)"]),
        Case(name: "bad glyph", text: replacing("\"background\": \"dark\",", with: "\"background\": \"dark\", \"glyphs\": {\"border\": \"dotted\"},"),
             expected: ["glyphs.border: expected one of \"light\", \"rounded\", \"heavy\", \"double\", found \"dotted\" (line 4, column 46)"]),
        Case(name: "missing description", text: replacing("\"description\": \"A test theme.\",\n", with: ""),
             expected: ["missing key \"description\" (line 1, column 1)"]),
        Case(name: "description of a wrong type", text: replacing("\"A test theme.\"", with: "42"),
             expected: ["description: expected a string or an object {\"id\", \"en\"}, found the number 42 (line 3, column 18)"]),
        Case(name: "description in neither language", text: replacing("\"A test theme.\"", with: "{}"),
             expected: ["description: expected at least one of the keys \"id\" (Bahasa Indonesia) and \"en\" (English), found neither (line 3, column 18)"]),
        Case(name: "description in an unknown language", text: replacing("\"A test theme.\"", with: "{\"en\": \"A test theme.\", \"fr\": \"Un thème.\"}"),
             expected: ["description.fr: unknown key \"fr\"; expected \"id\" (Bahasa Indonesia) or \"en\" (English) (line 3, column 48)"]),
        Case(name: "description text of a wrong type", text: replacing("\"A test theme.\"", with: "{\"id\": [\"Tema uji.\"]}"),
             expected: ["description.id: expected a string, found an array (line 3, column 25)"]),
    ]

    @Test(arguments: cases)
    func givesAClearMessage(_ testCase: Case) {
        do {
            _ = try ThemeDecoder.decode(Array(testCase.text.utf8), file: "themes/test.json")
            Issue.record("\(testCase.name) was accepted")
        } catch {
            #expect(error.problems.map(\.description) == testCase.expected)
            #expect(error.lines.allSatisfy { $0.hasPrefix("themes/test.json: ") })
        }
    }

    @Test func theValidFixtureLoads() throws {
        let theme = try ThemeDecoder.decode(Array(Self.valid.utf8), file: "test.json")
        #expect(theme.name == "test")
        #expect(theme.description == ThemeDescription(english: "A test theme."), "a plain string is English")
    }

    @Test(arguments: [
        ("{\"id\": \"Tema uji.\", \"en\": \"A test theme.\"}", ThemeDescription(indonesian: "Tema uji.", english: "A test theme.")),
        ("{\"id\": \"Tema uji.\"}", ThemeDescription(indonesian: "Tema uji.", english: nil)),
        ("{\"en\": \"A test theme.\"}", ThemeDescription(english: "A test theme.")),
    ])
    func aDescriptionMayGiveEitherLanguageOrBoth(_ json: String, _ expected: ThemeDescription?) throws {
        let text = Self.replacing("\"A test theme.\"", with: json)
        #expect(try ThemeDecoder.decode(Array(text.utf8), file: "test.json").description == expected)
    }

    @Test func aBrokenChoiceFallsBackToDefaultAndSaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let broken = folder.appendingPathComponent("test.json")
        try Self.replacing("\"fg\": 250", with: "\"fg\": -1").write(to: broken, atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(userFolder: folder.path)
        #expect(catalog.problems.count == 1)
        let (theme, problem) = ThemeSettings.startingTheme(option: broken.path, catalog: catalog)
        #expect(theme.name == "default")
        #expect(problem?.lines.first?.hasPrefix("\(broken.path): roles.text.256.fg: expected a colour number 0–255") == true)
    }

    @Test func userThemesAppearBesideTheBuiltIns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-themes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.replacing("\"name\": \"test\"", with: "\"name\": \"my-light\"").write(to: folder.appendingPathComponent("my-light.json"),
                                                                                      atomically: true, encoding: .utf8)
        let catalog = ThemeCatalog(userFolder: folder.path)
        #expect(catalog.names.last == "my-light")
        #expect(try catalog.resolve("my-light").name == "my-light")
        #expect(throws: JSONFileError.self) { try catalog.resolve("no-such-theme") }
    }
}
