import DashboardModel

/// The columns of the rollout spreadsheet that `mppdash import` reads and `mppdash export
/// --format csv` writes: one sheet with two kinds of rows, an MPP's stage (`mpp`) and a region's
/// MPP Digital stage (`digital`). Each column has a header in English and one in Bahasa
/// Indonesia; a file may use either, in any order, whatever their case and accents.
public enum SheetColumn: String, CaseIterable, Sendable {
    case record, regionCode, mallID, mallName, stage, date, source, sourceTitle, publisher
    case portalIntegration, services, agencies, onlineServices, note, noteEnglish

    /// The header in English.
    public var english: String {
        switch self {
        case .record: return "record"
        case .regionCode: return "region_code"
        case .mallID: return "mpp_id"
        case .mallName: return "mpp_name"
        case .stage: return "stage"
        case .date: return "date"
        case .source: return "source"
        case .sourceTitle: return "source_title"
        case .publisher: return "publisher"
        case .portalIntegration: return "portal_integration"
        case .services: return "services"
        case .agencies: return "agencies"
        case .onlineServices: return "online_services"
        case .note: return "note"
        case .noteEnglish: return "note_en"
        }
    }

    /// The header in Bahasa Indonesia.
    public var indonesian: String {
        switch self {
        case .record: return "jenis"
        case .regionCode: return "kode_wilayah"
        case .mallID: return "id_mpp"
        case .mallName: return "nama_mpp"
        case .stage: return "tahap"
        case .date: return "tanggal"
        case .source: return "sumber"
        case .sourceTitle: return "judul_sumber"
        case .publisher: return "penerbit"
        case .portalIntegration: return "integrasi_portal"
        case .services: return "jumlah_layanan"
        case .agencies: return "jumlah_instansi"
        case .onlineServices: return "layanan_daring"
        case .note: return "catatan"
        case .noteEnglish: return "catatan_en"
        }
    }

    /// The columns every file must have; the others may be left out (their cells are empty).
    public static let required: [SheetColumn] = [.record, .regionCode, .stage, .source]

    /// A header or a coded value as it is compared: accents and case folded, spaces and hyphens
    /// read as underscores, no space around it ("Kode Wilayah" is `kode_wilayah`).
    static func normalized(_ text: String) -> String {
        let folded = SearchText.fold(text.trimmingSpaces())
        return String(folded.map { $0 == " " || $0 == "-" ? "_" : $0 })
    }

    private static let byHeader: [String: SheetColumn] = Dictionary(
        uniqueKeysWithValues: allCases.flatMap { [($0.english, $0), ($0.indonesian, $0)] })

    /// The column a header names, in either language.
    public init?(header: String) {
        guard let column = Self.byHeader[Self.normalized(header)] else { return nil }
        self = column
    }
}

/// Which field of a file's records holds each column, and what the file calls it.
public struct SheetLayout: Sendable {
    /// The field of each column the file has.
    public let fields: [SheetColumn: Int]
    /// Each column's header as the file writes it, for messages.
    public let names: [SheetColumn: String]

    /// The layout of a file's header; throws every unknown, repeated or missing column.
    public init(header: [String], file: String) throws(SheetError) {
        var fields: [SheetColumn: Int] = [:]
        var names: [SheetColumn: String] = [:]
        var problems: [SheetProblem] = []
        for (index, name) in header.enumerated() {
            guard let column = SheetColumn(header: name) else {
                problems.append(SheetProblem(
                    file: file, line: 1, column: name.isEmpty ? "\(index + 1)" : name,
                    message: "unknown column \"\(name)\"; expected one of \(Self.known)"))
                continue
            }
            if let first = fields[column] {
                problems.append(SheetProblem(
                    file: file, line: 1, column: name,
                    message: "expected each column once, found \(column.english) a second time (column \(first + 1) \"\(header[first])\" and column \(index + 1))"))
                continue
            }
            fields[column] = index
            names[column] = name
        }
        let missing = SheetColumn.required.filter { fields[$0] == nil }
        if !missing.isEmpty {
            let list = missing.map { "\($0.english) (\($0.indonesian))" }.joined(separator: ", ")
            problems.append(SheetProblem(file: file, line: 1, message: "expected the column\(missing.count == 1 ? "" : "s") \(list), found none"))
        }
        guard problems.isEmpty else { throw SheetError(problems: problems) }
        self.fields = fields
        self.names = names
    }

    /// Every header a file may use, English then Indonesian.
    static let known = SheetColumn.allCases.map { "\($0.english)/\($0.indonesian)" }.joined(separator: ", ")

    /// The cell of `column` in `record`, without the spaces around it; empty when the file has no
    /// such column.
    public func cell(_ column: SheetColumn, in record: CSVDocument.Record) -> String {
        guard let field = fields[column], field < record.fields.count else { return "" }
        return record.fields[field].trimmingSpaces()
    }

    /// The header of `column` as the file writes it (the English one when the file lacks it).
    public func name(_ column: SheetColumn) -> String {
        names[column] ?? column.english
    }
}

extension String {
    /// The string without spaces, tabs and line breaks at either end.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
