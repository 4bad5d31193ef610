@testable import RolloutData

/// A hand-made snapshot small enough to reason about by hand: DK Jakarta (administrative units
/// only, one provincial MPP) and three autonomous regions of Jawa Tengah whose MPPs are dated to
/// the day, to the year only, and not at all.
enum SmallSnapshot {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func date(_ text: String) -> PartialDate { PartialDate(iso: text)! }

    static func make() -> Snapshot {
        Snapshot(
            asOf: day("2025-01-01"), title: LocalizedText(english: "Small test snapshot"),
            sources: [Source(id: "s1", url: "https://example.org/1", title: "One", publisher: "example.org",
                             published: nil, isOfficial: false),
                      Source(id: "s2", url: nil, title: "Two", publisher: "Two", published: date("2023-02"), isOfficial: true)],
            provinces: [Province(code: "31", name: "DKI Jakarta", islandGroup: .jawa),
                        Province(code: "33", name: "Jawa Tengah", islandGroup: .jawa),
                        Province(code: "94", name: "Papua Tengah", islandGroup: .papua)],
            regions: [Region(code: "31.01", provinceCode: "31", kind: .kabupaten, name: "Kepulauan Seribu", isAutonomous: false),
                      Region(code: "31.71", provinceCode: "31", kind: .kota, name: "Jakarta Pusat", isAutonomous: false),
                      Region(code: "33.01", provinceCode: "33", kind: .kabupaten, name: "Cilacap", isAutonomous: true),
                      Region(code: "33.02", provinceCode: "33", kind: .kabupaten, name: "Banyumas", isAutonomous: true),
                      Region(code: "33.71", provinceCode: "33", kind: .kota, name: "Magelang", isAutonomous: true),
                      Region(code: "94.01", provinceCode: "94", kind: .kabupaten, name: "Nabire", isAutonomous: true)],
            malls: [Mall(id: "mpp-31", place: .province("31"), name: "MPP DKI Jakarta",
                         stages: [StageEvent(stage: .inaugurated, date: date("2017-10-12"), sources: ["s1"])], sources: ["s1"]),
                    Mall(id: "mpp-33.01", place: .region("33.01"), name: "MPP Cilacap",
                         stages: [StageEvent(stage: .operating, date: date("2022-06"), sources: ["s1"]),
                                  StageEvent(stage: .inaugurated, date: date("2022-12-05"), sources: ["s1"])], sources: ["s1"]),
                    Mall(id: "mpp-33.02", place: .region("33.02"), name: "MPP Banyumas",
                         stages: [StageEvent(stage: .operating, date: date("2024"), sources: ["s2"])], sources: ["s2"]),
                    Mall(id: "mpp-33.71", place: .region("33.71"), name: "MPP Kota Magelang",
                         stages: [StageEvent(stage: .operating, date: nil, sources: ["s2"])], sources: ["s2"]),
                    Mall(id: "mpp-94.01", place: .region("94.01"), name: "MPP Nabire (planned)",
                         stages: [StageEvent(stage: .planned, date: date("2024-05"), sources: ["s1"])], sources: ["s1"])],
            digital: [DigitalAdoption(place: .region("33.01"), stages: [
                          StageEvent(stage: .pilot, date: date("2023-06-20"), sources: ["s1"]),
                          StageEvent(stage: .committed, date: date("2024"), sources: ["s1"])]),
                      DigitalAdoption(place: .region("33.71"), stages: [
                          StageEvent(stage: .pilot, date: date("2023-06-20"), sources: ["s1"])])],
            reportedTotals: [ReportedTotal(date: date("2023-02"), total: 103, reporter: .kemenpanrb, sources: ["s1"]),
                             ReportedTotal(date: date("2023-02"), total: 110, reporter: .press, sources: ["s2"]),
                             ReportedTotal(date: date("2024-06-24"), total: 208, reporter: .kemenpanrb, sources: ["s1"])],
            batches: [Batch(id: "b2", date: nil, kind: .softLaunch, announcements: [Announcement(count: 22, reporter: .other, sources: ["s2"])], mallIDs: ["mpp-33.02"], sources: ["s2"]),
                      Batch(id: "b1", date: date("2022-12-05"), kind: .inauguration, announcements: [Announcement(count: 26, reporter: .other, sources: ["s1"])], mallIDs: ["mpp-33.01"], sources: ["s1"])],
            conflicts: [Conflict(id: "c1", subject: "total:2023-02", topic: LocalizedText(indonesian: "Total Feb 2023", english: "Feb 2023 total"),
                                 claims: [Claim(text: LocalizedText(english: "103"), value: 103, sources: ["s1"]), Claim(text: LocalizedText(english: "110"), value: 110, sources: ["s2"])])])
    }
}
