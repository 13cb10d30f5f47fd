import Foundation
import Testing
@testable import Pipeline
@testable import PipelineIO


@Suite("Input discovery")
struct InputDiscoveryTests {
    @Test("folders are walked recursively in byte order; ids are relative to the root")
    func walk() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("b.txt", "b")
        try dir.write("a.html", "<p>a</p>")
        try dir.write("sub/z.md", "z")
        try dir.write("sub/Y.htm", "y")
        try dir.write("notes.pdf", "%PDF")
        try dir.write("stream.jsonl", #"{"id":"s1","text":"x"}"#)
        let (entries, notes) = InputDiscovery().discover([dir.path])
        let described = entries.map { entry -> String in
            switch entry {
            case .document(let item): "\(item.id):\(item.format.rawValue)"
            case .jsonlFile(let path): "jsonl:" + String(path.dropFirst(dir.path.count + 1))
            case .warcFile(_, let id): "warc:" + id
            }
        }
        #expect(described == ["a.html:html", "b.txt:text", "jsonl:stream.jsonl", "sub/Y.htm:html", "sub/z.md:text"])
        #expect(notes.count == 1 && notes[0].contains("notes.pdf"), "other files are reported, not silently dropped")
    }

    @Test("a file argument keeps the path as given and is read whatever its extension")
    func fileArgument() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("README", "plain")
        let (entries, _) = InputDiscovery().discover([path])
        guard case .document(let item) = entries.first else {
            Issue.record("no document")
            return
        }
        #expect(item.id == path)
        #expect(item.format == .text)
    }

    @Test("a missing path becomes an error item, not a silent loss")
    func missing() {
        let (entries, _) = InputDiscovery().discover(["/nonexistent/pipe/test.txt"])
        guard case .document(let item) = entries.first, case .failure(let error) = item.content else {
            Issue.record("expected a failure item")
            return
        }
        #expect(error.kind == .unreadable)
    }

    @Test("a symbolic link loop is walked once")
    func symlinkLoop() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("sub/a.txt", "a")
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/sub/loop", withDestinationPath: dir.path)
        let (entries, notes) = InputDiscovery().discover([dir.path])
        #expect(entries.count == 1)
        #expect(notes.contains { $0.contains("loop") })
    }

    @Test("JSONL lines become documents; bad lines become error items with their line number")
    func jsonlStream() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(
            "docs.jsonl",
            """
            {"id":"one","text":"First.","dct":"2021-12-01"}

            {"text":"No id."}
            not json
            {"id":"h","html":"<p>x</p>","url":"https://x.org/2020/01/02/a"}
            {"id":"bad"}
            """)
        let stream = InputStream(entries: [.jsonlFile(path: path)], format: .auto, maximumBytes: 1 << 20)
        var items: [InputItem] = []
        while let item = stream.next() { items.append(item) }
        #expect(items.map(\.id) == ["one", path + ":3", path + ":4", "h", "bad"])
        #expect(items[0].dct == "2021-12-01")
        #expect(items[3].format == .html)
        #expect(items[3].url == "https://x.org/2020/01/02/a")
        if case .failure(let error) = items[2].content { #expect(error.message.contains("line 4")) } else {
            Issue.record("line 4 should fail")
        }
        if case .failure = items[4].content {} else { Issue.record("a line without text should fail") }
    }
}

@Suite("Input discovery: fast paths")
struct InputDiscoveryFastPathTests {
    /// The Character-level definition the byte-level fast path must agree with.
    static func referenceExtension(_ name: String) -> String {
        let base = name.split(separator: "/", omittingEmptySubsequences: false).last ?? Substring(name)
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }

    @Test("file extensions by bytes agree with the Character-level definition")
    func extensions() {
        let names = [
            "a.txt", "A.TXT", "doc.HTML", "x.tar.gz", ".hidden", "noext", "dir.d/file", "dir.d/file.Md", "trailing.",
            "a/b/.rc", "a..b", "/abs/p.htm", "", ".", "..", "é.TXT", "caf\u{e9}.html", "x.\u{c9}T", "a.b\u{301}",
            "\u{600}.txt", "name.JSONL", "q.NdJson",
        ]
        for name in names {
            #expect(InputDiscovery.fileExtension(name) == Self.referenceExtension(name), "\(name)")
        }
    }

    @Test("the extension switch matches the published extension sets")
    func extensionSets() {
        for ext in InputDiscovery.htmlExtensions { #expect(InputDiscovery.articleFormat(ofExtension: ext) == .html) }
        for ext in InputDiscovery.textExtensions { #expect(InputDiscovery.articleFormat(ofExtension: ext) == .text) }
        for ext in InputDiscovery.jsonlExtensions {
            #expect(InputDiscovery.isJSONLExtension(ext))
            #expect(InputDiscovery.articleFormat(ofExtension: ext) == nil)
        }
        for ext in ["pdf", "", "htmlx", "TXT"] { #expect(InputDiscovery.articleFormat(ofExtension: ext) == nil) }
    }

    @Test("folder entries come in UTF-8 byte order, not Unicode string order")
    func byteOrder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // Byte order: "Z" < "a" < "z" < "é" (0xC3 0xA9) < "ｚ" (0xEF ...); "e\u{301}" (e + combining
        // accent) sorts with "e", far from the precomposed "é" it is canonically equal to.
        let names = ["z.txt", "a.txt", "Z.txt", "\u{e9}.txt", "\u{ff5a}.txt", "e\u{301}.txt", "ab.txt", "a.txt.txt"]
        for name in names { try dir.write(name, "x") }
        let (entries, _) = InputDiscovery().discover([dir.path])
        let ids = entries.compactMap { entry -> String? in
            if case .document(let item) = entry { return item.id }
            return nil
        }
        let expected = names.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        #expect(ids == expected)
    }
}
