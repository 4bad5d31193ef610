import JSONSupport

// The values of the snapshot format that JSON itself does not have: dates and texts in both
// languages.
extension JSONDecodingContext {
    func date(_ reader: inout JSONReader) throws -> PartialDate? {
        let start = reader.nextValueOffset()
        guard let text = try string(&reader, nonEmpty: false) else { return nil }
        if let date = PartialDate(iso: text) { return date }
        let shaped = text.count == 4 || text.count == 7 || text.count == 10
        let detail = shaped && text.allSatisfy({ $0 == "-" || $0.isASCII && $0.isNumber })
            ? "a date that exists" : "a date as YYYY, YYYY-MM or YYYY-MM-DD"
        report("expected \(detail), found \"\(text)\"", at: start)
        return nil
    }

    func day(_ reader: inout JSONReader) throws -> Day? {
        let start = reader.nextValueOffset()
        guard let date = try self.date(&reader) else { return nil }
        guard date.precision == .day else {
            report("expected a full date YYYY-MM-DD, found \"\(date)\"", at: start)
            return nil
        }
        return date.firstDay
    }

    func text(_ reader: inout JSONReader) throws -> LocalizedText? {
        let start = reader.nextValueOffset()
        var indonesian = Field<String>()
        var english = Field<String>()
        let isObject = try object(&reader) { reader, key in
            switch key {
            case "id": indonesian.set(try string(&reader))
            case "en": english.set(try string(&reader))
            default: try reader.skipValue()
            }
        }
        guard isObject else { return nil }
        let id = required(indonesian, "id", at: start)
        let en = required(english, "en", at: start)
        guard let id, let en else { return nil }
        return LocalizedText(indonesian: id, english: en)
    }
}
