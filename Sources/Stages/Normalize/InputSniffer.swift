import Pipeline

/// Refuses inputs that are not text before any decoding work: nothing there, or a binary file.
///
/// UTF-16 without a byte-order mark is full of NUL bytes, so it is recognised here (by NULs sitting on
/// one parity of byte offsets) before NUL bytes are taken as a sign of binary data.
enum InputSniffer {
    enum UTF16Guess { case littleEndian, bigEndian }

    /// Magic numbers of common binary formats that can end up in a crawl under a text extension, each
    /// with the noun phrase (article included) that completes "the input is".
    private static let magicNumbers: [(String, [UInt8])] = [
        ("a PNG image", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        ("gzip-compressed data", [0x1F, 0x8B]),
        ("a JPEG image", [0xFF, 0xD8, 0xFF]),
        ("a GIF image", Array("GIF8".utf8)),
        ("a PDF document", Array("%PDF-".utf8)),
        ("a ZIP archive", [0x50, 0x4B, 0x03, 0x04]),
        ("a 7-Zip archive", [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C]),
        ("xz-compressed data", [0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00]),
        ("zstd-compressed data", [0x28, 0xB5, 0x2F, 0xFD]),
        ("bzip2-compressed data", [0x42, 0x5A, 0x68, 0x39, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59]),
        ("an ELF executable", [0x7F, 0x45, 0x4C, 0x46]),
        ("an SQLite database", Array("SQLite format 3".utf8) + [0]),
        ("a WebAssembly module", [0x00, 0x61, 0x73, 0x6D]),
        ("an Ogg media file", Array("OggS".utf8)),
    ]

    /// Throws `empty` or `binary` for input that cannot hold a document.
    static func check(_ bytes: [UInt8]) throws(DocumentError) {
        if bytes.isEmpty { throw DocumentError(.empty, "the input has no bytes") }
        for (name, magic) in magicNumbers where bytes.count >= magic.count {
            if bytes.starts(with: magic) { throw DocumentError(.binary, "the input is \(name)") }
        }
        if bytes.count >= 12, bytes[4...7].elementsEqual("ftyp".utf8) {
            throw DocumentError(.binary, "the input is an MP4/QuickTime media file")
        }
        if bytes.count >= 12, bytes.starts(with: "RIFF".utf8) {
            throw DocumentError(.binary, "the input is a RIFF media file")
        }
        if BOM.detect(bytes) != nil || utf16WithoutBOM(bytes) != nil { return }
        let sampleCount = min(bytes.count, 65_536)
        var sawNUL = false
        let controls = bytes.withUnsafeBufferPointer { all -> Int in
            let p = UnsafeBufferPointer(rebasing: all[0..<sampleCount])
            guard let base = p.baseAddress else { return 0 }
            var controls = 0
            var i = 0
            while i < sampleCount {
                // Eight bytes none of which is a C0 control: nothing to count.
                if i + 8 <= sampleCount && !ByteScan.hasByteBelow(ByteScan.word(base, at: i), 0x20) {
                    i += 8
                    continue
                }
                let b = p[i]
                if b == 0 {
                    sawNUL = true
                    return controls
                }
                // Tab, LF, VT, FF, CR and ESC (ISO-2022 text) occur in text; other C0 bytes do not.
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0B && b != 0x0C && b != 0x0D && b != 0x1B {
                    controls += 1
                }
                i += 1
            }
            return controls
        }
        if sawNUL { throw DocumentError(.binary, "the input contains NUL bytes") }
        if controls * 10 > sampleCount {
            throw DocumentError(.binary, "\(controls) of the first \(sampleCount) bytes are control bytes")
        }
    }

    /// UTF-16 without a byte-order mark: most code units of Latin text have a zero high byte.
    static func utf16WithoutBOM(_ bytes: [UInt8]) -> UTF16Guess? {
        let n = min(bytes.count, 4096) & ~1
        guard n >= 4 else { return nil }
        var evenZero = 0
        var oddZero = 0
        bytes.withUnsafeBufferPointer { p in
            guard let base = p.baseAddress else { return }
            var i = 0
            while i < n {
                // Eight bytes without a zero add nothing to either count.
                if i + 8 <= n && !ByteScan.hasByteBelow(ByteScan.word(base, at: i), 1) {
                    i += 8
                    continue
                }
                if p[i] == 0 { evenZero += 1 }
                if p[i + 1] == 0 { oddZero += 1 }
                i += 2
            }
        }
        let units = n / 2
        if oddZero * 10 >= units * 4 && evenZero * 20 <= units { return .littleEndian }
        if evenZero * 10 >= units * 4 && oddZero * 20 <= units { return .bigEndian }
        return nil
    }
}

/// Byte-order marks, which decide the charset before any declaration or guess.
enum BOM {
    case utf8, utf16LE, utf16BE

    var length: Int { self == .utf8 ? 3 : 2 }
    var charset: String {
        switch self {
        case .utf8: "utf-8"
        case .utf16LE: "utf-16le"
        case .utf16BE: "utf-16be"
        }
    }

    static func detect(_ bytes: [UInt8]) -> BOM? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return .utf8 }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return .utf16LE }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return .utf16BE }
        return nil
    }
}
