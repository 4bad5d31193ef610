public import Localization

/// An edit form: its fields, the one being typed in, and what submitting it found.
///
/// Fields validate as the user types (`FormRules`); Enter submits when every shown field is
/// valid, and the edit goes through `Snapshot.applying`, whose refusal (`error`) is shown in the
/// form while nothing changes. Esc cancels, asking first when something was typed.
public struct Form: Hashable, Sendable {
    public var kind: FormKind
    /// Every field the form can show, in order; some show only when others ask for them (the title
    /// and publisher of a new source).
    public var fields: [FormField]
    /// The field being typed in, an index into `fields`, always one that is shown.
    public var focus = 0
    /// Enter was pressed: every problem is shown, also of fields not visited yet.
    public var submitted = false
    /// Why `Snapshot.applying` refused the edit, one problem a line.
    public var error: String?
    /// Esc was pressed after typing: `y` discards, any other key goes on.
    public var confirmingCancel = false
    /// The fields as the form opened, to tell whether anything was typed.
    let openedWith: [FormField]

    init(kind: FormKind, fields: [FormField]) {
        self.kind = kind
        self.fields = fields
        openedWith = fields
    }

    /// True when something was typed or chosen since the form opened.
    public var isModified: Bool {
        zip(fields, openedWith).contains { $0.text != $1.text || $0.choice != $1.choice || $0.picked != $1.picked }
    }

    /// The field with a key, when the form has it.
    public func field(_ key: FieldKey) -> FormField? { fields.first { $0.key == key } }

    public var focusedField: FormField { fields[focus] }
}

/// One field of a form: what it is (`key`), how it is typed (`kind`), and what it holds.
public struct FormField: Hashable, Sendable {
    public var key: FieldKey
    public var kind: FieldKind
    public var isRequired: Bool
    /// What was typed: the value of a text, date, URL, count, source or pick field, and what
    /// narrows the list of a multi-pick field.
    public var text = ""
    /// The option chosen, an index into the choice field's options.
    public var choice = 0
    /// The values picked in a multi-pick field, in the order picked.
    public var picked: [String] = []
    /// The highlighted line of the field's list (the suggestions or the values to pick).
    public var cursor = 0
    /// The user typed in the field or left it: a missing value is shown as a problem from then on.
    public var touched = false
    /// The user changed the text: a prefill (the publisher from the URL's host) no longer follows.
    public var edited = false

    init(_ key: FieldKey, _ kind: FieldKind, required: Bool = false, text: String = "", choice: Int = 0) {
        self.key = key
        self.kind = kind
        isRequired = required
        self.text = text
        self.choice = choice
    }
}

/// What a field stands for in the edit its form makes.
public enum FieldKey: Hashable, Sendable {
    case mallStage, digitalStage, date, portal, services, agencies, serviceName
    case mallID, mallName, total, reporter, approximate, batchRelation, batchKind, announced, members
    case province, scope, regions, count, url, published, subject, claimCount
    /// A free text in one language: the two fields of a bilingual text.
    case note(Language)
    case topic(Language)
    /// The claims of a conflict, from 1.
    case claimText(Int, Language)
    case claimValue(Int)
    /// Where a fact's source is given, by slot: 0 for the form's fact, 1… for a conflict's claims.
    case source(Int)
    /// The title, publisher and kind of a new source of a slot, shown when its URL is not known.
    case sourceTitle(Int)
    case sourcePublisher(Int)
    case sourceOfficial(Int)
}

/// How a field is typed and what it accepts.
public enum FieldKind: Hashable, Sendable {
    case text
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or `DD/MM/YYYY`, never after today.
    case date
    /// An `http://` or `https://` address.
    case url
    /// A whole number ≥ 0.
    case count
    /// One of a fixed list, changed with ←/→ or Space.
    case choice(ChoiceList)
    /// One value of a list, typed with suggestions (Enter takes the highlighted one).
    case pick(PickList)
    /// Several values of a list, narrowed by typing, each picked with Space.
    case pickMany(PickList)
    /// A known source by id or URL (with suggestions), or the URL of a new one.
    case source
}

/// The fixed lists of the choice fields.
public enum ChoiceList: Hashable, Sendable {
    case mallStages, digitalStages, portal, reporters, yesNo, batchRelations, batchKinds, scopes, claimCounts
}

/// The lists of the pick fields, built from the data.
public enum PickList: Hashable, Sendable {
    case provinces
    /// Every MPP known by name.
    case malls
    /// The kabupaten/kota of the province chosen in the form's province field.
    case claimRegions
    /// What a conflict can be about: the records of the data, and the programme.
    case subjects
    /// The sources of the data: a source field's suggestions.
    case sources
}
