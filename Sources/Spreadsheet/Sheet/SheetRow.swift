import RolloutData

/// A record of the sheet with every cell read: what one row states, before it is compared with
/// the snapshot.
struct SheetRow {
    /// The stage the row records, of an MPP or of MPP Digital.
    enum Stage {
        case mall(MallStage)
        case digital(DigitalStage)
    }

    var line: Int
    var place: Place
    var mallID: String?
    var mallName: String?
    var stage: Stage
    var date: PartialDate?
    /// The source cell's items: URLs and source ids.
    var sourceItems: [String]
    var sourceTitle: String?
    var publisher: String?
    var portal: PortalIntegration?
    var services: Int?
    var agencies: Int?
    var onlineServices: [String]
    var note: String?
    var noteEnglish: String?
}

/// Reads the cells of records into `SheetRow`s, reporting every cell it cannot read.
struct SheetRowReader {
    let file: String
    let layout: SheetLayout
    let index: RolloutIndex
    let today: Day

    /// The row of `record`, or nil after adding each of its problems to `problems`.
    func row(_ record: CSVDocument.Record, problems: inout [SheetProblem]) -> SheetRow? {
        let before = problems.count
        func cell(_ column: SheetColumn) -> String { layout.cell(column, in: record) }
        func optional(_ column: SheetColumn) -> String? {
            let text = cell(column)
            return text.isEmpty ? nil : text
        }
        func report(_ column: SheetColumn, _ message: String) {
            problems.append(SheetProblem(file: file, line: record.line, column: layout.name(column), message: message))
        }
        func read<Value>(_ column: SheetColumn, _ reading: (String) throws(SheetValues.Failure) -> Value) -> Value? {
            do {
                return try reading(cell(column))
            } catch {
                report(column, error.message)
                return nil
            }
        }

        let kind = SheetRecordKind(cell: cell(.record))
        if kind == nil {
            report(.record, "expected mpp or digital, found \(found(cell(.record)))")
        }
        let place = read(.regionCode, place)
        let stage: SheetRow.Stage? = switch kind {
        case .mall: read(.stage) { (text) throws(SheetValues.Failure) in .mall(try SheetValues.stage(text, names: SheetValues.mallStageNames)) }
        case .digital: read(.stage) { (text) throws(SheetValues.Failure) in .digital(try SheetValues.stage(text, names: SheetValues.digitalStageNames)) }
        case nil: nil
        }
        let date = read(.date) { (text) throws(SheetValues.Failure) in try SheetValues.date(text, today: today) }
        let sourceItems = SheetValues.list(cell(.source))
        if sourceItems.isEmpty {
            report(.source, "expected a URL or the id of a recorded source (every fact needs one), found nothing")
        }
        for item in sourceItems where !SheetValues.isURL(item) && index.sourceByID[item] == nil {
            report(.source, "expected a URL (https://…) or the id of a recorded source, found \"\(item)\" (no source has this id)")
        }
        let portal = read(.portalIntegration, SheetValues.portal)
        let services = read(.services, SheetValues.count)
        let agencies = read(.agencies, SheetValues.count)
        let mallID = optional(.mallID)
        if let mallID, !Self.isIdentifier(mallID) {
            report(.mallID, "expected an id of lower-case letters, digits, '-' and '.', found \"\(mallID)\"")
        }
        let onlineServices = SheetValues.list(cell(.onlineServices))
        switch kind {
        case .mall:
            if !onlineServices.isEmpty {
                report(.onlineServices, "expected an empty cell on an mpp row (online services belong to digital rows), found \"\(cell(.onlineServices))\"")
            }
        case .digital:
            for column in [SheetColumn.mallID, .mallName, .portalIntegration, .services, .agencies] where !cell(column).isEmpty {
                report(column, "expected an empty cell on a digital row (it belongs to mpp rows), found \"\(cell(column))\"")
            }
        case nil:
            break
        }
        guard problems.count == before, let place, let stage, let portal, let services, let agencies, let date else { return nil }
        return SheetRow(
            line: record.line, place: place, mallID: mallID, mallName: optional(.mallName), stage: stage, date: date,
            sourceItems: sourceItems, sourceTitle: optional(.sourceTitle), publisher: optional(.publisher), portal: portal,
            services: services, agencies: agencies, onlineServices: onlineServices, note: optional(.note),
            noteEnglish: optional(.noteEnglish))
    }

    /// A kabupaten/kota code (`PP.NN`) or a province code (`PP`) of the snapshot.
    func place(_ cell: String) throws(SheetValues.Failure) -> Place {
        if index.regionByCode[cell] != nil { return .region(cell) }
        if index.provinceByCode[cell] != nil { return .province(cell) }
        let expected = "expected the code of a kabupaten/kota (PP.NN) or of a province (PP) on record"
        let parts = cell.split(separator: ".", omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].count == 1, index.regionByCode["\(parts[0]).\(parts[1])0"] != nil {
            throw SheetValues.Failure(message: "\(expected), found \"\(cell)\" (a spreadsheet may have read the code \(parts[0]).\(parts[1])0 as a number: format the column as text)")
        }
        throw SheetValues.Failure(message: cell.isEmpty ? "\(expected), found nothing" : "\(expected), found \"\(cell)\"")
    }

    /// An id of the snapshot's form: lower-case letters, digits, `-` and `.`.
    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "." }
    }

    private func found(_ text: String) -> String {
        text.isEmpty ? "nothing" : "\"\(text)\""
    }
}
