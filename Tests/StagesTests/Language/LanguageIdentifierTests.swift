import Pipeline
import Testing

@testable import Stages

/// `meta.lang` from CLD2, and which documents skip the English-only stages.
@Suite("Language: identification and the English-only stages")
struct LanguageIdentifierTests {
    static let samples: [(String, String)] = [
        ("en", "The city council voted on Tuesday to close the old bridge, after engineers found cracks in two of its supports."),
        ("pt", "A prefeitura anunciou nesta terça-feira que a ponte velha será fechada depois que engenheiros encontraram rachaduras."),
        ("ru", "Городской совет во вторник проголосовал за закрытие старого моста после того, как инженеры обнаружили трещины."),
        ("ja", "市議会は火曜日、技術者が支柱にひびを発見したことを受けて、古い橋を閉鎖することを決めました。"),
        ("ko", "시의회는 화요일 기술자들이 지지대에서 균열을 발견한 뒤 오래된 다리를 폐쇄하기로 의결했다."),
        ("it", "Il consiglio comunale ha votato martedì per chiudere il vecchio ponte, dopo che gli ingegneri hanno trovato delle crepe."),
        ("de", "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke zu schließen, nachdem Ingenieure Risse entdeckt hatten."),
    ]

    @Test func identifiesNewsSentences() {
        let identifier = LanguageIdentifier()
        for (code, text) in Self.samples {
            #expect(identifier.identify(text).language == code, "\(code)")
        }
        #expect(identifier.identify("12 345 — 678").language == nil)
    }

    @Test("plain English running text is told without CLD2; other languages and short text go to CLD2")
    func plainEnglishShortcut() {
        let english = String(repeating: Self.samples[0].1 + " ", count: 4)
            + "The mayor said that the repairs would take a year, and that the city had not been warned of it."
        #expect(LanguageIdentifier.plainEnglish(Array(english.utf8))?.language == "en")
        // A sentence alone is too short to be sure without CLD2.
        #expect(LanguageIdentifier.plainEnglish(Array(Self.samples[0].1.utf8)) == nil)
        for (code, text) in Self.samples where code != "en" {
            #expect(LanguageIdentifier.plainEnglish(Array(String(repeating: text + " ", count: 6).utf8)) == nil, "\(code)")
        }
        // German quoting an English title three times: "the" alone does not make it English.
        let quoting = String(
            repeating: "Die Band spielte gestern The Wall, und das Publikum sang The Wall mit, bis The End kam. ", count: 5)
        #expect(LanguageIdentifier.plainEnglish(Array(quoting.utf8)) == nil)
        // Whatever path it takes, the verdict on English is the same language.
        #expect(LanguageIdentifier().identify(english).language == "en")
    }

    @Test func isoCodesReplaceCLD2sOldOnes() {
        #expect(LanguageIdentifier.isoCode("iw") == "he")
        #expect(LanguageIdentifier.isoCode("zh-Hant") == "zh")
        #expect(LanguageIdentifier.isoCode("un") == nil)
        #expect(LanguageIdentifier.isoCode("xx-Qaai") == nil)
    }

    static func run(_ text: String, languages: LanguageSelection = .english) throws -> Document {
        var pipeline = try Pipeline(StageCatalog.allStages())
        pipeline.languages = languages
        var doc = Document(id: "t", source: Source(path: "t", format: .text, bytes: Array(text.utf8)))
        try pipeline.run(&doc)
        return doc
    }

    /// A Russian article gets meta.lang and a warning instead of English entity rules; `--lang all`
    /// runs them anyway.
    @Test func anotherLanguageSkipsTheEnglishStages() throws {
        let russian = String(repeating: Self.samples[2].1 + " ", count: 4) + "ЗОЖ и Москва."
        let doc = try Self.run(russian)
        #expect(doc.meta.lang == "ru")
        #expect(doc.entities.isEmpty)
        #expect(doc.layers.contains(.entities) && doc.layers.contains(.relations))
        #expect(!doc.sentences.isEmpty)
        #expect(doc.warnings.contains { $0.contains("language 'ru'") && $0.contains("dates, entities, relations") })
        let all = try Self.run(russian, languages: .all)
        #expect(all.warnings.isEmpty)
        let russianSelected = try Self.run(russian, languages: LanguageSelection(parsing: "en,ru")!)
        #expect(russianSelected.warnings.isEmpty)
    }

    /// Short English text that CLD2 gets wrong (a dateline, a tweet), and a page mixing English with
    /// another language, keep every stage.
    @Test func shortOrMixedEnglishIsNeverSkipped() throws {
        for text in [
            "EAST LANSING, Mich.", "JOHANNESBURG, South Africa (AP)", "Still my favorite meta af hero :D",
            Self.samples[0].1 + " " + Self.samples[1].1,
        ] {
            let doc = try Self.run(text)
            #expect(doc.warnings.allSatisfy { !$0.contains("skipped") }, "\(text)")
        }
        let english = try Self.run(Self.samples[0].1)
        #expect(english.meta.lang == "en")
        #expect(english.warnings.isEmpty)
    }

    @Test func languageListsParse() {
        #expect(LanguageSelection(parsing: "all") == .all)
        #expect(LanguageSelection(parsing: "en") == .english)
        #expect(LanguageSelection(parsing: "en, de")?.codes == ["en", "de"])
        #expect(LanguageSelection(parsing: "english") == nil)
        #expect(LanguageSelection(parsing: "") == nil)
    }
}
