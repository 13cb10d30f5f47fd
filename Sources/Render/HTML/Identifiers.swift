/// Element ids and class names. Page CSS refers to elements (a relation's arguments, a label's marks), so
/// what it names must never come from the data unchecked: an entity keeps its own id ("T12", so that
/// `page.html#T12` works) only when that id is a plain CSS identifier and unique in the page; anything
/// else gets a generated one. Labels, relation types and clusters are named by their index in the page.
enum Identifiers {
    /// A letter, then up to 63 letters, digits, '_' or '-': valid as an HTML id and as a CSS `#id` as is.
    static func isPlain(_ id: String) -> Bool {
        var count = 0
        for (k, b) in id.utf8.enumerated() {
            count += 1
            if count > 64 { return false }
            let letter = (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
            if k == 0 {
                if !letter { return false }
            } else if !(letter || (b >= 0x30 && b <= 0x39) || b == 0x5F || b == 0x2D) {
                return false
            }
        }
        return count > 0
    }
}

/// Hands out element ids for a page's entities: the entity's own id when plain and not taken yet,
/// otherwise "x" and the entity's index (ids of the plain form never start with "x" followed by digits
/// only, as they are reserved here, so the two kinds cannot collide).
struct EntityIDs {
    private var taken: Set<String> = []

    mutating func assign(_ id: String, index: Int) -> String {
        if Identifiers.isPlain(id), !Self.isReserved(id), taken.insert(id).inserted { return id }
        return "x\(index)"
    }

    /// "x" followed by digits only.
    static func isReserved(_ id: String) -> Bool {
        let u = Array(id.utf8)
        return u.count > 1 && u[0] == 0x78 && u.dropFirst().allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
