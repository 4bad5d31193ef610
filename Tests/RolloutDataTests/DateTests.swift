import Testing
@testable import RolloutData

@Suite("Days and partial dates")
struct DateTests {
    @Test("parses each precision and prints it back", arguments: ["2017", "2024-06", "2024-03-07", "2024-02-29"])
    func roundTrip(_ text: String) throws {
        let date = try #require(PartialDate(iso: text))
        #expect(date.description == text)
    }

    @Test("refuses what is not a calendar date", arguments: [
        "", "17", "2017-1", "2017-13", "2023-02-29", "2023-02-30", "2024-04-31", "2024-00-10", "2024-01-00",
        "2024-01-01-01", "２０２４", "2024/01/01", "-2024", "2024-1-01", " 2024",
    ])
    func refusesInvalid(_ text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func periodBounds() throws {
        let year = try #require(PartialDate(iso: "2024"))
        #expect(year.firstDay.description == "2024-01-01")
        #expect(year.lastDay.description == "2024-12-31")
        let month = try #require(PartialDate(iso: "2024-02"))
        #expect(month.lastDay.description == "2024-02-29")
        #expect(month.precision == .month)
    }

    @Test func orderIsChronologicalWithCoarserFirst() throws {
        let dates = ["2017-02-01", "2018", "2017", "2017-02"].compactMap { PartialDate(iso: $0) }
        #expect(dates.sorted().map(\.description) == ["2017", "2017-02", "2017-02-01", "2018"])
    }

    @Test("snapshot versions are MAJOR.MINOR in digits", arguments: ["+1.0", "1", "1.0.0", "1.x", "", ".1", "1.", "-1.0", "1 .0"])
    func refusesMalformedVersions(_ text: String) {
        #expect(SnapshotVersion(text) == nil)
    }

    @Test func readsVersions() {
        #expect(SnapshotVersion("1.2") == .current)
        #expect(SnapshotVersion("1.0")! < .current)
        #expect(SnapshotVersion("12.34") == SnapshotVersion(major: 12, minor: 34))
    }

    @Test func dayArithmetic() throws {
        let day = try #require(Day(iso: "2024-01-31"))
        #expect(day.adding(months: 1).description == "2024-02-29")
        #expect(day.adding(months: -2).description == "2023-11-30")
        #expect(day.endOfMonth == day)
        #expect(Day(iso: "2024-06") == nil)
    }

    @Test(arguments: [("2024-03-07", "2024-03-06"), ("2024-03-01", "2024-02-29"), ("2023-03-01", "2023-02-28"),
                      ("2017-01-01", "2016-12-31")])
    func theDayBefore(_ day: String, _ before: String) throws {
        #expect(try #require(Day(iso: day)).dayBefore.description == before)
    }
}
