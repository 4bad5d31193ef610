/// A key, decoded from the terminal into a value the view-model can match on.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// A control chord, `ctrl("d")` for Ctrl-D.
    case control(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, backspace, tab, backTab, delete
    case function(Int)
}

/// What the terminal layer reports to the app loop.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; the new size in columns and rows.
    case resize(width: Int, height: Int)
    /// Text pasted into the terminal (bracketed paste): to be inserted as text, never read as keys.
    case paste(String)
    /// The terminal went away (end of input or an I/O error): the app must exit.
    case hangup
}
