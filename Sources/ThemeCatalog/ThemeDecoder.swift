public import JSONSupport
public import TerminalCanvas

/// Reads a theme file (Themes/README.md) and checks it: every role present once and known, a
/// colour for each depth within its range, known attributes and glyph values, and a `name` equal
/// to the file's name without `.json` (when it ends so). Every problem is reported with its JSON
/// path, like snapshot problems.
public enum ThemeDecoder {
    public static func decode(_ bytes: [UInt8], file: String) throws(JSONFileError) -> Theme {
        try JSONDocument.decode(bytes, file: file, kind: "theme") { reader, decoding in
            try read(&reader, decoding, fileName: expectedName(file))
        }
    }

    /// The name a theme in `file` must have: the file's name without `.json`; nil for a file
    /// not named so.
    static func expectedName(_ file: String) -> String? {
        let base = file.split(separator: "/").last.map(String.init) ?? file
        guard base.hasSuffix(".json"), base.count > 5 else { return nil }
        return String(base.dropLast(5))
    }

    private static func read(_ reader: inout JSONReader, _ decoding: JSONDecodingContext, fileName: String?) throws -> Theme? {
        let start = reader.nextValueOffset()
        var name = Field<String>(), description = Field<ThemeDescription>(), background = Field<Background>()
        var roles = Field<[StyleRole: Theme.RoleStyle]>(), glyphs = Field<GlyphOverrides>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "$schema": try reader.skipValue()
            case "name":
                let nameStart = reader.nextValueOffset()
                let value = try decoding.string(&reader)
                if let value, !isName(value) {
                    decoding.report("expected a name of lower-case letters, digits and '-', found \"\(value)\"", at: nameStart)
                    name.set(nil)
                } else if let value, let fileName, value != fileName {
                    decoding.report("expected \"\(fileName)\", the file's name without .json, found \"\(value)\"", at: nameStart)
                    name.set(nil)
                } else {
                    name.set(value)
                }
            case "description": description.set(try readDescription(&reader, decoding))
            case "background": background.set(try decoding.choice(&reader))
            case "roles": roles.set(try readRoles(&reader, decoding))
            case "glyphs": glyphs.set(try readGlyphs(&reader, decoding))
            default:
                decoding.report("unknown key \"\(key)\"; expected $schema, name, description, background, roles or glyphs",
                                at: reader.nextValueOffset())
                try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(name, "name", at: start), decoding.required(description, "description", at: start),
                      decoding.required(background, "background", at: start), decoding.required(roles, "roles", at: start))
        guard let name = values.0, let description = values.1, let background = values.2, let roles = values.3,
              !glyphs.seen || glyphs.value != nil else { return nil }
        return Theme(name: name, description: description, isDark: background == .dark, roles: roles,
                     glyphs: glyphs.value ?? GlyphOverrides())
    }

    enum Background: String, CaseIterable { case dark, light }

    static func isName(_ text: String) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// A description: a string (English only, as before both languages) or an object with "id",
    /// "en" or both.
    private static func readDescription(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> ThemeDescription? {
        let start = reader.nextValueOffset()
        switch try reader.peekKind() {
        case .string:
            return try decoding.string(&reader).map { ThemeDescription(english: $0) }
        case .object:
            var indonesian = Field<String>(), english = Field<String>()
            try decoding.object(&reader) { reader, key in
                switch key {
                case "id": indonesian.set(try decoding.string(&reader))
                case "en": english.set(try decoding.string(&reader))
                default:
                    decoding.report("unknown key \"\(key)\"; expected \"id\" (Bahasa Indonesia) or \"en\" (English)", at: reader.nextValueOffset())
                    try reader.skipValue()
                }
            }
            guard !(indonesian.seen && indonesian.value == nil), !(english.seen && english.value == nil) else { return nil }
            guard let description = ThemeDescription(indonesian: indonesian.value, english: english.value) else {
                decoding.report("expected at least one of the keys \"id\" (Bahasa Indonesia) and \"en\" (English), found neither", at: start)
                return nil
            }
            return description
        default:
            try decoding.mismatch("a string or an object {\"id\", \"en\"}", &reader)
            return nil
        }
    }

    private static func readRoles(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> [StyleRole: Theme.RoleStyle]? {
        let start = reader.nextValueOffset()
        var roles: [StyleRole: Theme.RoleStyle] = [:]
        var valid = true
        let names = StyleRole.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard try decoding.object(&reader, { reader, key in
            guard let role = StyleRole(rawValue: key.string) else {
                decoding.report("unknown role \"\(key)\"; the roles are \(names)", at: reader.nextValueOffset())
                try reader.skipValue()
                valid = false
                return
            }
            if let style = try readRole(&reader, decoding) { roles[role] = style } else { valid = false }
        }) else { return nil }
        let missing = StyleRole.allCases.filter { roles[$0] == nil && valid }
        for role in missing {
            decoding.report("missing role \"\(role.rawValue)\"; a theme gives every role", at: start)
        }
        return valid && missing.isEmpty ? roles : nil
    }

    private static func readRole(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> Theme.RoleStyle? {
        let start = reader.nextValueOffset()
        var colors: [String: Field<(Int?, Int?)>] = ["256": Field(), "16": Field(), "8": Field()]
        var attributes = Field<TextAttributes>(), mono = Field<TextAttributes>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "256": colors["256"]!.set(try readPair(&reader, decoding, limit: 255))
            case "16": colors["16"]!.set(try readPair(&reader, decoding, limit: 15))
            case "8": colors["8"]!.set(try readPair(&reader, decoding, limit: 7))
            case "attributes": attributes.set(try readAttributes(&reader, decoding))
            case "mono": mono.set(try readAttributes(&reader, decoding))
            default:
                decoding.report("unknown key \"\(key)\"; expected \"256\", \"16\", \"8\", \"attributes\" or \"mono\"", at: reader.nextValueOffset())
                try reader.skipValue()
            }
        }) else { return nil }
        var missingFallback = false
        for depth in ["256", "16", "8"] where !(colors[depth]!.seen) {
            decoding.report("missing fallback for \(depth) colours (key \"\(depth)\")", at: start)
            missingFallback = true
        }
        let values = (decoding.required(attributes, "attributes", at: start), decoding.required(mono, "mono", at: start))
        guard !missingFallback, let color256 = colors["256"]!.value, let color16 = colors["16"]!.value,
              let color8 = colors["8"]!.value, let attributes = values.0, let mono = values.1 else { return nil }
        return Theme.RoleStyle(color256, color16, color8, attributes: attributes, mono: mono)
    }

    private static func readPair(_ reader: inout JSONReader, _ decoding: JSONDecodingContext, limit: Int) throws -> (Int?, Int?)? {
        let start = reader.nextValueOffset()
        var foreground = Field<Int?>(), background = Field<Int?>()
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "fg": foreground.set(try readColor(&reader, decoding, limit: limit))
            case "bg": background.set(try readColor(&reader, decoding, limit: limit))
            default:
                decoding.report("unknown key \"\(key)\"; expected \"fg\" and \"bg\"", at: reader.nextValueOffset())
                try reader.skipValue()
            }
        }) else { return nil }
        let values = (decoding.required(foreground, "fg", at: start), decoding.required(background, "bg", at: start))
        guard let foreground = values.0, let background = values.1 else { return nil }
        return (foreground, background)
    }

    /// A colour number within `0...limit`, or `"default"` (nil: the terminal's own colour).
    private static func readColor(_ reader: inout JSONReader, _ decoding: JSONDecodingContext, limit: Int) throws -> Int?? {
        let start = reader.nextValueOffset()
        switch try reader.peekKind() {
        case .string:
            let text = try reader.readString()
            if text == "default" { return .some(nil) }
            decoding.report("expected a colour number 0–\(limit) or \"default\", found \"\(text)\"", at: start)
            return nil
        case .number:
            let text = try reader.readNumberText()
            if let value = Int(text), (0...limit).contains(value) { return .some(value) }
            decoding.report("expected a colour number 0–\(limit) or \"default\", found \(text)", at: start)
            return nil
        default:
            try decoding.mismatch("a colour number 0–\(limit) or \"default\"", &reader)
            return nil
        }
    }

    private static func readAttributes(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> TextAttributes? {
        let known: [String: TextAttributes] = ["bold": .bold, "reverse": .reverse, "underline": .underline, "dim": .dim]
        var result: TextAttributes = []
        var valid = true
        guard try decoding.array(&reader, { reader, _ in
            let start = reader.nextValueOffset()
            guard let name = try decoding.string(&reader) else {
                valid = false
                return
            }
            guard let attribute = known[name] else {
                decoding.report("expected one of \"bold\", \"reverse\", \"underline\", \"dim\", found \"\(name)\"", at: start)
                valid = false
                return
            }
            if result.contains(attribute) {
                decoding.report("attribute \"\(name)\" given twice", at: start)
                valid = false
            }
            result.insert(attribute)
        }) else { return nil }
        return valid ? result : nil
    }

    private static func readGlyphs(_ reader: inout JSONReader, _ decoding: JSONDecodingContext) throws -> GlyphOverrides? {
        var overrides = GlyphOverrides()
        var valid = true
        func character(_ reader: inout JSONReader) throws -> Character? {
            let start = reader.nextValueOffset()
            guard let text = try decoding.string(&reader) else { return nil }
            guard text.count == 1, let character = text.first, DisplayWidth.of(character) == 1 else {
                decoding.report("expected one character one column wide, found \"\(text)\"", at: start)
                return nil
            }
            return character
        }
        guard try decoding.object(&reader, { reader, key in
            switch key {
            case "set":
                let start = reader.nextValueOffset()
                switch try decoding.string(&reader) {
                case "unicode"?: overrides.forceASCII = false
                case "ascii"?: overrides.forceASCII = true
                case let other?:
                    decoding.report("expected \"unicode\" or \"ascii\", found \"\(other)\"", at: start)
                    valid = false
                case nil: valid = false
                }
            case "border":
                if let border: BorderStyle = try decoding.choice(&reader) { overrides.border = border } else { valid = false }
            case "ellipsis":
                let start = reader.nextValueOffset()
                if let text = try decoding.string(&reader), DisplayWidth.of(text) == 1 {
                    overrides.ellipsis = text
                } else {
                    decoding.report("expected one character one column wide", at: start)
                    valid = false
                }
            case "sortAscending": if let value = try character(&reader) { overrides.sortAscending = value } else { valid = false }
            case "sortDescending": if let value = try character(&reader) { overrides.sortDescending = value } else { valid = false }
            case "selectionMarker": if let value = try character(&reader) { overrides.selectionMarker = value } else { valid = false }
            case "gaugeEmpty": if let value = try character(&reader) { overrides.gaugeEmpty = value } else { valid = false }
            default:
                decoding.report("unknown glyph \"\(key)\"; expected set, border, ellipsis, sortAscending, sortDescending, selectionMarker or gaugeEmpty",
                                at: reader.nextValueOffset())
                try reader.skipValue()
                valid = false
            }
        }) else { return nil }
        return valid ? overrides : nil
    }
}
