import Foundation
import Testing

/// `e` on every screen, as an official exports what is on the screen: each writes a file with
/// rows, and the status bar says where, with the full path.
@Suite("Exporting every screen", .enabled(if: Tmux.isInstalled))
struct ExportJourneyTests {
    @Test func eOnEveryScreenWritesAFileWithRowsAndSaysWhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try Tmux(["sh", "-c", "cd '\(folder.path)' && exec '\(MPPDash.executable)'"],
                            environment: ["LANG": "C.UTF-8", "MPPDASH_TODAY": "2026-11-29"], columns: 160, rows: 40)
        #expect(tmux.waitFor("Cakupan nasional").found)
        var written: [String] = []
        // Every top-level screen by its number, then an MPP's page (Provinces → Aceh → its first MPP).
        let steps: [[String]] = (1...7).map { [String($0)] } + [["2", "Enter", "Enter"]]
        for keys in steps {
            for key in keys { tmux.sendKeys(key, literal: key.count == 1) }
            tmux.sendKeys("e", literal: true)
            let (found, screen) = tmux.waitUntil { screen in
                screen.contains("Ditulis: \(folder.path)/") && !written.contains { screen.contains($0) }
            }
            #expect(found, "after \(keys) the status bar names the file with its full path:\n\(screen)")
            guard let line = screen.split(separator: "\n").first(where: { $0.contains("Ditulis: \(folder.path)/") }),
                  let range = line.range(of: folder.path + "/") else { continue }
            let name = String(line[range.upperBound...].prefix { !$0.isWhitespace && $0 != "·" })
            written.append(name)
            let contents = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(contents.split(separator: "\n").count >= 2, "\(name) has a header and rows")
        }
        #expect(Set(written).count == 8, "one file per screen: \(written)")
        for _ in 0..<4 { tmux.sendKeys("q", literal: true) }
        #expect(tmux.waitForExit() == 0)
    }
}
