import Pipeline

/// Appends JSON to a byte buffer in the order the caller writes keys.
///
/// Hand-written rather than `JSONEncoder` because the output schema fixes the key order, and because
/// encoding is on the hot path of every document. The bytes live in a buffer of its own rather than an
/// `[UInt8]`: `Array.append(contentsOf:)` cost ~100 instructions per call (and every append a
/// uniqueness check) while a line has thousands of short strings (keys, entity texts, numbers).
/// Non-copyable, so the buffer has exactly one owner and is freed with it.
public struct JSONWriter: ~Copyable {
    private var base: UnsafeMutablePointer<UInt8>
    private var count = 0
    private var capacity: Int
    /// True right after `{` or `[`, so the next member needs no comma.
    var needsComma = false
    /// With a spill limit, a full buffer moves to a temporary file instead of growing (see `SpillFile`).
    private let spillLimit: Int
    /// The file holding the JSON written before `bytes`; nil until the buffer first overflows.
    public private(set) var spilled: SpillFile?
    /// False once the file could not be made or written: the buffer then grows as without a limit.
    private var spilling: Bool

    public init(reservingCapacity capacity: Int = 1024) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
        spillLimit = 0
        spilling = false
    }

    /// A writer whose buffer never grows past about `limit` bytes: each time it is full its content moves to
    /// a temporary file (`spilled`), and `bytes` is what came after. For one-line outputs of any size.
    public init(reservingCapacity capacity: Int, spillingPast limit: Int) {
        self.capacity = max(min(capacity, limit), 64)
        base = .allocate(capacity: self.capacity)
        spillLimit = max(limit, 64)
        spilling = true
    }

    deinit { base.deallocate() }

    /// The JSON written so far (after `spilled`, when there is one).
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Room for `n` more bytes; returns where they go. Write them, then add `n` to `count`.
    @inline(__always)
    private mutating func reserve(_ n: Int) -> UnsafeMutablePointer<UInt8> {
        if capacity - count < n { grow(minimumCapacity: count + n) }
        return base + count
    }

    private mutating func grow(minimumCapacity: Int) {
        var minimumCapacity = minimumCapacity
        // Once the buffer has reached the spill limit, its content moves to the file rather than doubling.
        if spilling, count > 0, capacity >= spillLimit {
            let needed = minimumCapacity - count
            if spill() {
                if needed <= capacity { return }
                minimumCapacity = needed
            }
        }
        let newCapacity = max(minimumCapacity, capacity * 2)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Moves the buffer's content to the spill file; false, and no more spilling, when that fails.
    private mutating func spill() -> Bool {
        if spilled == nil { spilled = SpillFile() }
        guard let file = spilled, file.append(base, count: count) else {
            spilling = false
            return false
        }
        count = 0
        return true
    }

    /// Writes a quoted string that needs no escaping straight to the spill file (after the buffer), so a
    /// long text is not copied into the buffer first; false, with nothing written, when it cannot.
    private mutating func spillQuoted(_ bytes: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        if spilled == nil { spilled = SpillFile() }
        guard let file = spilled, count == 0 || spill() else {
            spilling = false
            return false
        }
        let before = file.size
        var quote = UInt8(ascii: "\"")
        guard file.append(&quote, count: 1), file.append(bytes, count: n), file.append(&quote, count: 1) else {
            file.truncate(to: before)
            spilling = false
            return false
        }
        return true
    }

    @inline(__always)
    private mutating func appendByte(_ b: UInt8) {
        reserve(1).pointee = b
        count += 1
    }

    @inline(__always)
    private mutating func appendBytes(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        reserve(bytes.count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    private mutating func appendBytes(_ string: StaticString) {
        string.withUTF8Buffer { appendBytes($0) }
    }

    public mutating func beginObject() {
        comma()
        appendByte(UInt8(ascii: "{"))
        needsComma = false
    }

    public mutating func endObject() {
        appendByte(UInt8(ascii: "}"))
        needsComma = true
    }

    public mutating func beginArray() {
        comma()
        appendByte(UInt8(ascii: "["))
        needsComma = false
    }

    public mutating func endArray() {
        appendByte(UInt8(ascii: "]"))
        needsComma = true
    }

    /// Writes `"key":` for a key known to need no escaping (the schema's own keys).
    /// Inlined: with the key a literal at the call site the copy is a few stores, not a call and a loop
    /// (an entity has seven keys).
    @inline(__always)
    public mutating func rawKey(_ key: StaticString) {
        comma()
        let n = key.utf8CodeUnitCount
        let p = reserve(n + 3)
        p[0] = UInt8(ascii: "\"")
        let source = key.utf8Start
        for i in 0..<n { p[i + 1] = source[i] }  // keys are a few bytes: no memcpy call
        p[n + 1] = UInt8(ascii: "\"")
        p[n + 2] = UInt8(ascii: ":")
        count += n + 3
        needsComma = false
    }

    /// Writes `"key":`; the value written next needs no comma.
    public mutating func key(_ key: String) {
        comma()
        appendQuoted(key)
        appendByte(UInt8(ascii: ":"))
        needsComma = false
    }

    public mutating func string(_ value: String) {
        comma()
        appendQuoted(value)
        needsComma = true
    }

    public mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    public mutating func int(_ value: Int) {
        comma()
        appendDecimal(value)
        needsComma = true
    }

    public mutating func double(_ value: Double) {
        comma()
        if value.isFinite {
            if value == value.rounded(), abs(value) < 1e15 {
                appendDecimal(Int(value))
            } else {
                var text = "\(value)"
                text.withUTF8 { appendBytes($0) }
            }
        } else {
            appendBytes("null")
        }
        needsComma = true
    }

    public mutating func bool(_ value: Bool) {
        comma()
        appendBytes(value ? "true" : "false")
        needsComma = true
    }

    public mutating func null() {
        comma()
        appendBytes("null")
        needsComma = true
    }

    /// `[start, end]`, the form of spans in the output.
    public mutating func pair(_ a: Int, _ b: Int) {
        comma()
        let p = reserve(43)  // "[", two decimals of at most 20 bytes, "," and "]": one capacity check
        p[0] = UInt8(ascii: "[")
        var k = 1
        k += Self.writeDecimal(a, to: p + k)
        p[k] = UInt8(ascii: ",")
        k += 1
        k += Self.writeDecimal(b, to: p + k)
        p[k] = UInt8(ascii: "]")
        count += k + 1
        needsComma = true
    }

    /// Writes a parsed value back out (objects keep their member order).
    public mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let b): bool(b)
        case .number(let d): double(d)
        case .string(let s): string(s)
        case .array(let items):
            beginArray()
            for item in items { self.value(item) }
            endArray()
        case .object(let members):
            beginObject()
            for (k, v) in members {
                key(k)
                self.value(v)
            }
            endObject()
        }
    }

    @inline(__always)
    mutating func comma() {
        if needsComma { appendByte(UInt8(ascii: ",")) }
    }

    /// "00" "01" ... "99": two digits per division.
    private static let digitPairs: StaticString =
        "00010203040506070809101112131415161718192021222324252627282930313233343536373839404142434445464748495051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899"

    private mutating func appendDecimal(_ value: Int) {
        let p = reserve(20)
        count += Self.writeDecimal(value, to: p)
    }

    /// Writes `value` at `p` (room for 20 bytes: Int.min is a sign and 19 digits) and returns its
    /// length. Digits go straight into place, last pair first, after counting them: no scratch buffer
    /// and no copy (offsets are written twice per entity, sentence and token).
    @inline(__always)
    private static func writeDecimal(_ value: Int, to p: UnsafeMutablePointer<UInt8>) -> Int {
        if value >= 0, value < 10 {
            p[0] = UInt8(ascii: "0") + UInt8(value)
            return 1
        }
        var v = value.magnitude
        var digits = 1
        var t = v
        while t >= 10 {
            t /= 10
            digits += 1
        }
        var end = digits
        if value < 0 {
            p[0] = UInt8(ascii: "-")
            end += 1
        }
        let total = end
        let pairs = digitPairs.utf8Start
        while v >= 100 {
            let r = Int(v % 100)
            v /= 100
            end -= 2
            p[end] = pairs[2 * r]
            p[end + 1] = pairs[2 * r + 1]
        }
        if v >= 10 {
            end -= 2
            p[end] = pairs[2 * Int(v)]
            p[end + 1] = pairs[2 * Int(v) + 1]
        } else {
            end -= 1
            p[end] = UInt8(ascii: "0") + UInt8(v)
        }
        return total
    }

    private static let hexDigits: StaticString = "0123456789abcdef"

    /// In place (`withUTF8Bytes`): the writer quotes some 200,000 strings per MB of text (ids, labels,
    /// mention texts, cluster members), and `withUTF8` on a copy retained and released each.
    private mutating func appendQuoted(_ string: String) {
        string.withUTF8Bytes { appendQuoted($0) }
    }

    /// Whether any byte needs escaping, eight at a time (the last few through a padded word).
    private static func anyNeedsEscape(_ base: UnsafePointer<UInt8>, _ n: Int) -> Bool {
        var i = 0
        while i + 8 <= n {
            if JSONSpecialBytes.any(in: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { return true }
            i += 8
        }
        guard i < n else { return false }
        var tail: UInt64 = 0x4141_4141_4141_4141  // "AAAAAAAA": needs no escape
        withUnsafeMutableBytes(of: &tail) { t in
            for k in 0..<(n - i) { t[k] = base[i + k] }
        }
        return JSONSpecialBytes.any(in: tail)
    }

    private mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        guard let base = utf8.baseAddress, utf8.count > 0 else {
            let p = reserve(2)
            p[0] = UInt8(ascii: "\"")
            p[1] = UInt8(ascii: "\"")
            count += 2
            return
        }
        let n = utf8.count
        if n <= 32 {
            // Short strings (ids, labels, entity texts): check and copy in one pass, no calls. On a byte
            // that needs escaping, the general path below overwrites what was copied.
            let p = reserve(n + 2)
            p[0] = UInt8(ascii: "\"")
            var clean = true
            for k in 0..<n {
                let b = base[k]
                if b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") {
                    clean = false
                    break
                }
                p[k + 1] = b
            }
            if clean {
                p[n + 1] = UInt8(ascii: "\"")
                count += n + 2
                return
            }
        } else if !Self.anyNeedsEscape(base, n) {  // the common case: one copy
            if spilling, n >= spillLimit, spillQuoted(base, n) { return }
            let p = reserve(n + 2)
            p[0] = UInt8(ascii: "\"")
            (p + 1).update(from: base, count: n)
            p[n + 1] = UInt8(ascii: "\"")
            count += n + 2
            return
        }
        appendByte(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        while i < n {
            // Eight bytes at a time while none needs escaping: news text rarely has any.
            if i + 8 <= n, !JSONSpecialBytes.any(in: UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) {
                i += 8
                continue
            }
            let b = base[i]
            guard b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\") else {
                i += 1
                continue
            }
            if runStart < i { appendBytes(UnsafeBufferPointer(start: base + runStart, count: i - runStart)) }
            runStart = i + 1
            i += 1
            let p = reserve(6)
            p[0] = 0x5C
            switch b {
            case UInt8(ascii: "\""): p[1] = 0x22; count += 2
            case UInt8(ascii: "\\"): p[1] = 0x5C; count += 2
            case 0x0A: p[1] = UInt8(ascii: "n"); count += 2
            case 0x0D: p[1] = UInt8(ascii: "r"); count += 2
            case 0x09: p[1] = UInt8(ascii: "t"); count += 2
            default:
                p[1] = UInt8(ascii: "u")
                p[2] = UInt8(ascii: "0")
                p[3] = UInt8(ascii: "0")
                p[4] = Self.hexDigits.utf8Start[Int(b >> 4)]
                p[5] = Self.hexDigits.utf8Start[Int(b & 0xF)]
                count += 6
            }
        }
        if runStart < n { appendBytes(UnsafeBufferPointer(start: base + runStart, count: n - runStart)) }
        appendByte(UInt8(ascii: "\""))
    }
}
