import Foundation
import Testing

@testable import Render

@Suite struct DocumentPageTests {
    static let text = "Foreign Minister Sergey Lavrov met Ilham Aliyev in Baku on 15 September."
    static let entities = [
        ("Foreign Minister", "TITLE"), ("Sergey Lavrov", "PERSON"), ("Ilham Aliyev", "PERSON"), ("Baku", "GPE"),
        ("15 September", "DATE"),
    ]

    @Test func everyEntityIsMarkedWithItsLabelAndCard() {
        let html = RenderFixtures.page(RenderFixtures.record(text: Self.text, entities: Self.entities, relations: [("has_title", 2, 1)]))
        for (k, (surface, label)) in Self.entities.enumerated() {
            #expect(html.contains("data-e=\"T\(k + 1)\" data-l=\"\(label)\""), "\(surface)")
            #expect(html.contains(">\(surface)<"), "\(surface)")
        }
        // The card: TIMEX3 of the date, character offsets, source bytes and path.
        #expect(html.contains("TIMEX3 DATE XXXX-09-15"))
        #expect(html.contains("characters [59, 71)"))
        #expect(html.contains("source bytes [159, 171) of articles/doc"))
        // Focusable, so that keyboard users get the card too.
        #expect(RenderFixtures.occurrences("tabindex=\"0\" data-e=", in: html) == 5)
        // Legend with counts, one radio per label.
        #expect(html.contains("PERSON <b>2</b>"))
        #expect(RenderFixtures.occurrences("name=\"lf\"", in: html) == 5)  // all + 4 labels
    }

    @Test func aSimpleSentenceIsDrawnWithArcs() {
        let html = RenderFixtures.page(
            RenderFixtures.record(text: Self.text, entities: Self.entities, relations: [("has_title", 2, 1), ("met_with", 2, 3)]))
        #expect(html.contains("<div class=\"arcs s\" id=\"s1\""))
        #expect(html.contains("<g class=\"a r0 t0\" tabindex=\"0\"><title>has_title: Sergey Lavrov → Foreign Minister</title>"))
        #expect(html.contains("<title>met_with: Sergey Lavrov ↔ Ilham Aliyev</title>"))
        #expect(!html.contains("<ul class=\"rl\">"))
        // Hovering a relation lights up both arguments.
        #expect(html.contains("main:has(.r0:is(:hover,:focus)) :is(#T2,#T1)"))
        // Word boxes have the widths the arcs were drawn to.
        #expect(html.contains("<span class=\"w g\" style=\"width:"))
    }

    @Test func crowdedRelationsAreListedUnderTheSentence() {
        // Three arcs that interleave pairwise: more crossings than the rule allows.
        let text = "Alpha Beta Gamma Delta Epsilon Zeta works."
        let names = ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"].map { ($0, "PERSON") }
        let html = RenderFixtures.page(
            RenderFixtures.record(text: text, entities: names, relations: [("met_with", 1, 3), ("met_with", 2, 4), ("met_with", 3, 5), ("met_with", 4, 6)]))
        #expect(!html.contains("class=\"arcs"))
        #expect(html.contains("<ul class=\"rl\"><li class=\"rel r0 t0\" tabindex=\"0\">"))
        #expect(html.contains("<a href=\"#T1\">Alpha</a> <span class=\"ar\">↔</span> <a href=\"#T3\">Gamma</a>"))
        #expect(html.contains("main:has(.r3:is(:hover,:focus)) :is(#T4,#T6)"))
    }

    @Test func rightToLeftTextIsIsolatedAndNeverSetWordByWord() {
        let text = "Prime Minister נתניהו met Emmanuel Macron in ירושלים 🇮🇱 today."
        let html = RenderFixtures.page(
            RenderFixtures.record(
                text: text, entities: [("Prime Minister", "TITLE"), ("נתניהו", "PERSON"), ("Emmanuel Macron", "PERSON"), ("ירושלים", "GPE")],
                relations: [("has_title", 2, 1)]))
        #expect(html.contains("data-e=\"T2\" data-l=\"PERSON\" dir=\"auto\""))
        #expect(html.contains(">נתניהו<"))
        #expect(html.contains("ירושלים</mark> 🇮🇱 today."))
        #expect(!html.contains("class=\"arcs"))  // relations listed instead
        #expect(html.contains("<ul class=\"rl\">"))
        #expect(html.contains("<div class=\"p\" dir=\"auto\">"))
    }

    @Test func everythingFromTheDataIsEscaped() {
        let hostile = "<script>alert(1)</script>"
        let text = "Mr \(hostile) met \"Q\" & 'R' </style> here."
        var line = RenderFixtures.record(
            id: "\"><img src=x onerror=alert(1)>", text: text,
            entities: [(hostile, "PERSON\"><b>x</b>"), ("\"Q\"", "ORG")],
            extra: ["meta": ["title": "<i>T</i>", "url": "javascript:alert(1)", "dct": NSNull(), "dct_source": "none"], "warnings": ["<b>w</b>"]])
        let html = RenderFixtures.page(line)
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>x</b>"))
        #expect(!html.contains("<i>T</i>"))
        #expect(!html.contains("<b>w</b>"))
        #expect(!html.contains("href=\"javascript"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&lt;/style&gt;"))
        #expect(html.contains("data-l=\"PERSON&quot;&gt;&lt;b&gt;x&lt;/b&gt;\""))
        // The hostile label names no CSS class: labels are numbered.
        #expect(html.contains("class=\"e l1\""))
        // An entity id that is not a plain identifier is not used as the element id.
        line = RenderFixtures.line(["id": "d", "text": "Baku.", "entities": [["id": "T1\" onclick=\"x", "start": 0, "end": 4, "label": "GPE"]], "relations": [["type": "based_in", "head": "T1\" onclick=\"x", "tail": "T1\" onclick=\"x"]]])
        let page = RenderFixtures.page(line)
        #expect(page.contains("id=\"x0\""))
        #expect(!page.contains("onclick=\"x"))
        #expect(page.contains(":is(#x0,#x0)"))
    }

    @Test func bigPagesGetFewerHoverRules() {
        // 30,000 mentions: two million / 30,000 = 66 rules, not one per relation.
        let text = String(repeating: "Baku ", count: 30_000)
        let entities: [[String: Any]] = (0..<30_000).map { ["id": "T\($0 + 1)", "start": $0 * 5, "end": $0 * 5 + 4, "label": "GPE"] }
        let relations: [[String: Any]] = (0..<200).map { ["type": "located_in", "head": "T\(2 * $0 + 1)", "tail": "T\(2 * $0 + 2)"] }
        let html = RenderFixtures.page(RenderFixtures.line(["id": "big", "text": text, "entities": entities, "relations": relations]))
        #expect(RenderFixtures.occurrences("main:has(.r", in: html) == 66)
        #expect(html.contains("Hovering lights up the arguments of the first 66 relations"))
    }

    @Test func sentencesAreNumberedAndShownOnRequest() {
        let text = "One is here. Two is there."
        let line = RenderFixtures.line(["id": "s", "text": text, "sentences": [[0, 12], [13, 26]], "entities": [[String: Any]]()])
        let hidden = RenderFixtures.page(line)
        #expect(hidden.contains("<span class=\"s\" id=\"s1\" data-n=\"1\">One is here.</span> <span class=\"s odd\" id=\"s2\" data-n=\"2\">Two is there.</span>"))
        #expect(hidden.contains("<input type=\"checkbox\" id=\"opt-sent\" class=\"vh\">"))
        let shown = RenderFixtures.page(line, options: RenderOptions(showSentences: true))
        #expect(shown.contains("<input type=\"checkbox\" id=\"opt-sent\" class=\"vh\" checked>"))
    }

    @Test func clustersAndGeonamesAppearInTheCard() {
        let text = "Ilham Aliyev spoke. Aliyev left Baku."
        let line = RenderFixtures.line([
            "id": "c", "text": text,
            "entities": [
                ["id": "T1", "start": 0, "end": 12, "label": "PERSON", "cluster": "C1"],
                ["id": "T2", "start": 20, "end": 26, "label": "PERSON", "cluster": "C1"],
                ["id": "T3", "start": 32, "end": 36, "label": "GPE", "geonames": 587084],
            ],
            "clusters": [["id": "C1", "label": "PERSON", "name": "Ilham Aliyev", "mentions": ["T1", "T2"], "geonames": NSNull()]],
        ])
        let html = RenderFixtures.page(line)
        #expect(html.contains("cluster C1: “Ilham Aliyev” (2 mentions)"))
        #expect(html.contains("GeoNames 587084"))
        #expect(html.contains("class=\"e l0 k0\""))
        #expect(html.contains("main:has(.k0:is(:hover,:focus)) .k0"))
        #expect(html.contains("Name clusters (1)"))
    }

    @Test func warningsAndErrorRecordsAreShownAtTheTop() {
        let warned = RenderFixtures.page(RenderFixtures.record(text: "Text.", entities: [], extra: ["warnings": ["invalid UTF-8 replaced"]]))
        #expect(warned.contains("<section class=\"box warn\"><h2>Warnings</h2><ul><li>invalid UTF-8 replaced</li>"))
        let record = RenderRecord.read(
            line: RenderFixtures.line(["schema": "pipe/1", "id": "e.txt", "source": ["path": "e.txt", "format": "text", "bytes": 0], "error": ["kind": "empty", "message": "the input has no bytes"]]),
            origin: "x:1")
        guard case .error(let source, let error) = record.content else {
            Issue.record("not an error record")
            return
        }
        let page = String(decoding: ErrorPage.render(id: record.id, source: source, kind: error.kind.rawValue, message: error.message, indexHref: nil), as: UTF8.self)
        #expect(page.contains("No document: error <code>empty</code></h2><p>the input has no bytes</p>"))
        let bad = RenderRecord.read(line: Array("{\"id\": 3".utf8), origin: "x:7")
        #expect(bad.id == "x:7")
        if case .unreadable = bad.content {} else { Issue.record("a broken line must be unreadable") }
    }
}
