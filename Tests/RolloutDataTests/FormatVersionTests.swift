import Testing
@testable import RolloutData

/// Reading format 1.0 into the 1.1 model, and writing it back as 1.1.
@Suite("Format versions")
struct FormatVersionTests {
    /// A 1.0 snapshot as mppdash 1.0 wrote it: plain English notes, `announced`, `services` and
    /// `agencies`.
    static let versionOne = """
        {
          "format": "mppdash-snapshot", "version": "1.0", "revision": 2, "asOf": "2024-12-31",
          "title": "Old snapshot",
          "sources": [{"id": "s1", "url": null, "title": "One", "publisher": "P", "published": "2024", "official": true}],
          "provinces": [{"code": "73", "name": "Sulawesi Selatan", "islandGroup": "sulawesi"}],
          "regions": [{"code": "73.06", "province": "73", "kind": "kabupaten", "name": "Gowa", "autonomous": true}],
          "malls": [{"id": "mpp-73.06", "region": "73.06", "name": "MPP Gowa", "portalIntegration": "unknown",
                     "services": 120, "agencies": null, "sources": ["s1"], "note": "Counted in 2024.",
                     "stages": [{"stage": "inaugurated", "date": "2024-03-07", "sources": ["s1"], "note": "Joint."}]}],
          "reportedTotals": [{"date": "2024-03-07", "total": 191, "sources": ["s1"], "note": "175 + 16"}],
          "batches": [{"id": "2024-03-07", "date": "2024-03-07", "kind": "inauguration", "announced": 16,
                       "malls": ["mpp-73.06"], "sources": ["s1"], "note": null}],
          "conflicts": [{"id": "c1", "subject": "total:2024-03-07", "topic": {"id": "Total", "en": "Total"},
                         "claims": [{"text": "191", "value": 191, "date": null, "sources": ["s1"]},
                                    {"text": "192", "value": 192, "date": null, "sources": ["s1"]}],
                         "resolution": "The ministry's figure."}]
        }
        """

    func decode(_ text: String) throws(SnapshotError) -> Snapshot {
        try SnapshotDecoder.decode(Array(text.utf8), file: "old.json")
    }

    @Test func plainStringsOfVersionOneAreEnglishTexts() throws {
        let snapshot = try decode(Self.versionOne)
        #expect(snapshot.version == SnapshotVersion(major: 1, minor: 0))
        #expect(snapshot.title == LocalizedText(english: "Old snapshot"))
        #expect(snapshot.malls[0].note == LocalizedText(english: "Counted in 2024."))
        #expect(snapshot.malls[0].stages[0].note == LocalizedText(english: "Joint."))
        #expect(snapshot.reportedTotals[0].note == LocalizedText(english: "175 + 16"))
        #expect(snapshot.conflicts[0].claims.map(\.text) == [LocalizedText(english: "191"), LocalizedText(english: "192")])
        #expect(snapshot.conflicts[0].resolution == LocalizedText(english: "The ministry's figure."))
    }

    @Test func versionOneCountsBecomeAnnouncementsAndFacilityCounts() throws {
        let snapshot = try decode(Self.versionOne)
        #expect(snapshot.batches[0].announcements == [Announcement(count: 16, reporter: .other, sources: ["s1"])])
        #expect(snapshot.malls[0].counts == [FacilityCount(date: nil, services: 120, agencies: nil, sources: ["s1"])])
        #expect(snapshot.malls[0].services == 120)
        #expect(snapshot.malls[0].agencies == nil)
        #expect(snapshot.reportedTotals[0].reporter == .other)
        #expect(!snapshot.reportedTotals[0].isOfficial)
    }

    @Test func versionOneRoundTripsThroughTheCurrentVersion() throws {
        let read = try decode(Self.versionOne)
        let written = SnapshotEncoder.encode(read)
        #expect(String(decoding: written, as: UTF8.self).contains("\"version\": \"1.2\""))
        var expected = read.canonicalized()
        expected.version = .current
        #expect(try SnapshotDecoder.decode(written, file: "new.json") == expected)
        #expect(SnapshotEncoder.encode(try SnapshotDecoder.decode(written, file: "new.json")) == written)
    }

    @Test func versionOnePointOneRefusesPlainStringsForTexts() {
        let text = Self.versionOne.replacingOccurrences(of: "\"version\": \"1.0\"", with: "\"version\": \"1.1\"")
        do {
            _ = try decode(text)
            Issue.record("accepted plain strings in a 1.1 snapshot")
        } catch {
            let paths = error.problems.map(\.path.description)
            #expect(paths == ["title", "malls[0].note", "malls[0].stages[0].note", "reportedTotals[0].note",
                              "conflicts[0].claims[0].text", "conflicts[0].claims[1].text", "conflicts[0].resolution"])
            #expect(error.problems.allSatisfy { $0.message == "expected an object {\"id\", \"en\"}, found a string" })
        }
    }

    @Test func oneLanguageTextsAndNewKeysReadBack() throws {
        var snapshot = SmallSnapshot.make()
        snapshot.title = LocalizedText(indonesian: "Uji")
        snapshot.reportedTotals[2].reporter = .kemenpanrb
        snapshot.reportedTotals[2].batchRelation = .after
        snapshot.reportedTotals[2].isApproximate = true
        snapshot.reportedTotals[2].isOrdinal = true
        snapshot.reportedTotals[2].window = DateWindow(notBefore: nil, notAfter: Day(iso: "2024-06-24"))
        snapshot.conflicts[0].related = ["mall:mpp-33.01"]
        snapshot.conflicts[0].claims[0].reporter = .press
        snapshot.regionsAsOf = Day(iso: "2025-06-01")
        snapshot.coverageClaims = [CoverageClaim(id: "jateng", date: PartialDate(year: 2024), provinceCode: "33", covers: .all,
                                                 except: ["33.71"], count: 2, sources: ["s1"],
                                                 note: LocalizedText(indonesian: "Dua dari tiga", english: "Two of three"))]
        let written = SnapshotEncoder.encode(snapshot)
        #expect(try SnapshotDecoder.decode(written, file: "new.json") == snapshot.canonicalized())
    }
}
