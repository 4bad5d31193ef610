import CSV
import Foundation
import RolloutData
import Spreadsheet
import Testing

/// What an import changes: nothing for what the snapshot has, exactly the edit for a row added or
/// changed, the same whatever the spreadsheet's language, separator, encoding mark, line ends and
/// date style.
@Suite("Importing a spreadsheet")
struct SheetImportTests {
    let menpan = SheetFixture.menpan
    let gowa = SheetFixture.gowa

    /// The export of the built-in dataset as CSV, written by CSV.swift.
    private func exportedSheet() throws -> String {
        let writer = try CSVWriter(stream: .toMemory())
        try writer.write(row: RolloutSheet.header)
        for row in RolloutSheet.rows(SheetFixture.index) { try writer.write(row: row) }
        writer.stream.close()
        let data = try #require(writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data)
        let text = String(decoding: data, as: UTF8.self)
        return text.hasSuffix("\n") ? text : text + "\r\n"
    }

    @Test func theExportOfTheSnapshotImportsAsNoChange() throws {
        let plan = try SheetFixture.plan(try exportedSheet())
        #expect(plan.isEmpty)
        #expect(plan.rows == SheetFixture.index.snapshot.malls.reduce(0) { $0 + $1.stages.count }
            + SheetFixture.index.snapshot.digital.reduce(0) { $0 + $1.stages.count })
        #expect(plan.result == SheetFixture.index.snapshot)
    }

    @Test func aRowAddedToTheExportImportsAsThatOneChange() throws {
        let added = "mpp,73.06,mpp-73.06,MPP Kabupaten Gowa,operating,2024-01-25,\(menpan),,,unknown,,,,,\n"
        let plan = try SheetFixture.plan(try exportedSheet() + added)
        let event = StageEvent<MallStage>(stage: .operating, date: PartialDate(iso: "2024-01-25"), sources: [menpan])
        #expect(plan.changes == [.mallStage(mall: gowa, before: nil, after: event)])
        #expect(plan.edit == .group([.setMallStage(mallID: "mpp-73.06", event: event)]))
        #expect(plan.result.malls.first { $0.id == "mpp-73.06" }?.stages.map(\.stage) == [.operating, .inaugurated])
    }

    @Test func aDateChangedInTheExportImportsAsThatOneChange() throws {
        let sheet = try exportedSheet().replacingOccurrences(of: "MPP Kabupaten Gowa,inaugurated,2024-03-07,", with: "MPP Kabupaten Gowa,inaugurated,2024-03-08,")
        let plan = try SheetFixture.plan(sheet)
        let before = try #require(gowa.event(.inaugurated))
        #expect(plan.changes == [.mallStage(mall: gowa, before: before, after: StageEvent(stage: .inaugurated, date: PartialDate(iso: "2024-03-08"), sources: [menpan]))])
    }

    /// The same rows in English with commas, LF and ISO dates, and in Indonesian with
    /// semicolons, a BOM, CRLF, DD/MM/YYYY and the glossary's words.
    @Test func languageSeparatorBOMLineEndsAndDateStyleDoNotChangeThePlan() throws {
        let english = """
            record,region_code,mpp_name,stage,date,source,source_title,portal_integration,services,online_services
            mpp,73.01,MPP Kabupaten Kepulauan Selayar,operating,2026-02-10,https://example.go.id/selayar,Selayar buka MPP,yes,120,
            mpp,73.06,,inaugurated,2024-03-07,\(menpan),,,,
            digital,73.71,,live,2026-03,\(menpan),,,,Penerbitan KTP-el | Akta Kelahiran

            """
        let indonesian = "\u{FEFF}Jenis;KODE WILAYAH;Nama MPP;Tahap;Tanggal;Sumber;Judul Sumber;Integrasi Portal;Jumlah Layanan;Layanan Daring\r\n"
            + "MPP;73.01;MPP Kabupaten Kepulauan Selayar;Beroperasi;10/02/2026;https://example.go.id/selayar;Selayar buka MPP;ya;120;\r\n"
            + "mpp;73.06;;Peresmian;07/03/2024;\(menpan);;;;\r\n"
            + "Digital;73.71;;Sudah berjalan;2026-03;\(menpan);;;;\"Penerbitan KTP-el|Akta Kelahiran\"\r\n"
        let fromEnglish = try SheetFixture.plan(english)
        let fromIndonesian = try SheetFixture.plan(Array(indonesian.utf8))
        #expect(fromIndonesian.changes == fromEnglish.changes)
        #expect(fromEnglish.changes.count == 5)
        guard case .newMall(let mall) = fromEnglish.changes[1] else {
            Issue.record("expected a new MPP second, found \(fromEnglish.changes)")
            return
        }
        #expect(mall.id == "mpp-73.01")
        #expect(mall.stages == [StageEvent(stage: .operating, date: PartialDate(iso: "2026-02-10"), sources: ["example-selayar"])])
        #expect(mall.portalIntegration == .yes && mall.portalSources == ["example-selayar"])
        #expect(mall.counts == [FacilityCount(date: PartialDate(iso: "2026-02-10"), services: 120, agencies: nil, sources: ["example-selayar"])])
        #expect(fromEnglish.result.asOf == Day(iso: "2026-03-01"), "the snapshot's date moves to its newest fact")
    }

    @Test func aNewSourceGetsAnIdFromItsSiteAndPathAndItsHostAsPublisher() throws {
        let sheet = """
            record,region_code,stage,date,source,source_title
            mpp,73.06,operating,2024-01,https://www.kompas.com/read/2024/01/05/mpp-gowa-dibuka.html,MPP Gowa dibuka
            mpp,73.06,inaugurated,2024-03-07,https://menpan.go.id/site/berita/gowa,Gowa diresmikan

            """
        let sources = try SheetFixture.plan(sheet).changes.compactMap { change -> Source? in
            if case .newSource(let source) = change { return source }
            return nil
        }
        #expect(sources == [
            Source(id: "kompas-mpp-gowa-dibuka", url: "https://www.kompas.com/read/2024/01/05/mpp-gowa-dibuka.html", title: "MPP Gowa dibuka",
                   publisher: "kompas.com", published: nil, isOfficial: false),
            Source(id: "menpan-gowa", url: "https://menpan.go.id/site/berita/gowa", title: "Gowa diresmikan", publisher: "menpan.go.id",
                   published: nil, isOfficial: true),
        ])
    }

    @Test func countsThatRestateTheMPPsNumbersChangeNothingAndOthersAreDatedByTheRow() throws {
        let sheet = (["record,region_code,stage,date,source,services,agencies", "mpp,12.23,inaugurated,2024-06-24,beritaktual-17-mpp,160,31",
                      "mpp,13.04,inaugurated,2024-06-24,beritaktual-17-mpp,110,"]).joined(separator: "\n")
        let plan = try SheetFixture.plan(sheet)
        let mall = try #require(SheetFixture.index.mallByID["mpp-13.04"])
        #expect(plan.changes == [.count(mall: mall, FacilityCount(date: PartialDate(iso: "2024-06-24"), services: 110, agencies: nil, sources: ["beritaktual-17-mpp"]))])
        #expect(plan.result.malls.first { $0.id == "mpp-13.04" }?.services == 110)
    }

    @Test func newNumbersOnEveryRowOfAnMPPAreOneCountDatedWithItsLatestRow() throws {
        let sheet = ["record,region_code,stage,date,source,services", "mpp,12.71,operating,2024-01-25,\(menpan),250",
                     "mpp,12.71,inaugurated,2024-03-07,\(menpan),250"].joined(separator: "\n")
        let plan = try SheetFixture.plan(sheet)
        let medan = try #require(SheetFixture.index.mallByID["mpp-12.71"])
        let counts = plan.changes.compactMap { change -> FacilityCount? in
            if case .count(_, let count) = change { return count }
            return nil
        }
        #expect(counts == [FacilityCount(date: PartialDate(iso: "2024-03-07"), services: 250, agencies: nil, sources: [menpan])])
        #expect(plan.result.malls.first { $0.id == medan.id }?.services == 250)
    }

    @Test func twoNumbersForOneDateAreRefused() {
        let sheet = ["record,region_code,stage,date,source,services", "mpp,73.06,inaugurated,2024-03-07,\(menpan),250",
                     "mpp,73.06,inaugurated,2024-03-07,\(menpan),260"].joined(separator: "\n")
        #expect(SheetFixture.problems(sheet) == ["r.csv:3: column services: expected services 250 as on line 2 for the count of 2024-03-07, found services 260, agencies —"])
    }

    @Test func anotherSourceForADateOnRecordIsAddedToThatStage() throws {
        let plan = try SheetFixture.plan("record,region_code,stage,date,source\nmpp,73.06,inaugurated,2024-03-07,liputan6-2024-03-07\n")
        let before = try #require(gowa.event(.inaugurated))
        var after = before
        after.sources.append("liputan6-2024-03-07")
        #expect(plan.changes == [.mallStage(mall: gowa, before: before, after: after)])
    }

    @Test func aRowRestatingTheSnapshotBesideOneChangingItLetsTheChangeStand() throws {
        let sheet = ["record,region_code,stage,date,source,portal_integration", "mpp,73.06,inaugurated,2024-03-07,\(menpan),unknown",
                     "mpp,73.06,inaugurated,2024-03-07,\(menpan),yes"].joined(separator: "\n")
        #expect(try SheetFixture.plan(sheet).changes == [.portal(mall: gowa, after: .yes, sources: [menpan])])
    }

    @Test func headersAreReadInEitherLanguageInAnyOrderWhateverTheirCaseAndAccents() throws {
        let layout = try SheetLayout(header: ["Sumber", "STAGE", " kode wilayah ", "Jénis", "catatan-en"], file: "r.csv")
        #expect(layout.fields == [.source: 0, .stage: 1, .regionCode: 2, .record: 3, .noteEnglish: 4])
        #expect(layout.name(.regionCode) == " kode wilayah ")
        #expect(SheetColumn.allCases.allSatisfy { SheetColumn(header: $0.english) == $0 && SheetColumn(header: $0.indonesian) == $0 })
    }

    @Test func thePreviewSaysWhatChangesInTheChosenLanguage() throws {
        let sheet = """
            record,region_code,mpp_name,stage,date,source,source_title,portal_integration
            mpp,73.01,MPP Kabupaten Kepulauan Selayar,operating,2026-02-10,https://example.go.id/selayar,Selayar buka MPP,
            mpp,73.06,,inaugurated,2024-03-08,\(menpan),,yes
            digital,73.71,,live,2026-03,\(menpan),,

            """
        let plan = try SheetFixture.plan(sheet)
        #expect(ImportPreview.lines(plan, file: "r.csv", target: "rollout.json", index: SheetFixture.index, language: .english) == [
            "Import of r.csv into rollout.json: rows 3, changes 5",
            "", "New sources", "  + example-selayar: Selayar buka MPP (example.go.id) https://example.go.id/selayar",
            "", "New MPPs", "  + MPP Kabupaten Kepulauan Selayar (mpp-73.01), Kab. Kepulauan Selayar (73.01): Operating 10 Feb 2026",
            "", "MPPs on record", "  MPP Kabupaten Gowa (mpp-73.06): Inaugurated 7 Mar 2024 → 8 Mar 2024",
            "  MPP Kabupaten Gowa (mpp-73.06): Integrated with the Public Service Portal: unknown → yes",
            "", "MPP Digital per region", "  Kota Makassar (73.71): + Live Mar 2026",
        ])
        #expect(ImportPreview.lines(plan, file: "r.csv", target: "rollout.json", index: SheetFixture.index, language: .indonesian)[9]
            == "  MPP Kabupaten Gowa (mpp-73.06): Diresmikan 7 Mar 2024 → 8 Mar 2024")
    }
}
