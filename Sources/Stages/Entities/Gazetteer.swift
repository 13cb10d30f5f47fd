/// All entity word lists in one trie, loaded once from the generated resource strings.
struct Gazetteer: Sendable {
    let trie: ByteTrie
    let entries: [GazetteerEntry]

    /// The resources, in the order their entries are consulted; `origin` names them.
    static let resourceNames = ["geonames", "curated", "census-given", "census-surname"]

    static let shared = Gazetteer()

    init() {
        var trie = ByteTrie(capacity: 700_000)
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(90_000)
        Self.load(GazetteerData.curated, resource: 1, named: nil, into: &trie, &entries)
        Self.load(GazetteerData.places, resource: 0, named: nil, into: &trie, &entries)
        Self.load(GazetteerData.givenNames, resource: 2, named: .givenName, into: &trie, &entries)
        Self.load(GazetteerData.surnames, resource: 3, named: .surname, into: &trie, &entries)
        self.trie = trie
        self.entries = entries
    }

    /// Parses "KIND<TAB>FLAGS<TAB>surface" lines (or "FLAGS<TAB>name" when `named` gives the kind).
    private static func load(
        _ text: String, resource: UInt8, named: GazetteerKind?,
        into trie: inout ByteTrie, _ entries: inout [GazetteerEntry]
    ) {
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var lineStart = 0
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                // Split into fields.
                var fields: [Range<Int>] = []
                var f = lineStart
                for i in lineStart..<lineEnd where bytes[i] == 0x09 {
                    fields.append(f..<i)
                    f = i + 1
                }
                fields.append(f..<lineEnd)
                let kind: GazetteerKind
                let flagsRange: Range<Int>
                let surface: Range<Int>
                if let named {
                    guard fields.count == 2 else { continue }
                    kind = named
                    flagsRange = fields[0]
                    surface = fields[1]
                } else {
                    guard fields.count == 3,
                        let k = GazetteerKind(code: Substring(decoding: UnsafeBufferPointer(rebasing: bytes[fields[0]]), as: UTF8.self))
                    else { continue }
                    kind = k
                    flagsRange = fields[1]
                    surface = fields[2]
                }
                guard !surface.isEmpty else { continue }
                var lowercaseOK = false
                var common = false
                for i in flagsRange {
                    if bytes[i] == UInt8(ascii: "l") { lowercaseOK = true }
                    if bytes[i] == UInt8(ascii: "c") { common = true }
                }
                // Walk/insert the folded key and compute the capital mask.
                var node = ByteTrie.root
                var i = surface.lowerBound
                var word = 0
                var atWordStart = true
                var mask: UInt32 = 0
                var letters = 0
                var upper = 0
                while i < surface.upperBound {
                    let raw = bytes[i]
                    let (b, next) = FoldedBytes.fold(bytes, i, surface.upperBound)
                    if b == 0x20 {
                        if !atWordStart { word += 1 }
                        atWordStart = true
                    } else {
                        if atWordStart, word < 32, (raw >= 0x41 && raw <= 0x5A) || raw >= 0x80 {
                            mask |= 1 << UInt32(word)
                        }
                        atWordStart = false
                    }
                    if (raw >= 0x41 && raw <= 0x5A) { upper += 1; letters += 1 } else if raw >= 0x61 && raw <= 0x7A { letters += 1 }
                    node = trie.childOrInsert(node, b)
                    i = next
                }
                let entry = GazetteerEntry(
                    kind: kind, lowercaseOK: lowercaseOK, common: common,
                    allCaps: letters >= 2 && upper == letters, capitalMask: mask,
                    wordCount: UInt8(min(word + 1, 255)), next: trie.firstEntry[Int(node)], resource: resource)
                trie.setFirstEntry(node, Int32(entries.count))
                entries.append(entry)
            }
        }
    }
}
