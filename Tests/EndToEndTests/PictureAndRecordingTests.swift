import Foundation
import Glibc
import Testing

/// `mppdash render --format svg` opened by a real renderer (rsvg-convert), and `--record` read
/// back as the asciicast v2 file a player reads.
@Suite("Pictures and recordings")
struct PictureAndRecordingTests {
    static let rsvgConvert: String? = ["/usr/bin/rsvg-convert", "/usr/local/bin/rsvg-convert"].first { access($0, X_OK) == 0 }

    /// The Overview's SVG, rendered twice and converted to PNG: the same picture both times, as
    /// large as the grid in pixels (80 × 9 by 24 × 18).
    @Test(.enabled(if: rsvgConvert != nil)) func theSVGOpensInARealRendererAsTheSamePictureEveryTime() throws {
        let folder = try ScratchFolder()
        var pictures: [[UInt8]] = []
        for number in 1...2 {
            let svg = folder.path("overview-\(number).svg")
            let png = folder.path("overview-\(number).png")
            #expect(try run([MPPDash.executable, "render", "--format", "svg", "--size", "80x24", "--output", svg]) == .exited(0))
            #expect(try run([Self.rsvgConvert!, svg, "-o", png]) == .exited(0))
            pictures.append(try Files.bytes(png))
        }
        #expect(pictures[0] == pictures[1])
        let png = pictures[0]
        try #require(png.count > 24 && png.starts(with: [0x89, 0x50, 0x4E, 0x47]), "not a PNG")
        let number = { (offset: Int) in png[offset..<(offset + 4)].reduce(0) { $0 << 8 | Int($1) } }
        #expect(number(16) == 720 && number(20) == 432, "the PNG is \(number(16))×\(number(20))")
    }

    /// A short session with `--record`: the Provinces, a resize, quit. The file is an asciicast
    /// v2 recording: a header with the size, then events in time order whose output draws the
    /// Overview and the Provinces, and the resize as an "r" event.
    @Test(.enabled(if: Tmux.isInstalled)) func aRecordedSessionIsAnAsciicast() throws {
        let folder = try ScratchFolder()
        let cast = folder.path("session.cast")
        let tmux = try Tmux([MPPDash.executable, "--record", cast], environment: ["LANG": "C.UTF-8"], columns: 80, rows: 24)
        #expect(tmux.waitFor("Cakupan nasional").found)
        tmux.sendKeys("2", literal: true)
        #expect(tmux.waitFor("Kode Provinsi").found)
        tmux.resize(columns: 100, rows: 30)
        #expect(tmux.waitUntil { $0.split(separator: "\n").contains { $0.count > 80 } }.found)
        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)

        let lines = Files.text(cast).split(separator: "\n").map { Data($0.utf8) }
        try #require(lines.count >= 4, "\(lines.count) lines")
        let header = try #require(try JSONSerialization.jsonObject(with: lines[0]) as? [String: Any])
        #expect(Set(header.keys) == ["version", "width", "height", "timestamp"])
        #expect(header["version"] as? Int == 2 && header["width"] as? Int == 80 && header["height"] as? Int == 24)
        var times: [Double] = []
        var output = ""
        var resizes: [String] = []
        for line in lines.dropFirst() {
            let event = try #require(try JSONSerialization.jsonObject(with: line) as? [Any])
            try #require(event.count == 3, "\(event)")
            let time = try #require(event[0] as? Double ?? (event[0] as? Int).map(Double.init))
            let text = try #require(event[2] as? String)
            times.append(time)
            switch event[1] as? String {
            case "o": output += text
            case "r": resizes.append(text)
            default: Issue.record("an event of an unknown type: \(event)")
            }
        }
        #expect(times == times.sorted() && times.allSatisfy { $0 >= 0 })
        #expect(output.contains("Dasbor MPP") && output.contains("Ringkasan") && output.contains("Kode Provinsi"))
        #expect(resizes == ["100x30"])
    }

    /// Runs `arguments` to its end, output thrown away; its exit status.
    private func run(_ arguments: [String]) throws -> ExitStatus? {
        let pid = try Spawn.locked {
            try Spawn.spawn(arguments, environment: MPPDash.environment(), newSession: false) { actions in
                posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
                posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            }
        }
        return Spawn.waitForExit(pid, timeout: .seconds(30))
    }
}
