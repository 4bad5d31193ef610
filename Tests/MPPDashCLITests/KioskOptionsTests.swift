import ArgumentParser
import DashboardModel
@testable import MPPDashCLI
import Testing

/// `mppdash --kiosk` and its options: what they are read as, and the errors for bad values.
@Suite("The kiosk's options")
struct KioskOptionsTests {
    func kiosk(_ arguments: [String]) throws -> Kiosk? {
        try DashboardCommand.parse(arguments).kiosk.settings()
    }

    /// The message argument-parser prints for arguments that do not parse.
    func error(_ arguments: [String]) -> String {
        do {
            _ = try DashboardCommand.parse(arguments)
            return "parsed"
        } catch {
            return DashboardCommand.message(for: error)
        }
    }

    @Test func theDefaults() throws {
        let kiosk = try #require(try kiosk(["--kiosk"]))
        #expect(kiosk.screens == [.overview, .map, .provinces, .timeline])
        #expect(kiosk.cycle == .seconds(20) && kiosk.resumeAfter == .seconds(60) && !kiosk.quitKey)
        #expect(try self.kiosk([]) == nil)
    }

    @Test func everyOption() throws {
        let kiosk = try #require(try kiosk(["--kiosk", "--cycle", "1m30s", "--screens", "map, Timeline,conflicts,map",
                                            "--resume-after", "2m", "--kiosk-quit-key", "--lang", "en", "--theme", "high-contrast"]))
        #expect(kiosk.screens == [.map, .timeline, .conflicts, .map])
        #expect(kiosk.cycle == .seconds(90) && kiosk.resumeAfter == .seconds(120) && kiosk.quitKey)
        #expect(try self.kiosk(["--kiosk", "--cycle", "1s"])?.cycle == .seconds(1))
        #expect(try self.kiosk(["--kiosk", "--snapshot", "x.json"])?.cycle == .seconds(20))
    }

    @Test(arguments: [
        (["--kiosk", "--cycle", "20"], "expected a duration such as 20s, 1m, 1m30s or 500ms for --cycle, found \"20\""),
        (["--kiosk", "--cycle", "fast"], "expected a duration such as 20s, 1m, 1m30s or 500ms for --cycle, found \"fast\""),
        (["--kiosk", "--cycle", "500ms"], "--cycle must be at least 1s, found \"500ms\""),
        (["--kiosk", "--resume-after", "30s1m"], "expected a duration such as 20s, 1m, 1m30s or 500ms for --resume-after, found \"30s1m\""),
        (["--kiosk", "--screens", "overview,maps"],
         "unknown screen \"maps\" in --screens \"overview,maps\"; the screens are overview, provinces, regions, timeline, digital, islands, conflicts, map"),
        (["--kiosk", "--screens", "overview,,map"], "unknown screen an empty name in --screens \"overview,,map\""),
        (["--cycle", "20s"], "--cycle is an option of the kiosk: add --kiosk"),
        (["--kiosk-quit-key"], "--kiosk-quit-key is an option of the kiosk: add --kiosk"),
    ])
    func badValuesAreClearErrors(_ arguments: [String], _ message: String) {
        let text = error(arguments)
        #expect(text.contains(message), "\(text)")
    }

    @Test func aBadScreenExitsWithAUsageError() throws {
        let result = try CommandRunner.run(["--kiosk", "--screens", "overview,mpa"])
        #expect(result.status == 64)
        #expect(result.error.hasPrefix("Error: unknown screen \"mpa\" in --screens \"overview,mpa\"; the screens are overview, "), "\(result.error)")
        #expect(result.error.contains("Usage: mppdash dashboard "), "\(result.error)")
    }
}
