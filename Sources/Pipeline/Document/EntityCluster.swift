/// The mentions of one name within a document ("Ilham Aliyev", "Aliyev", "President Aliyev"), as the
/// clusters stage groups them (DESIGN.md: the record's `clusters`).
public struct EntityCluster: Sendable, Hashable {
    /// "C1", "C2", ... in the order of the first mention.
    public var id: String
    /// The mentions' label.
    public var label: EntityLabel
    /// The most complete mention's text ("Ilham Aliyev", not "Aliyev"; "Kurdish Workers' Party", not "PKK").
    public var name: String
    /// Entity ids ("T5", "T9"), in text order.
    public var mentions: [String]
    /// The GeoNames id of the place, for GPE, LOC and FAC clusters that could be linked.
    public var geonames: Int?

    /// A cluster as the clusters stage or a decoder makes it.
    public init(id: String, label: EntityLabel, name: String, mentions: [String], geonames: Int? = nil) {
        self.id = id
        self.label = label
        self.name = name
        self.mentions = mentions
        self.geonames = geonames
    }
}
