import Foundation
import Testing

@testable import Render

@Suite struct SiteWriterTests {
    static func files(under path: String) -> [String] {
        (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    @Test func everyLineGetsAPageAndAnIndexRow() throws {
        let dir = RenderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let site = try SiteWriter(directory: dir, title: "test run", sources: ["a.jsonl"])
        let doc = RenderFixtures.record(id: "https://example.com/news/2021/story?id=1#x", text: "Iran and Baku.", entities: [("Iran", "GPE"), ("Baku", "GPE")])
        site.add(line: doc, origin: "a.jsonl:1")
        site.add(line: doc, origin: "a.jsonl:2")  // the same id again: a page of its own
        site.add(
            line: RenderFixtures.line(["schema": "pipe/1", "id": "../../etc/passwd", "error": ["kind": "binary", "message": "not text"]]),
            origin: "a.jsonl:3")
        site.add(line: Array("{not json".utf8), origin: "a.jsonl:4")
        let summary = try site.finish()
        #expect(summary.records == 4 && summary.documents == 2 && summary.errorRecords == 1 && summary.unreadable == 1)
        let pages = Self.files(under: dir + "/pages")
        #expect(pages.count == 4)
        // Names: slug of the id's end, hash, in a shard folder; the repeated id got "-2".
        #expect(pages.contains { $0.hasSuffix("-2.html") && $0.contains("news-2021-story-id-1-x-") })
        #expect(pages.contains { $0.contains("/etc-passwd-") })
        let index = try String(contentsOfFile: dir + "/index.html", encoding: .utf8)
        for page in pages { #expect(index.contains("href=\"pages/\(page)\""), "\(page)") }
        #expect(index.contains("<span class=\"kind\">binary</span> not text"))
        #expect(index.contains("<span class=\"kind\">record</span> not a record"))
        #expect(index.contains("a.jsonl:4"))
        // Top entities: "Iran" twice over two documents.
        #expect(index.contains("<span class=\"nm\">Iran</span><span class=\"ct\">2</span><span class=\"dc\">2 docs</span>"))
        // No scratch file is left.
        #expect(!FileManager.default.fileExists(atPath: dir + "/.index-rows.jsonl"))
        #expect(!FileManager.default.fileExists(atPath: dir + "/.pages-new"))
    }

    @Test func aNewRunReplacesThePagesOfTheLastOne() throws {
        let dir = RenderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for ids in [["one", "two", "three"], ["two"]] {
            let site = try SiteWriter(directory: dir)
            for id in ids { site.add(line: RenderFixtures.record(id: id, text: "Text.", entities: []), origin: id) }
            try site.finish()
        }
        let pages = Self.files(under: dir + "/pages")
        #expect(pages.count == 1)
        #expect(pages.first?.contains("two-") == true)
    }

    @Test func aFolderItDidNotWriteIsLeftAlone() throws {
        let dir = RenderFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/pages", withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: URL(fileURLWithPath: dir + "/pages/notes.txt"))
        #expect(throws: RenderError.self) { try SiteWriter(directory: dir) }
        #expect(FileManager.default.fileExists(atPath: dir + "/pages/notes.txt"))
    }

    @Test func pageNamesAreSafeDeterministicAndDistinct() {
        let ids = [
            "seed.txt", "sub/article.html", "../../x", "https://example.com/a/b?c=d#e", String(repeating: "é", count: 5000),
            "Ünïcödé 東京", "", "CON", ".hidden", "A.txt", "a.txt",
        ]
        var names = Set<String>()
        for id in ids {
            let (shard, file) = PageName.path(for: id)
            #expect(PageName.path(for: id) == (shard, file))
            #expect(file.utf8.count <= 80)
            #expect(file.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x2E })
            #expect(!file.hasPrefix(".") && !file.hasPrefix("-"))
            #expect(shard.count == 2)
            names.insert(file)
        }
        #expect(names.count == ids.count)  // "A.txt" and "a.txt" too, on a case-blind file system
        #expect(PageName.path(for: "x", attempt: 3).file.hasSuffix("-3.html"))
    }

    @Test func heavyHittersCountExactlyUntilTheyMustForget() {
        var h = HeavyHitters(capacity: 3)
        for k in ["a", "b", "a", "c", "a", "b"] { h.add(k, display: k.uppercased(), newDocument: true) }
        #expect(h.top(3).map(\.key) == ["a", "b", "c"])
        #expect(h.top(3).map(\.count) == [3, 2, 1])
        #expect(h.evictions == 0 && h.top(3).allSatisfy { $0.error == 0 })
        // A stream of one-off keys with one heavy key: the heavy key survives, the others are bounded.
        var s = HeavyHitters(capacity: 10)
        for i in 0..<1000 {
            s.add("k\(i)", display: "", newDocument: true)
            if i % 4 == 0 { s.add("heavy", display: "Heavy", newDocument: false) }
        }
        let top = s.top(1)[0]
        #expect(top.key == "heavy" && top.display == "Heavy")
        #expect(top.count - top.error <= 250 && 250 <= top.count)
        #expect(s.distinctCounted == 10)
    }

    @Test func entityKeysFoldTheUsualVariations() {
        #expect(EntityKey.name("the  Kremlin’s") == EntityKey.name("Kremlin"))
        #expect(EntityKey.name("U.S.") == "u.s")
        #expect(EntityKey.name("Nagorno–Karabakh") == EntityKey.name("Nagorno-Karabakh"))
    }
}
