import Pipeline
import PipelineIO

/// Renames predicted entity labels and relation types into a corpus's own names before scoring, so our
/// OntoNotes-style output can be scored against CoNLL, CoNLL04 or GMB gold.
///
/// One map serves both: our entity labels are upper case (`GPE`) and our relation types lower case
/// (`works_for`), so keys never collide. Several of our labels may map to one corpus label (`GPE=LOC,
/// FAC=LOC`). A name the map does not mention is kept as it is; since only the gold's labels are scored,
/// an unmapped label the corpus does not have (TITLE against CoNLL) is simply not scored.
public struct LabelMap: Sendable, Hashable {
    public private(set) var mapping: [String: String]
    /// The corpus's relation schema, by its relation type: the argument labels (corpus names) a relation of
    /// that type can have there. Our schema is wider (works_for reaches a GPE, "Illinois Gov. X"; CoNLL04's
    /// Work_For only an Org), and a relation the corpus cannot express is a difference of schema, not an
    /// error, so a predicted relation whose mapped arguments fall outside it is not scored. Types without an
    /// entry are unrestricted.
    public private(set) var relationSignatures: [String: RelationSignature]
    /// Per mapped relation type, the corpus's type for the same relation where its signature refuses the
    /// arguments: CoNLL04's Work_For reaches only an Org, and a person's office in a place ("Illinois Gov.
    /// James Thompson", works_for Illinois in ANNOTATION.md) is a Live_In there.
    public private(set) var relationFallbacks: [String: String]
    /// The corpus writes a person's titles and honorifics inside the name ("President X", "Mr. X"): each
    /// predicted PERSON is widened over those directly before it (`TitleJoining`). Written `TITLE+PERSON=per`.
    public private(set) var titlesJoinPersonNames: Bool
    /// The corpus writes honorifics inside the name ("Ms. Carpenter", "Dr. Lee DeForest") but titles only
    /// sometimes: each predicted PERSON is widened over the honorifics directly before it. Written
    /// `HON+PERSON=Peop`; implied by `titlesJoinPersonNames`.
    public private(set) var honorificsJoinPersonNames: Bool
    /// The corpus writes a relation to a place also to each container named after it in the sentence
    /// ("Ciba-Geigy, based in Basel, Switzerland": OrgBased_In to Basel and to Switzerland; every such pair of
    /// CoNLL04's dev part), where ANNOTATION.md's gold names the nearer place only (51 of the 51 such pairs
    /// of gold/tbaq-news and gold/aeb-news dev). Each predicted lives_in and based_in is also scored to the
    /// places its tail is predicted located_in in the same sentence (`RelationScorer`), so the output's
    /// convention is translated, as labels are, and no relation the output does not imply is added.
    public private(set) var relationsReachContainers: Bool

    public init(
        _ mapping: [String: String] = [:], relationSignatures: [String: RelationSignature] = [:],
        titlesJoinPersonNames: Bool = false, honorificsJoinPersonNames: Bool = false,
        relationFallbacks: [String: String] = [:], relationsReachContainers: Bool = false
    ) {
        self.mapping = mapping
        self.relationSignatures = relationSignatures
        self.relationFallbacks = relationFallbacks
        self.titlesJoinPersonNames = titlesJoinPersonNames
        self.honorificsJoinPersonNames = honorificsJoinPersonNames
        self.relationsReachContainers = relationsReachContainers
    }

    /// Whether the corpus's schema admits a relation of `type` (already mapped) between arguments with
    /// these (mapped) labels.
    /// The type a relation of mapped `type` is scored as: `type` where the schema admits its arguments, else
    /// its fallback where that admits them, else nil (a difference of schema: not scored).
    public func schemaType(_ type: RelationType, head: EntityLabel, tail: EntityLabel) -> RelationType? {
        if admits(type, head: head, tail: tail) { return type }
        guard let fallback = relationFallbacks[type.rawValue].map(RelationType.init(rawValue:)),
            admits(fallback, head: head, tail: tail)
        else { return nil }
        return fallback
    }

    public func admits(_ type: RelationType, head: EntityLabel, tail: EntityLabel) -> Bool {
        guard let signature = relationSignatures[type.rawValue] else { return true }
        return signature.heads.contains(head.rawValue) && signature.tails.contains(tail.rawValue)
    }

    public static let identity = LabelMap()

    public func entityLabel(_ label: EntityLabel) -> EntityLabel {
        mapping[label.rawValue].map(EntityLabel.init(rawValue:)) ?? label
    }

    public func relationType(_ type: RelationType) -> RelationType {
        mapping[type.rawValue].map(RelationType.init(rawValue:)) ?? type
    }

    /// Built-in maps for the corpora in `../shared/data`, by name.
    public static let presets: [String: LabelMap] = [
        // CoNLL-2003 / wikigold: MISC covers nationalities, languages, events and other names; job titles
        // and dates are not entities there.
        "conll": LabelMap([
            "PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC",
            "NORP": "MISC", "EVENT": "MISC", "LAW": "MISC", "LANGUAGE": "MISC",
        ]),
        // CoNLL04 (Roth & Yih): Other holds amounts, distances, some years, events and other names, not the
        // dates and nationalities of ANNOTATION.md: on its train part (922 sentences) Other is the gold label
        // of 85 of the pipeline's 574 DATEs, 1 of its 17 TIMEs, 13 of its 140 NORPs and 1 of its 10 LAWs, and
        // of 5 of its 9 EVENTs. Only EVENT maps to Other; the others are left out of the scoring (the corpus
        // does not annotate them as such), while every gold Other still counts. Honorifics are inside its
        // person names (8 of the 9 before a Peop in the dev part), titles only sometimes (14 of 33).
        "conll04": LabelMap([
            "PERSON": "Peop", "ORG": "Org", "GPE": "Loc", "LOC": "Loc", "FAC": "Loc",
            "EVENT": "Other",
            "works_for": "Work_For", "based_in": "OrgBased_In", "lives_in": "Live_In",
            "located_in": "Located_In", "killed": "Kill",
            // CoNLL04 writes a wire's dateline as OrgBased_In ("BANGKOK , Thailand ( AP )": 11 of the 16
            // dateline pairs of its dev part).
            "reported_from": "OrgBased_In",
        ], relationSignatures: [
            // Roth & Yih (2004), table 1: each relation type with the one pair of entity types it joins.
            "Work_For": RelationSignature(heads: ["Peop"], tails: ["Org"]),
            "OrgBased_In": RelationSignature(heads: ["Org"], tails: ["Loc"]),
            "Live_In": RelationSignature(heads: ["Peop"], tails: ["Loc"]),
            "Located_In": RelationSignature(heads: ["Loc"], tails: ["Loc"]),
            "Kill": RelationSignature(heads: ["Peop"], tails: ["Peop"]),
        ], honorificsJoinPersonNames: true, relationFallbacks: ["Work_For": "Live_In"], relationsReachContainers: true),
        // GMB: geo = places (countries included), gpe = mostly nationality adjectives, tim = dates and times;
        // a per includes the titles and honorifics before the name ("President Bush", "Mr. Ismail").
        "gmb": LabelMap(
            [
                "PERSON": "per", "ORG": "org", "GPE": "geo", "LOC": "geo", "FAC": "geo", "NORP": "gpe",
                "DATE": "tim", "TIME": "tim", "EVENT": "eve", "LAW": "art",
            ], titlesJoinPersonNames: true),
        // GUM (GUMGoldReader): named mentions of its person, organization, place and event entities.
        "gum": LabelMap(["GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"]),
    ]

    /// Parses a preset name or a list `FROM=TO,FROM=TO`; the item `TITLE+PERSON=TO` maps PERSON to TO and
    /// joins the titles before a name to it (`titlesJoinPersonNames`).
    public init(parsing text: String) throws(LabelMapError) {
        let trimmed = text.trimmingSpaces
        if let preset = Self.presets[trimmed.lowercased()] {
            self = preset
            return
        }
        var mapping: [String: String] = [:]
        var titlesJoin = false
        var honorificsJoin = false
        for item in trimmed.split(separator: ",") {
            let parts = item.split(separator: "=", omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                throw LabelMapError(
                    "'\(item)' is not FROM=TO; give a list like GPE=LOC,PERSON=PER or a preset "
                        + "(\(Self.presets.keys.sorted().joined(separator: ", ")))")
            }
            var from = String(parts[0]).trimmingSpaces
            if from == Self.titlesJoinKey {
                from = EntityLabel.person.rawValue
                titlesJoin = true
            } else if from == Self.honorificsJoinKey {
                from = EntityLabel.person.rawValue
                honorificsJoin = true
            }
            let to = String(parts[1]).trimmingSpaces
            guard !from.isEmpty, !to.isEmpty else { throw LabelMapError("'\(item)': empty label") }
            if let previous = mapping[from], previous != to {
                throw LabelMapError("'\(from)' is mapped twice, to '\(previous)' and '\(to)'")
            }
            mapping[from] = to
        }
        guard !mapping.isEmpty else { throw LabelMapError("the label map is empty") }
        self.mapping = mapping
        self.relationSignatures = [:]
        self.relationFallbacks = [:]
        self.titlesJoinPersonNames = titlesJoin
        self.honorificsJoinPersonNames = honorificsJoin && !titlesJoin
        self.relationsReachContainers = false
    }

    /// The map without widening person names, for predictions whose persons are the gold's own
    /// (`pipe eval --gold-entities`): they are in the corpus's convention already.
    public var keepingPersonNames: LabelMap {
        var map = self
        map.titlesJoinPersonNames = false
        map.honorificsJoinPersonNames = false
        return map
    }

    /// The item of a list that sets `titlesJoinPersonNames`.
    static let titlesJoinKey = "TITLE+PERSON"
    /// The item of a list that sets `honorificsJoinPersonNames`.
    static let honorificsJoinKey = "HON+PERSON"

    private func personKey(_ key: String) -> String {
        guard key == EntityLabel.person.rawValue else { return key }
        return titlesJoinPersonNames ? Self.titlesJoinKey : honorificsJoinPersonNames ? Self.honorificsJoinKey : key
    }

    /// The map's items as `FROM=TO` in key order (PERSON written `TITLE+PERSON` or `HON+PERSON` when titles
    /// or honorifics join it), for the report's header.
    public var items: [(from: String, to: String)] {
        mapping.keys.sorted().map { key in
            (personKey(key), mapping[key] ?? "")
        }
    }
}

/// The argument labels one relation type admits in a corpus's schema.
public struct RelationSignature: Sendable, Hashable {
    public var heads: Set<String>
    public var tails: Set<String>
    public init(heads: Set<String>, tails: Set<String>) {
        self.heads = heads
        self.tails = tails
    }
}

public struct LabelMapError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "bad label map: \(message)" }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !TextAlignment.isWhitespace($0) }),
            let last = scalars.lastIndex(where: { !TextAlignment.isWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }
}
