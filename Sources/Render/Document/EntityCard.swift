import Pipeline

/// The card an entity shows on hover and keyboard focus: label and id, character offsets, the source
/// file's path and byte range (`src`, to find the span in the original page), the TIMEX3 of a date,
/// the name cluster and GeoNames id when present, and the producing rule with `--explain` output.
/// Plain text with line breaks; the page shows it from a `data-tip` attribute with CSS, so it adds
/// nothing to the text a reader copies or a screen reader reads.
enum EntityCard {
    static func text(
        _ entity: Entity, sourcePath: String, cluster: NameCluster?, clusterID: String?, geonames: Int?
    ) -> String {
        var lines: [String] = []
        lines.append(entity.id.isEmpty ? entity.label.rawValue : "\(entity.label.rawValue) · \(entity.id)")
        lines.append("“\(flatten(entity.text))”")
        lines.append("characters [\(entity.start), \(entity.end))")
        if let src = entity.src {
            lines.append("source bytes [\(src.lowerBound), \(src.upperBound)) of \(sourcePath)")
        } else {
            lines.append("no source bytes (\(sourcePath))")
        }
        if let t = entity.timex {
            var line = "TIMEX3 \(t.type.rawValue) \(t.value)"
            if let mod = t.mod { line += " · mod \(mod)" }
            lines.append(line)
        }
        if let clusterID {
            if let cluster {
                let count = cluster.mentions.count
                lines.append("cluster \(clusterID): “\(flatten(cluster.name))” (\(count) mention\(count == 1 ? "" : "s"))")
            } else {
                lines.append("cluster \(clusterID)")
            }
        }
        if let g = geonames ?? cluster?.geonames { lines.append("GeoNames \(g)") }
        if let origin = entity.origin { lines.append("origin: \(origin)") }
        return lines.joined(separator: "\n")
    }

    /// Line breaks inside a mention would break the card's layout.
    static func flatten(_ s: String) -> String {
        var view = String.UnicodeScalarView()
        for c in s.unicodeScalars { view.append(c == "\n" || c == "\r" ? " " : c) }
        return String(view)
    }
}
