package import Localization
package import RolloutData

extension RolloutIndex {
    /// The batch with an id, if the data has it.
    package func batch(_ id: String) -> Batch? { snapshot.batches.first { $0.id == id } }

    /// The conflict with an id, if the data has it.
    package func conflict(_ id: String) -> Conflict? { snapshot.conflicts.first { $0.id == id } }
}

/// How the screens name the records that conflicts and batches concern, and what the sources
/// claim about them: one wording for the Conflicts screen, a conflict's page, an MPP's page, a
/// batch's page, the Timeline and the palette.
package enum RecordNames {
    /// "Gelombang 7 Mar 2024" / "Soft launching 2024"; with `long`, the month in full.
    package static func batch(_ batch: Batch, _ state: DashboardState, long: Bool = false) -> String {
        let language = state.language
        let dash = state.glyphs.emDash
        let date = long ? language.longDate(batch.date, unknown: dash) : language.date(batch.date, unknown: dash)
        return language.text(batch.kind == .inauguration ? .subjectBatch : .subjectSoftLaunch, date)
    }

    /// The name of a conflict's subject (`batch:ID`, `mall:ID`, `total:DATE`, `digital:CODE`,
    /// `region:CODE`, `province:CODE`, `claim:ID`, `programme`); the subject itself when the data
    /// does not have the record.
    package static func subject(_ subject: String, _ state: DashboardState, long: Bool = false) -> String {
        let language = state.language
        let index = state.store.index
        let parts = subject.split(separator: ":", maxSplits: 1).map(String.init)
        let value = parts.count == 2 ? parts[1] : ""
        switch parts.first ?? "" {
        case "programme":
            return language.text(.subjectProgramme)
        case "total":
            let date = PartialDate(iso: value)
            let dash = state.glyphs.emDash
            return language.text(.subjectTotal, long ? language.longDate(date, unknown: dash) : language.date(date, unknown: dash))
        case "batch":
            return index.batch(value).map { batch($0, state, long: long) } ?? subject
        case "mall":
            return index.mallByID[value]?.name ?? subject
        case "digital":
            return language.text(.subjectDigital, place(value, index))
        case "region", "province":
            return place(value, index)
        case "claim":
            guard let claim = index.snapshot.coverageClaims.first(where: { $0.id == value }) else { return subject }
            let province = index.provinceByCode[claim.provinceCode]?.name ?? claim.provinceCode
            return language.text(.subjectClaim, province, long ? language.longDate(claim.date) : language.date(claim.date))
        default:
            return subject
        }
    }

    /// A region or province by code, by name: "Kab. Luwu", "DK Jakarta".
    package static func place(_ code: String, _ index: RolloutIndex) -> String {
        if let region = index.regionByCode[code] { return region.shortName }
        return index.provinceByCode[code]?.name ?? code
    }

    /// Who stated something: the reporter, and for the press the publisher of the first source
    /// ("KemenPAN-RB", "Liputan6.com").
    package static func reporter(_ reporter: Reporter, sources: [String], _ state: DashboardState) -> String {
        if reporter == .press, let publisher = sources.first.flatMap({ state.store.index.sourceByID[$0]?.publisher }) {
            return publisher
        }
        return state.language.name(reporter)
    }

    /// Every count a batch was announced with, and who announced it: "16 (KemenPAN-RB) / 17
    /// (Liputan6.com)"; nil when no source gives one.
    package static func announcements(_ batch: Batch, _ state: DashboardState) -> String? {
        let parts = batch.announcedCounts.map { count -> String in
            var who: [String] = []
            for announcement in batch.announcements where announcement.count == count {
                let name = reporter(announcement.reporter, sources: announcement.sources, state)
                if !who.contains(name) { who.append(name) }
            }
            return "\(state.language.integer(count)) (\(who.joined(separator: ", ")))"
        }
        return parts.isEmpty ? nil : parts.joined(separator: " / ")
    }

    /// Reported totals with who reported them: "208 (KemenPAN-RB)", a disputed one with every
    /// value: "191 / 192 ! (KemenPAN-RB)"; "tidak dilaporkan" when there is none.
    package static func totals(_ totals: [ReportedTotal], _ state: DashboardState) -> String {
        guard !totals.isEmpty else { return state.language.text(.notReported) }
        return totals.map { total in
            "\(totalFigure(total, state).text) (\(reporter(total.reporter, sources: total.sources, state)))"
        }.joined(separator: " / ")
    }

    /// A reported total as written, "208" or "sekitar 237"; a disputed one with every value it is
    /// given and the conflict mark, "191 / 192 !", and `disputed` true.
    package static func totalFigure(_ total: ReportedTotal, _ state: DashboardState) -> (text: String, disputed: Bool) {
        let values = Set([total.total] + state.store.index.disputes(of: total).flatMap(\.claims).compactMap(\.value)).sorted()
        guard values.count > 1 else { return (state.language.total(total), false) }
        return (values.map(state.language.integer).joined(separator: " / ") + " !", true)
    }

    /// The different values a conflict's claims give, smallest first: "16 / 17"; nil when no
    /// claim gives one.
    package static func claimedValues(_ conflict: Conflict, _ language: Language) -> String? {
        let values = Set(conflict.claims.compactMap(\.value)).sorted()
        return values.isEmpty ? nil : values.map(language.integer).joined(separator: " / ")
    }

    /// One claim in running text: "16 · KemenPAN-RB · 7 Maret 2024 — <text> [source]".
    package static func claim(_ claim: Claim, _ state: DashboardState) -> String {
        let language = state.language
        var head: [String] = []
        if let value = claim.value { head.append(language.integer(value)) }
        if let reporter = claim.reporter { head.append(self.reporter(reporter, sources: claim.sources, state)) }
        if let date = claim.date { head.append(language.longDate(date)) }
        let text = language.pick(claim.text) + " [" + claim.sources.joined(separator: ", ") + "]"
        return head.isEmpty ? text : head.joined(separator: " · ") + " — " + text
    }

    /// The claim the records follow and why, or that they follow none.
    package static func resolution(_ conflict: Conflict, _ language: Language) -> String {
        language.pick(conflict.resolution) ?? language.text(.conflictNoResolution)
    }

    /// The conflicts that involve any of the subjects, each once, in the order found.
    package static func conflicts(involving subjects: [String], _ index: RolloutIndex) -> [Conflict] {
        var found: [Conflict] = []
        for conflict in subjects.flatMap(index.conflicts(involving:)) where !found.contains(where: { $0.id == conflict.id }) {
            found.append(conflict)
        }
        return found
    }
}
