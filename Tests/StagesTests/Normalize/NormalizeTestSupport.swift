import Glibc
import Pipeline
import PipelineIO
import Testing

@testable import Stages

/// Helpers shared by the Normalize tests: running the stage, reading files, checking the source map.
enum NormalizeSupport {
    /// Root of the package: what comes before "/Tests/" in this file's path.
    static let packageRoot: String = {
        let file = String(#filePath)
        guard let tests = file.firstRange(of: "/Tests/") else { return "." }
        return String(file[..<tests.lowerBound])
    }()

    static let aebDirectory = packageRoot + "/../shared/data/html/aeb-dev"
    static var aebAvailable: Bool { access(aebDirectory + "/ground-truth.json", R_OK) == 0 }

    static func read(_ relativePath: String) -> [UInt8] {
        (try? FileSystem.readFile(packageRoot + "/" + relativePath, limit: 1 << 30).get()) ?? []
    }

    /// The output of a shell command (used to gunzip the AEB pages without linking zlib).
    static func commandOutput(_ command: String) -> [UInt8] {
        guard let pipe = popen(command, "r") else { return [] }
        defer { pclose(pipe) }
        var result: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let n = fread(&buffer, 1, buffer.count, pipe)
            if n <= 0 { break }
            result.append(contentsOf: buffer[0..<n])
        }
        return result
    }

    static func aebPages() -> [(name: String, bytes: [UInt8])] {
        guard aebAvailable, case .success(let names) = FileSystem.directoryEntries(aebDirectory + "/html") else { return [] }
        return names.filter { $0.hasSuffix(".html.gz") }.sorted().map { name in
            (name, commandOutput("gzip -dc '\(aebDirectory)/html/\(name)'"))
        }
    }

    static func document(_ bytes: [UInt8], format: SourceFormat) -> Document {
        Document(id: "test", source: Source(path: "test", format: format, bytes: bytes))
    }

    static func run(_ bytes: [UInt8], format: SourceFormat) -> Result<Document, DocumentError> {
        var doc = document(bytes, format: format)
        do throws(DocumentError) {
            try NormalizeStage().process(&doc)
            return .success(doc)
        } catch {
            return .failure(error)
        }
    }

    static func html(_ text: String) -> Result<Document, DocumentError> { run(Array(text.utf8), format: .html) }
    static func text(_ text: String) -> Result<Document, DocumentError> { run(Array(text.utf8), format: .text) }

    /// Non-whitespace characters, for order checks that ignore layout.
    static func squeezed(_ s: String) -> String { String(s.unicodeScalars.filter { !$0.properties.isWhitespace }.map(Character.init)) }

    /// The source-map property: each output scalar's source bytes, decoded with the document's charset and
    /// with a character or entity reference resolved, are that scalar (up to canonical equivalence), or
    /// whitespace (or nothing, for an inserted break) when the scalar is whitespace. Returns the failures.
    static func sourceMapViolations(_ doc: Document, decode: ([UInt8]) -> String = { String(decoding: $0, as: UTF8.self) })
        -> [String]
    {
        guard let map = doc.sourceMap else { return ["no source map"] }
        var failures: [String] = []
        let bytes = doc.source.bytes
        let scalars = Array(doc.text.unicodeScalars)
        if map.count != scalars.count { failures.append("map has \(map.count) entries for \(scalars.count) scalars") }
        for (i, scalar) in scalars.enumerated() {
            guard let range = map.sourceRange(ofScalar: i), range.lowerBound >= 0, range.upperBound <= bytes.count else {
                failures.append("scalar \(i) has no valid range")
                continue
            }
            var source = decode(Array(bytes[range]))
            if doc.source.format == .html { source = resolveReference(source) }
            let isSpace = scalar.properties.isWhitespace
            if isSpace {
                let resolved = doc.source.format == .html ? resolveAllReferences(source) : source
                if resolved.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { continue }
            } else if String(Character(scalar)) == source {
                continue
            }
            if failures.count < 10 {
                failures.append("scalar \(i) \(String(scalar).debugDescription) <- bytes \(range) \(source.debugDescription)")
            }
        }
        return failures
    }

    /// Every `&...;` reference in `s` resolved (for whitespace runs that include `&nbsp;`).
    static func resolveAllReferences(_ s: String) -> String {
        var result = ""
        var rest = Substring(s)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            if let semi = rest[amp...].firstIndex(of: ";") {
                result += resolveReference(String(rest[amp...semi]))
                rest = rest[rest.index(after: semi)...]
            } else {
                result += rest[amp...]
                rest = ""
            }
        }
        return result + rest
    }

    /// "&amp;" -> "&", "&#8217;" -> "’", "&#x2014" -> "—"; anything else unchanged.
    static func resolveReference(_ s: String) -> String {
        let u = Array(s.utf8)
        guard u.count >= 3, u[0] == UInt8(ascii: "&") else { return s }
        var body = u.dropFirst()
        if body.last == UInt8(ascii: ";") { body = body.dropLast() }
        if body.first == UInt8(ascii: "#") {
            body = body.dropFirst()
            var radix = 10
            if let f = body.first, f | 0x20 == UInt8(ascii: "x") {
                radix = 16
                body = body.dropFirst()
            }
            guard let v = UInt32(String(decoding: body, as: UTF8.self), radix: radix), let scalar = Unicode.Scalar(v) else { return s }
            return String(Character(scalar))
        }
        guard let v = SourceLocator.entityValue(body), let scalar = Unicode.Scalar(v) else { return s }
        return String(Character(scalar))
    }
}
