@testable import RolloutData

/// A hand-made 1.1 snapshot for the queries of format 1.1: coverage claims (`all` with an
/// exception, a 100% `all`, `none` then `listed`), an MPP dated by year only, an undated one bound
/// by a window, a batch day with totals before and after, and a disputed total.
enum ClaimsSnapshot {
    static func day(_ text: String) -> Day { Day(iso: text)! }
    static func date(_ text: String) -> PartialDate { PartialDate(iso: text)! }
    static func text(_ english: String) -> LocalizedText { LocalizedText(indonesian: "ID: " + english, english: english) }

    static func make() -> Snapshot {
        Snapshot(
            asOf: day("2025-06-30"), regionsAsOf: day("2025-07-31"), title: text("Claims"),
            sources: [Source(id: "menpan", url: "https://menpan.go.id/a", title: "A", publisher: "menpan.go.id",
                             published: date("2025-07"), isOfficial: true),
                      Source(id: "press", url: "https://press.example/b", title: "B", publisher: "Press", published: nil,
                             isOfficial: false)],
            provinces: [Province(code: "31", name: "DK Jakarta", islandGroup: .jawa),
                        Province(code: "73", name: "Sulawesi Selatan", islandGroup: .sulawesi),
                        Province(code: "74", name: "Sulawesi Tenggara", islandGroup: .sulawesi),
                        Province(code: "75", name: "Gorontalo", islandGroup: .sulawesi)],
            regions: [Region(code: "31.71", provinceCode: "31", kind: .kota, name: "Jakarta Pusat", isAutonomous: false),
                      Region(code: "73.01", provinceCode: "73", kind: .kabupaten, name: "Selayar", isAutonomous: true),
                      Region(code: "73.02", provinceCode: "73", kind: .kabupaten, name: "Bulukumba", isAutonomous: true),
                      Region(code: "73.03", provinceCode: "73", kind: .kabupaten, name: "Bantaeng", isAutonomous: true),
                      Region(code: "73.71", provinceCode: "73", kind: .kota, name: "Makassar", isAutonomous: true),
                      Region(code: "74.01", provinceCode: "74", kind: .kabupaten, name: "Buton", isAutonomous: true),
                      Region(code: "74.02", provinceCode: "74", kind: .kabupaten, name: "Muna", isAutonomous: true),
                      Region(code: "75.01", provinceCode: "75", kind: .kabupaten, name: "Boalemo", isAutonomous: true),
                      Region(code: "75.02", provinceCode: "75", kind: .kabupaten, name: "Gorontalo", isAutonomous: true)],
            malls: [Mall(id: "mpp-31", place: .province("31"), name: "MPP DKI Jakarta",
                         stages: [StageEvent(stage: .inaugurated, date: date("2017-10-12"), sources: ["menpan"])], sources: ["menpan"]),
                    Mall(id: "mpp-73.01", place: .region("73.01"), name: "MPP Selayar",
                         stages: [StageEvent(stage: .operating, date: date("2023"), sources: ["press"])], sources: ["press"]),
                    Mall(id: "mpp-73.02", place: .region("73.02"), name: "MPP Bulukumba",
                         stages: [StageEvent(stage: .planned, date: date("2022"), sources: ["press"])], sources: ["press"]),
                    Mall(id: "mpp-73.71", place: .region("73.71"), name: "MPP Makassar",
                         stages: [StageEvent(stage: .operating, date: nil, window: DateWindow(notBefore: nil, notAfter: day("2024-03-01")),
                                             sources: ["press"])],
                         counts: [FacilityCount(date: date("2024-05"), services: 300, agencies: nil, sources: ["press"]),
                                  FacilityCount(date: nil, services: 250, agencies: 40, sources: ["press"]),
                                  FacilityCount(date: date("2023"), services: 200, agencies: 35, sources: ["press"])],
                         sources: ["press"])],
            reportedTotals: [
                ReportedTotal(date: date("2024-03-07"), total: 191, reporter: .kemenpanrb, sources: ["menpan"]),
                ReportedTotal(date: date("2024-05"), total: 200, reporter: .kemenpanrb, isOrdinal: true, sources: ["press"]),
                ReportedTotal(date: date("2024-06-24"), total: 208, reporter: .kemenpanrb, batchRelation: .after, sources: ["menpan"]),
                ReportedTotal(date: date("2024-06-24"), total: 191, reporter: .kemenpanrb, batchRelation: .before, sources: ["menpan"]),
                ReportedTotal(date: date("2024-08-01"), total: 205, reporter: .regionalGovernment, sources: ["press"]),
                ReportedTotal(date: date("2024-09"), total: 237, reporter: .kemenpanrb, isApproximate: true, sources: ["press"]),
            ],
            batches: [Batch(id: "2024-06-24", date: date("2024-06-24"), kind: .inauguration,
                            announcements: [Announcement(count: 17, reporter: .kemenpanrb, sources: ["menpan"])],
                            mallIDs: [], sources: ["menpan"]),
                      Batch(id: "2024-soft-launch", date: date("2024"),
                            window: DateWindow(notBefore: day("2024-06-25"), notAfter: day("2024-08-19")), kind: .softLaunch,
                            announcements: [Announcement(count: 22, reporter: .kemenpanrb, sources: ["menpan"]),
                                            Announcement(count: 23, reporter: .press, sources: ["press"])],
                            mallIDs: [], sources: ["menpan"]),
                      Batch(id: "2024-12-12", date: date("2024-12-12"), kind: .inauguration, mallIDs: [], sources: ["menpan"])],
            conflicts: [Conflict(id: "total-2024-03-07", subject: "batch:2024-06-24", related: ["total:2024-03-07", "mall:mpp-73.01"],
                                 topic: text("March total"),
                                 claims: [Claim(text: text("191"), value: 191, reporter: .kemenpanrb, sources: ["menpan"]),
                                          Claim(text: text("192"), value: 192, reporter: .press, sources: ["press"])])],
            coverageClaims: [
                CoverageClaim(id: "sulsel-all", date: date("2024-06"), provinceCode: "73", covers: .all, except: ["73.03"], count: 3,
                              sources: ["press"]),
                CoverageClaim(id: "sultra-none", date: date("2023"), provinceCode: "74", covers: .none, sources: ["press"]),
                CoverageClaim(id: "sultra-buton", date: date("2025-03-01"), provinceCode: "74", covers: .listed, regions: ["74.01"],
                              sources: ["press"]),
                CoverageClaim(id: "gorontalo-all", date: date("2025-01-15"), provinceCode: "75", covers: .all, count: 2,
                              sources: ["menpan"]),
            ])
    }
}
