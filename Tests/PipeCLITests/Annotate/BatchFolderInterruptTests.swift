import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

@Suite("Batch runs over folders: interruption", .serialized)
struct BatchFolderInterruptTests {
    @Test("SIGTERM during a folder run (workers feed themselves) leaves whole lines; --resume completes it")
    func interruptFolderRun() throws {
        let dir = NSTemporaryDirectory() + "pipe-fold-" + UUID().uuidString
        let corpus = dir + "/corpus"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        for i in 0..<1500 {
            let folder = corpus + "/p\(i % 5)"
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let text = "Story \(i). Talks between Armenia and Azerbaijan resumed in Moscow on Monday.\n\nMore on \(i)."
            try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/d\(i).txt"))
        }
        let full = dir + "/full.jsonl"
        let part = dir + "/part.jsonl"
        let reference = try PipeBinary.run(["annotate", corpus, "-o", full, "--jobs", "2", "--progress", "never"])
        #expect(reference.status == 0)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: PipeBinary.path)
        process.arguments = ["annotate", corpus, "-o", part, "--jobs", "2", "--progress", "never"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        for _ in 0..<500 {
            let size = (try? FileManager.default.attributesOfItem(atPath: part)[.size] as? Int) ?? 0
            if size > 0 { break }
            usleep(5_000)
        }
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        let partial = try String(contentsOfFile: part, encoding: .utf8)
        #expect(partial.isEmpty || partial.hasSuffix("\n"), "never a half line")
        let partialLines = partial.split(separator: "\n")
        #expect(partialLines.allSatisfy { PipeBinary.object(String($0)) != nil })
        if process.terminationStatus == 130 {
            #expect(partialLines.count < 1500, "an interrupted run stops early")
        }
        let resumed = try PipeBinary.run(["annotate", corpus, "-o", part, "--resume", "--jobs", "2", "--progress", "never"])
        #expect(resumed.status == 0)
        #expect(try String(contentsOfFile: part, encoding: .utf8) == (try String(contentsOfFile: full, encoding: .utf8)))
    }
}
