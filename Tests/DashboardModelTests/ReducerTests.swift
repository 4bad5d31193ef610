import Foundation
import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel

/// Reducer tests: key sequences in, state and effects out, no terminal.
@Suite("The reducer")
struct ReducerTests {
    let store: RolloutStore

    init() throws {
        store = try RolloutStore.builtin()
    }

    func state(_ route: Route = .screen(.overview), width: Int = 80, height: Int = 24) -> DashboardState {
        DashboardState(store: store, today: Self.today, route: route, width: width, height: height)
    }

    /// Today for these tests: after the data's newest fact (15 Dec 2025) by more than 90 days.
    static let today = Day(year: 2026, month: 11, day: 29)!

    func press(_ keys: [Key], from start: DashboardState) -> (DashboardState, [Effect]) {
        var state = start
        var effects: [Effect] = []
        for key in keys { effects += Reducer.reduce(&state, key: key) }
        return (state, effects)
    }

    func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    func selectedID(_ state: DashboardState) -> String? { Reducer.selectedRow(state)?.id }

    // MARK: Screens and drilling down

    @Test func tabAndNumbersSwitchScreens() {
        #expect(press([.tab], from: state()).0.route == .screen(.provinces))
        #expect(press([.backTab], from: state()).0.route == .screen(.map))
        for screen in Screen.allCases {
            #expect(press([.character(Character(String(screen.number)))], from: state()).0.route == .screen(screen))
        }
    }

    @Test func enterDrillsDownAndEscGoesBack() {
        let (province, _) = press([.character("2"), .character("j"), .enter], from: state())
        #expect(province.stack == [.screen(.provinces), .province("12")])
        let (mall, _) = press(type("/medan") + [.enter, .enter], from: province)
        #expect(mall.route == .mall("mpp-12.71"))
        let (back, _) = press([.escape], from: mall)
        #expect(back.route == .province("12"))
        let (top, effects) = press([.character("q")], from: back)
        #expect(top.route == .screen(.provinces))
        #expect(effects.isEmpty, "q goes back before it quits")
        #expect(press([.character("q"), .character("q")], from: top).1 == [.quit])
    }

    @Test func enterOnARegionWithoutAnMPPOpensItsPage() {
        let (province, _) = press([.enter], from: state(.screen(.provinces)))
        #expect(province.route == .province("11"))
        let (page, _) = press([.enter], from: province)
        #expect(page.route == .region("11.01"), "Aceh Selatan has no MPP, and a page of its own")
    }

    // MARK: Moving

    @Test func movingIsClampedAndScrollKeepsTheSelectionVisible() {
        let (end, _) = press([.end], from: state(.screen(.provinces)))
        #expect(end.list(.screen(.provinces)).table.selectedRow == 37)
        let visible = ScreenLayout.pageSize(end)
        #expect(end.list(.screen(.provinces)).table.firstVisibleRow == 38 - visible)
        let (home, _) = press([.character("g"), .up, .character("k")], from: end)
        #expect(home.list(.screen(.provinces)).table.selectedRow == 0)
        let (paged, _) = press([.pageDown, .control("d")], from: state(.screen(.provinces)))
        #expect(paged.list(.screen(.provinces)).table.selectedRow == visible + visible / 2)
        let (back, _) = press([.pageUp, .control("u"), .control("b")], from: paged)
        #expect(back.list(.screen(.provinces)).table.selectedRow == 0)
    }

    @Test func hAndLScrollAWideListByColumns() {
        let (right, _) = press([.character("l"), .right], from: state(.screen(.provinces), width: 60))
        #expect(right.list(.screen(.provinces)).table.horizontalOffset == 2)
        let (left, _) = press([.character("h"), .left, .left], from: right)
        #expect(left.list(.screen(.provinces)).table.horizontalOffset == 0)
        let (far, _) = press(Array(repeating: .character("l"), count: 20), from: state(.screen(.provinces), width: 60))
        #expect(far.list(.screen(.provinces)).table.horizontalOffset == 7, "the last column stays reachable, never past it")
    }

    @Test func textScreensScroll() {
        let (scrolled, _) = press([.down, .down, .pageDown], from: state(.mall("mpp-73.06"), height: 12))
        #expect((scrolled.textScroll[.mall("mpp-73.06")] ?? 0) > 2)
        let (top, _) = press([.home], from: scrolled)
        #expect(top.textScroll[.mall("mpp-73.06")] == 0)
    }

    // MARK: Search

    /// A 100 KB paste arrives as 100,000 keys: the search takes the first 4,096 and refuses the
    /// rest with a message, and the dashboard answers the next key.
    @Test func aLongPasteIsCappedWithAMessage() {
        let paste = Array(repeating: Key.character("a"), count: 100_000)
        let (pasted, _) = press([.character("/")] + paste, from: state(.screen(.provinces)))
        #expect(pasted.prompt?.text == String(repeating: "a", count: 4096))
        #expect(pasted.message == StatusMessage("Teks terlalu panjang: paling banyak 4.096 byte; sisanya tidak diterima", isError: true))
        let (closed, _) = press([.escape], from: pasted)
        #expect(closed.prompt == nil)
    }

    /// A bracketed paste is one event: 100 KB fill the search to its cap at once, line breaks
    /// become spaces, control characters go, the rest is refused with a message, and the
    /// status bar shows that message beside the prompt.
    @Test func aBracketedPasteFillsThePromptUpToItsCap() {
        var (state, _) = press([.character("/")], from: state(.screen(.provinces)))
        Reducer.reduce(&state, paste: "Sula\u{1B}\u{07}wesi\t")
        #expect(state.prompt?.text == "Sulawesi ")
        #expect(state.message == nil && selectedID(state) == "71")

        let long = String(repeating: "Aceh\r\n", count: 20_000)
        Reducer.reduce(&state, paste: long)
        #expect(state.prompt?.text.utf8.count == 4096)
        #expect(state.prompt?.text.hasPrefix("Sulawesi Aceh Aceh ") == true)
        #expect(state.message == StatusMessage("Teks terlalu panjang: paling banyak 4.096 byte; sisanya tidak diterima", isError: true))

        let (closed, _) = press([.escape, .character("4")], from: state)
        #expect(closed.prompt == nil && closed.screen == .timeline)
    }

    /// Pasted text with no prompt open is dropped: its `q` or digits are never read as keys.
    @Test func aPasteWithoutAPromptIsIgnored() {
        var state = state(.screen(.provinces))
        Reducer.reduce(&state, paste: "q3\r")
        #expect(state.isRunning && state.screen == .provinces && state.prompt == nil && state.message == nil)
        #expect(state.stack == [.screen(.provinces)])
    }

    @Test func aPasteRunsThePaletteOnce() {
        var (state, _) = press([.character(":")], from: state(.screen(.overview)))
        Reducer.reduce(&state, paste: "english")
        let (ran, _) = press([.enter], from: state)
        #expect(ran.language == .english)
    }

    @Test func searchIsIncrementalIgnoresCaseAndAccentsAndWraps() {
        let (typed, _) = press([.character("/")] + type("SULAWESI"), from: state(.screen(.provinces)))
        #expect(typed.prompt?.text == "SULAWESI")
        #expect(selectedID(typed) == "71")
        let (next, _) = press([.enter, .character("n"), .character("n")], from: typed)
        #expect(next.prompt == nil)
        #expect(selectedID(next) == "73")
        let (previous, _) = press([.character("N"), .character("N"), .character("N")], from: next)
        #expect(selectedID(previous) == "76", "wraps backwards")
        let (cleared, _) = press([.escape], from: previous)
        #expect(cleared.list(.screen(.provinces)).query.isEmpty)
        #expect(cleared.route == .screen(.provinces), "the first Esc clears the search")
    }

    @Test func escWhileTypingPutsTheOldSearchBack() {
        let (first, _) = press([.character("/")] + type("papua") + [.enter], from: state(.screen(.provinces)))
        let (cancelled, _) = press([.character("/")] + type("jawa") + [.escape], from: first)
        #expect(cancelled.list(.screen(.provinces)).query == "papua")
    }

    @Test func searchFindsCodesAndSaysWhenNothingMatches() {
        let (byCode, _) = press([.character("/")] + type("64"), from: state(.screen(.provinces)))
        #expect(selectedID(byCode) == "64")
        let (none, _) = press([.character("/")] + type("zzz") + [.enter], from: state(.screen(.provinces)))
        #expect(none.message?.text == "Tidak ditemukan: zzz")
        #expect(press([.character("n")], from: none).0.message?.isError == true)
    }

    @Test func foldingRemovesAccents() {
        #expect(SearchText.fold("Pélayanan PUBLIK") == "pelayanan publik")
    }

    // MARK: Filter and sort

    @Test func theFilterKeepsOnlyTheChosenValues() {
        let provinces = state(.screen(.provinces))
        let papua = FilterMenuInput.entries(provinces).firstIndex(of: .islandGroup(.papua))!
        let (ticked, _) = press([.character("f")] + Array(repeating: .down, count: papua) + [.character(" ")], from: provinces)
        #expect(ticked.filterMenu?.draft.islandGroups == [.papua], "Space ticks a value in the menu")
        #expect(ticked.list(.screen(.provinces)).filter.isEmpty, "nothing is applied before Enter")
        let (filtered, _) = press([.enter], from: ticked)
        #expect(filtered.mode == .browsing, "Enter applies and closes")
        #expect(filtered.list(.screen(.provinces)).filter.islandGroups == [.papua])
        let rows = Reducer.visibleRows(filtered) ?? []
        #expect(rows.map(\.id) == ["91", "92", "93", "94", "95", "96"])
        let (cleared, _) = press([.escape], from: filtered)
        #expect(cleared.list(.screen(.provinces)).filter.isEmpty)
        #expect(cleared.route == .screen(.provinces))
    }

    @Test func escCancelsTheMenuAndCClearsItsDraft() {
        let provinces = state(.screen(.provinces))
        let (cancelled, _) = press([.character("f"), .character(" "), .escape], from: provinces)
        #expect(cancelled.mode == .browsing)
        #expect(cancelled.list(.screen(.provinces)).filter.isEmpty, "Esc leaves the filter as it was")
        let (cleared, _) = press([.character("f"), .character(" "), .character("c")], from: provinces)
        #expect(cleared.filterMenu?.draft.isEmpty == true)
    }

    @Test func eachListKeepsItsOwnFilter() {
        let (jatim, _) = press(Array(repeating: .down, count: 14) + [.enter], from: state(.screen(.provinces)))
        #expect(jatim.route == .province("35"))
        let covered = FilterMenuInput.entries(jatim).firstIndex(of: .status(.coveredByClaim))!
        let (filtered, _) = press([.character("f")] + Array(repeating: .down, count: covered) + [.character(" "), .enter], from: jatim)
        #expect(Reducer.visibleRows(filtered)?.count == 10, "the ten regions a provincial report covers")
        let (back, _) = press([.character("q")], from: filtered)
        #expect(back.route == .screen(.provinces))
        #expect(back.list(.screen(.provinces)).filter.isEmpty)
        #expect(Reducer.visibleRows(back)?.count == 38, "the province's filter stays in the province")
        #expect(selectedID(back) == "35", "Provinces is as it was left")
        let (again, _) = press([.enter], from: back)
        #expect(Reducer.visibleRows(again)?.count == 10, "the province finds its own filter again")
    }

    @Test func theMenuOffersOnlyTheFacetsOfTheList() {
        func facets(_ route: Route) -> Set<String> {
            var probe = state(.screen(.provinces))
            probe.stack = DashboardState.stack(leadingTo: route, in: store.index)
            return Set(FilterMenuInput.entries(probe).map { entry -> String in
                switch entry {
                case .islandGroup: return "island"
                case .province: return "province"
                case .coverage: return "coverage"
                case .status: return "status"
                case .digital: return "digital"
                case .portal: return "portal"
                }
            })
        }
        #expect(facets(.screen(.provinces)) == ["island", "coverage", "digital"])
        #expect(facets(.screen(.digital)) == ["island", "digital"])
        #expect(facets(.province("35")) == ["status", "digital", "portal"], "no island group inside a province")
        #expect(facets(.screen(.regions)) == ["island", "province", "status", "digital", "portal"])
        #expect(facets(.screen(.timeline)).isEmpty)
        let (none, _) = press([.character("f")], from: state(.screen(.timeline)))
        #expect(none.mode == .browsing)
        #expect(none.message != nil, "a screen without a filter says so")
    }

    @Test func theRegionsScreenListsAllAndItsPilots() {
        let regions = state(.screen(.regions))
        #expect(Reducer.visibleRows(regions)?.count == 514)
        let pilot = FilterMenuInput.entries(regions).firstIndex(of: .digital(.pilot))!
        let (pilots, _) = press([.character("f")] + Array(repeating: .down, count: pilot) + [.character(" "), .enter], from: regions)
        let rows = Reducer.visibleRows(pilots) ?? []
        #expect(rows.count == 21, "every region that has been an MPP Digital pilot")
        #expect(rows.contains { $0.id == "16.05" }, "Musi Rawas, a pilot that went live")
        #expect(rows.allSatisfy { $0.target == .region($0.id) })
        let (page, _) = press([.enter], from: pilots)
        #expect(page.route == .region(rows[0].id))
    }

    @Test func aRegionPageOpensItsMPP() {
        let (page, _) = press([], from: state(.region("73.06")))
        #expect(page.stack == [.screen(.provinces), .province("73"), .region("73.06")])
        let (mall, _) = press([.enter], from: page)
        #expect(mall.route == .mall("mpp-73.06"))
        let (none, _) = press([.enter], from: state(.region("11.01")))
        #expect(none.route == .region("11.01"), "a region without an MPP has nothing to open")
    }

    @Test func enterOnAnIslandGroupOpensItsProvinces() {
        let islands = state(.screen(.islands))
        let papua = (Reducer.visibleRows(islands) ?? []).firstIndex { $0.id == IslandGroup.papua.rawValue }!
        let (provinces, _) = press(Array(repeating: .down, count: papua) + [.enter], from: islands)
        #expect(provinces.stack == [.screen(.provinces)])
        #expect(provinces.list(.screen(.provinces)).filter.islandGroups == [.papua])
        #expect(Reducer.visibleRows(provinces)?.count == 6)
    }

    @Test func sortingCyclesColumnsAndKeepsTheSelectedRow() {
        let (selected, _) = press([.character("/")] + type("jawa timur") + [.enter, .escape], from: state(.screen(.provinces)))
        #expect(selectedID(selected) == "35")
        let (byName, _) = press([.character("]"), .character("]")], from: selected)
        #expect(byName.list(.screen(.provinces)).table.sortColumn == 1)
        #expect(Reducer.visibleRows(byName)?.first?.id == "11")
        #expect(selectedID(byName) == "35", "the selection follows its row")
        let (reversed, _) = press([.character("R")], from: byName)
        #expect(reversed.list(.screen(.provinces)).table.sortAscending == false)
        #expect(Reducer.visibleRows(reversed)?.first?.name == "Sumatera Utara")
        let (byCoverage, _) = press([.character("<")], from: state(.screen(.provinces)))
        #expect(byCoverage.list(.screen(.provinces)).table.sortColumn == 8, "the last column, MPP Digital")
    }

    // MARK: Conflicts and batches

    @Test func sevenOpensTheConflictsAndEnterOpensAConflict() {
        let (conflicts, _) = press([.character("7")], from: state())
        #expect(conflicts.route == .screen(.conflicts))
        #expect(Reducer.visibleRows(conflicts)?.count == store.snapshot.conflicts.count)
        let (found, _) = press(type("/luwu") + [.enter], from: conflicts)
        #expect(selectedID(found) == "batch-2024-03-07")
        let (conflict, _) = press([.enter], from: found)
        #expect(conflict.stack == [.screen(.conflicts), .conflict("batch-2024-03-07")])
        #expect(TextPage.lineCount(conflict) > conflict.bodyHeight, "a conflict's page scrolls")
        #expect(press([.escape], from: conflict).0.route == .screen(.conflicts))
    }

    @Test func enterOnATimelineBatchOpensItsPageAndItsMPPs() {
        let (timeline, _) = press([.character("4")] + type("/2024-03-07") + [.enter], from: state())
        #expect(selectedID(timeline) == "2024-03-07")
        let (batch, _) = press([.enter], from: timeline)
        #expect(batch.stack == [.screen(.timeline), .batch("2024-03-07")])
        #expect(Reducer.visibleRows(batch)?.count == 16)
        let (mall, _) = press([.enter], from: batch)
        #expect(mall.stack == [.screen(.timeline), .batch("2024-03-07"), .mall("mpp-12.71")])
    }

    @Test func theTimelineOrdersBatchesByTheirCertainDayAndMarksLaterOnes() {
        let timeline = DashboardState(store: store, today: Self.today, asOf: Day(iso: "2024-07-01"), route: .screen(.timeline))
        let rows = Reducer.visibleRows(timeline) ?? []
        let ids = rows.map(\.id)
        let softLaunch = ids.firstIndex(of: "2024-soft-launch")!
        #expect(ids[softLaunch - 1] == "2024-06-24" && ids[softLaunch + 1] == "2024-12-12")
        #expect(rows[softLaunch].cells[4].text.hasPrefix("belum pasti"))
        #expect(rows[softLaunch + 1].cells[4].text.hasPrefix("belum terjadi"))
        #expect(rows[softLaunch + 1].cells[0].role == .muted)
        #expect(rows[softLaunch - 1].cells[4].text.hasPrefix("Jumlah nasional"))
        #expect(rows.first { $0.id == "2024-03-07" }?.cells[2].text == "16 / 17")
        #expect(rows.first { $0.id == "2024-03-07" }?.cells[5].text == "!")
        var english = timeline
        english.language = .english
        #expect(Reducer.visibleRows(english)?[softLaunch + 1].cells[4].text.hasPrefix("not yet") == true)
        let (stepped, _) = press([.character(")")], from: timeline)
        #expect(stepped.asOf == Day(iso: "2024-12-12"), "the soft launch, dated only 2024, is no day to stop at")
    }

    @Test func thePaletteFindsAConflictAndABatch() {
        let conflict = Finder.entries(for: "192 atau 191", state()).first
        #expect(conflict?.action == .go(.conflict("total-2024-03-07"), select: nil))
        let (opened, _) = press([.character("/")] + type("192 atau 191") + [.enter], from: state())
        #expect(opened.stack == [.screen(.conflicts), .conflict("total-2024-03-07")])
        let batch = Finder.entries(for: "gelombang 7 mar 2024", state()).first
        #expect(batch?.title == "Gelombang 7 Mar 2024")
        #expect(batch?.action == .go(.batch("2024-03-07"), select: nil))
        var english = state()
        english.language = .english
        #expect(Finder.entries(for: "batch 7 march 2024", english).first?.title == "Batch 7 Mar 2024")
        #expect(Palette.entries(for: "conflicts", english).first?.action == .go(.screen(.conflicts), select: nil))
    }

    @Test func anMPPPageShowsTheConflictsOfItsRecordsAndItsBatchesInTheUILanguage() {
        func conflicts(_ language: Language) -> [(topic: String?, claims: [String])] {
            var luwu = state(.mall("mpp-73.17"))
            luwu.language = language
            return MallPage.items("mpp-73.17", luwu).compactMap { item in
                if case .claims(let topic, let claims, _) = item { return (topic, claims) }
                return nil
            }
        }
        let indonesian = conflicts(.indonesian)
        #expect(indonesian.contains { $0.topic?.hasPrefix("Jumlah MPP yang diresmikan 7 Maret 2024") == true })
        #expect(indonesian.contains { $0.topic?.hasPrefix("Jumlah MPP nasional setelah 7 Maret 2024") == true })
        #expect(indonesian.contains { $0.claims.contains { $0.hasPrefix("16 · KemenPAN-RB · 7 Maret 2024 — Keterangan foto") } })
        let english = conflicts(.english)
        #expect(english.contains { $0.topic?.hasPrefix("How many MPPs were inaugurated on 7 March 2024") == true })
        #expect(english.contains { $0.claims.contains { $0.hasPrefix("17 · Liputan6.com · 7 March 2024 — ") } })
    }

    // MARK: Palette, time, language, export

    @Test func theFinderGoesToAKabupatenByNameFromTheOverview() {
        let (typed, _) = press([.character("/")] + type("gowa"), from: state())
        #expect(Finder.entries(for: "gowa", typed).first?.title == "Kab. Gowa")
        let (gowa, _) = press([.enter], from: typed)
        #expect(gowa.stack == [.screen(.provinces), .province("73")])
        #expect(selectedID(gowa) == "73.06")
        let (mall, _) = press([.enter], from: gowa)
        #expect(mall.route == .mall("mpp-73.06"))
        let (back, _) = press([.escape, .escape], from: mall)
        #expect(back.route == .screen(.provinces))
    }

    @Test func thePaletteSetsTheDateAndTheLanguage() {
        let (dated, _) = press([.character(":")] + type("2023-12-31") + [.enter], from: state())
        #expect(dated.asOf == Day(iso: "2023-12-31"))
        #expect(dated.figures.headline.official?.total == 175)
        let (english, _) = press([.character(":")] + type("english") + [.enter], from: dated)
        #expect(english.language == .english)
        let (unknown, _) = press([.character(":")] + type("qqqqqq") + [.enter], from: english)
        #expect(unknown.message?.isError == true)
    }

    @Test func thePaletteDescribesThemesInTheInterfaceLanguage() {
        let plain = Theme(name: "plain", description: ThemeDescription(english: "Only in English."), roles: Theme.standard.roles)
        let start = DashboardState(store: store, today: Self.today, width: 80, height: 24, themes: [.standard, plain])
        let indonesian = Palette.entries(for: "tema", start)
        #expect(indonesian.map(\.detail).contains("Latar gelap, warna sebagai penanda makna, tebal/garis bawah/terbalik bila tidak ada warna."))
        #expect(indonesian.map(\.detail).contains("[EN] Only in English."))
        var english = start
        english.language = .english
        let entries = Palette.entries(for: "theme", english)
        #expect(entries.map(\.detail).contains("Dark background, colour for meaning, bold/underline/reverse where colour is absent."))
        #expect(entries.map(\.detail).contains("Only in English."))
    }

    @Test func timeStepsByMonthAndByBatchWithinTheData() {
        let start = state()
        #expect(start.asOf == Self.today, "today by default")
        #expect(start.isDataStale)
        let (earlier, _) = press([.character("-"), .character("-")], from: start)
        #expect(earlier.asOf == Day(iso: "2026-09-29"))
        let (later, _) = press([.character("+")], from: start)
        #expect(later.asOf == start.asOf, "not past today")
        #expect(later.message != nil)
        let (batch, _) = press([.character("(")], from: start)
        #expect(batch.asOf == Day(iso: "2025-12-15"))
        let (previousBatch, _) = press([.character("(")], from: batch)
        #expect(previousBatch.asOf == Day(iso: "2025-09-24"))
        #expect(press([.character(")")], from: previousBatch).0.asOf == Day(iso: "2025-12-15"))
    }

    @Test func exportingTheViewIsAnEffectWithTheRowsAsShown() {
        let (filtered, _) = press([.character("2"), .character("/")] + type("papua") + [.enter], from: state())
        let (_, effects) = press([.character("e")], from: filtered)
        guard case .export(let request)? = effects.first else {
            Issue.record("expected an export effect")
            return
        }
        #expect(request.format == .csv)
        #expect(request.viewName == "provinces")
        #expect(request.rows.count == 6, "the six Papua provinces the list is narrowed to")
        #expect(request.header.first == "Kode")
        let (_, json) = press([.character(":")] + type("export json /tmp/x.json") + [.enter], from: state(.mall("mpp-73.06")))
        guard case .export(let mall)? = json.first else {
            Issue.record("expected an export effect")
            return
        }
        #expect(mall.format == .json)
        #expect(mall.path == "/tmp/x.json")
        #expect(mall.rows.contains { $0[0] == .text("Diresmikan") })
        let (_, folder) = press([.character(":")] + type("ekspor ~/Laporan Q4") + [.enter], from: state())
        guard case .export(let overview)? = folder.first else {
            Issue.record("expected an export effect")
            return
        }
        #expect(overview.format == .csv)
        #expect(overview.path == "~/Laporan Q4")
    }

    @Test func exportingTheOverviewGivesItsFiguresAsTypedRows() {
        let (_, effects) = press([.character("e")], from: state())
        guard case .export(let request)? = effects.first else {
            Issue.record("expected an export effect")
            return
        }
        #expect(request.viewName == "overview")
        #expect(request.header == ["Nama", "Nilai"])
        #expect(request.rows.count > 15)
        #expect(request.rows.allSatisfy { $0.count == 2 })
        #expect(request.rows.first == [.text("Total dilaporkan (KemenPAN-RB)"), .integer(305)])
        #expect(request.rows.contains { $0 == [.text("Tanggal total dilaporkan"), .text("2025-12-15")] })
        #expect(request.rows.contains { $0 == [.text("Target (kabupaten/kota)"), .integer(509)] })
    }

    @Test func exportedListCellsAreTypedNumbersAndUnknowns() {
        let (_, effects) = press([.character("e")], from: state(.screen(.provinces)))
        guard case .export(let request)? = effects.first, let regions = request.header.firstIndex(of: "Kab/Kota") else {
            Issue.record("expected an export with a count of regions")
            return
        }
        #expect(request.rows.allSatisfy { if case .integer = $0[regions] { true } else { false } })
        let (_, timeline) = press([.character("e")], from: state(.province("91")))
        guard case .export(let batches)? = timeline.first else {
            Issue.record("expected an export effect")
            return
        }
        #expect(batches.rows.contains { $0.contains(.unknown) })
    }

    @Test func aViewWithNoRowsIsNotExported() {
        var empty = state(.screen(.provinces))
        var list = empty.list(.screen(.provinces))
        list.filter.coverage = [.full]
        list.filter.islandGroups = [.papua]
        empty.lists[.screen(.provinces)] = list
        let (after, effects) = press([.character("e")], from: empty)
        #expect(effects.isEmpty)
        #expect(after.message?.isError == true)
    }

    @Test func questionMarkOpensTheHelp() {
        let (help, _) = press([.character("?")], from: state(.screen(.provinces)))
        #expect(help.route == .help)
        #expect(press([.escape], from: help).0.route == .screen(.provinces))
    }

    @Test func resizeKeepsTheSelectionVisible() {
        let (end, _) = press([.end], from: state(.screen(.provinces), width: 120, height: 40))
        var small = end
        _ = Reducer.reduce(&small, .resize(width: 60, height: 20))
        #expect(small.width == 60 && small.height == 20)
        #expect(small.list(.screen(.provinces)).table.firstVisibleRow == 38 - ScreenLayout.pageSize(small))
    }

    // MARK: The map

    @Test func theMapMovesWestAndEastByLongitude() throws {
        let order = MapPage.provinceOrder(store.index)
        let longitudes = try order.map { try #require(GeoCentroids.provinces[$0]).longitude }
        #expect(longitudes == longitudes.sorted() && order.count == store.snapshot.provinces.count)
        let start = state(.screen(.map))
        #expect(MapPage.selectedProvince(start) == order.first)
        #expect(MapPage.selectedProvince(press([.right, .character("l")], from: start).0) == order[2])
        #expect(MapPage.selectedProvince(press([.right, .right, .left], from: start).0) == order[1])
        #expect(MapPage.selectedProvince(press([.character("h")], from: start).0) == order.first, "the westernmost stays")
        var east = start
        east.mapProvince = order.last
        #expect(MapPage.selectedProvince(press([.right], from: east).0) == order.last, "the easternmost stays")
    }

    @Test(arguments: [Key.up, .down, .character("k"), .character("j")])
    func theMapMovesToTheNearestProvinceNorthOrSouth(_ key: Key) throws {
        var start = state(.screen(.map))
        start.mapProvince = "32"
        let moved = try #require(MapPage.selectedProvince(press([key], from: start).0))
        let here = try #require(GeoCentroids.provinces["32"]), there = try #require(GeoCentroids.provinces[moved])
        let north = key == .up || key == .character("k")
        #expect(north ? there.latitude > here.latitude : there.latitude < here.latitude)
        func distance(_ point: GeoPoint) -> Double {
            pow(point.latitude - here.latitude, 2) + pow(point.longitude - here.longitude, 2)
        }
        for (code, point) in GeoCentroids.provinces where north ? point.latitude > here.latitude : point.latitude < here.latitude {
            #expect(distance(point) >= distance(there), "\(code) is nearer than \(moved)")
        }
    }

    @Test func enterOnTheMapOpensTheSelectedProvince() {
        var start = state(.screen(.map))
        start.mapProvince = "73"
        let (opened, _) = press([.enter], from: start)
        #expect(opened.stack == [.screen(.map), .province("73")])
        #expect(press([.escape], from: opened).0.route == .screen(.map))
    }

    // MARK: The binding table

    @Test("every key in the binding table does what the table says", arguments: KeyBindings.all.indices)
    func everyBinding(_ index: Int) {
        let binding = KeyBindings.all[index]
        for key in binding.keys {
            #expect(KeyBindings.action(for: key, in: binding.context) == binding.action, "\(key)")
            let route: Route = binding.context == .linksMenu ? .mall("mpp-73.06")
                : binding.context == .map ? .screen(.map) : .screen(.provinces)
            // A file's data, so that the editing keys, menus and questions open.
            let editable = RolloutStore(validated: store.snapshot, origin: .file("/tmp/rollout.json"))
            var viaKey = DashboardState(store: editable, today: Self.today, route: route)
            var viaAction = viaKey
            let conflicts = [SaveConflict(subject: "mall:mpp-73.06", title: "MPP Kabupaten Gowa", mine: ["a"], theirs: ["b"]),
                             SaveConflict(subject: "batch:2024-03-07", title: "Peresmian", mine: [], theirs: ["c"])]
            let opening: [Action]
            switch binding.context {
            case .filterMenu: opening = [.openFilterMenu, .filterMenu(.move(2))]
            case .linksMenu: opening = [.showLinks]
            case .browsing, .map: opening = []
            case .replay: opening = [.replay(.start)]
            case .editMenu: opening = [.openEditMenu, .editMenu(.move(1))]
            case .form: opening = [.openForm(.reportedTotal), .form(.nextField), .form(.nextField)]
            case .formCancel: opening = [.openForm(.reportedTotal), .form(.toggle), .form(.cancel)]
            case .conflictChooser: opening = [.saveConflicts(conflicts)]
            case .unsavedQuit:
                opening = [.quit]
                try? Editor.apply(.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Catatan")), &viaKey)
                try? Editor.apply(.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Catatan")), &viaAction)
            }
            for start in [Action.move(5)] + opening {
                _ = Reducer.reduce(&viaKey, start)
                _ = Reducer.reduce(&viaAction, start)
            }
            #expect(KeyBindings.context(viaKey) == binding.context, "the opening leads to the binding's context")
            let keyEffects = Reducer.reduce(&viaKey, key: key)
            let actionEffects = Reducer.reduce(&viaAction, binding.action)
            #expect(keyEffects == actionEffects)
            #expect(viaKey.stack == viaAction.stack && viaKey.lists == viaAction.lists && viaKey.asOf == viaAction.asOf
                    && viaKey.mode == viaAction.mode && viaKey.store.snapshot == viaAction.store.snapshot)
        }
    }

    @Test func noKeyIsBoundTwice() {
        for context in KeyContext.allCases {
            let keys = KeyBindings.all.filter { $0.context == context }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count)
        }
    }

    @Test func theFooterShowsTheBindingsMarkedForIt() {
        let overview = KeyBindings.footerHints(state())
        #expect(overview.map(\.key) == ["/", "?", ":", "q", "Tab", "+ -", "0", "e", "t", "L", "r"])
        #expect(overview.first?.label == "Cari apa saja" && overview[2].label == "Perintah")
        let provinces = KeyBindings.footerHints(state(.screen(.provinces)))
        #expect(provinces.prefix(4).map(\.key) == ["Enter", "/", "f", "o"], "a list's own keys first")
        var timeline = state(.screen(.timeline))
        timeline.language = .english
        let hints = KeyBindings.footerHints(timeline)
        #expect(hints.prefix(5).map(\.key) == ["Enter", "/", "f", "o", "( )"])
        #expect(hints.first { $0.key == "/" }?.label == "Find anything")
        var replaying = state(.screen(.map))
        _ = Reducer.reduce(&replaying, .replay(.start))
        let replayHints = KeyBindings.footerHints(replaying)
        #expect(replayHints.prefix(4).map(\.key) == ["Space", "← →", "+ -", "Esc"], "the replay's keys first")
        #expect(!replayHints.contains { $0.key == "r" || $0.key.hasPrefix("←/") }, "the keys the replay takes are not offered for the screen")
    }

    // MARK: The finder

    @Test func theFinderReadsShortNamesTyposAndAccents() {
        let start = state()
        #expect(Finder.entries(for: "jatim", start).first?.title == "Jawa Timur")
        #expect(Finder.entries(for: "jateng", start).first?.title == "Jawa Tengah")
        #expect(Finder.entries(for: "SULSEL", start).first?.title == "Sulawesi Selatan")
        #expect(Finder.entries(for: "ntt", start).first?.title == "Nusa Tenggara Timur")
        #expect(Finder.entries(for: "diy", start).first?.action == .go(.province("34"), select: nil))
        #expect(Finder.entries(for: "dki", start).first?.action == .go(.province("31"), select: nil))
        let makassar = Finder.entries(for: "makasar", start)
        #expect(makassar.first?.title == "Kota Makassar", "a typo still finds the city")
        #expect(makassar.first?.action == .go(.province("73"), select: "73.71"))
        #expect(Finder.entries(for: "Bantén", start).first?.title == "Banten")
        #expect(Finder.entries(for: "zzzz", start).isEmpty)
    }

    @Test func theExactNameFindsTheRegionBeforeItsMPP() {
        let entries = Finder.entries(for: "kota makassar", state())
        #expect(entries.first?.title == "Kota Makassar")
        #expect(entries.first?.detail == "Kota · Sulawesi Selatan")
        #expect(entries.contains { $0.action == .go(.mall("mpp-73.71"), select: nil) }, "its MPP is there too")
    }

    @Test func theFinderShowsNamesKindsAndProvincesNeverIDs() {
        var start = state()
        let gowa = Finder.entries(for: "mpp kabupaten gowa", start).first
        #expect(gowa?.title == "MPP Kabupaten Gowa" && gowa?.detail == "MPP · Sulawesi Selatan")
        start.language = .english
        #expect(Finder.entries(for: "gowa", start).first?.detail == "Regency · Sulawesi Selatan")
        for entry in Finder.entries(for: "makassar", start) {
            #expect(!entry.title.contains("mpp-") && !entry.detail.contains("mpp-") && !entry.detail.contains("73."))
        }
    }

    @Test func onAListTheFinderNarrowsTheRowsAndPutsThemFirst() {
        let (typed, _) = press([.character("/")] + type("jawa"), from: state(.screen(.provinces)))
        #expect(Reducer.visibleRows(typed)?.map(\.id) == ["32", "33", "35"])
        let entries = Finder.entries(for: "jawa", typed)
        #expect(entries.prefix(3).map(\.action) == [.select("32"), .select("33"), .select("35")])
        let (chosen, _) = press([.down, .enter], from: typed)
        #expect(chosen.route == .screen(.provinces) && selectedID(chosen) == "33")
        #expect(Reducer.visibleRows(chosen)?.count == 3, "Enter keeps the list narrowed")
        let (restored, _) = press([.escape], from: chosen)
        #expect(Reducer.visibleRows(restored)?.count == 38)
        let (cancelled, _) = press([.character("/")] + type("jatim") + [.escape], from: state(.screen(.provinces)))
        #expect(Reducer.visibleRows(cancelled)?.count == 38, "Esc while typing shows every row again")
    }

    @Test func theFinderLeavesAListForSomethingElse() {
        let (gone, _) = press([.character("/")] + type("kota makassar") + [.enter], from: state(.screen(.provinces)))
        #expect(gone.stack == [.screen(.provinces), .province("73")])
        #expect(selectedID(gone) == "73.71")
        #expect(gone.list(.screen(.provinces)).query.isEmpty, "the list left behind is as it was")
    }

    @Test func theFinderRunsCommandsInBothLanguages() {
        let (english, _) = press([.character("/")] + type("english") + [.enter], from: state())
        #expect(english.language == .english)
        let (dated, _) = press([.character(":")] + type("2024-01-01") + [.enter], from: state())
        let (today, _) = press([.character(":")] + type("hari ini") + [.enter], from: dated)
        #expect(today.asOf == Self.today && today.message?.text == "Per hari ini, \(Language.indonesian.date(Self.today))")
        var englishDated = dated
        englishDated.language = .english
        let (back, _) = press([.character(":")] + type("today") + [.enter], from: englishDated)
        #expect(back.asOf == Self.today && back.message?.text == "As of today, \(Language.english.date(Self.today))")
    }

    // MARK: Keys a user expects

    @Test func oOpensTheSortMenuAndChoosingTheColumnAgainReverses() {
        let (menu, _) = press([.character("o")], from: state(.screen(.provinces)))
        #expect(menu.sortMenu?.cursor == 0)
        let coverage = SortMenuInput.columns(menu).firstIndex { $0.title == "Cakupan" }!
        let (sorted, _) = press(Array(repeating: Key.down, count: coverage) + [.enter], from: menu)
        let column = SortMenuInput.columns(menu)[coverage].index
        #expect(sorted.mode == .browsing)
        #expect(sorted.list(.screen(.provinces)).table.sortColumn == column && sorted.list(.screen(.provinces)).table.sortAscending)
        let (again, _) = press([.character("o"), .enter], from: sorted)
        #expect(again.list(.screen(.provinces)).table.sortColumn == column && !again.list(.screen(.provinces)).table.sortAscending)
        #expect(press([.character("o"), .escape], from: sorted).0.list(.screen(.provinces)) == sorted.list(.screen(.provinces)))
        #expect(press([.character("o")], from: state()).0.mode == .browsing, "no menu without a list")
    }

    @Test func capitalLSwitchesTheLanguageAndZeroReturnsToToday() {
        let (english, _) = press([.character("L")], from: state())
        #expect(english.language == .english)
        #expect(press([.character("L")], from: english).0.language == .indonesian)
        let (earlier, _) = press([.character("-"), .character("-"), .character("0")], from: state())
        #expect(earlier.asOf == Self.today)
    }

    @Test func batchKeysStopOnlyAtBatchesAndSaySoAtTheEnd() {
        let days = Set(store.index.batchesInDateOrder.compactMap { $0.date?.precision == .day ? $0.date?.firstDay : nil })
        var current = state(.screen(.timeline))
        _ = Reducer.reduce(&current, .setAsOf(Day(iso: "2017-01-01")!))
        var visited: [Day] = []
        while true {
            _ = Reducer.reduce(&current, key: .character(")"))
            if current.message != nil { break }
            visited.append(current.asOf)
        }
        #expect(visited.allSatisfy(days.contains) && !visited.contains(Day(iso: "2024-12-31")!))
        #expect(visited.count == days.count)
        #expect(current.message?.text == "Tidak ada peresmian berikutnya")
        current.language = .english
        _ = Reducer.reduce(&current, .setAsOf(Day(iso: "2017-01-01")!))
        _ = Reducer.reduce(&current, key: .character("("))
        #expect(current.message?.text == "No earlier batch")
    }

    @Test func qAsksOnceAtTheTopAndCapitalQQuitsAtOnce() {
        let (asked, effects) = press([.character("q")], from: state())
        #expect(effects.isEmpty && asked.isRunning && asked.mode == .confirmQuit)
        #expect(asked.message?.text == "Tekan q lagi atau y untuk keluar")
        #expect(press([.character("q")], from: asked).1 == [.quit])
        #expect(press([.character("y")], from: asked).1 == [.quit])
        let (stayed, kept) = press([.character("j")], from: asked)
        #expect(kept.isEmpty && stayed.isRunning && stayed.mode == .browsing && stayed.message == nil)
        var english = state()
        english.language = .english
        #expect(press([.character("q")], from: english).0.message?.text == "Press q again or y to quit")
        #expect(press([.character("Q")], from: state(.province("73"))).1 == [.quit])
        #expect(press([.control("c")], from: state()).1 == [.quit])
    }
}

extension ListRow {
    /// The second cell's text: the name in most lists.
    var name: String { cells[1].text }
}
