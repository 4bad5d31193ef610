import Localization
import RolloutData
import TerminalCanvas
import Testing
@testable import DashboardModel

/// Every edit form through the reducer: keys typed into it, Enter, and the data changed as the
/// form said; invalid input shows its problem beside the field and changes nothing.
@Suite("Edit forms")
struct FormTests {
    let fixture: EditingFixture

    init() throws {
        fixture = try EditingFixture()
    }

    typealias F = EditingFixture

    /// Opens a form from where `route` is and returns the state.
    func open(_ kind: FormKind, on route: Route, select row: String? = nil) -> DashboardState {
        var state = fixture.state(route)
        if let row { Reducer.select(&state, id: row) }
        let (opened, _) = fixture.press(F.open(kind, in: state), from: state)
        #expect(opened.form?.kind == kind, "the edit menu opens \(kind)")
        return opened
    }

    @Test func aStageOfAnMPPWithItsDateAndAKnownSource() throws {
        var state = open(.mallStage(mallID: "mpp-73.06"), on: .mall("mpp-73.06"))
        #expect(state.form?.field(.mallStage)?.choice == Choices.index(of: "inaugurated", in: .mallStages), "the last stage is recorded")
        #expect(FormView.fields(try #require(state.form), state).first?.note == "sudah tercatat (7 Mar 2024): akan diganti")
        state = fixture.press([.left], from: state).0
        #expect(FormView.fields(try #require(state.form), state).first?.note == nil, "operating is not recorded yet")
        fixture.fill(.date, "15/01/2024", in: &state)
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        fixture.fill(.note(.indonesian), "Dibuka untuk umum", in: &state)
        let (done, effects) = fixture.press([.enter], from: state)
        #expect(effects.isEmpty && done.mode == .browsing)
        let mall = try #require(done.store.index.mallByID["mpp-73.06"])
        #expect(mall.event(.operating) == StageEvent(stage: .operating, date: PartialDate(iso: "2024-01-15"), sources: ["menpan-2024-03-07"],
                                                     note: LocalizedText(indonesian: "Dibuka untuk umum")))
        #expect(done.message?.text == "Tercatat: tahap Beroperasi · MPP Kabupaten Gowa (Ctrl-S menyimpan)")
        #expect(done.editing?.unsavedCount == 1)
        #expect(done.route == .mall("mpp-73.06"))
    }

    @Test func aDateIsCheckedAsItIsTypedAndABadOneChangesNothing() {
        var state = open(.mallStage(mallID: "mpp-73.06"), on: .mall("mpp-73.06"))
        fixture.fill(.date, "31/02/2024", in: &state)
        #expect(F.problem(.date, state) == "Tanggal tidak dikenal: tulis YYYY, YYYY-MM, YYYY-MM-DD atau DD/MM/YYYY")
        state = fixture.press([.control("u")] + F.type("2027-01"), from: state).0
        #expect(F.problem(.date, state) == "Sesudah hari ini (29 Nov 2026): belum terjadi")
        state.language = .english
        #expect(F.problem(.date, state) == "After today (29 Nov 2026): it has not happened yet")
        state.language = .indonesian
        #expect(F.problem(.source(0), state) == nil, "a field not visited yet shows no missing value")
        let (refused, _) = fixture.press([.enter], from: state)
        #expect(refused.store.snapshot == fixture.store.snapshot, "nothing changed")
        #expect(refused.form?.submitted == true && refused.message?.text == "Periksa isian yang ditandai")
        #expect(refused.form?.focusedField.key == .date, "the first problem is focused")
        #expect(F.problem(.source(0), refused) == "Wajib diisi", "a source is required for every fact")
        for (typed, precision) in [("2024", DatePrecision.year), ("2024-06", .month), ("7/3/2024", .day)] {
            #expect(FieldValues.date(typed)?.precision == precision, "\(typed)")
        }
    }

    @Test func portalIntegrationWithANewSourceAddsTheSourceInTheSameStep() throws {
        var state = open(.portalIntegration(mallID: "mpp-73.06"), on: .mall("mpp-73.06"))
        state = fixture.press([.right], from: state).0
        #expect(state.form?.field(.portal)?.choice == Choices.index(of: "yes", in: .portal))
        let url = "https://www.menpan.go.id/site/berita-terkini/mpp-gowa-terintegrasi-portal"
        fixture.fill(.source(0), url, in: &state)
        #expect(state.form?.field(.sourcePublisher(0))?.text == "menpan.go.id", "the publisher follows the URL's host")
        #expect(state.form?.field(.sourceOfficial(0))?.choice == Choices.index(of: "yes", in: .yesNo), "KemenPAN-RB's own site")
        let (missing, _) = fixture.press([.enter], from: state)
        #expect(missing.form?.focusedField.key == .sourceTitle(0) && F.problem(.sourceTitle(0), missing) == "Wajib diisi")
        fixture.fill(.sourceTitle(0), "MPP Gowa terintegrasi Portal Pelayanan Publik", in: &state)
        let (done, _) = fixture.press([.enter], from: state)
        let mall = try #require(done.store.index.mallByID["mpp-73.06"])
        let id = "menpan-mpp-gowa-terintegrasi-portal"
        #expect(mall.portalIntegration == .yes && mall.portalSources == [id])
        #expect(done.store.index.sourceByID[id] == Source(id: id, url: url, title: "MPP Gowa terintegrasi Portal Pelayanan Publik",
                                                          publisher: "menpan.go.id", published: nil, isOfficial: true))
        guard case .group(let edits)? = done.editing?.history.undoSteps.last?.edit else {
            Issue.record("a fact with a new source is one step")
            return
        }
        #expect(edits.count == 2)
    }

    @Test func portalUnknownNeedsNoSource() throws {
        var state = open(.portalIntegration(mallID: "mpp-73.06"), on: .mall("mpp-73.06"))
        state = fixture.press([.left], from: state).0
        #expect(state.form?.field(.portal)?.choice == Choices.index(of: "no", in: .portal))
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        state = fixture.press([.enter], from: state).0
        #expect(state.store.index.mallByID["mpp-73.06"]?.portalIntegration == PortalIntegration.no)
        state = fixture.press(F.open(.portalIntegration(mallID: "mpp-73.06"), in: state) + [.right, .enter], from: state).0
        #expect(state.mode == .browsing, "no source needed to say it is not known")
        let mall = try #require(state.store.index.mallByID["mpp-73.06"])
        #expect(mall.portalIntegration == .unknown && mall.portalSources.isEmpty)
    }

    @Test func aCountNeedsServicesOrAgenciesAndTakesWholeNumbers() throws {
        var state = open(.facilityCount(mallID: "mpp-73.06"), on: .mall("mpp-73.06"))
        fixture.fill(.services, "dua", in: &state)
        #expect(F.problem(.services, state) == "Tulis angka bulat 0 atau lebih")
        state = fixture.press([.control("u")], from: state).0
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        let (refused, _) = fixture.press([.enter], from: state)
        #expect(F.problem(.agencies, refused) == "Isi jumlah layanan atau instansi")
        fixture.fill(.services, "212", in: &state)
        fixture.fill(.date, "2026-02", in: &state)
        let (done, _) = fixture.press([.enter], from: state)
        let mall = try #require(done.store.index.mallByID["mpp-73.06"])
        #expect(mall.counts.contains(FacilityCount(date: PartialDate(iso: "2026-02"), services: 212, agencies: nil, sources: ["menpan-2024-03-07"])))
        #expect(mall.services == 212)
    }

    @Test func theNoteIsPrefilledAndSetInBothLanguages() throws {
        var state = open(.mallNote(mallID: "mpp-31"), on: .mall("mpp-31"))
        #expect(state.form?.field(.note(.indonesian))?.text.hasPrefix("Tanggal menurut teks Humas MenPANRB") == true)
        state = fixture.press([.control("u")] + F.type("Catatan baru") + [.tab, .control("u")] + F.type("New note") + [.enter], from: state).0
        #expect(state.store.index.mallByID["mpp-31"]?.note == LocalizedText(indonesian: "Catatan baru", english: "New note"))
    }

    @Test func anMPPDigitalStageOfARegion() throws {
        var state = open(.digitalStage(.region("73.06")), on: .region("73.06"))
        while state.form?.field(.digitalStage)?.choice != Choices.index(of: "live", in: .digitalStages) {
            state = fixture.press([.right], from: state).0
        }
        fixture.fill(.date, "2026-02-01", in: &state)
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        let (done, _) = fixture.press([.enter], from: state)
        let adoption = try #require(done.store.index.digitalByPlace[.region("73.06")])
        #expect(adoption.stages.last == StageEvent(stage: .live, date: PartialDate(iso: "2026-02-01"), sources: ["menpan-2024-03-07"]))
    }

    @Test func aServiceOnlineNeedsAStageFirstAndTheRefusalIsShownInTheForm() throws {
        var state = open(.digitalService(.region("73.06")), on: .region("73.06"))
        fixture.fill(.serviceName, "Penerbitan KTP-el", in: &state)
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        let before = fixture.store.snapshot
        #expect(fixture.store.index.digitalByPlace[.region("73.06")] == nil, "Kab. Gowa has no MPP Digital stage on record")
        let (after, _) = fixture.press([.enter], from: state)
        #expect(after.form?.error == "73.06 has no MPP Digital stage on record; record its stage before its services")
        #expect(after.store.snapshot == before, "a refused edit changes nothing")
        #expect(after.editing?.history.undoSteps.isEmpty == true)
        var pilot = open(.digitalService(.region("11.71")), on: .region("11.71"))
        fixture.fill(.serviceName, "Penerbitan KTP-el", in: &pilot)
        fixture.fill(.date, "2026-03", in: &pilot)
        fixture.fill(.source(0), "menpan-2024-03-07", in: &pilot)
        let (done, _) = fixture.press([.enter], from: pilot)
        let services = try #require(done.store.index.digitalByPlace[.region("11.71")]).services
        #expect(services == [DigitalService(name: "Penerbitan KTP-el", date: PartialDate(iso: "2026-03"), sources: ["menpan-2024-03-07"])])
    }

    @Test func aNewMPPOfARegionGetsItsIdAndNameFromTheRegion() throws {
        var state = open(.newMall(.region("73.11")), on: .province("73"), select: "73.11")
        #expect(state.form?.field(.mallID)?.text == "mpp-73.11")
        #expect(state.form?.field(.mallName)?.text == "MPP Kabupaten Barru")
        fixture.fill(.date, "2026-02-10", in: &state)
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        let (done, _) = fixture.press([.enter], from: state)
        let mall = try #require(done.store.index.mallByID["mpp-73.11"])
        #expect(mall.place == .region("73.11") && mall.name == "MPP Kabupaten Barru")
        #expect(mall.stages == [StageEvent(stage: .inaugurated, date: PartialDate(iso: "2026-02-10"), sources: ["menpan-2024-03-07"])])
        #expect(done.store.snapshot.asOf == Day(iso: "2026-02-10"), "a fact of a later day moves the data's date")
        #expect(done.route == .province("73") && Reducer.selectedRow(done)?.id == "73.11", "the list keeps its place")
        let gowa = open(.newMall(.region("73.06")), on: .region("73.06"))
        #expect(gowa.form?.field(.mallID)?.text == "mpp-73.06-2", "the id of a region with an MPP already")
        var taken = gowa
        taken = fixture.press([.control("u")] + F.type("mpp-73.06"), from: taken).0
        #expect(F.problem(.mallID, taken) == "Id ini sudah dipakai MPP lain")
    }

    @Test func aReportedTotalWithItsReporterAndRelation() throws {
        var state = open(.reportedTotal, on: .screen(.overview))
        fixture.fill(.date, "2026-02-10", in: &state)
        fixture.fill(.total, "320", in: &state)
        state = fixture.press(F.tab(to: .approximate, in: state) + [.character(" ")], from: state).0
        state = fixture.press(F.tab(to: .batchRelation, in: state) + [.right, .right], from: state).0
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        let (done, _) = fixture.press([.enter], from: state)
        #expect(done.store.snapshot.reportedTotals.contains(
            ReportedTotal(date: PartialDate(iso: "2026-02-10")!, total: 320, reporter: .kemenpanrb, isApproximate: true, batchRelation: .after,
                          sources: ["menpan-2024-03-07"])))
        #expect(done.message?.text.hasPrefix("Tercatat: total 320 per 10 Feb 2026") == true)
    }

    @Test func aBatchWithANewMPPPickedFromTheList() throws {
        var state = open(.newMall(.region("73.11")), on: .region("73.11"))
        fixture.fill(.date, "2026-02-10", in: &state)
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        state = fixture.press([.enter], from: state).0
        state = fixture.press(F.open(.batch, in: state), from: state).0
        fixture.fill(.date, "2026-02-10", in: &state)
        fixture.fill(.announced, "2", in: &state)
        fixture.fill(.members, "kab barru", in: &state)
        #expect(state.form?.field(.members)?.picked == [], "a space between the words typed picks nothing")
        state = fixture.press([.enter], from: state).0
        #expect(state.form?.field(.members)?.picked == ["mpp-73.11"], "the new MPP is pickable")
        #expect(state.form?.field(.members)?.text == "", "the words are cleared for the next search")
        state = fixture.press(F.type("gowa") + [.enter], from: state).0
        #expect(state.form?.field(.members)?.picked == ["mpp-73.11", "mpp-73.06"])
        fixture.fill(.source(0), "menpan-2024", in: &state)
        #expect(state.form?.field(.source(0))?.cursor == 0, "a partial id highlights the first suggestion")
        state = fixture.press([.enter], from: state).0
        #expect(state.form?.field(.source(0))?.text == "menpan-2024-03-07", "Enter takes the suggestion")
        let (done, _) = fixture.press([.enter], from: state)
        let batch = try #require(done.store.snapshot.batches.first { $0.id == "2026-02-10" })
        #expect(batch.mallIDs == ["mpp-73.11", "mpp-73.06"] && batch.kind == .inauguration)
        #expect(batch.announcements == [Announcement(count: 2, reporter: .kemenpanrb, sources: ["menpan-2024-03-07"])])
    }

    @Test func aCoverageClaimOfTheProvinceTheUserIsOn() throws {
        var state = open(.coverageClaim(provinceCode: "73"), on: .screen(.provinces), select: "73")
        #expect(state.form?.field(.province)?.text == "73")
        state = fixture.press(F.tab(to: .scope, in: state) + [.right, .right], from: state).0
        fixture.fill(.regions, "gowa", in: &state)
        state = fixture.press([.enter] + F.type("barru") + [.enter], from: state).0
        fixture.fill(.count, "2", in: &state)
        fixture.fill(.date, "2026-02-10", in: &state)
        fixture.fill(.source(0), "menpan-2024-03-07", in: &state)
        let (done, _) = fixture.press([.enter], from: state)
        let claim = try #require(done.store.snapshot.coverageClaims.first { $0.id == "2026-02-10-73-listed" })
        #expect(claim.covers == .listed && claim.regions == ["73.06", "73.11"] && claim.count == 2 && claim.provinceCode == "73")
        var none = open(.coverageClaim(provinceCode: nil), on: .screen(.overview))
        fixture.fill(.province, "sulsel", in: &none)
        #expect(F.problem(.province, none) != nil && none.form?.field(.province)?.cursor == 0)
        none = fixture.press([.enter], from: none).0
        #expect(none.form?.field(.province)?.text == "73", "the short name finds Sulawesi Selatan")
    }

    @Test func aSourceOfItsOwn() throws {
        var state = open(.source, on: .screen(.overview))
        fixture.fill(.url, "https://bali.antaranews.com/berita/400000/mpp-baru-2026.html", in: &state)
        #expect(state.form?.field(.sourcePublisher(0))?.text == "bali.antaranews.com")
        fixture.fill(.sourceTitle(0), "MPP baru 2026", in: &state)
        fixture.fill(.published, "2026-02-11", in: &state)
        let (done, _) = fixture.press([.enter], from: state)
        let source = try #require(done.store.index.sourceByID["antaranews-bali-mpp-baru-2026"])
        #expect(source.published == PartialDate(iso: "2026-02-11") && !source.isOfficial && source.publisher == "bali.antaranews.com")
        var again = open(.source, on: .screen(.overview))
        fixture.fill(.url, "https://menpan.go.id/site/berita-foto/peresmian-bersama-mpp-dan-penguatan-komitmen-penerapan-mpp-digital", in: &again)
        #expect(F.problem(.url, again) == "URL ini sudah tercatat sebagai sumber menpan-2024-03-07")
    }

    @Test func aConflictBetweenTwoSourcesAboutTheMPPTheUserIsOn() throws {
        var state = open(.conflict(subject: "mall:mpp-73.06"), on: .mall("mpp-73.06"))
        fixture.fill(.topic(.indonesian), "Jumlah layanan MPP Gowa", in: &state)
        fixture.fill(.claimText(1, .indonesian), "Dinas menyebut 200 layanan", in: &state)
        fixture.fill(.claimValue(1), "200", in: &state)
        fixture.fill(.source(1), "menpan-2024-03-07", in: &state)
        fixture.fill(.claimText(2, .indonesian), "Media menyebut 180 layanan", in: &state)
        fixture.fill(.claimValue(2), "180", in: &state)
        fixture.fill(.source(2), "https://gowakab.go.id/mpp-180-layanan", in: &state)
        fixture.fill(.sourceTitle(2), "MPP Gowa 180 layanan", in: &state)
        #expect(state.form?.field(.claimText(3, .indonesian)).map { FormRules.isVisible($0, in: state.form!, state) } == false)
        let (done, _) = fixture.press([.enter], from: state)
        let conflict = try #require(done.store.snapshot.conflicts.first { $0.id == "mall-mpp-73.06" })
        #expect(conflict.subject == "mall:mpp-73.06" && conflict.topic == LocalizedText(indonesian: "Jumlah layanan MPP Gowa"))
        #expect(conflict.claims.map(\.value) == [200, 180] && conflict.claims[1].sources == ["gowakab-mpp-180-layanan"])
    }

    @Test func escAsksOnlyWhenSomethingWasTyped() {
        let state = open(.reportedTotal, on: .screen(.overview))
        #expect(fixture.press([.escape], from: state).0.mode == .browsing)
        let typed = fixture.press(F.type("2026"), from: state).0
        let asked = fixture.press([.escape], from: typed).0
        #expect(asked.form?.confirmingCancel == true)
        let goesOn = fixture.press([.character("n")], from: asked).0
        #expect(goesOn.form?.confirmingCancel == false && goesOn.form?.field(.date)?.text == "2026", "any other key goes on")
        let (discarded, _) = fixture.press([.escape, .character("y")], from: typed)
        #expect(discarded.mode == .browsing && discarded.message?.text == "Isian dibuang")
    }

    @Test func pasteGoesIntoTheFieldOnOneLine() {
        var state = open(.source, on: .screen(.overview))
        Reducer.reduce(&state, paste: "https://example.org/a\r\n")
        #expect(state.form?.field(.url)?.text == "https://example.org/a ", "a line break is one space")
        #expect(F.problem(.url, state) == nil)
    }

    @Test func aPickListIsBuiltOnceAndFindsWhatABuiltOneFinds() throws {
        var state = open(.batch, on: .screen(.overview))
        #expect(state.pickIndex == nil, "no pick list until a field of one is typed in")
        state = fixture.press(F.tab(to: .members, in: state) + F.type("kota ma"), from: state).0
        let index = try #require(state.pickIndex)
        #expect(index.options.count == fixture.store.snapshot.malls.count)
        let form = try #require(state.form)
        var fresh = state
        fresh.pickIndex = nil
        let cached = PickLists.matches(.malls, "kota ma", form, state).map(\.value)
        #expect(!cached.isEmpty && cached == PickLists.matches(.malls, "kota ma", form, fresh).map(\.value))
        #expect(cached.contains("mpp-73.71"), "Kota Makassar among them")
        Reducer.reduce(&state, paste: String(repeating: "x", count: LineEditor.maximumLength))
        #expect(state.message?.isError == true && state.form?.field(.members)?.text.utf8.count == LineEditor.maximumLength)
    }

    @Test func theCommandLineOpensTheFormsAndSaves() throws {
        let start = fixture.state(.mall("mpp-73.06"))
        let (batch, _) = fixture.press([.character(":")] + F.type("tambah peresmian") + [.enter], from: start)
        #expect(batch.form?.kind == .batch)
        let (stage, _) = fixture.press([.character(":")] + F.type("add stage") + [.enter], from: start)
        #expect(stage.form?.kind == .mallStage(mallID: "mpp-73.06"))
        var edited = start
        try Editor.apply(.setMallNote(mallID: "mpp-73.06", note: LocalizedText(indonesian: "Catatan")), &edited)
        let (_, effects) = fixture.press([.character(":")] + F.type("simpan") + [.enter], from: edited)
        #expect(effects.count == 1 && effects.first == .save(edited.store.snapshot), "the edited data to save")
    }

    @Test func theEditMenuOffersWhatFitsWhereTheUserIs() {
        #expect(EditContext(fixture.state(.screen(.overview))).forms == [.reportedTotal, .batch, .coverageClaim(provinceCode: nil), .source,
                                                                           .conflict(subject: nil)])
        let mall = EditContext(fixture.state(.mall("mpp-73.06"))).forms
        #expect(mall.prefix(4) == [.mallStage(mallID: "mpp-73.06"), .portalIntegration(mallID: "mpp-73.06"), .facilityCount(mallID: "mpp-73.06"),
                                   .mallNote(mallID: "mpp-73.06")])
        #expect(mall.last == .conflict(subject: "mall:mpp-73.06"))
        var jakarta = fixture.state(.province("31"))
        Reducer.select(&jakarta, id: "31")
        let jakartaForms = EditContext(jakarta).forms
        #expect(jakartaForms.first == .mallStage(mallID: "mpp-31"), "a row with one MPP offers that MPP's edits first")
        #expect(jakartaForms.contains(.digitalStage(.province("31"))), "DK Jakarta is served at province level")
        var gowa = fixture.state(.province("73"))
        Reducer.select(&gowa, id: "73.06")
        #expect(EditContext(gowa).forms.prefix(5) == [.mallStage(mallID: "mpp-73.06"), .portalIntegration(mallID: "mpp-73.06"),
                                                      .facilityCount(mallID: "mpp-73.06"), .mallNote(mallID: "mpp-73.06"),
                                                      .digitalStage(.region("73.06"))])
        #expect(EditContext(gowa).forms.last == .conflict(subject: "region:73.06"), "the row's region is the subject")
        var timeline = fixture.state(.screen(.timeline))
        Reducer.select(&timeline, id: "2024-03-07")
        #expect(EditContext(timeline).forms.last == .conflict(subject: "batch:2024-03-07"))
    }
}
