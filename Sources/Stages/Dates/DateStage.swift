import Pipeline

/// Tags DATE and TIME expressions with TIMEX3 values (TimeML / TempEval-3), anchored on the document
/// creation time. It lexes the text itself so it does not depend on the tokenizer; when sentences are
/// present it uses them to scope the tense that picks the year of "December 28".
public struct DateStage: CatalogStage {
    public static let stageName = "dates"
    public static let summary = "DATE and TIME expressions with TIMEX3 values"
    public let requires: Set<Layer> = [.text]
    public let adds: Set<Layer> = [.dates]
    /// Its rules and resources are English: other languages skip it (`--lang`).
    public let englishOnly = true

    /// A stage; the date lexicon is shared by all instances.
    public init() {}

    public func process(_ document: inout Document) throws(DocumentError) {
        let lexicon = DateLexicon.shared
        var text = document.text
        let tokens = text.withUTF8 { DateLexer.lex($0, lexicon: lexicon) }
        guard !tokens.isEmpty else { return }
        let bytes = Array(text.utf8)
        let offsets = document.offsets
        // Only the sentences' ends are read (`TenseScope.sentences`): one offset search a sentence.
        let sentences = document.sentences.map { offsets.utf8Offset(scalar: $0.end) }
        let scope = TenseScope(
            tokens: tokens, bytes: bytes,
            sentenceOf: TenseScope.sentences(tokens: tokens, bytes: bytes, documentSentenceEnds: sentences, lexicon: lexicon),
            lexicon: lexicon)
        let anchor = Anchoring(dct: document.meta.dct.flatMap { CalendarDate(iso: $0) })
        let grammar = DateGrammar(tokens: tokens, bytes: bytes, lexicon: lexicon, anchor: anchor, scope: scope)
        let matches = grammar.matches()
        // One allocation: grown by doubling, the array of 800,000 dates briefly held three copies' worth.
        document.entities.reserveCapacity(document.entities.count + matches.count)
        for m in matches {
            let span = Span(
                offsets.scalarOffset(utf8: tokens[m.start].start), offsets.scalarOffset(utf8: tokens[m.end - 1].end))
            document.addEntity(span, label: m.timex.type == .time ? .time : .date, timex: m.timex, origin: m.rule)
        }
    }
}
