import Foundation
import Testing

/// End-to-end tests of the command line: the real binary, its output and its exit codes.
@Suite("mppdash on the command line")
struct CommandLineTests {
    func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func temporaryFolder() throws -> URL {
        try CommandRunner.temporaryFolder("mppdash-cli")
    }

    @Test func summaryAsJSONReportsTheNationalFigures() throws {
        let result = try CommandRunner.run(["summary", "--format", "json"])
        #expect(result.status == 0)
        let summary = try json(result.output)
        #expect(summary["asOf"] as? String == CommandRunner.today, "today by default")
        #expect(summary["provinces"] as? Int == 38)
        #expect(summary["regions"] as? Int == 514)
        #expect(summary["autonomousRegions"] as? Int == 508)
        #expect(summary["denominator"] as? Int == 509)
        #expect(summary["namedMalls"] as? Int == 244)
        #expect(summary["reportedTotal"] as? Int == 305)
        #expect(summary["reportedTotalReporter"] as? String == "kemenpanrb")
        #expect(summary["reportedTotalDate"] as? String == "2025-12-15")
        #expect(summary["gap"] as? Int == 61)
        #expect(summary["claimCoveredUnits"] as? Int == 10)
        #expect(summary["unplaced"] as? Int == 51)
        #expect(summary["snapshotDate"] as? String == "2026-01-31")
        #expect(summary["dataStale"] as? Bool == true)
        let coverage = try #require(summary["coverage"] as? Double)
        #expect(abs(coverage - 244.0 / 509.0) < 0.000_001)
        let digital = try #require(summary["digital"] as? [String: Any])
        #expect(digital["pilot"] as? Int == 20 && digital["committed"] as? Int == 1 && digital["live"] as? Int == 2)
        #expect(digital["locus"] is NSNull, "not recorded per region: null, never 0")
        let provinces = try #require(summary["byProvince"] as? [[String: Any]])
        #expect(provinces.count == 38)
        let jakarta = try #require(provinces.first { $0["code"] as? String == "31" })
        #expect(jakarta["name"] as? String == "DK Jakarta")
        #expect(jakarta["regions"] as? Int == 6)
        #expect(jakarta["withMall"] as? Int == 1)
        #expect(jakarta["coverage"] as? Double == 1.0)
        #expect(provinces.reduce(0) { $0 + ($1["withMall"] as? Int ?? 0) } == 244)
        let jatim = try #require(provinces.first { $0["code"] as? String == "35" })
        #expect(jatim["claimCovered"] as? Int == 10 && jatim["noMallPerSource"] as? Int == 3)
    }

    @Test func theDefaultDayIsTheClocksToday() throws {
        let result = try CommandRunner.run(["summary", "--format", "json"], environment: ["MPPDASH_TODAY": nil])
        #expect(result.status == 0)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        let today = String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
        #expect(try json(result.output)["asOf"] as? String == today)
    }

    @Test func aDayAfterTodayIsRefusedEverywhere() throws {
        for command in [["summary"], ["render"], ["export", "--format", "csv"], ["dashboard"]] {
            let result = try CommandRunner.run(command + ["--as-of", "2026-11-30"])
            #expect(result.status == 64, "\(command)")
            #expect(result.error.contains("--as-of 2026-11-30 is after today (2026-11-29)"), "\(command): \(result.error)")
        }
        let badToday = try CommandRunner.run(["summary"], environment: ["MPPDASH_TODAY": "tomorrow"])
        #expect(badToday.status == 64)
        #expect(badToday.error.contains("expected a day as YYYY-MM-DD in MPPDASH_TODAY, found \"tomorrow\""))
    }

    @Test func summaryRecomputesForAnEarlierDay() throws {
        let result = try CommandRunner.run(["summary", "--format", "json", "--as-of", "2023-12-31"])
        #expect(result.status == 0)
        let summary = try json(result.output)
        #expect(summary["asOf"] as? String == "2023-12-31")
        #expect(summary["reportedTotal"] as? Int == 175)
        let named = try #require(summary["namedMalls"] as? Int)
        #expect(named > 50 && named < 175)
    }

    @Test func summaryTextSpeaksBothLanguages() throws {
        let indonesian = try CommandRunner.run(["summary"])
        #expect(indonesian.status == 0)
        #expect(indonesian.output.contains("Cakupan"))
        #expect(indonesian.output.contains("305 (KemenPAN-RB, 15 Des 2025; 59,9% dari 509)"))
        #expect(indonesian.output.contains("244 dari 509 (47,9%)"))
        #expect(indonesian.output.contains("data terakhir 31 Januari 2026) (lama)"))
        #expect(indonesian.output.contains("belum ada MPP menurut sumber 38"))
        #expect(indonesian.output.contains("Per tanggal 29 November 2026"))
        let english = try CommandRunner.run(["summary", "--lang", "en"])
        #expect(english.output.contains("305 (KemenPAN-RB, 15 Dec 2025; 59.9% of 509)"))
        #expect(english.output.contains("244 of 509 (47.9%)"))
        #expect(english.output.contains("latest data 31 January 2026) (stale)"))
        #expect(english.output.contains("no MPP per a source 38"))
        let disputed = try CommandRunner.run(["summary", "--lang", "en", "--as-of", "2024-05-01"])
        #expect(disputed.output.contains("191 / 192 ! (KemenPAN-RB, 7 Mar 2024"))
        #expect(disputed.output.contains("[total-2024-03-07]"), "the conflicts behind the figures are listed")
        #expect(english.output.contains("As of 29 November 2026"))
    }

    @Test func summaryAsCSVHasAProvinceTable() throws {
        let result = try CommandRunner.run(["summary", "--format", "csv"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        #expect(lines.count == 39)
        #expect(lines.first == "code,name,island_group,regions,autonomous_regions,units,with_mall,uncertain,claim_covered,no_mall_per_source,not_on_record,coverage,known_coverage,named_malls,digital")
        #expect(lines.contains("31,DK Jakarta,jawa,6,0,1,1,0,0,0,0,1.0,1.0,1,0"))
        #expect(lines.contains("35,Jawa Timur,jawa,38,38,38,25,0,10,3,0,0.6579,0.9211,25,4"), "named, covered by the 17 Oct 2025 report, none per it")
    }

    @Test func initWritesAValidSnapshotAndRefusesToOverwrite() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rollout.json").path
        #expect(try CommandRunner.run(["init", file]).status == 0)
        let validated = try CommandRunner.run(["validate", file])
        #expect(validated.status == 0)
        #expect(validated.output == "\(file): OK\n")
        let again = try CommandRunner.run(["init", file])
        #expect(again.status == 1)
        #expect(again.error.contains("already exists; use --force"))
        #expect(try CommandRunner.run(["init", "--force", file]).status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".rollout.json.lock", "rollout.json", "rollout.json.bak"],
                "the lock file that saves take stays")
    }

    @Test func validateOfACorruptedCopyNamesThePathAndLeavesTheFileAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("rollout.json").path
        #expect(try CommandRunner.run(["init", file]).status == 0)
        let original = try String(contentsOfFile: file, encoding: .utf8)
        let corrupted = original.replacingOccurrences(of: "\"region\": \"73.06\"", with: "\"region\": \"99.99\"")
            .replacingOccurrences(of: "\"total\": 305", with: "\"total\": -305")
        #expect(corrupted != original)
        try corrupted.write(toFile: file, atomically: true, encoding: .utf8)
        let before = try Data(contentsOf: URL(fileURLWithPath: file))
        let result = try CommandRunner.run(["validate", file])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("\(file): malls[") && $0.contains("].region: unknown region \"99.99\" (not in regions)") })
        #expect(lines.contains { $0.hasPrefix("\(file): reportedTotals[") && $0.contains("].total: expected a whole number ≥ 0, found -305 (line ") })
        #expect(try Data(contentsOf: URL(fileURLWithPath: file)) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [".rollout.json.lock", "rollout.json"], "validate writes nothing")
    }

    @Test func validateReportsEveryFileAndSyntaxErrorsWithALine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good.json").path
        let broken = folder.appendingPathComponent("broken.json").path
        #expect(try CommandRunner.run(["init", good]).status == 0)
        try "{\n  \"format\": \"mppdash-snapshot\",\n  \"version\" \"1.0\"\n}\n".write(toFile: broken, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", good, broken, folder.path])
        #expect(result.status == 1)
        #expect(result.output == """
            \(good): OK
            \(broken): invalid JSON: expected ':' after the key "version", found '"' (line 3, column 13)
            \(folder.path): is a directory; expected a snapshot file

            """)
    }

    @Test func exportWritesEachFormat() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let malls = try CommandRunner.run(["export", "--format", "csv", "--table", "malls"])
        #expect(malls.status == 0)
        #expect(malls.output.hasPrefix("id,name,region_code,region_name,province_code,province_name,island_group,stage,"))
        #expect(malls.output.contains("mpp-73.17,MPP Kabupaten Luwu,73.17,Luwu,73,Sulawesi Selatan,sulawesi,inaugurated,,,,2024-06-24,"))
        let markdown = try CommandRunner.run(["export", "--format", "markdown", "--table", "conflicts"])
        #expect(markdown.output.hasPrefix("| conflict | subject | topic | claim |"))
        let output = folder.appendingPathComponent("snapshot.json").path
        let exported = try CommandRunner.run(["export", "--format", "json", "--output", output])
        #expect(exported.status == 0)
        #expect(exported.error == "\(output): wrote json\n")
        #expect(try CommandRunner.run(["validate", output]).status == 0)
    }

    @Test func theDashboardRefusesOutputThatIsNotATerminal() throws {
        let result = try CommandRunner.run([])
        #expect(result.status == 2)
        #expect(result.output.isEmpty)
        #expect(result.error.contains("needs an interactive terminal"))
        #expect(result.error.contains("mppdash summary"))
    }

    @Test func renderPrintsAScreenWithoutATerminal() throws {
        let result = try CommandRunner.run(["render", "--screen", "provinces", "--size", "100x30", "--lang", "en"])
        #expect(result.status == 0)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 31)
        #expect(lines[0].contains("2 Provinces"))
        #expect(result.output.contains("Sumatera Utara"))
        let ascii = try CommandRunner.run(["render", "--screen", "overview", "--ascii", "--as-of", "2023-12-31"])
        let nonASCII = ascii.output.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty)
        #expect(ascii.output.contains("Per 31 Des 2023 | data 31 Jan 2026 (lama)"), "the as-of day, the data's own date, stale")
        let styled = try CommandRunner.run(["render", "--size", "80x24", "--styles", "--colors", "8"])
        #expect(styled.output.contains("--- roles ---"))
        #expect(styled.output.contains("--- default theme, 8 ---"))
        let bad = try CommandRunner.run(["render", "--size", "80by24"])
        #expect(bad.status == 64)
        #expect(bad.error.contains("expected a size such as 80x24 for --size, found \"80by24\""))
    }

    @Test func theKeyBindingsDocumentIsCurrent() throws {
        let result = try CommandRunner.run(["keys"])
        #expect(result.status == 0)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let document = try String(contentsOf: root.appendingPathComponent("docs/KEYBINDINGS.md"), encoding: .utf8)
        #expect(result.output == document, "run `swift run mppdash keys > docs/KEYBINDINGS.md`")
    }

    /// `mppdash keys` is a reference for officials: keys as on a keyboard, every text in both
    /// languages, nothing about the source code.
    @Test func theKeyReferenceIsForThePeopleWhoUseIt() throws {
        let keys = try CommandRunner.run(["keys"]).output
        #expect(keys.hasPrefix("# Dashboard keys / Tombol dasbor\n\nEvery key of the `mppdash` dashboard."))
        #expect(keys.contains("\nSetiap tombol dasbor `mppdash`. Di dasbor, `?` menampilkan daftar yang sama.\n"))
        #expect(keys.contains("| `Page Down`, `Ctrl-F` | Page down | Halaman berikutnya |"))
        #expect(keys.contains("| `Shift-Tab` | Previous screen | Layar sebelumnya |"))
        #expect(keys.contains("| `f`, `\\|` | Filter | Saring |"))
        #expect(keys.contains("## Typing lines / Baris ketik"))
        #expect(keys.contains("/ finds anything") && keys.contains("/ mencari apa saja"))
        #expect(keys.contains("| `/` | Find anything: provinces, regencies/cities, MPPs, batches… | Cari apa saja: provinsi, kab/kota, MPP, peresmian… |"))
        #expect(keys.contains("| `Q`, `Ctrl-C` | Quit at once | Keluar langsung |") && keys.contains("| `o` | Sort by a column… |"))
        #expect(!keys.contains("Sources/") && !keys.contains("^F") && !keys.contains("a test fails"))
    }

    @Test func renderDrawsTheOverviewInBigFigures() throws {
        let text = try CommandRunner.run(["render", "--big-figures", "--size", "120x40", "--lang", "en", "--as-of", "2024-03-07"])
        #expect(text.status == 0)
        #expect(text.output.contains("Big figures") && text.output.contains("MPPs reported by KemenPAN-RB as of 7 Mar 2024"))
        #expect(text.output.contains("██") && !text.output.contains("191 / 192"), "the total in digits of blocks, not in text")
        let slide = try CommandRunner.run(["render", "--big-figures", "--format", "svg", "--size", "120x40"])
        #expect(slide.status == 0 && slide.output.hasPrefix("<?xml") && slide.output.contains("MPP diketahui namanya"))
        let elsewhere = try CommandRunner.run(["render", "--big-figures", "--screen", "provinces"])
        #expect(elsewhere.status == 64)
        #expect(elsewhere.error.contains("--big-figures goes with --screen overview only, found --screen provinces"))
    }

    @Test func renderCoversEveryScreen() throws {
        for name in ["overview", "provinces", "province:73", "region:73.06", "mall:mpp-73.06", "timeline", "batch:2024-03-07", "digital",
                     "islands", "conflicts", "conflict:batch-2024-03-07", "help"] {
            let result = try CommandRunner.run(["render", "--screen", name, "--lang", "en"])
            #expect(result.status == 0, "\(name)")
            #expect(result.output.split(separator: "\n", omittingEmptySubsequences: false).count == 25, "\(name)")
        }
        let gowa = try CommandRunner.run(["render", "--screen", "mall:mpp-73.06", "--size", "120x40", "--lang", "en"])
        #expect(gowa.output.contains("MPP Kabupaten Gowa"))
        #expect(gowa.output.contains("https://menpan.go.id/site/berita-foto/peresmian-bersama-mpp-dan-penguatan-komitmen-penerapan-mpp-digital"))
        #expect(gowa.output.contains("Sources disagree"))
        let missing = try CommandRunner.run(["render", "--screen", "province:99"])
        #expect(missing.status == 64)
        #expect(missing.error.contains("no such place in the data: --screen province:99"))
    }

    @Test(arguments: [("id", ["Perbedaan data", "Gelombang 7 Mar 2024", "Total 7 Mar 2024", "16 / 17", "191 / 192"]),
                      ("en", ["Conflicts", "Batch 7 Mar 2024", "Total 7 Mar 2024", "16 / 17", "191 / 192"])])
    func renderDrawsTheConflicts(_ language: String, _ expected: [String]) throws {
        let result = try CommandRunner.run(["render", "--screen", "conflicts", "--size", "120x40", "--lang", language])
        #expect(result.status == 0)
        for text in expected { #expect(result.output.contains(text), "\(text)") }
        let lines = result.output.split(separator: "\n").filter { $0.hasPrefix(" ") || $0.hasPrefix("▶") }
        #expect(lines.count >= 24, "a title, a header and the 23 conflicts")
    }

    @Test(arguments: [("id", ["Gelombang peresmian: 7 Maret 2024", "Diumumkan: 16 (KemenPAN-RB) / 17 (Liputan6.com)",
                              "Diketahui namanya: 16", "sesudah: 191 / 192 ! (KemenPAN-RB)", "! Perbedaan data: Jumlah MPP nasional setelah 7 Maret 2024",
                              "MPP Kota Medan"]),
                      ("en", ["Inauguration batch: 7 March 2024", "Announced: 16 (KemenPAN-RB) / 17 (Liputan6.com)",
                              "Known by name: 16", "after: 191 / 192 ! (KemenPAN-RB)", "! Conflict: National MPP total after 7 March 2024",
                              "MPP Kota Medan"])])
    func renderDrawsABatch(_ language: String, _ expected: [String]) throws {
        let result = try CommandRunner.run(["render", "--screen", "batch:2024-03-07", "--size", "120x40", "--lang", language])
        #expect(result.status == 0)
        for text in expected { #expect(result.output.contains(text), "\(text)") }
        let missing = try CommandRunner.run(["render", "--screen", "batch:1999-01-01"])
        #expect(missing.status == 64)
        #expect(missing.error.contains("no such place in the data: --screen batch:1999-01-01"))
    }

    @Test(arguments: [("id", ["Jumlah MPP yang diresmikan 7 Maret 2024", "Tentang: Gelombang 7 Maret 2024", "Nilai: 16 / 17",
                              "16 · KemenPAN-RB · 7 Maret 2024", "17 · Liputan6.com · 7 Maret 2024", "Penyelesaian: Data mengikuti",
                              "MPP Kabupaten Luwu (mall:mpp-73.17)", "https://menpan.go.id/site/berita-foto/"]),
                      ("en", ["How many MPPs were inaugurated on 7 March 2024", "About: Batch 7 March 2024", "Values: 16 / 17",
                              "16 · KemenPAN-RB · 7 March 2024", "17 · Liputan6.com · 7 March 2024", "Resolution: ",
                              "MPP Kabupaten Luwu (mall:mpp-73.17)", "https://menpan.go.id/site/berita-foto/"])])
    func renderDrawsAConflict(_ language: String, _ expected: [String]) throws {
        let result = try CommandRunner.run(["render", "--screen", "conflict:batch-2024-03-07", "--size", "120x60", "--lang", language])
        #expect(result.status == 0)
        for text in expected { #expect(result.output.contains(text), "\(text)") }
        let none = try CommandRunner.run(["render", "--screen", "conflict:total-2022-06", "--size", "120x60", "--lang", language])
        #expect(none.output.contains(language == "id" ? "Penyelesaian: tidak ada klaim yang diikuti" : "Resolution: no claim is followed"))
    }

    /// `mppdash themes` labels and describes each theme in the chosen language; a theme of the user's
    /// described by a plain string (English) is marked so in the Indonesian listing.
    @Test func themesAreDescribedInTheChosenLanguage() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let themes = folder.appendingPathComponent("mppdash/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        var theme = try json(String(contentsOf: root.appendingPathComponent("Themes/light.json"), encoding: .utf8))
        theme["name"] = "plain"
        theme["description"] = "Only in English."
        try JSONSerialization.data(withJSONObject: theme).write(to: themes.appendingPathComponent("plain.json"))
        let environment: [String: String?] = ["XDG_CONFIG_HOME": folder.path, "MPPDASH_THEME": nil]

        let indonesian = try CommandRunner.run(["themes"], environment: environment)
        #expect(indonesian.status == 0 && indonesian.error.isEmpty, "\(indonesian.error)")
        #expect(indonesian.output.contains("Untuk proyektor: warna terang dan huruf tebal di atas hitam, bingkai tebal."))
        #expect(!indonesian.output.contains("Projectors"))
        #expect(indonesian.output.contains("plain         milik Anda [EN] Only in English."))
        #expect(indonesian.output.contains("* default       bawaan     Latar gelap"))
        #expect(!indonesian.output.contains("built-in") && !indonesian.output.contains("yours"))

        let english = try CommandRunner.run(["themes", "--lang", "en"], environment: environment)
        #expect(english.status == 0)
        #expect(english.output.contains("Projectors: bright colours and bold on black, heavy borders."))
        #expect(!english.output.contains("proyektor"))
        #expect(english.output.contains("plain         yours    Only in English."))
        #expect(english.output.contains("* default       built-in Dark background"))
        #expect(try CommandRunner.run(["themes", "list", "--lang", "en"], environment: environment).output == english.output)
    }

    @Test("every command has help", arguments: [[], ["dashboard"], ["summary"], ["render"], ["keys"], ["validate"], ["init"], ["import"], ["export"]])
    func helpIsThere(_ command: [String]) throws {
        let result = try CommandRunner.run(command + ["--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("USAGE: mppdash"))
    }

    /// The help says what the program does today: every screen of the dashboard, and that export
    /// (English for scripts) takes no --lang, which it refuses.
    @Test func theHelpIsCurrent() throws {
        let dashboard = try CommandRunner.run(["help", "dashboard"]).output.replacingOccurrences(of: "\n", with: " ")
        #expect(dashboard.contains("1 Overview, 2 Provinces, 3 Regions, 4 Timeline, 5 MPP Digital, 6 Island groups, 7 Conflicts, 8 Map."), "\(dashboard)")
        let export = try CommandRunner.run(["export", "--help"]).output.replacingOccurrences(of: "\n", with: " ")
        #expect(export.contains("so export takes no --lang"))
        #expect(!export.contains("--lang <"))
        let refused = try CommandRunner.run(["export", "--format", "csv", "--lang", "en"])
        #expect(refused.status == 64)
        #expect(refused.error.hasPrefix("Error: Unknown option '--lang'"))
    }

    @Test func usageErrorsExitWith64AndSayWhatWasExpected() throws {
        let badDay = try CommandRunner.run(["summary", "--as-of", "2024-02-30"])
        #expect(badDay.status == 64)
        #expect(badDay.error.contains("expected a day as YYYY-MM-DD for --as-of, found \"2024-02-30\""))
        let badLanguage = try CommandRunner.run(["summary", "--lang", "fr"])
        #expect(badLanguage.status == 64)
        #expect(badLanguage.error.contains("expected id or en for --lang, found \"fr\""))
    }

    @Test func aMissingSnapshotIsAClearError() throws {
        let result = try CommandRunner.run(["summary", "--snapshot", "/nonexistent/rollout.json"])
        #expect(result.status == 1)
        #expect(result.error == "cannot open /nonexistent/rollout.json: No such file or directory\n")
    }
}

/// README.md shows the screens and the key table as the program makes them.
@Suite("The README")
struct ReadmeTests {
    @Test func itsScreensAndKeysAreCurrent() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        var checked = 0
        for block in readme.components(separatedBy: "<!-- screen: ").dropFirst() {
            let name = String(block.prefix { $0 != " " })
            let shown = block.components(separatedBy: "```\n")[1]
            let rendered = try CommandRunner.run(["render", "--screen", name, "--size", "80x24", "--lang", "en"])
            #expect(shown == rendered.output, "README's \(name) is out of date: run python3 scripts/update-readme.py")
            checked += 1
        }
        #expect(checked == 14, "every screen the README shows, the batch, conflict and region pages among them")
        let keys = try CommandRunner.run(["keys"]).output
        let firstTable = keys.components(separatedBy: "| keys | action | aksi |")[1].components(separatedBy: "\n\n")[0]
        #expect(readme.contains(firstTable), "README's key table is out of date: run python3 scripts/update-readme.py")
    }
}
