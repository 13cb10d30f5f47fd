/// A 64-bit FNV-1a hash of a word's case-folded UTF-8 bytes, the key under which pattern literals and word
/// classes are compared with tokens: no `String` is built per token.
///
/// Folding: ASCII letters to lower case and the typographic apostrophes U+2018/U+2019 to "'", so a pattern
/// literal "'s" matches both "’s" and "'s".
enum WordHash {
    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always) static func mix(_ h: UInt64, _ b: UInt8) -> UInt64 { (h ^ UInt64(b)) &* 0x100_0000_01b3 }

    static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> UInt64 {
        var h = seed
        var p = from
        while p < to {
            let b = bytes[p]
            if b == 0xE2, p + 2 < to, bytes[p + 1] == 0x80, bytes[p + 2] == 0x98 || bytes[p + 2] == 0x99 {
                h = mix(h, 0x27)
                p += 3
                continue
            }
            h = mix(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            p += 1
        }
        return h
    }

    /// The same hash from a string's UTF-8 view, without copying it (pattern literals and word classes are
    /// hashed at every start-up).
    static func of<S: StringProtocol>(_ word: S) -> UInt64 { of(bytes: word.utf8) }

    static func of<C: Collection<UInt8>>(bytes: C) -> UInt64 {
        var h = seed
        var i = bytes.startIndex
        while i != bytes.endIndex {
            let b = bytes[i]
            if b == 0xE2 {
                let j = bytes.index(after: i)
                if j != bytes.endIndex, bytes[j] == 0x80 {
                    let k = bytes.index(after: j)
                    if k != bytes.endIndex, bytes[k] == 0x98 || bytes[k] == 0x99 {
                        h = mix(h, 0x27)
                        i = bytes.index(after: k)
                        continue
                    }
                }
            }
            h = mix(h, b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            i = bytes.index(after: i)
        }
        return h
    }
}
