/// Languages, and the source line of a monitoring report.
///
/// A nationality's word right after "in" or a verb of speaking, learning or translating ("speaks Spanish",
/// "switching to English"), before no noun it could qualify, or right before "language", is the language
/// ("broadcast in Spanish", "in English and French", "in English for most classes", "the Spanish language
/// broadcast"): OntoNotes' LANGUAGE, not a NORP ("in Spanish waters" stays NORP).
///
/// The source line of a monitored broadcast or wire names the town and then the station, then the
/// language and the time: "Guatemala City Teleonce Television in Spanish 0400 GMT", "London Kanal-6
/// Television in Turkish 1700 GMT" (FBIS, BBC Monitoring). The head-noun rule read the town and the
/// station as one organization; on such a line a known town at its front is the town.
extension EntityTagger {
    mutating func readLanguagesAndSourceLines() {
        guard !mentions.isEmpty else { return }
        for i in mentions.indices where mentions[i].label == .norp && mentions[i].endToken == mentions[i].startToken + 1 {
            let t = mentions[i].startToken
            // After "in", or after "and"/"or" and a language ("in Czech and Polish").
            let afterIn = t > 0 && tokens.is(t - 1, "in", in: bytes)
            let coordinated = i > 0 && t > 1 && mentions[i - 1].label == .language && mentions[i - 1].endToken == t - 1
                && tokens.isAny(t - 1, Self.languageCoordinators, in: bytes)
            // "speaks Spanish", "translated into English", "switching to English".
            let spoken = t > 0 && tokens.isLower(t - 1) && (tokens.isAny(t - 1, Self.languageVerbs, in: bytes)
                || t > 1 && tokens.is(t - 1, "to", in: bytes) && tokens.isAny(t - 2, Self.switchVerbs, in: bytes))
            // "the Spanish language broadcast".
            let named = t + 1 < tokens.count && tokens.isAny(t + 1, Self.languageNouns, in: bytes)
            guard afterIn || coordinated || spoken || named, tokens.isCapitalized(t) else { continue }
            let next = t + 1
            if !named, next < tokens.count, !tokens.flags[t].contains(FlagBits.lineEndAfter) {
                // A word after it that it could qualify ("in Spanish waters", "in Kurdish areas"), not a
                // function word ("in English for most classes").
                if tokens.flags[next].contains(FlagBits.alphabetic), !tokens.isAny(next, words.coordinators, in: bytes),
                    !tokens.isAny(next, Self.functionWordsAfterLanguage, in: bytes),
                    !(tokens.isLower(next) && tokens.endsInLy(next, in: bytes))  // "speaks French fluently"
                {
                    continue
                }
            }
            mentions[i].label = .language
            mentions[i].origin = "rule:language"
        }
        var split: [(index: Int, town: Mention, station: Mention)] = []
        for i in mentions.indices.dropLast() where mentions[i].label == .org {
            let m = mentions[i]
            let language = mentions[i + 1]
            guard language.label == .language, language.startToken == m.endToken + 1,
                tokens.is(m.endToken, "in", in: bytes), language.endToken < tokens.count,
                tokens.flags[language.endToken].contains(FlagBits.numeric),
                let town = entry(m.startToken), town.kind.label == .gpe
            else { continue }
            let end = Int(findings[m.startToken].labelEnd)
            guard end < m.endToken else { continue }
            var place = m
            place.endToken = end
            place.endByte = Int(findings[m.startToken].labelEndByte)
            place.label = .gpe
            place.origin = "rule:source-line"
            var station = m
            station.startToken = end
            station.startByte = Int(tokens.byteStart[end])
            station.origin = "rule:source-line"
            split.append((i, place, station))
        }
        for (i, town, station) in split.reversed() {
            mentions[i] = station
            mentions.insert(town, at: i)
        }
    }

    static let languageCoordinators = WordSet(["and", "or"])
    /// Verbs whose object a nationality's word is the language of ("speaks Spanish", "into English").
    static let languageVerbs = WordSet([
        "speak", "speaks", "spoke", "spoken", "speaking", "into", "learn", "learns", "learned", "learning", "teach",
        "teaches", "taught", "teaching", "fluent",
    ])
    /// Verbs of a change of language before "to" ("switching to English").
    static let switchVerbs = WordSet(["switch", "switches", "switched", "switching", "translated", "translate"])
    static let languageNouns = WordSet(["language", "languages", "translation", "translations", "subtitles"])
    /// Function words after the language, which it does not qualify ("in English for most classes").
    static let functionWordsAfterLanguage = WordSet([
        "for", "to", "at", "on", "with", "by", "from", "of", "as", "than", "when", "while", "so", "that", "which",
        "who", "is", "was", "are", "were", "but", "because", "instead", "only", "too", "before", "after", "during",
    ])
}
