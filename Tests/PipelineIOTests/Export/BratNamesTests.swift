import Testing

@testable import PipelineIO

@Suite struct BratNamesTests {
    @Test func ordinaryIdsKeepTheirNameAndFolders() {
        #expect(BratNames.encode("seed.txt") == "seed.txt")
        #expect(BratNames.encode("sub/article.html") == "sub/article.html")
    }

    @Test func unsafeBytesAreEncodedAndDecodedBack() {
        let ids = [
            "stdin:3", "https://example.com/a?b=c#urn:uuid:1", "../../etc/passwd", "/abs/path", "a//b", ".hidden",
            "100%", "tab\there", "café/naïve.txt", "", "dir/.", "x\\y",
        ]
        for id in ids {
            let name = BratNames.encode(id)
            #expect(BratNames.decode(name) == id, "\(id) -> \(name)")
            #expect(!name.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty } || name.isEmpty)
            #expect(!name.contains(":") && !name.contains("\t") && !name.hasPrefix("."))
        }
        #expect(BratNames.encode("../x") == "%2E.%2Fx")
        #expect(BratNames.encode("stdin:3") == "stdin%3A3")
    }

    @Test func overlongNamesAreCutWithAHashSoTwoOfThemDoNotCollide() {
        let a = String(repeating: "a", count: 300) + "1"
        let b = String(repeating: "a", count: 300) + "2"
        #expect(BratNames.encode(a).utf8.count <= BratNames.maximumPartBytes)
        #expect(BratNames.encode(a) != BratNames.encode(b))
    }
}
