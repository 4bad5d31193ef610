import Foundation
import Testing

/// Themes as a user meets them in tmux: chosen on the command line, switched live, degraded by
/// NO_COLOR and an 8-colour TERM, and a copied theme file picked up from the user's folder.
@Suite("Themes in tmux", .enabled(if: Tmux.isInstalled))
struct ThemeTmuxTests {
    /// A config folder of its own, so that the user's real settings are never read or written.
    static func configFolder() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("mppdash/themes"), withIntermediateDirectories: true)
        return folder.path
    }

    @Test(arguments: [["--theme", "light"], ["--theme", "mono"], ["--theme", "high-contrast"], ["--theme", "ascii"]])
    func aThemeGivesAReadableScreen(_ arguments: [String]) throws {
        let config = try Self.configFolder()
        defer { try? FileManager.default.removeItem(atPath: config) }
        let tmux = try Tmux([MPPDash.executable] + arguments, environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": config],
                            columns: 100, rows: 30)
        let (found, screen) = tmux.waitFor("dari 509")
        #expect(found, "\(screen)")
        #expect(screen.contains(arguments[1] == "ascii" ? "+ Cakupan nasional -" : "Cakupan nasional"))
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
    }

    @Test(arguments: [["NO_COLOR": "1"], ["TERM": "xterm"]])
    func noColorAndEightColoursStayReadable(_ environment: [String: String]) throws {
        let config = try Self.configFolder()
        defer { try? FileManager.default.removeItem(atPath: config) }
        let tmux = try Tmux([MPPDash.executable, "--theme", "merah-putih"],
                            environment: environment.merging(["LANG": "C.UTF-8", "XDG_CONFIG_HOME": config]) { first, _ in first },
                            columns: 100, rows: 30)
        #expect(tmux.waitFor("dari 509").found)
        tmux.sendKeys("2", literal: true)
        #expect(tmux.waitFor("Sumatera Utara").found)
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
    }

    /// Copy a built-in theme into the user's folder, rename it, and it is listed and offered by
    /// the palette; `t` and `:theme save` switch and remember it.
    @Test func aCopiedThemeAppearsAndCanBeSaved() throws {
        let config = try Self.configFolder()
        defer { try? FileManager.default.removeItem(atPath: config) }
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let light = try String(contentsOf: root.appendingPathComponent("Themes/light.json"), encoding: .utf8)
        try light.replacingOccurrences(of: "\"name\": \"light\"", with: "\"name\": \"my-light\"")
            .write(toFile: config + "/mppdash/themes/my-light.json", atomically: true, encoding: .utf8)

        let list = try Tmux([MPPDash.executable, "themes"], environment: ["XDG_CONFIG_HOME": config], columns: 120, rows: 20)
        let (listed, listing) = list.waitFor("my-light")
        #expect(listed && listing.contains("my-light      milik Anda"), "in the interface language: \(listing)")

        let tmux = try Tmux([MPPDash.executable], environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": config], columns: 100, rows: 30)
        #expect(tmux.waitFor("dari 509").found)
        tmux.sendKeys(":theme my", literal: true)
        var (found, screen) = tmux.waitFor("Tema my-light")
        #expect(found, "the palette offers the copied theme:\n\(screen)")
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitFor("Tema: my-light")
        #expect(found, "\(screen)")
        tmux.sendKeys(":theme save", literal: true)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitFor("disimpan di")
        #expect(found, "\(screen)")
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
        let saved = try String(contentsOfFile: config + "/mppdash/config.json", encoding: .utf8)
        #expect(saved.contains("\"theme\": \"my-light\""))
    }

    @Test func aBrokenThemeStartsWithDefaultAndSaysWhy() throws {
        let config = try Self.configFolder()
        defer { try? FileManager.default.removeItem(atPath: config) }
        try "{\"name\": \"broken\"}".write(toFile: config + "/broken.json", atomically: true, encoding: .utf8)
        let tmux = try Tmux([MPPDash.executable, "--theme", config + "/broken.json"],
                            environment: ["LANG": "C.UTF-8", "XDG_CONFIG_HOME": config], columns: 160, rows: 30)
        let (found, screen) = tmux.waitFor("Tema tidak bisa dipakai (\(config)/broken.json: missing key \"description\"")
        #expect(found, "\(screen)")
        #expect(screen.contains("dari 509"))
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
    }
}
