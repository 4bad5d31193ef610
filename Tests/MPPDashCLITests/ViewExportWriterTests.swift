import DashboardModel
import Foundation
@testable import MPPDashCLI
import RolloutData
import Testing

/// The dashboard's export files: where they go, and what JSON and CSV make of typed cells.
@Suite("Exporting a view")
struct ViewExportWriterTests {
    let day = Day(year: 2026, month: 11, day: 29)!

    func request(path: String?, format: ExportFormat = .json) -> ExportRequest {
        ExportRequest(format: format, path: path, viewName: "provinces", header: ["Kode", "Provinsi", "Kab/Kota", "Cakupan", "Tanggal"],
                      rows: [[.text("73"), .text("Sulawesi Selatan"), .integer(24), .decimal(0.5), .unknown]])
    }

    @Test func jsonKeepsTheColumnOrderAndWritesNumbersAsNumbersAndUnknownAsNull() throws {
        let json = try ViewExportWriter.contents(request(path: nil))
        #expect(json == """
            [
              {
                "Kode": "73",
                "Provinsi": "Sulawesi Selatan",
                "Kab/Kota": 24,
                "Cakupan": 0.5,
                "Tanggal": null
              }
            ]

            """)
    }

    @Test func csvWritesPlainNumbersAndAnEmptyUnknown() throws {
        let csv = try ViewExportWriter.contents(request(path: nil, format: .csv))
        #expect(csv == "Kode,Provinsi,Kab/Kota,Cakupan,Tanggal\n73,Sulawesi Selatan,24,0.5,\n")
    }

    @Test func theDestinationIsAFullPath() {
        let name = "mppdash-provinces-2026-11-29.json"
        #expect(ViewExportWriter.destination(request(path: nil), asOf: day, home: "/home/ani", currentFolder: "/work") == "/work/" + name)
        #expect(ViewExportWriter.destination(request(path: "out.json"), asOf: day, home: "/home/ani", currentFolder: "/work") == "/work/out.json")
        #expect(ViewExportWriter.destination(request(path: "~/x.json"), asOf: day, home: "/home/ani", currentFolder: "/work") == "/home/ani/x.json")
        #expect(ViewExportWriter.destination(request(path: "/tmp"), asOf: day, home: nil, currentFolder: "/work") == "/tmp/" + name)
    }

    @Test func writingSaysTheFullPathAndAFailureSaysWhy() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("mppdash-export-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let written = ViewExportWriter.write(request(path: "~"), asOf: day, language: .english, home: folder,
                                             currentFolder: "/")
        let file = folder + "/mppdash-provinces-2026-11-29.json"
        #expect(written == StatusMessage("Written: " + file))
        #expect(FileManager.default.fileExists(atPath: file))
        let failed = ViewExportWriter.write(request(path: folder + "/missing/x.json"), asOf: day, language: .english, home: nil,
                                            currentFolder: "/")
        #expect(failed.isError)
        #expect(failed.text.hasPrefix("Export failed: "))
        #expect(!failed.text.contains("snapshot"))
    }
}
