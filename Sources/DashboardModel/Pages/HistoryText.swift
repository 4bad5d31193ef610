import JSONSupport
public import Localization
public import RolloutData

/// The text of the audit log, for `mppdash history` and the MPP page: one block per save (time,
/// user, revision) and one line per change, `+` added, `~` changed, `-` removed, with a short
/// summary of what changed.
public enum HistoryText {
    public static func render(_ entries: [AuditEntry], filtered: Bool, _ language: Language) -> String {
        guard !entries.isEmpty else { return Catalogue.text(filtered ? .historyNothingMatches : .historyNothingSaved, language) }
        var blocks: [[String]] = []
        var previous: AuditEntry?
        for entry in entries {
            if previous.map({ $0.time != entry.time || $0.user != entry.user || $0.revision != entry.revision }) ?? true {
                blocks.append(["\(entry.time) · \(entry.user) · \(Catalogue.text(.historyRevision, language)) \(entry.revision)"])
            }
            blocks[blocks.count - 1].append("  " + line(entry.change, language))
            previous = entry
        }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// `~ mall:mpp-33.01  note: — → "Catatan"`.
    public static func line(_ change: SnapshotChange, _ language: Language) -> String {
        switch change.kind {
        case .added: return "+ \(change.subject)  \(Catalogue.text(.historyAdded, language))\(label(change.after, language))"
        case .removed: return "- \(change.subject)  \(Catalogue.text(.historyRemoved, language))\(label(change.before, language))"
        case .changed: return "~ \(change.subject)  \(differences(change.before, change.after, language))"
        }
    }

    /// The members of a record that differ, each `key: before → after`; a field of the snapshot,
    /// or a text, as `before → after`.
    static func differences(_ before: JSONValue?, _ after: JSONValue?, _ language: Language) -> String {
        guard case .object(let old)? = before, case .object(let new)? = after, text(before, language) == nil else {
            return pair(before, after, language)
        }
        let keys = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }.sorted()
        return keys.map { key in
            if case .array(let first)? = old[key], case .array(let second)? = new[key], first.count == second.count {
                return "\(key): \(Catalogue.text(.historyChanged, language))"
            }
            return "\(key): " + pair(old[key], new[key], language)
        }.joined(separator: "; ")
    }

    /// `before → after`; for a text that changed only in the other language, in that language.
    static func pair(_ before: JSONValue?, _ after: JSONValue?, _ language: Language) -> String {
        let other: Language = language == .english ? .indonesian : .english
        let shown = text(before, language) != nil && text(before, language) == text(after, language) ? other : language
        return "\(short(before, shown)) → \(short(after, shown))"
    }

    /// `: NAME` for a record with a name, a title or an id; nothing otherwise.
    static func label(_ record: JSONValue?, _ language: Language) -> String {
        guard let name = ["name", "title", "id"].lazy.compactMap({ record?.member($0) }).first else { return "" }
        return ": " + short(name, language)
    }

    /// A value in a few characters: a string or text quoted and cut at 40 characters, a number as
    /// it is, a list as its count, unknown as `—`.
    static func short(_ value: JSONValue?, _ language: Language) -> String {
        if let text = text(value, language) { return quoted(text) }
        switch value {
        case nil, .null?: return "—"
        case .string(let string)?: return quoted(string)
        case .integer(let number)?: return String(number)
        case .decimal(let number)?: return String(number)
        case .bool(let flag)?: return flag ? "true" : "false"
        case .array(let elements)?: return "\(elements.count) \(Catalogue.text(.historyItems, language))"
        case .object?, .record?: return "{…}"
        }
    }

    /// The text of a bilingual text object (`{"id": …, "en": …}`) in `language`, or in the other
    /// one when it has only that; nil for any other value.
    static func text(_ value: JSONValue?, _ language: Language) -> String? {
        guard case .object(let members)? = value, !members.isEmpty, members.keys.allSatisfy({ $0 == "id" || $0 == "en" }) else { return nil }
        let preferred = language == .english ? ["en", "id"] : ["id", "en"]
        guard case .string(let text)? = preferred.lazy.compactMap({ members[$0] }).first else { return nil }
        return text
    }

    private static func quoted(_ text: String) -> String {
        "\"" + (text.count > 40 ? String(text.prefix(39)) + "…" : text) + "\""
    }
}
