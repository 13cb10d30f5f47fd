import Pipeline

/// GMB's convention for people: the titles and honorifics written directly before a name are part of the
/// person ("President Mahmoud Ahmadinejad", "Mr. Ismail", "Pope Benedict" are each one `per` there, 183 of
/// the 697 in its first 2,000 sentences start with one). ANNOTATION.md keeps them apart (TITLE `President`,
/// PERSON `Mahmoud Ahmadinejad`; an honorific is no mention). A label map with `TITLE+PERSON=...` scores
/// our output in the corpus's convention by widening each PERSON over them before matching; the TITLE
/// mentions stay (unscored unless the map names TITLE too).
enum TitleJoining {
    /// Honorifics (with or without their period) that are not TITLEs in ANNOTATION.md.
    static let honorifics: Set<String> = ["Mr", "Mrs", "Ms", "Mx", "Miss", "Dr", "Messrs", "Mme", "Mlle", "Rev", "Fr"]

    /// The entities with every PERSON widened over the TITLE mentions (unless `titles` is false: CoNLL04
    /// writes honorifics inside the name, titles only sometimes) and honorifics that precede it with only
    /// spaces between.
    static func apply(to entities: [Entity], in document: Document, titles: Bool = true) -> [Entity] {
        guard entities.contains(where: { $0.label == .person }) else { return entities }
        let scalars = Array(document.text.unicodeScalars)
        // TITLE mentions by their end, to find the one ending just before a name.
        var titleStartByEnd: [Int: Int] = [:]
        // Capitalized titles only: GMB leaves a lower-case role outside the name ("rebel leader Joseph
        // Kony", "spokeswoman Tasnim Aslam" are `per` without it).
        for e in entities where titles && e.label == .title && e.text.unicodeScalars.first?.properties.isUppercase == true {
            titleStartByEnd[e.end] = min(e.start, titleStartByEnd[e.end] ?? .max)
        }
        var out = entities
        for i in out.indices where out[i].label == .person {
            var start = out[i].start
            while true {
                var gap = start
                while gap > 0, scalars[gap - 1].properties.isWhitespace { gap -= 1 }
                guard gap < start else { break }
                if let titleStart = titleStartByEnd[gap] {
                    start = titleStart
                } else if let word = honorificStart(endingAt: gap, in: scalars) {
                    start = word
                } else {
                    break
                }
            }
            if start != out[i].start {
                out[i].start = start
                out[i].text = String(String.UnicodeScalarView(scalars[start..<out[i].end]))
            }
        }
        return out
    }

    /// Where the honorific ending at `end` ("Mr." or "Mr") starts, if the word there is one.
    private static func honorificStart(endingAt end: Int, in scalars: [Unicode.Scalar]) -> Int? {
        var wordEnd = end
        if wordEnd > 0, scalars[wordEnd - 1] == "." { wordEnd -= 1 }
        var start = wordEnd
        while start > 0, scalars[start - 1].properties.isAlphabetic { start -= 1 }
        guard start < wordEnd, wordEnd - start <= 6 else { return nil }
        return honorifics.contains(String(String.UnicodeScalarView(scalars[start..<wordEnd]))) ? start : nil
    }
}
