/// Every user intent and every outside event the dashboard reacts to.
public enum Action: Hashable, Sendable {
    case quit
    case showScreen(Screen)
    case nextScreen
    case previousScreen
    /// Moves the selection by rows (negative is up).
    case move(Int)
    /// Moves the selection by pages of the visible rows (negative is up).
    case page(Int)
    /// Moves the selection by half a page (negative is up).
    case halfPage(Int)
    case top
    case bottom
    case resize(width: Int, height: Int)
}

/// What the app loop must do after a state change; the reducer itself does no I/O.
public enum Effect: Hashable, Sendable {
    case quit
}
