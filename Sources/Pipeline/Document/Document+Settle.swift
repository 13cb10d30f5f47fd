/// The output invariants of the entity layer, kept by the pipeline runner rather than by each stage:
/// whatever stages run, in whatever valid order, the entities of a finished document are in text order,
/// never overlap one another (a name never overlaps another name or a DATE/TIME), and are numbered T1, T2,
/// ... in that order, with every relation pointing at entities that exist.
extension Document {
    /// Establishes the invariants; `Pipeline.run` calls it after every stage that adds entities or dates,
    /// so a later stage (relations) always reads a settled layer. Cheap when the layer is already settled:
    /// one pass to see that nothing overlaps, then the numbering.
    package mutating func settleEntities() {
        let n = entities.count
        guard n > 0 else { return }
        entities.withUnsafeMutableBufferPointer { Self.putInOrder($0) }
        var dropped: Set<String> = []
        if Self.hasOverlap(entities) {
            let keep = Self.overlapWinners(entities)
            var kept: [Entity] = []
            kept.reserveCapacity(n)
            for (i, entity) in entities.enumerated() {
                if keep[i] {
                    kept.append(entity)
                } else if !entity.id.isEmpty {
                    dropped.insert(entity.id)
                }
            }
            entities = kept
        }
        if !dropped.isEmpty {
            relations.removeAll { dropped.contains($0.head) || dropped.contains($0.tail) }
        }
        renumberEntities()
    }

    /// True when some entity starts before an earlier one (in text order) ends.
    static func hasOverlap(_ entities: [Entity]) -> Bool {
        var end = Int.min
        for e in entities {
            if e.start < end { return true }
            end = max(end, e.end)
        }
        return false
    }

    /// Which entities stay, for entities in text order. Within each group of mutually overlapping
    /// mentions the choice is greedy by `outranks`: the longest mention wins (the outermost name, as
    /// ANNOTATION.md asks: "USA TODAY" over "TODAY", "08:38 AM" over "AM"); of two equally long, a DATE or
    /// TIME wins (the date grammar is precise where a capitalized-word guess is not), then the earlier.
    static func overlapWinners(_ entities: [Entity]) -> [Bool] {
        let n = entities.count
        var keep = [Bool](repeating: true, count: n)
        var start = 0
        while start < n {
            var groupEnd = entities[start].end
            var next = start + 1
            while next < n, entities[next].start < groupEnd {
                groupEnd = max(groupEnd, entities[next].end)
                next += 1
            }
            if next - start > 1 {
                let order = (start..<next).sorted { outranks(entities[$0], entities[$1], $0, $1) }
                var accepted: [Int] = []
                for i in order {
                    if accepted.contains(where: { entities[$0].start < entities[i].end && entities[i].start < entities[$0].end }) {
                        keep[i] = false
                    } else {
                        accepted.append(i)
                    }
                }
            }
            start = next
        }
        return keep
    }

    private static func outranks(_ a: Entity, _ b: Entity, _ i: Int, _ j: Int) -> Bool {
        let la = a.end - a.start
        let lb = b.end - b.start
        if la != lb { return la > lb }
        let da = a.label == .date || a.label == .time
        let db = b.label == .date || b.label == .time
        if da != db { return da }
        return i < j
    }
}
