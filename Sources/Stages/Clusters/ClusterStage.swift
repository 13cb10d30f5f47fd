import Pipeline

/// Name clusters within a document (DESIGN.md: `cluster` on PERSON, ORG, GPE, LOC, FAC, NORP, EVENT and
/// LAW entities, the record's `clusters`) and GeoNames ids for the places among them (`geonames`). Reads
/// the entities and, when the relations stage ran before it, their alias_of and has_title relations.
public struct ClusterStage: CatalogStage {
    public static let stageName = "clusters"
    public static let summary = "name clusters within the document and GeoNames ids of places"
    public let requires: Set<Layer> = [.entities]
    public let adds: Set<Layer> = [.clusters]

    let clusterer: NameClusterer

    /// A stage; the place table (GeoNames ids) is shared by all instances.
    public init() { clusterer = NameClusterer() }

    init(clusterer: NameClusterer) { self.clusterer = clusterer }

    /// "C" and the number, written as bytes: `"C" + String(n)` went through `description` and a string
    /// append (about 380 instructions a cluster).
    static func clusterID(_ n: Int) -> String {
        var digits = 1
        var t = n
        while t >= 10 {
            t /= 10
            digits += 1
        }
        return String(unsafeUninitializedCapacity: digits + 1) { buffer in
            buffer[0] = UInt8(ascii: "C")
            var v = n
            for k in stride(from: digits, through: 1, by: -1) {
                buffer[k] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
            }
            return digits + 1
        }
    }

    public func process(_ document: inout Document) throws(DocumentError) {
        document.clusters = []
        guard !document.entities.isEmpty else { return }
        if document.entities.contains(where: { $0.id.isEmpty }) { document.renumberEntities() }
        let result = clusterer.cluster(document)
        var ids: [String] = []
        ids.reserveCapacity(result.clusters.count)
        for k in result.clusters.indices { ids.append(Self.clusterID(k + 1)) }
        for (i, k) in result.clusterOf.enumerated() {
            guard let k else { continue }
            document.entities[i].cluster = ids[k]
            let label = LabelMask(document.entities[i].label)  // one string comparison, not three
            if label == .gpe || label == .loc || label == .fac { document.entities[i].geonames = result.clusters[k].geonames }
        }
        document.clusters = result.clusters.enumerated().map { k, c in
            EntityCluster(
                id: ids[k], label: c.label, name: c.name, mentions: c.members.map { document.entities[$0].id },
                geonames: c.geonames)
        }
    }
}
