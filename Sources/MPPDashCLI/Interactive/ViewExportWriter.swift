import DashboardModel
import DashboardScreens
import Foundation
import JSONSupport
import Localization
import RolloutData

/// Runs the dashboard's export effect: writes the current view as CSV or JSON, atomically, and
/// says where in the status bar.
enum ViewExportWriter {
    static func write(_ request: ExportRequest, asOf: Day, language: Language) -> StatusMessage {
        let path = destination(request, asOf: asOf)
        do {
            try SnapshotFile.writeAtomically(Array(try contents(request).utf8), to: path, keepBackup: false)
            return StatusMessage(language.text(.exported, path))
        } catch let error as SnapshotError {
            return StatusMessage(language.text(.exportFailed, error.lines.first ?? error.description), isError: true)
        } catch {
            return StatusMessage(language.text(.exportFailed, String(describing: error)), isError: true)
        }
    }

    /// The file: the path given, or a file named after the view and the day inside the folder
    /// given (the current folder by default).
    static func destination(_ request: ExportRequest, asOf: Day) -> String {
        let name = "mppdash-\(request.viewName)-\(asOf).\(request.format.rawValue)"
        guard let path = request.path, !path.isEmpty else { return name }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            return (path as NSString).appendingPathComponent(name)
        }
        return path
    }

    static func contents(_ request: ExportRequest) throws -> String {
        switch request.format {
        case .csv:
            return try CSVTable(header: request.header, rows: request.rows).csv()
        case .json:
            let records = request.rows.map { row in
                JSONValue.object(Dictionary(zip(request.header, row.map(JSONValue.string)), uniquingKeysWith: { first, _ in first }))
            }
            return String(decoding: CanonicalJSON.encode(.array(records)), as: UTF8.self)
        }
    }
}
