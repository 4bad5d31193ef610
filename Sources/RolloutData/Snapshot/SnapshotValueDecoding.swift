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

    /// A text: an object `{"id": …, "en": …}` with at least one of the two. A plain string is read
    /// as English-only text, with a pending problem that counts in a 1.1 (or later) snapshot only.
    func text(_ reader: inout JSONReader) throws -> LocalizedText? {
        let start = reader.nextValueOffset()
        if try reader.peekKind() == .string {
            guard let plain = try string(&reader) else { return nil }
            reportPending("expected an object {\"id\", \"en\"}, found a string", at: start)
            return LocalizedText(english: plain)
        }
        var indonesian = Field<String>()
        var english = Field<String>()
        let isObject = try object(&reader) { reader, key in
            switch key {
            case "id": indonesian.set(try string(&reader))
            case "en": english.set(try string(&reader))
            default: try reader.skipValue()
            }
        }
        guard isObject, !indonesian.isWrong, !english.isWrong else { return nil }
        guard let text = LocalizedText(indonesian: indonesian.value, english: english.value) else {
            report("expected at least one of the keys \"id\" (Bahasa Indonesia) and \"en\" (English), found neither", at: start)
            return nil
        }
        return text
    }

    /// A text or `null` (see `text`); nil means a problem was recorded.
    func optionalText(_ reader: inout JSONReader) throws -> LocalizedText?? {
        try nullable(&reader) { try text(&$0) }
    }

    /// A date window `{"notBefore": day or null, "notAfter": day or null}`, at least one a day.
    func window(_ reader: inout JSONReader) throws -> DateWindow? {
        let start = reader.nextValueOffset()
        var notBefore = Field<Day?>()
        var notAfter = Field<Day?>()
        let isObject = try object(&reader) { reader, key in
            switch key {
            case "notBefore": notBefore.set(try nullable(&reader) { try day(&$0) })
            case "notAfter": notAfter.set(try nullable(&reader) { try day(&$0) })
            default: try reader.skipValue()
            }
        }
        guard isObject, !notBefore.isWrong, !notAfter.isWrong else { return nil }
        let window = DateWindow(notBefore: optional(notBefore), notAfter: optional(notAfter))
        guard window.notBefore != nil || window.notAfter != nil else {
            report("expected at least one of \"notBefore\" and \"notAfter\" to be a day, found neither", at: start)
            return nil
        }
        return window
    }
}
