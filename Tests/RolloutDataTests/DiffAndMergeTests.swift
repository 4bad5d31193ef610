import JSONSupport
import Testing
@testable import RolloutData

/// The record-level diff of two snapshots and the three-way merge of two edits.
@Suite("Diff and merge of snapshots")
struct DiffAndMergeTests {
    let base = SmallSnapshot.make().canonicalized()

    func mall(_ id: String, in snapshot: Snapshot) -> Mall? { snapshot.malls.first { $0.id == id } }

    func withNote(_ note: String, onMall id: String, in snapshot: Snapshot) -> Snapshot {
        var copy = snapshot
        let position = copy.malls.firstIndex { $0.id == id }!
        copy.malls[position].note = LocalizedText(indonesian: note)
        return copy
    }

    // MARK: Diff

    @Test func equalSnapshotsHaveNoChangesWhateverTheirOrder() {
        var shuffled = base
        shuffled.malls.reverse()
        shuffled.reportedTotals.reverse()
        #expect(SnapshotDiff.changes(from: base, to: base).isEmpty)
        #expect(SnapshotDiff.changes(from: base, to: shuffled).isEmpty)
    }

    @Test func aChangedRecordComesWithBothVersions() {
        let edited = withNote("Catatan baru", onMall: "mpp-33.02", in: base)
        let changes = SnapshotDiff.changes(from: base, to: edited)
        #expect(changes == [SnapshotChange(subject: "mall:mpp-33.02", kind: .changed, before: mall("mpp-33.02", in: base)!.jsonValue,
                                           after: mall("mpp-33.02", in: edited)!.jsonValue)])
    }

    @Test func addedAndRemovedRecordsAndFieldsOfTheSnapshot() {
        var edited = base
        edited.malls.removeAll { $0.id == "mpp-94.01" }
        edited.sources.append(Source(id: "s3", url: nil, title: "Three", publisher: "Three", published: nil, isOfficial: false))
        edited.title = LocalizedText(indonesian: "Judul baru")
        edited.asOf = SmallSnapshot.day("2025-02-01")
        let changes = SnapshotDiff.changes(from: base, to: edited)
        #expect(changes.map(\.subject) == ["snapshot:title", "snapshot:asOf", "source:s3", "mall:mpp-94.01"])
        #expect(changes.map(\.kind) == [.changed, .changed, .added, .removed])
        #expect(changes[1].before == .string("2025-01-01") && changes[1].after == .string("2025-02-01"))
        #expect(changes[2].before == nil && changes[2].after == edited.sources.last!.jsonValue)
        #expect(changes[3].after == nil && changes[3].before == mall("mpp-94.01", in: base)!.jsonValue)
    }

    /// A reported total has no id: a total whose figure changes is one total removed and another added.
    @Test func aChangedTotalIsARemovalAndAnAddition() {
        var edited = base
        edited.reportedTotals[2].total = 209
        let changes = SnapshotDiff.changes(from: base, to: edited)
        #expect(changes.map(\.kind) == [.removed, .added])
        #expect(changes.map(\.subject) == ["total:2024-06-24/208/kemenpanrb/s1", "total:2024-06-24/209/kemenpanrb/s1"])
    }

    @Test func oneChangeAmongThousandsOfMPPs() throws {
        let large = try SyntheticSnapshot.generate(malls: 20_000, seed: 5).canonicalized()
        var edited = large
        edited.malls[12_345].name += " (baru)"
        edited.sources.removeLast()
        let changes = SnapshotDiff.changes(from: large, to: edited)
        #expect(changes.map(\.subject) == ["source:\(large.sources.last!.id)", "mall:\(large.malls[12_345].id)"])
        #expect(changes.map(\.kind) == [.removed, .changed])
    }

    // MARK: Merge

    @Test func changesToDifferentRecordsAreBothKept() throws {
        var mine = withNote("Milik saya", onMall: "mpp-33.02", in: base)
        mine.title = LocalizedText(indonesian: "Judul saya")
        var theirs = withNote("Milik mereka", onMall: "mpp-33.71", in: base)
        theirs.revision = 4
        theirs.reportedTotals.append(ReportedTotal(date: SmallSnapshot.date("2024-12"), total: 230, reporter: .press, sources: ["s2"]))
        guard case .merged(let merged) = SnapshotMerge(base: base, mine: mine, theirs: theirs).result() else {
            Issue.record("expected a merge")
            return
        }
        #expect(mall("mpp-33.02", in: merged)?.note == LocalizedText(indonesian: "Milik saya"))
        #expect(mall("mpp-33.71", in: merged)?.note == LocalizedText(indonesian: "Milik mereka"))
        #expect(merged.title == LocalizedText(indonesian: "Judul saya"))
        #expect(merged.reportedTotals.count == 4)
        #expect(merged.revision == 4, "the revision on disk")
        #expect(merged == merged.canonicalized())
    }

    @Test func theSameChangeOnBothSidesIsNoConflict() {
        let mine = withNote("Sama", onMall: "mpp-33.02", in: base)
        var theirs = mine
        theirs.malls.removeAll { $0.id == "mpp-94.01" }
        #expect(SnapshotMerge(base: base, mine: mine, theirs: theirs).result() == .merged(theirs))
    }

    @Test func differentChangesToOneRecordAreAConflictWithAllThreeVersions() {
        let mine = withNote("Milik saya", onMall: "mpp-33.02", in: base)
        var theirs = withNote("Milik mereka", onMall: "mpp-33.02", in: base)
        theirs.title = LocalizedText(english: "Their title")
        let merge = SnapshotMerge(base: base, mine: mine, theirs: theirs)
        #expect(merge.result() == .conflicts([MergeConflict(
            subject: "mall:mpp-33.02", base: mall("mpp-33.02", in: base)!.jsonValue, mine: mall("mpp-33.02", in: mine)!.jsonValue,
            theirs: mall("mpp-33.02", in: theirs)!.jsonValue)]))
        guard case .merged(let keptMine) = merge.result(choosing: ["mall:mpp-33.02": .mine]),
              case .merged(let keptTheirs) = merge.result(choosing: ["mall:mpp-33.02": .theirs]) else {
            Issue.record("a choice settles the conflict")
            return
        }
        #expect(mall("mpp-33.02", in: keptMine)?.note == LocalizedText(indonesian: "Milik saya"))
        #expect(mall("mpp-33.02", in: keptTheirs)?.note == LocalizedText(indonesian: "Milik mereka"))
        #expect(keptMine.title == LocalizedText(english: "Their title"), "their other changes stay")
    }

    @Test func aRemovalAgainstAChangeIsAConflict() {
        var mine = base
        mine.malls.removeAll { $0.id == "mpp-94.01" }
        let theirs = withNote("Direvisi", onMall: "mpp-94.01", in: base)
        let merge = SnapshotMerge(base: base, mine: mine, theirs: theirs)
        guard case .conflicts(let conflicts) = merge.result() else {
            Issue.record("expected a conflict")
            return
        }
        #expect(conflicts.map(\.subject) == ["mall:mpp-94.01"])
        #expect(conflicts[0].mine == nil && conflicts[0].theirs != nil && conflicts[0].base != nil)
        guard case .merged(let merged) = merge.result(choosing: ["mall:mpp-94.01": .mine]) else {
            Issue.record("choosing mine removes it")
            return
        }
        #expect(mall("mpp-94.01", in: merged) == nil)
    }

    /// Mine adds a batch naming an MPP that theirs removed: each side alone is valid, the merge is
    /// not, and it is a conflict at the batch, never a merged snapshot.
    @Test func aMergeThatFailsValidationIsAConflict() throws {
        var mine = base
        mine.batches.append(Batch(id: "b3", date: SmallSnapshot.date("2024-12-01"), kind: .inauguration,
                                  mallIDs: ["mpp-94.01"], sources: ["s1"]))
        var theirs = base
        theirs.malls.removeAll { $0.id == "mpp-94.01" }
        #expect(SnapshotValidator.problems(in: mine).isEmpty && SnapshotValidator.problems(in: theirs).isEmpty)
        let merge = SnapshotMerge(base: base, mine: mine, theirs: theirs)
        guard case .conflicts(let conflicts) = merge.result() else {
            Issue.record("expected a conflict")
            return
        }
        #expect(conflicts.count == 1)
        let conflict = try #require(conflicts.first)
        #expect(conflict.subject == "batch:b3")
        #expect(conflict.base == nil && conflict.theirs == nil && conflict.mine == mine.batches.last!.jsonValue)
        #expect(conflict.problems.count == 1)
        #expect(conflict.problems.first?.contains("unknown mall \"mpp-94.01\"") == true, "\(conflict.problems)")
        guard case .merged(let merged) = merge.result(choosing: ["batch:b3": .theirs]) else {
            Issue.record("choosing theirs leaves the batch out")
            return
        }
        #expect(!merged.batches.contains { $0.id == "b3" })
        guard case .merged(let restored) = merge.result(choosing: ["mall:mpp-94.01": .mine]) else {
            Issue.record("choosing mine for the MPP keeps it, and the batch is valid")
            return
        }
        #expect(restored.batches.contains { $0.id == "b3" } && mall("mpp-94.01", in: restored) != nil)
    }

    @Test(arguments: [("2025-03-01", "2025-02-01"), ("2025-02-01", "2025-03-01")])
    func asOfIsTheLaterOfTheTwo(mineDay: String, theirDay: String) {
        var mine = base
        mine.asOf = SmallSnapshot.day(mineDay)
        var theirs = base
        theirs.asOf = SmallSnapshot.day(theirDay)
        guard case .merged(let merged) = SnapshotMerge(base: base, mine: mine, theirs: theirs).result() else {
            Issue.record("two as-of days are no conflict")
            return
        }
        #expect(merged.asOf == SmallSnapshot.day("2025-03-01"))
    }
}
