import Foundation
import JSONSupport
import Testing
@testable import ThemeCatalog

/// The config file (`config.json`): read strictly, with line and column, and never lost when
/// `:theme save` replaces one that is broken.
@Suite("Config file")
struct ConfigFileTests {
    let folder: String

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-config-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    private func write(_ text: String) throws -> String {
        let file = folder + "/config.json"
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        return file
    }

    @Test func readsTheThemeAndKeepsOtherStringSettings() throws {
        let file = try write("{\"theme\": \"light\", \"note\": \"mine\", \"size\": [1, 2]}")
        let saved = try ThemeSettings.saveThemeName("mono", in: file)
        #expect(saved.backup == nil)
        let settings = try ThemeSettings.settings(Array(Data(contentsOf: URL(fileURLWithPath: file))), file: file)
        #expect(settings == ["theme": "mono", "note": "mine"])
        #expect(!FileManager.default.fileExists(atPath: file + ".bak"))
        try FileManager.default.removeItem(atPath: folder)
    }

    @Test(arguments: [
        ("{\"theme\": \"light\",\n \"theme\": \"mono\"}",
         "theme: invalid JSON: duplicate key \"theme\": first at theme (line 1, column 2) (line 2, column 2)"),
        ("{\"theme\": \"light\",\n \"x\": }", "x: invalid JSON: expected a value, found '}' (line 2, column 7)"),
        ("{\"theme\": 7}", "theme: expected a string, found the number 7 (line 1, column 11)"),
    ])
    func problemsNameTheLineAndColumn(text: String, problem: String) throws {
        let file = try write(text)
        #expect {
            try ThemeSettings.settings(Array(text.utf8), file: file)
        } throws: { error in
            (error as? JSONFileError)?.lines == ["\(file): \(problem)"]
        }
        try FileManager.default.removeItem(atPath: folder)
    }

    /// A broken config is kept byte for byte as `config.json.bak` before the theme is saved.
    @Test func savingOverABrokenConfigKeepsItAsABackup() throws {
        let broken = "{\"theme\": \"light\", \"theme\": \"mono\", "
        let file = try write(broken)
        let saved = try ThemeSettings.saveThemeName("okabe-ito", in: file)
        #expect(saved.backup == file + ".bak")
        #expect(try String(contentsOfFile: file + ".bak", encoding: .utf8) == broken)
        #expect(try ThemeSettings.settings(Array(Data(contentsOf: URL(fileURLWithPath: file))), file: file) == ["theme": "okabe-ito"])
        try FileManager.default.removeItem(atPath: folder)
    }
}
