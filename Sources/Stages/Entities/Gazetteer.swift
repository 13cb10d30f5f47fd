/// All entity word lists, keyed by the hash of their folded surface, loaded once from the generated
/// resource strings.
final class Gazetteer: Sendable {
    /// Every entry.
    let keys: KeyTable
    /// Only the entries that can match text whose first letter is lower case (lower-case-allowed entries
    /// and names like "al-Qaeda"): most tokens are lower-case words, and this small table answers them
    /// with one probe that stays in cache.
    let lowerKeys: KeyTable
    /// The key prefixes of `keys` and of `lowerKeys`: which tokens can start a walk at all.
    let prefixes: PrefixFilter
    let lowerPrefixes: PrefixFilter
    /// The plain lower-case words `lowerKeys` may know (see `LowerWordFilter`).
    let lowerWords: LowerWordFilter
    let entries: [GazetteerEntry]
    /// The folded keys of all entries, to check a hash hit byte for byte.
    let keyBytes: [UInt8]

    /// The `origin` of an entry of each resource, indexed by `GazetteerResource.rawValue`: "gazetteer:" and
    /// the resource's name. Literals, as `MentionOrigin` names must be (a static string, not built); a
    /// test checks them against the names.
    static let origins: [MentionOrigin] = [
        "gazetteer:geonames", "gazetteer:curated", "gazetteer:census-given", "gazetteer:census-surname",
    ]

    static let shared = Gazetteer()

    init() {
        var capacity = (keys: 90_000, lower: 2_000)
        while true {
            var loader = Loader(capacity: capacity)
            loader.load(GazetteerData.curated, resource: .curated, named: nil)
            loader.load(GazetteerData.places, resource: .geonames, named: nil)
            loader.load(GazetteerData.givenNames, resource: .censusGiven, named: .givenName)
            loader.load(GazetteerData.surnames, resource: .censusSurname, named: .surname)
            if loader.keys.overflowed || loader.lowerKeys.overflowed {
                capacity = (capacity.keys * 2, capacity.lower * 2)
                continue
            }
            keys = loader.keys
            lowerKeys = loader.lowerKeys
            prefixes = loader.prefixes
            lowerPrefixes = loader.lowerPrefixes
            lowerWords = loader.lowerWords
            entries = loader.entries
            keyBytes = loader.keyBytes
            return
        }
    }

    /// Builds the tables from "KIND<TAB>FLAGS<TAB>surface" lines (or "FLAGS<TAB>name" when the
    /// resource gives the kind).
    private struct Loader {
        var keys: KeyTable
        var lowerKeys: KeyTable
        var prefixes = PrefixFilter()
        var lowerPrefixes = PrefixFilter()
        var lowerWords = LowerWordFilter()
        var entries: [GazetteerEntry] = []
        var keyBytes: [UInt8] = []

        init(capacity: (keys: Int, lower: Int)) {
            keys = KeyTable(capacity: capacity.keys)
            lowerKeys = KeyTable(capacity: capacity.lower)
            entries.reserveCapacity(90_000)
            keyBytes.reserveCapacity(800_000)
        }

        mutating func load(_ bytes: UnsafeBufferPointer<UInt8>, resource: GazetteerResource, named: GazetteerKind?) {
            do {
                let n = bytes.count
                var lineStart = 0
                while lineStart < n {
                    var lineEnd = lineStart
                    var tab1 = -1
                    var tab2 = -1
                    var tabs = 0
                    while lineEnd < n, bytes[lineEnd] != 0x0A {
                        if bytes[lineEnd] == 0x09 {
                            tabs += 1
                            if tab1 < 0 { tab1 = lineEnd } else if tab2 < 0 { tab2 = lineEnd }
                        }
                        lineEnd += 1
                    }
                    defer { lineStart = lineEnd + 1 }
                    let kind: GazetteerKind
                    let flags: Range<Int>
                    let surface: Range<Int>
                    if let named {
                        guard tabs == 1 else { continue }
                        kind = named
                        flags = lineStart..<tab1
                        surface = tab1 + 1..<lineEnd
                    } else {
                        guard tabs == 2,
                            let k = GazetteerKind(code: bytes, lineStart..<tab1)
                        else { continue }
                        kind = k
                        flags = tab1 + 1..<tab2
                        surface = tab2 + 1..<lineEnd
                    }
                    guard !surface.isEmpty else { continue }
                    add(bytes, surface, flags: flags, kind: kind, resource: resource.rawValue)
                }
            }
        }

        private mutating func add(
            _ bytes: UnsafeBufferPointer<UInt8>, _ surface: Range<Int>, flags: Range<Int>, kind: GazetteerKind,
            resource: UInt8
        ) {
            var lowercaseOK = false
            var common = false
            for i in flags {
                if bytes[i] == UInt8(ascii: "l") { lowercaseOK = true }
                if bytes[i] == UInt8(ascii: "c") { common = true }
            }
            // Fold the key, compute the capital mask.
            let keyStart = keyBytes.count
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
                if raw >= 0x41 && raw <= 0x5A {
                    upper += 1
                    letters += 1
                } else if raw >= 0x61 && raw <= 0x7A {
                    letters += 1
                }
                keyBytes.append(b)
                i = next
            }
            let allCaps = letters >= 2 && upper == letters
            let lowerStart = lowercaseOK || (!allCaps && mask & 1 == 0)
            // Hash the key; mark each place inside it where a text token may end as continued.
            var h = KeyTable.seed
            let keyEnd = keyBytes.count
            for k in keyStart..<keyEnd {
                let b = keyBytes[k]
                if k > keyStart {
                    let prev = keyBytes[k - 1]
                    if prev != 0x20, !(Self.isWordByte(prev) && Self.isWordByte(b)) {
                        keys.markContinued(h)
                        if lowerStart { lowerKeys.markContinued(h) }
                    }
                }
                h = KeyTable.step(h, b)
            }
            prefixes.insert(keyBytes[keyStart..<keyEnd])
            if lowerStart {
                lowerPrefixes.insert(keyBytes[keyStart..<keyEnd])
                lowerWords.insert(key: keyBytes[keyStart..<keyEnd])
            }
            let index = Int32(entries.count)
            let next = keys.push(h, entry: index)
            let nextLower = lowerStart ? lowerKeys.push(h, entry: index) : -1
            entries.append(
                GazetteerEntry(
                    kind: kind, lowercaseOK: lowercaseOK, common: common, allCaps: allCaps, capitalMask: mask,
                    wordCount: UInt8(min(word + 1, 255)), next: next, nextLower: nextLower,
                    keyStart: Int32(keyStart), keyLength: Int32(keyEnd - keyStart), resource: resource))
        }

        /// Letters and digits (and any byte of a non-ASCII character): a text token never ends between two.
        @inline(__always)
        static func isWordByte(_ b: UInt8) -> Bool {
            (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b >= 0x80
        }
    }
}
