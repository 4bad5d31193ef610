/// How many colours the terminal can show, after `NO_COLOR` and `--colors` are applied.
public enum ColorDepth: String, CaseIterable, Sendable, Comparable {
    /// No colour: attributes (bold, reverse, underline, dim) carry the meaning.
    case mono
    case ansi8 = "8"
    case ansi16 = "16"
    case ansi256 = "256"

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// The depth for a number of colours reported by terminfo.
    public init(colors: Int) {
        switch colors {
        case 256...: self = .ansi256
        case 16...: self = .ansi16
        case 8...: self = .ansi8
        default: self = .mono
        }
    }
}

/// Text attributes that survive without colour.
public struct TextAttributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = TextAttributes(rawValue: 1)
    public static let reverse = TextAttributes(rawValue: 2)
    public static let underline = TextAttributes(rawValue: 4)
    public static let dim = TextAttributes(rawValue: 8)
}

/// What a role looks like on one terminal: terminal colour numbers (nil = the terminal's own
/// default) and attributes.
public struct TerminalStyle: Hashable, Sendable, CustomStringConvertible {
    public var foreground: Int?
    public var background: Int?
    public var attributes: TextAttributes

    public init(foreground: Int? = nil, background: Int? = nil, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// `fg=2 bg=default bold`, for the legend of golden snapshots.
    public var description: String {
        var parts = ["fg=\(foreground.map(String.init) ?? "default")", "bg=\(background.map(String.init) ?? "default")"]
        if attributes.contains(.bold) { parts.append("bold") }
        if attributes.contains(.reverse) { parts.append("reverse") }
        if attributes.contains(.underline) { parts.append("underline") }
        if attributes.contains(.dim) { parts.append("dim") }
        return parts.joined(separator: " ")
    }
}

/// The colours of the roles at each colour depth, with the attributes that carry each role's
/// meaning when there is no colour.
public struct Theme: Hashable, Sendable {
    /// One role's look: colours for 256, 16 and 8-colour terminals, and attributes for all.
    public struct RoleStyle: Hashable, Sendable {
        public var color256: (foreground: Int?, background: Int?)
        public var color16: (foreground: Int?, background: Int?)
        public var color8: (foreground: Int?, background: Int?)
        public var attributes: TextAttributes
        /// Attributes used only without colour, where colour cannot carry the meaning.
        public var monoAttributes: TextAttributes

        public init(_ color256: (Int?, Int?), _ color16: (Int?, Int?), _ color8: (Int?, Int?),
                    attributes: TextAttributes = [], mono: TextAttributes = []) {
            self.color256 = color256
            self.color16 = color16
            self.color8 = color8
            self.attributes = attributes
            monoAttributes = mono
        }

        public static func == (lhs: RoleStyle, rhs: RoleStyle) -> Bool {
            lhs.color256 == rhs.color256 && lhs.color16 == rhs.color16 && lhs.color8 == rhs.color8
                && lhs.attributes == rhs.attributes && lhs.monoAttributes == rhs.monoAttributes
        }

        public func hash(into hasher: inout Hasher) {
            for pair in [color256, color16, color8] {
                hasher.combine(pair.foreground)
                hasher.combine(pair.background)
            }
            hasher.combine(attributes)
            hasher.combine(monoAttributes)
        }
    }

    public var name: String
    public var description: ThemeDescription
    /// Whether the theme is made for a dark or a light terminal background.
    public var isDark: Bool
    public var roles: [StyleRole: RoleStyle]
    public var glyphs: GlyphOverrides

    public init(name: String, description: ThemeDescription, isDark: Bool = true, roles: [StyleRole: RoleStyle],
                glyphs: GlyphOverrides = GlyphOverrides()) {
        self.name = name
        self.description = description
        self.isDark = isDark
        self.roles = roles
        self.glyphs = glyphs
    }

    /// The style of a role at a colour depth.
    public func style(_ role: StyleRole, depth: ColorDepth) -> TerminalStyle {
        guard let entry = roles[role] ?? roles[.text] else { return TerminalStyle() }
        switch depth {
        case .mono: return TerminalStyle(attributes: entry.attributes.union(entry.monoAttributes))
        case .ansi8: return TerminalStyle(foreground: entry.color8.foreground, background: entry.color8.background, attributes: entry.attributes)
        case .ansi16: return TerminalStyle(foreground: entry.color16.foreground, background: entry.color16.background, attributes: entry.attributes)
        case .ansi256: return TerminalStyle(foreground: entry.color256.foreground, background: entry.color256.background, attributes: entry.attributes)
        }
    }
}
