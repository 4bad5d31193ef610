package import Localization
import RolloutData

/// The options of each choice field, by their value in the data, with their names in the
/// interface language.
package enum Choices {
    /// How many claims a conflict form offers at most (and at least two, as a conflict needs).
    package static let claimCounts = 2...5

    /// The values of a list, in order.
    package static func values(_ list: ChoiceList) -> [String] {
        switch list {
        case .mallStages: return MallStage.allCases.map(\.rawValue)
        case .digitalStages: return DigitalStage.allCases.map(\.rawValue)
        case .portal: return PortalIntegration.allCases.map(\.rawValue)
        case .reporters: return Reporter.allCases.map(\.rawValue)
        case .yesNo: return ["no", "yes"]
        case .batchRelations: return ["", BatchRelation.before.rawValue, BatchRelation.after.rawValue]
        case .batchKinds: return BatchKind.allCases.map(\.rawValue)
        case .scopes: return CoverageScope.allCases.map(\.rawValue)
        case .claimCounts: return claimCounts.map(String.init)
        }
    }

    /// The name of the option at `index`.
    package static func label(_ list: ChoiceList, _ index: Int, _ language: Language) -> String {
        let value = values(list)[index]
        switch list {
        case .mallStages: return language.name(MallStage(rawValue: value)!)
        case .digitalStages: return language.name(DigitalStage(rawValue: value)!)
        case .portal: return MallPage.portalText(PortalIntegration(rawValue: value)!, language)
        case .reporters: return language.name(Reporter(rawValue: value)!)
        case .yesNo: return language.text(value == "yes" ? .yes : .no)
        case .batchRelations:
            return language.text(value.isEmpty ? .choiceNoRelation : value == "before" ? .choiceBeforeBatch : .choiceAfterBatch)
        case .batchKinds: return language.text(value == BatchKind.inauguration.rawValue ? .batchInauguration : .batchSoftLaunch)
        case .scopes:
            switch CoverageScope(rawValue: value)! {
            case .all: return language.text(.choiceScopeAll)
            case .none: return language.text(.choiceScopeNone)
            case .listed: return language.text(.choiceScopeListed)
            }
        case .claimCounts: return value
        }
    }

    /// The index of a value in a list (0 when it is not there).
    package static func index(of value: String, in list: ChoiceList) -> Int {
        values(list).firstIndex(of: value) ?? 0
    }
}
