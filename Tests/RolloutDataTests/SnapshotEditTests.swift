import Testing
@testable import RolloutData

@Suite("Edits of a snapshot")
struct SnapshotEditTests {
    let base = SmallSnapshot.make().canonicalized()
    let date = SmallSnapshot.date

    @Test func aNewStageReplacesTheEventOfThatStageAndKeepsTheOrder() throws {
        let event = StageEvent<MallStage>(stage: .inaugurated, date: date("2024-03-07"), sources: ["s1"])
        let edited = try base.applying(.setMallStage(mallID: "mpp-33.02", event: event))
        let mall = try #require(edited.malls.first { $0.id == "mpp-33.02" })
        #expect(mall.stages.map(\.stage) == [.operating, .inaugurated])
        let corrected = StageEvent<MallStage>(stage: .inaugurated, date: date("2024-03-08"), sources: ["s2"])
        let again = try edited.applying(.setMallStage(mallID: "mpp-33.02", event: corrected))
        #expect(again.malls.first { $0.id == "mpp-33.02" }?.event(.inaugurated) == corrected)
        #expect(base.malls.first { $0.id == "mpp-33.02" }?.stages.count == 1, "the original is untouched")
    }

    @Test func aFactDatedAfterTheSnapshotMovesItsDateForward() throws {
        let total = ReportedTotal(date: date("2026-03-12"), total: 320, reporter: .kemenpanrb, sources: ["s2"])
        let edited = try base.applying(.addReportedTotal(total))
        #expect(edited.asOf == Day(iso: "2026-03-12"))
        #expect(edited.reportedTotals.contains(total))
        #expect(edited.revision == base.revision)
    }

    @Test func anEditNamingAnUnknownRecordIsRefusedWithItsReason() {
        let event = StageEvent<MallStage>(stage: .inaugurated, date: date("2024-03-07"), sources: ["s1"])
        #expect(throws: EditError("no MPP with id \"mpp-99.99\" is recorded")) {
            try base.applying(.setMallStage(mallID: "mpp-99.99", event: event))
        }
    }

    @Test func aFactWithoutAKnownSourceIsRefusedByTheFormatsRules() throws {
        let event = StageEvent<MallStage>(stage: .inaugurated, date: date("2024-03-07"), sources: ["nowhere"])
        let error = try #require(throws: EditError.self) { try base.applying(.setMallStage(mallID: "mpp-33.02", event: event)) }
        #expect(error.description.contains("unknown source \"nowhere\""))
    }

    @Test func aDuplicateRecordIsRefused() {
        let source = Source(id: "s3", url: "https://example.org/1", title: "Again", publisher: "example.org", published: nil,
                            isOfficial: false)
        #expect(throws: EditError("the URL https://example.org/1 is already the source \"s1\"")) {
            try base.applying(.addSource(source))
        }
        #expect(throws: EditError.self) { try base.applying(.addMall(base.malls[0])) }
    }

    @Test func aGroupAddsASourceAndTheBatchThatCitesItAsOneChange() throws {
        let source = Source(id: "s9", url: "https://example.org/batch", title: "Peresmian", publisher: "example.org",
                            published: date("2026-02-10"), isOfficial: true)
        let mall = Mall(id: "mpp-33.72", place: .region("33.71"), name: "MPP Baru",
                        stages: [StageEvent(stage: .inaugurated, date: date("2026-02-10"), sources: ["s9"])], sources: ["s9"])
        let batch = Batch(id: "batch-2026-02-10", date: date("2026-02-10"), kind: .inauguration,
                          announcements: [Announcement(count: 2, reporter: .kemenpanrb, sources: ["s9"])],
                          mallIDs: ["mpp-33.72", "mpp-33.02"], sources: ["s9"])
        let edit = SnapshotEdit.group([.addSource(source), .addMall(mall), .addBatch(batch)])
        let edited = try base.applying(edit)
        #expect(edited.batches.contains(batch))
        #expect(edited.asOf == Day(iso: "2026-02-10"))
        #expect(edit.subjects == ["source:s9", "mall:mpp-33.72", "batch:batch-2026-02-10"])
        #expect(throws: EditError.self, "the batch alone names a mall and a source that do not exist") {
            try base.applying(.addBatch(batch))
        }
    }

    @Test func digitalServicesNeedAStageAndReplaceOneOfTheSameName() throws {
        let service = DigitalService(name: "Penerbitan KTP-el", date: date("2025-05"), sources: ["s1"])
        #expect(throws: EditError.self) { try base.applying(.setDigitalService(place: .region("33.02"), service: service)) }
        let withStage = try base.applying(.setDigitalStage(place: .region("33.02"),
                                                           event: StageEvent(stage: .committed, date: date("2024-10"), sources: ["s2"])))
        let once = try withStage.applying(.setDigitalService(place: .region("33.02"), service: service))
        var renamed = service
        renamed.name = "penerbitan ktp-el"
        renamed.sources = ["s2"]
        let twice = try once.applying(.setDigitalService(place: .region("33.02"), service: renamed))
        #expect(twice.digital.first { $0.place == .region("33.02") }?.services == [renamed])
    }

    @Test func theFormatKeepsTheNewFieldsThroughAWriteAndARead() throws {
        let service = DigitalService(name: "Izin usaha", date: nil, sources: ["s1"])
        let edited = try base.applying(.group([
            .setPortalIntegration(mallID: "mpp-33.01", integration: .yes, sources: ["s2"]),
            .setDigitalService(place: .region("33.01"), service: service),
        ]))
        let read = try SnapshotDecoder.decode(SnapshotEncoder.encode(edited), file: "edited.json")
        #expect(read == edited)
        #expect(read.version == SnapshotVersion(major: 1, minor: 2))
    }
}
