public import Localization

/// The screens of the dashboard, in the order Tab visits them.
public enum Screen: String, CaseIterable, Sendable {
    case overview
    case provinces

    /// The name in the screen tabs and the help.
    public var title: TextKey {
        switch self {
        case .overview: return .screenOverview
        case .provinces: return .screenProvinces
        }
    }

    /// The digit key that opens the screen.
    public var number: Int { Screen.allCases.firstIndex(of: self)! + 1 }
}
