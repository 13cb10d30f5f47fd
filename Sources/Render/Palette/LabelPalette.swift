/// Colours of entity labels and relation types.
///
/// The labels of ANNOTATION.md get fixed, distinct pastel fills (dark text stays readable on each) and a
/// darker edge of the same hue; any other label (CARDINAL, a corpus's own PER or geo) gets a hue derived
/// from its name, so it keeps its colour from page to page and run to run. Relation types get saturated
/// line colours, dark enough for thin arcs on white.
enum LabelPalette {
    struct Colour: Sendable, Hashable {
        /// CSS colours.
        var fill: String
        var edge: String
    }

    static let entities: [String: Colour] = [
        "PERSON": Colour(fill: "#d9ccff", edge: "#6b4fd8"),
        "NORP": Colour(fill: "#ffdcae", edge: "#c26a00"),
        "GPE": Colour(fill: "#b8e2ff", edge: "#1f78b4"),
        "LOC": Colour(fill: "#bdecc8", edge: "#2e8b4f"),
        "FAC": Colour(fill: "#e6d6b8", edge: "#8a6a2e"),
        "ORG": Colour(fill: "#a9e4da", edge: "#117a6b"),
        "EVENT": Colour(fill: "#ffc6d5", edge: "#c2185b"),
        "LAW": Colour(fill: "#ead1f5", edge: "#8e44ad"),
        "TITLE": Colour(fill: "#fbeca0", edge: "#9c7c00"),
        "DATE": Colour(fill: "#d5eeb0", edge: "#5b8c1a"),
        "TIME": Colour(fill: "#ffd3c2", edge: "#d0502a"),
    ]

    static let relations: [String: String] = [
        "has_title": "#8a6d00",
        "works_for": "#00796b",
        "based_in": "#1565c0",
        "located_in": "#2e7d32",
        "part_of": "#6a1b9a",
        "alias_of": "#6d4c41",
        "met_with": "#ad1457",
        "lives_in": "#e65100",
        "killed": "#b71c1c",
        "reported_from": "#607d8b",
    ]

    /// The order labels are listed in: ANNOTATION.md's, then others by name.
    static let order: [String] = ["PERSON", "NORP", "GPE", "LOC", "FAC", "ORG", "EVENT", "LAW", "TITLE", "DATE", "TIME"]

    static func sorted(_ labels: some Sequence<String>) -> [String] {
        labels.sorted { a, b in
            let i = order.firstIndex(of: a) ?? Int.max
            let j = order.firstIndex(of: b) ?? Int.max
            return i != j ? i < j : a < b
        }
    }

    static func colour(ofLabel label: String) -> Colour {
        if let known = entities[label] { return known }
        let hue = hue(of: label)
        return Colour(fill: "hsl(\(hue) 70% 86%)", edge: "hsl(\(hue) 55% 36%)")
    }

    static func colour(ofRelation type: String) -> String {
        relations[type] ?? "hsl(\(hue(of: type)) 65% 32%)"
    }

    /// A stable hue from a name (FNV-1a; `Hasher` is seeded per process).
    static func hue(of name: String) -> Int {
        var h: UInt32 = 2_166_136_261
        for b in name.utf8 {
            h ^= UInt32(b)
            h = h &* 16_777_619
        }
        return Int(h % 360)
    }
}
