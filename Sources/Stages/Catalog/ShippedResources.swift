/// The language resources built into the stages, by name: what makes two builds of the same version give
/// different output. `pipe annotate -o FILE` records a digest of them in the run record, so `--resume`
/// refuses to append records made with another model or gazetteer (see `RunRecord`).
///
/// A new resource (a model, a word list) is one line here; its bytes are read only when a run record is
/// written or checked.
public enum ShippedResources {
    /// Name and content of each resource, in a fixed order.
    public static var all: [(name: String, text: String)] {
        [
            ("gazetteer-places", GazetteerData.places),
            ("gazetteer-given-names", GazetteerData.givenNames),
            ("gazetteer-surnames", GazetteerData.surnames),
            ("gazetteer-curated", GazetteerData.curated),
            ("entity-model", EntityModelData.weights),
            ("abbreviations", EnglishAbbreviationData.abbreviations),
            ("sentence-starters", EnglishAbbreviationData.sentenceStarters),
            ("date-lexicon", DateLexiconData.text),
            ("relation-lexicon", RelationLexicon.source),
        ]
    }
}
