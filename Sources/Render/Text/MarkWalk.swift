import Pipeline

/// A span to mark up in a text, for `MarkWalk`.
struct MarkItem: Sendable, Hashable {
    /// Scalar offsets, end-exclusive.
    var start: Int
    var end: Int
    /// Nesting rank: an item of lower rank always encloses items of higher rank (a paragraph encloses
    /// its sentences, a sentence its entities), whatever their offsets.
    var rank: Int
    /// The caller's index for the item.
    var payload: Int
}

/// One step of the walk: a stretch of text, or an element to open or close.
enum MarkEvent: Equatable {
    /// Scalar offsets of the text between two boundaries.
    case text(Int, Int)
    /// `continued`: this element is the rest of one closed earlier (or began before the walked range).
    case open(payload: Int, continued: Bool)
    /// `continues`: the element is closed only to keep the markup well nested and is reopened next.
    case close(payload: Int, continues: Bool)
}

/// Turns overlapping spans into well-nested markup.
///
/// HTML elements nest; spans need not (system output may hold crossing mentions, a sentence may cut a
/// mention). Items are opened in text order, outer ranks first; when an item must close while items
/// opened after it are still open, those are closed and reopened right after it as continuations, so
/// each span's text is covered exactly once and the markup stays well formed. The caller puts the
/// element's id and details on its first piece only.
enum MarkWalk {
    static func walk(_ items: [MarkItem], in range: Span, _ emit: (MarkEvent) -> Void) {
        var pending: [(item: MarkItem, clipped: Bool)] = []
        pending.reserveCapacity(items.count)
        for item in items {
            let a = max(item.start, range.start)
            let b = min(item.end, range.end)
            guard a < b else { continue }
            pending.append((MarkItem(start: a, end: b, rank: item.rank, payload: item.payload), a > item.start))
        }
        pending.sort { x, y in
            if x.item.start != y.item.start { return x.item.start < y.item.start }
            if x.item.rank != y.item.rank { return x.item.rank < y.item.rank }
            if x.item.end != y.item.end { return x.item.end > y.item.end }
            return x.item.payload < y.item.payload
        }
        var stack: [MarkItem] = []
        var position = range.start
        var next = 0
        while next < pending.count || !stack.isEmpty {
            let nextStart = next < pending.count ? pending[next].item.start : Int.max
            var nextEnd = Int.max
            for item in stack where item.end < nextEnd { nextEnd = item.end }
            let p = min(nextStart, nextEnd)
            if p > position {
                emit(.text(position, p))
                position = p
            }
            if nextEnd == p {
                // Close every item ending here; items above them are closed and reopened.
                let lowest = stack.firstIndex { $0.end == p } ?? stack.count
                var reopen: [MarkItem] = []
                while stack.count > lowest {
                    let top = stack.removeLast()
                    if top.end == p {
                        emit(.close(payload: top.payload, continues: false))
                    } else {
                        emit(.close(payload: top.payload, continues: true))
                        reopen.append(top)
                    }
                }
                for item in reopen.reversed() {
                    stack.append(item)
                    emit(.open(payload: item.payload, continued: true))
                }
                continue
            }
            let (item, clipped) = pending[next]
            next += 1
            // Items of a higher rank than the new one step aside so that it encloses them.
            var reopen: [MarkItem] = []
            while let top = stack.last, top.rank > item.rank {
                stack.removeLast()
                emit(.close(payload: top.payload, continues: true))
                reopen.append(top)
            }
            stack.append(item)
            emit(.open(payload: item.payload, continued: clipped))
            for r in reopen.reversed() {
                stack.append(r)
                emit(.open(payload: r.payload, continued: true))
            }
        }
        if position < range.end { emit(.text(position, range.end)) }
    }
}
