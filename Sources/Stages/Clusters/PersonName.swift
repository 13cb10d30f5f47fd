/// A person mention split into given name, middle names and surname, with honorifics and suffixes set
/// aside ("Mr. George W. Bush Jr." → george / w / bush).
struct PersonName {
    typealias Word = NameForm.Word
    var given: Word?
    var middle: [Word]
    var surname: Word
    /// "mr", "mrs", "president", ... written inside the mention (its hash).
    var honorific: UInt64?

    init?(_ form: NameForm) {
        var words = form.words[...]
        if let first = words.first, Self.honorifics.contains(first.hash), words.count > 1 {
            honorific = first.hash
            words = words.dropFirst()
        } else {
            honorific = nil
        }
        while words.count > 1, let last = words.last, Self.suffixes.contains(last.hash) { words = words.dropLast() }
        // A territorial designation is no part of the surname ("Patrick Gordon of Auchleuchries").
        if let of = words.dropFirst(2).firstIndex(where: { $0.hash == Self.of }) { words = words[..<of] }
        guard let last = words.last else { return nil }
        surname = last
        // Particles before the surname belong to it ("Bashar al-Assad", "Ursula von der Leyen"): they are
        // neither given nor middle names.
        var front = words.dropLast()
        while let p = front.last, Self.particles.contains(p.hash) { front = front.dropLast() }
        given = front.first
        middle = Array(front.dropFirst())
    }

    /// Whether two given names can name one person: equal, or one is the other's initial ("J." / "John").
    static func compatible(_ a: Word, _ b: Word) -> Bool {
        if a.hash == b.hash { return true }
        if a.length == 1, b.first == a.first { return true }
        if b.length == 1, a.first == b.first { return true }
        return false
    }

    /// Middle names conflict only when both mentions give them and they differ ("George W. Bush" and
    /// "George H. W. Bush").
    static func middlesCompatible(_ a: [Word], _ b: [Word]) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return true }
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { compatible($0, $1) }
    }

    static let of = FNV.hash("of")
    static let honorifics = FNV.hashes([
        "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "madam", "madame",
        "mme", "monsieur", "gen", "general", "lt", "col", "maj", "capt", "sgt", "adm", "cmdr", "gov", "sen",
        "rep", "rev", "fr", "sheikh", "president", "king", "queen", "prince", "princess", "pope", "judge",
        "justice", "senator", "governor", "minister", "chancellor", "premier", "mayor", "ambassador",
    ])
    static let suffixes = FNV.hashes([
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "frs", "obe", "mbe", "cbe", "kbe", "qc", "kc", "esq",
    ])
    static let particles = FNV.hashes([
        "de", "da", "del", "della", "di", "van", "von", "der", "den", "du", "le", "la", "bin", "ibn", "al", "el",
        "abu", "ben", "dos", "das", "ter", "op",
    ])
}
