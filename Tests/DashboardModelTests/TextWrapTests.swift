import Testing
@testable import DashboardModel

/// Text pages wrap at word boundaries and never break a word: a URL longer than the line stands
/// on its own line, cut with "…", and is shown whole by the links key.
@Suite("Wrapping text pages")
struct TextWrapTests {
    @Test func wordsAreNeverBroken() {
        #expect(TextPage.wrap("Diresmikan oleh Menteri Asman Abnur.", width: 16) == ["Diresmikan oleh", "Menteri Asman", "Abnur."])
        #expect(TextPage.wrap("", width: 10) == [""])
    }

    @Test func aURLLongerThanTheLineStandsAloneCutWithAnEllipsis() {
        let url = "https://menpan.go.id/site/berita-foto/peresmian-bersama-mpp-dan-penguatan-komitmen-penerapan-mpp-digital"
        let lines = TextPage.wrap("Sumber: " + url + " (2024)", width: 40)
        #expect(lines == ["Sumber:", "https://menpan.go.id/site/berita-foto/p…", "(2024)"])
        #expect(lines.allSatisfy { $0.count <= 40 })
        #expect(TextPage.wrap(url, width: 200) == [url], "a URL that fits is whole")
    }
}
