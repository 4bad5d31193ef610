/// A grid written as text for golden snapshots and `mppdash render --styles`: the characters,
/// then the role layer (one letter per cell), then a legend of what each role used looks like at
/// one colour depth.
public enum GridSnapshot {
    public static func text(_ grid: CellGrid, theme: Theme, depth: ColorDepth) -> String {
        let used = Set(grid.cells.map(\.role))
        let legend = StyleRole.allCases.filter(used.contains).map { role in
            "\(role.letter) \(role.rawValue): \(theme.style(role, depth: depth))"
        }
        return [grid.text, "--- roles ---", grid.roleLayer, "--- \(theme.name) theme, \(depth.rawValue) ---"]
            .joined(separator: "\n") + "\n" + legend.joined(separator: "\n") + "\n"
    }
}
