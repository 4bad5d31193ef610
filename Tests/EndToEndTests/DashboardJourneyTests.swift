import Testing

/// The journeys officials make in a meeting, typed into the real `mppdash` in tmux the way a new
/// user would, each step waiting for the screen that answers it.
@Suite("Journeys through the dashboard", .enabled(if: Tmux.isInstalled))
struct DashboardJourneyTests {
    static let utf8 = ["LANG": "C.UTF-8"]

    /// `/gowa` Enter to Kab. Gowa, Enter to its MPP (date and source), back twice, filter to
    /// Papua, set the as-of date to 2023-12-31 and read the coverage, switch to English, quit
    /// (asked once).
    @Test func fromGowaToPapuaAtTheEndOf2023InEnglish() throws {
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8, columns: 100, rows: 30)
        #expect(tmux.waitFor("Cakupan nasional").found)

        tmux.sendKeys("/gowa", literal: true)
        var (found, screen) = tmux.waitFor("Kab. Gowa · Kabupaten · Sulawesi Selatan")
        #expect(found, "the finder offers Kab. Gowa first:\n\(screen)")
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitFor("▶73.06 Kab. Gowa")
        #expect(found, "Kab. Gowa is selected in Sulawesi Selatan:\n\(screen)")
        #expect(screen.contains("Provinsi › Sulawesi Selatan"))

        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil {
            $0.contains("Diresmikan: 7 Maret 2024  [menpan-2024-03-07]")
                && $0.contains("https://menpan.go.id/site/berita-foto/peresmian-bersama-mpp-dan-penguatan-komitmen-penerapan-mp…")
        }
        #expect(found, "the MPP shows its date and its source, the URL whole on its line or cut with …:\n\(screen)")
        #expect(screen.contains("Sulawesi Selatan › MPP Kabupaten Gowa"))
        tmux.sendKeys("s", literal: true)
        (found, screen) = tmux.waitUntil { $0.contains("Tautan sumber") && $0.contains("mpp-digital") }
        #expect(found, "s shows the whole URL:\n\(screen)")
        tmux.sendKeys("Escape")

        tmux.sendKeys("Escape")
        #expect(tmux.waitFor("▶73.06 Kab. Gowa").found)
        tmux.sendKeys("Escape")
        (found, screen) = tmux.waitFor(" 2 Provinsi ")
        #expect(found, "back twice is the Provinces screen:\n\(screen)")

        tmux.sendKeys("f", literal: true)
        #expect(tmux.waitFor("[ ] Kelompok pulau: Papua").found)
        for _ in 0..<6 { tmux.sendKeys("Down") }
        tmux.sendKeys("Space")
        #expect(tmux.waitFor("[x] Kelompok pulau: Papua").found)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil { $0.contains("Saring: Papua") && $0.contains("1/6") }
        #expect(found, "only the six Papua provinces remain:\n\(screen)")
        #expect(!screen.contains("Aceh"))

        tmux.sendKeys(":2023-12-31", literal: true)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil {
            $0.contains("Per tanggal 31 Des 2023") && $0.contains("▶91   Papua") && $0.contains("1/9") && $0.contains("11,1%")
        }
        #expect(found, "Kota Jayapura alone at the end of 2023:\n\(screen)")

        tmux.sendKeys(":english", literal: true)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil { $0.contains("As of 31 Dec 2023") && $0.contains("Filter: Papua") && $0.contains("11.1%") }
        #expect(found, "\(screen)")

        tmux.sendKeys("q", literal: true)
        (found, screen) = tmux.waitFor("Press q again or y to quit")
        #expect(found, "q at the top asks first:\n\(screen)")
        tmux.sendKeys("y", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }

    /// From the Overview, `/gowa` Enter opens Kab. Gowa in its province's list; `q` goes back up
    /// to Provinces, where it asks before quitting: another key stays, `q` again quits.
    @Test func theFinderFromTheOverviewAndQAsksBeforeQuitting() throws {
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8, columns: 80, rows: 24)
        #expect(tmux.waitFor("Cakupan nasional").found)
        tmux.sendKeys("/gowa", literal: true)
        var (found, screen) = tmux.waitFor("MPP Kabupaten Gowa · MPP · Sulawesi Selatan")
        #expect(found, "the finder shows names, kinds and provinces, no ids:\n\(screen)")
        #expect(!screen.contains("mpp-73.06"))
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil { $0.contains("▶73.06 Kab. Gowa") && $0.contains("Sulawesi Selatan") }
        #expect(found, "Kab. Gowa is selected in its province:\n\(screen)")

        tmux.sendKeys("q", literal: true)
        #expect(tmux.waitFor(" 2 Provinsi ").found)
        tmux.sendKeys("q", literal: true)
        (found, screen) = tmux.waitFor("Tekan q lagi atau y untuk keluar")
        #expect(found, "q at the top asks first:\n\(screen)")
        tmux.sendKeys("j", literal: true)
        (found, screen) = tmux.waitUntil { !$0.contains("Tekan q lagi") && $0.contains("1/38") }
        #expect(found, "another key cancels, and does nothing else:\n\(screen)")
        tmux.sendKeys("q", literal: true)
        #expect(tmux.waitFor("Tekan q lagi atau y untuk keluar").found)
        tmux.sendKeys("q", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }

    /// Filters that belong to their list, at 80×24: a filter set inside Jawa Timur is gone back on
    /// Provinces; the Regions screen lists all 514 and its MPP Digital pilots are the 21; the
    /// filter menu scrolls to its last option with its hint in view.
    @Test func filtersStayInTheirListAndTheRegionsScreenFindsThePilots() throws {
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8, columns: 80, rows: 24)
        #expect(tmux.waitFor("Cakupan nasional").found)
        tmux.sendKeys("2", literal: true)
        #expect(tmux.waitFor("▶11   Aceh").found)
        for _ in 0..<14 { tmux.sendKeys("Down") }
        #expect(tmux.waitFor("▶35   Jawa Timur").found)
        tmux.sendKeys("Enter")
        var (found, screen) = tmux.waitFor("Provinsi › Jawa Timur")
        #expect(found, "\(screen)")
        tmux.sendKeys("f", literal: true)
        #expect(tmux.waitFor("[ ] Status: Ada menurut laporan provinsi").found)
        tmux.sendKeys("Down")
        tmux.sendKeys("Space")
        #expect(tmux.waitFor("[x] Status: Ada menurut laporan provinsi").found)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil { $0.contains("Saring: Ada menurut laporan provinsi") && $0.contains("1/10") }
        #expect(found, "the ten regions a provincial report covers:\n\(screen)")
        tmux.sendKeys("q", literal: true)
        (found, screen) = tmux.waitUntil { $0.contains(" 2 Provinsi ") && $0.contains("15/38") }
        #expect(found, "back on Provinces, all 38 and no filter:\n\(screen)")
        #expect(!screen.contains("Saring:"))

        tmux.sendKeys("3", literal: true)
        (found, screen) = tmux.waitUntil { $0.contains(" 3 Daerah ") && $0.contains("1/514") }
        #expect(found, "every kabupaten/kota:\n\(screen)")
        tmux.sendKeys("f", literal: true)
        for _ in 0..<80 { tmux.sendKeys("Down") }
        (found, screen) = tmux.waitUntil { $0.contains("[ ] Portal: tidak diketahui") && $0.contains("Enter: terapkan") }
        #expect(found, "the last option and the hint fit at 80×24:\n\(screen)")
        for _ in 0..<6 { tmux.sendKeys("Up") }
        tmux.sendKeys("Space")
        #expect(tmux.waitFor("[x] MPP Digital: Percontohan").found)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil { $0.contains("Saring: Percontohan") && $0.contains("1/21") }
        #expect(found, "the 21 MPP Digital pilots:\n\(screen)")

        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
    }

    /// Search, sort and the timeline: `/sul` finds Sulawesi, `n` the next one; `]` sorts by the
    /// next column; `3` opens the timeline, `(` steps back to the previous batch.
    @Test func searchSortAndStepThroughBatches() throws {
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8, columns: 100, rows: 30)
        #expect(tmux.waitFor("Cakupan nasional").found)
        tmux.sendKeys("2", literal: true)
        #expect(tmux.waitFor("▶11   Aceh").found)
        tmux.sendKeys("/sul", literal: true)
        #expect(tmux.waitFor("▶71   Sulawesi Utara").found)
        tmux.sendKeys("Enter")
        tmux.sendKeys("n", literal: true)
        var (found, screen) = tmux.waitFor("▶72   Sulawesi Tengah")
        #expect(found, "\(screen)")
        tmux.sendKeys("Escape")
        tmux.sendKeys("]]", literal: true)
        (found, screen) = tmux.waitFor("Provinsi▲")
        #expect(found, "sorted by name, marked in the header:\n\(screen)")

        tmux.sendKeys("4", literal: true)
        #expect(tmux.waitFor("Total dilaporkan per akhir tahun").found)
        tmux.sendKeys("(", literal: true)
        (found, screen) = tmux.waitFor("Per tanggal 15 Des 2025")
        #expect(found, "\(screen)")
        tmux.sendKeys("(", literal: true)
        #expect(tmux.waitFor("Per tanggal 24 Sep 2025").found)

        tmux.sendKeys("Q", literal: true)
        #expect(tmux.waitForExit() == 0)
    }

    /// Issue 8's figures as a new user meets them: the headline is the ministry's latest total
    /// with its date, the title shows today and the data's own date; `6` lists every conflict;
    /// the 7 March 2024 batch opens from the Timeline with 16 and 17 and who said each; the same
    /// in English.
    @Test func theHeadlineTheConflictsAndTheSeventhOfMarch() throws {
        let tmux = try Tmux([MPPDash.executable], environment: Self.utf8.merging(["MPPDASH_TODAY": "2026-11-29"]) { $1 },
                            columns: 120, rows: 40)
        var (found, screen) = tmux.waitUntil {
            $0.contains("Dilaporkan KemenPAN-RB: 305 MPP per 15 Desember 2025") && $0.contains("59,9% dari 509")
                && $0.contains("Per tanggal 29 Nov 2026 · data terakhir 31 Jan 2026 (lama)")
        }
        #expect(found, "the headline agrees with the ministry's release of 15 Dec 2025:\n\(screen)")

        tmux.sendKeys("7", literal: true)
        (found, screen) = tmux.waitUntil { $0.contains("7 Perbedaan data") && $0.contains("1/23") }
        #expect(found, "every conflict of the data:\n\(screen)")

        tmux.sendKeys("4", literal: true)
        #expect(tmux.waitFor("Total dilaporkan per akhir tahun").found)
        tmux.sendKeys("/2024-03-07", literal: true)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitFor("▶7 Mar 2024")
        #expect(found, "the batch of 7 March 2024 is selected:\n\(screen)")
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil {
            $0.contains("16 (KemenPAN-RB) / 17 (Liputan6.com)") && $0.contains("MPP Kabupaten Gowa")
        }
        #expect(found, "who announced what, and the members:\n\(screen)")

        tmux.sendKeys(":english", literal: true)
        tmux.sendKeys("Enter")
        (found, screen) = tmux.waitUntil { $0.contains("16 (KemenPAN-RB) / 17 (Liputan6.com)") && $0.contains("Announced") }
        #expect(found, "\(screen)")

        tmux.sendKeys("q", literal: true)
        tmux.sendKeys("q", literal: true)
        tmux.sendKeys("q", literal: true)
        tmux.sendKeys("q", literal: true)
        #expect(tmux.waitForExit() == 0)
        #expect(!tmux.alternateScreenOn)
    }
}
