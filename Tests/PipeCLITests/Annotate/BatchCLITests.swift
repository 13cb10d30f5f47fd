import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Batch runs of pipe annotate", .serialized)
struct BatchCLITests {
    /// 1,000 generated articles, every twentieth one bad in a different way.
    static func makeCorpus(in dir: String) throws -> [String: String] {
        var expectedErrors: [String: String] = [:]
        let fm = FileManager.default
        for i in 0..<1000 {
            let folder = dir + "/part\(i % 7)"
            try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let name: String
            let data: Data
            switch (i % 20 == 13, i % 3) {
            case (true, 0):
                name = "doc\(i).txt"
                data = Data()
                expectedErrors["part\(i % 7)/" + name] = "empty"
            case (true, 1):
                name = "doc\(i).html"
                data = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + Array(repeating: 0, count: 64))
                expectedErrors["part\(i % 7)/" + name] = "binary"
            case (true, _):
                name = "doc\(i).txt"
                data = Data(String(repeating: "Too long for the limit. ", count: 400).utf8)
                expectedErrors["part\(i % 7)/" + name] = "too_large"
            case (false, 0):
                name = "doc\(i).html"
                data = Data(
                    "<html><head><title>Story \(i)</title></head><body><article><h1>Story \(i)</h1><p>President Ilham Aliyev met Ebrahim Raisi in Baku on \(i % 28 + 1) September.</p><p>Paragraph \(i) says more.</p></article></body></html>"
                        .utf8)
            default:
                name = "doc\(i).txt"
                data = Data("Story \(i). Foreign Minister Sergey Lavrov said on Tuesday that talks in Geneva went well.\n\nSecond paragraph of story \(i).".utf8)
            }
            try data.write(to: URL(fileURLWithPath: folder + "/" + name))
        }
        return expectedErrors
    }

    @Test("1,000 documents, 5% bad: 1,000 lines, the right error records, same output with --jobs 1 and 2")
    func thousandDocuments() throws {
        let dir = NSTemporaryDirectory() + "pipe-batch-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let expected = try Self.makeCorpus(in: dir)
        #expect(expected.count == 50)
        let one = try PipeBinary.run(["annotate", dir, "--jobs", "1", "--max-bytes", "4000", "--progress", "never"])
        let two = try PipeBinary.run(["annotate", dir, "--jobs", "2", "--max-bytes", "4000", "--progress", "never"])
        #expect(one.lines.count == 1000)
        #expect(one.stdout == two.stdout)
        #expect(one.status == 1 && two.status == 1)
        var errors: [String: String] = [:]
        for line in one.lines {
            guard let record = PipeBinary.object(line), let id = record["id"] as? String else {
                Issue.record("not a JSON record: \(line.prefix(80))")
                continue
            }
            if let error = record["error"] as? [String: Any] { errors[id] = error["kind"] as? String }
        }
        #expect(errors == expected)
        #expect(two.stderr.contains("1000 documents, 50 errors"))
    }

    @Test("SIGINT stops on a whole line; --resume then gives the output of an uninterrupted run")
    func interruptAndResume() throws {
        let lines = (0..<400).map { #"{"id":"d\#($0)","text":"Document \#($0). Talks between Armenia and Azerbaijan resumed in Moscow."}"# }
        let dir = NSTemporaryDirectory() + "pipe-int-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let full = dir + "/full.jsonl"
        let part = dir + "/part.jsonl"
        let reference = try PipeBinary.run(
            ["annotate", "-o", full, "--jobs", "2", "--progress", "never"], stdin: lines.joined(separator: "\n"))
        #expect(reference.status == 0)

        // Feed half the input, wait for output, interrupt while the process waits for more input.
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PipeBinary.path)
        process.arguments = ["annotate", "-o", part, "--jobs", "2", "--progress", "never"]
        let input = Pipe()
        process.standardInput = input
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((lines[0..<200].joined(separator: "\n") + "\n").utf8))
        var written = 0
        for _ in 0..<200 {
            written = (try? String(contentsOfFile: part, encoding: .utf8))?.split(separator: "\n").count ?? 0
            if written >= 150 { break }
            usleep(20_000)
        }
        #expect(written >= 150, "output arrives while input is still open")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
        input.fileHandleForWriting.closeFile()
        #expect(process.terminationStatus == 130)
        let partial = try String(contentsOfFile: part, encoding: .utf8)
        #expect(partial.hasSuffix("\n"), "never a half line")
        let partialLines = partial.split(separator: "\n")
        #expect(partialLines.count >= 150 && partialLines.count <= 200)
        #expect(partialLines.allSatisfy { PipeBinary.object(String($0)) != nil })

        let resumed = try PipeBinary.run(
            ["annotate", "-o", part, "--resume", "--jobs", "2", "--progress", "never"],
            stdin: lines.joined(separator: "\n"))
        #expect(resumed.status == 0)
        #expect(try String(contentsOfFile: part, encoding: .utf8) == (try String(contentsOfFile: full, encoding: .utf8)))
    }
}
