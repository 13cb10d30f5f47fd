import Pipeline
import Testing

@testable import Stages

/// Undeclared Cyrillic single-byte texts decode to the right letters, whichever charset ICU guesses.
@Suite("Normalize: Cyrillic charsets")
struct NormalizeCyrillicTests {
    static let upper = Array("АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ".unicodeScalars)
    static let lower = Array("абвгдежзийклмнопрстуфхцчшщъыьэюя".unicodeScalars)
    /// KOI8-R orders its letters by their Latin look-alikes: 0xC0... lower case, 0xE0... capitals.
    static let koi8Order = Array("юабцдефгхийклмнопярстужвьызшэщчъ".unicodeScalars)

    static func encode(_ s: String, _ charset: String) -> [UInt8] {
        s.unicodeScalars.map { c -> UInt8 in
            if c.value < 0x80 { return UInt8(c.value) }
            let u = upper.firstIndex(of: c)
            let l = lower.firstIndex(of: c)
            switch charset {
            case "iso-8859-5": return c == "Ё" ? 0xA1 : c == "ё" ? 0xF1 : UInt8(0xB0 + (u ?? (l.map { $0 + 32 } ?? 0)))
            case "windows-1251": return c == "Ё" ? 0xA8 : c == "ё" ? 0xB8 : UInt8(0xC0 + (u ?? (l.map { $0 + 32 } ?? 0)))
            case "ibm866":
                if c == "Ё" { return 0xF0 }
                if c == "ё" { return 0xF1 }
                if let u { return UInt8(0x80 + u) }
                if let l { return UInt8(l < 16 ? 0xA0 + l : 0xE0 + l - 16) }
                return 0x3F
            default:  // koi8-r
                if c == "Ё" { return 0xB3 }
                if c == "ё" { return 0xA3 }
                if let l, let k = koi8Order.firstIndex(of: lower[l]) { return UInt8(0xC0 + k) }
                if let u, let k = koi8Order.firstIndex(of: lower[u]) { return UInt8(0xE0 + k) }
                return 0x3F
            }
        }
    }

    @Test(arguments: ["iso-8859-5", "windows-1251", "koi8-r", "ibm866"])
    func undeclaredTextDecodes(_ charset: String) throws {
        for text in [
            "Москва - столица России. В январе правительство объявило о новых мерах, и министр сказал, что бюджет будет исполнен. Ёлка засияла.\n",
            "Привет, мир! Это короткий текст.\n",
        ] {
            let doc = try NormalizeSupport.run(Self.encode(text, charset), format: .text).get()
            #expect(doc.text == text, "\(charset): \(doc.source.charset ?? "")")
        }
    }

    /// Capitals only: ICU reads ISO-8859-5 "ТАСС" (C2 B0 C1 C1) as windows-1251 "В°ББ" or as UTF-16.
    @Test(arguments: ["iso-8859-5", "windows-1251", "ibm866"])
    func capitalsDecode(_ charset: String) throws {
        let text = "ТАСС: ТАМ ТАК ТАКИ ЧАЙ"
        let doc = try NormalizeSupport.run(Self.encode(text, charset), format: .text).get()
        #expect(doc.text == text, "\(charset): \(doc.source.charset ?? "")")
    }

    @Test func latinTextStaysLatin() throws {
        let bytes: [UInt8] = Array("Le caf".utf8) + [0xE9] + Array(" de la gare, pr".utf8) + [0xE8, 0x73] + Array(" du th".utf8) + [0xE9, 0xE2] + Array("tre, est ferm".utf8) + [0xE9] + Array(".".utf8)
        let doc = try NormalizeSupport.run(bytes, format: .text).get()
        #expect(doc.text == "Le café de la gare, près du théâtre, est fermé.", "\(doc.source.charset ?? "")")
    }
}
