import DashboardModel
import DashboardScreens
import JSONSupport
import Localization
import RolloutData

/// Runs the dashboard's export effect: writes the current view as CSV or JSON, atomically, and
/// says in the status bar the full path it wrote.
enum ViewExportWriter {
    static func write(_ request: ExportRequest, asOf: Day, language: Language,
                      home: String? = FileSystem.environment("HOME"),
                      currentFolder: String = FileSystem.currentFolder()) -> StatusMessage {
        let path = destination(request, asOf: asOf, home: home, currentFolder: currentFolder)
        do {
            try AtomicFile.replace(path, with: Array(try contents(request).utf8), kind: "file to export into", keepBackup: false)
            return StatusMessage(language.text(.exported, path))
        } catch let error as JSONFileError {
            return StatusMessage(language.text(.exportFailed, error.lines.first ?? error.description), isError: true)
        } catch {
            return StatusMessage(language.text(.exportFailed, String(describing: error)), isError: true)
        }
    }

    /// The file, as a full path: the path given (`~` standing for the home folder, a relative
    /// path taken from the current folder), or a file named after the view and the day inside
    /// the folder given (the current folder by default).
    static func destination(_ request: ExportRequest, asOf: Day, home: String?, currentFolder: String) -> String {
        let name = "mppdash-\(request.viewName)-\(asOf).\(request.format.rawValue)"
        var path = request.path ?? ""
        if let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") { path = home + path.dropFirst() }
        if !path.hasPrefix("/") { path = path.isEmpty ? currentFolder : FileSystem.join(currentFolder, path) }
        if FileSystem.isFolder(path) {
            return FileSystem.standardized(FileSystem.join(path, name))
        }
        return FileSystem.standardized(path)
    }

    static func contents(_ request: ExportRequest) throws -> String {
        switch request.format {
        case .csv:
            return CSVTable(header: request.header, rows: request.rows.map { $0.map(csvText) }).csv()
        case .json:
            let records = request.rows.map { row in JSONValue.record(zip(request.header, row).map { JSONMember($0, json($1)) }) }
            return String(decoding: CanonicalJSON.encode(.array(records)), as: UTF8.self)
        }
    }

    /// A number without the interface's thousands separator or decimal comma; an unknown as empty.
    static func csvText(_ value: ExportValue) -> String {
        switch value {
        case .text(let text): return text
        case .integer(let number): return String(number)
        case .decimal(let number): return String((number * 1_000_000).rounded() / 1_000_000)
        case .unknown: return ""
        }
    }

    static func json(_ value: ExportValue) -> JSONValue {
        switch value {
        case .text(let text): return .string(text)
        case .integer(let number): return .integer(number)
        case .decimal(let number): return .decimal(number)
        case .unknown: return .null
        }
    }
}
