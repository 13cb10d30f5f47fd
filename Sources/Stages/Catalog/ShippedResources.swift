import CEntityResources
internal import CPlaceData
internal import CRelationModel

/// The language resources built into the stages, by name: what makes two builds of the same version give
/// different output. `pipe annotate -o FILE` records a digest of them in the run record, so `--resume`
/// refuses to append records made with another model or gazetteer (see `RunRecord`). Each name has its
/// section in NOTICE (`ShippedResourcesTests` checks it).
///
/// A new resource (a model, a word list) is one line here; its bytes are read only when a run record is
/// written or checked.
public enum ShippedResources {
    /// Calls `body` with each resource's name and bytes, in a fixed order. The bytes are the executable's
    /// static memory (or a string literal's storage) and valid during the call only.
    public static func forEach(_ body: (String, UnsafeRawBufferPointer) -> Void) {
        let embedded: [(String, EntityResource)] = [
            ("gazetteer-places", pipe_gazetteer_places),
            ("gazetteer-given-names", pipe_gazetteer_given_names),
            ("gazetteer-surnames", pipe_gazetteer_surnames),
            ("gazetteer-curated", pipe_gazetteer_curated),
            ("entity-model", pipe_entity_model),
            ("word-clusters", pipe_word_clusters),
        ]
        for (name, resource) in embedded { body(name, resource.rawBuffer) }
        body("place-table", UnsafeRawBufferPointer(start: pipe_place_bytes(), count: pipe_place_size()))
        body(
            "relation-model",
            UnsafeRawBufferPointer(start: pipe_relation_model.bytes, count: Int(pipe_relation_model.size)))
        let literals: [(String, String)] = [
            ("abbreviations", EnglishAbbreviationData.abbreviations),
            ("sentence-starters", EnglishAbbreviationData.sentenceStarters),
            ("date-lexicon", DateLexiconData.text),
            ("relation-lexicon", RelationLexicon.source),
        ]
        for (name, text) in literals {
            var text = text
            text.withUTF8 { body(name, UnsafeRawBufferPointer($0)) }
        }
    }

    /// The resources' names, in the order of `forEach`.
    public static var names: [String] {
        var names: [String] = []
        forEach { name, _ in names.append(name) }
        return names
    }
}
