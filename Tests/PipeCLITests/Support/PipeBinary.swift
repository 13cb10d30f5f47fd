import Foundation

/// Runs the `pipe` executable that `swift test` built next to the test bundle.
enum PipeBinary {
    /// The repository root (what comes before "/Tests/" in this file's path), so tests run from any folder.
    static let repositoryRoot: String = {
        let file = String(#filePath)
        guard let tests = file.firstRange(of: "/Tests/") else { return "." }
        return String(file[..<tests.lowerBound])
    }()

    /// `.build/<config>/pipe`: the folder of the running test binary holds the products of the build.
    /// `PIPE_BINARY=/path/to/pipe swift test` runs the suites against another build instead (to show that
    /// a new test fails on the binary from before its fix).
    static let path: String = {
        if let other = ProcessInfo.processInfo.environment["PIPE_BINARY"], !other.isEmpty { return other }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var dir = URL(fileURLWithPath: exe).deletingLastPathComponent()
        // The test binary may sit inside a .xctest bundle folder.
        while !FileManager.default.isExecutableFile(atPath: dir.appendingPathComponent("pipe").path),
            dir.path != "/"
        {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("pipe").path
    }()

    static var sharedDataAvailable: Bool {
        FileManager.default.fileExists(atPath: repositoryRoot + "/../shared/data")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var lines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }
    }

    /// Runs `pipe` with `arguments` in the repository root, feeding `stdin` if given.
    static func run(_ arguments: [String], stdin: String? = nil, in directory: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? repositoryRoot)
        let out = Pipe()
        let err = Pipe()
        let input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        input.fileHandleForWriting.closeFile()
        // Read both pipes while the process runs so a full pipe cannot block it.
        final class Box: @unchecked Sendable { var data = Data() }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        let errHandle = err.fileHandleForReading
        DispatchQueue.global().async {
            errBox.data = errHandle.readDataToEndOfFile()
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let errData = errBox.data
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Parses one output line as a JSON object.
    static func object(_ line: String) -> [String: Any]? {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
    }
}
