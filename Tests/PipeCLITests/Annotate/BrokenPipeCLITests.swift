import Foundation
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Issue 20, item 7: `pipe annotate ... | head -c 100`. When the reader of the output goes away, the run
/// ends at once and silently, killed by SIGPIPE as `cat` and `grep` are (the shell shows status 141), and
/// reads no more input.
@Suite("pipe annotate: a closed downstream pipe", .serialized)
struct BrokenPipeCLITests {
    struct Ended {
        var signal: Int32?
        var status: Int32
        var stderr: String
    }

    /// Starts `pipe` with `arguments`, reads 100 bytes of its output, closes the output's read end, then
    /// calls `afterClose` (which may feed more input) and waits for the process to end (at most a minute;
    /// a process still running then is killed and reported as not ended).
    static func readHundredBytesAndClose(
        _ arguments: [String], stdin: Pipe? = nil, afterClose: () -> Void = {}
    ) throws -> Ended? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: PipeBinary.path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: PipeBinary.repositoryRoot)
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if let stdin { process.standardInput = stdin }
        try process.run()
        let first = out.fileHandleForReading.readData(ofLength: 100)
        #expect(first.count == 100)
        try out.fileHandleForReading.close()
        try? out.fileHandleForWriting.close()
        afterClose()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            return nil
        }
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let signal = process.terminationReason == .uncaughtSignal ? process.terminationStatus : nil
        return Ended(signal: signal, status: process.terminationStatus, stderr: stderr)
    }

    @Test("a folder of 400 articles, the reader gone after 100 bytes: SIGPIPE, nothing on stderr", arguments: ["1", "2"])
    func folder(jobs: String) throws {
        let dir = NSTemporaryDirectory() + "pipe-sigpipe-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let seed = try Data(contentsOf: URL(fileURLWithPath: PipeBinary.repositoryRoot + "/examples/articles/seed.txt"))
        for i in 0..<400 { try seed.write(to: URL(fileURLWithPath: dir + "/doc\(1000 + i).txt")) }
        let ended = try #require(try Self.readHundredBytesAndClose(["annotate", "--jobs", jobs, dir]))
        #expect(ended.signal == SIGPIPE, "ended with status \(ended.status), stderr: \(ended.stderr)")
        #expect(ended.stderr.isEmpty, "no 'Broken pipe' message and no summary: \(ended.stderr)")
    }

    @Test("a JSONL stream kept open: the run ends at its next line, without waiting for the end of the input")
    func openStream() throws {
        // Writing to a pipe whose reader died must not kill the test process: the write fails instead.
        signal(SIGPIPE, SIG_IGN)
        let input = Pipe()
        let line = Data((#"{"id":"a","text":"Aliyev met Raisi in Baku."}"# + "\n").utf8)
        try input.fileHandleForWriting.write(contentsOf: line)
        let ended = try Self.readHundredBytesAndClose(["annotate", "--progress", "never"], stdin: input) {
            // The next document's line has no reader: the write that fails must end the run.
            try? input.fileHandleForWriting.write(contentsOf: line)
        }
        try? input.fileHandleForWriting.close()
        let result = try #require(ended, "the run waited for more input although nobody reads its output")
        #expect(result.signal == SIGPIPE, "ended with status \(result.status): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(result.stderr)")
    }
}
