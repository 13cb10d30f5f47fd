import PipelineIO
import Testing

@testable import Stages

/// Issue 20, item 12: every resource built into the stages is credited in NOTICE, and the run record's
/// digest (`RunRecord.digest`) covers each of them.
@Suite("Shipped resources")
struct ShippedResourcesTests {
    static let notice = TokenizeFixtures.readFile(TokenizeFixtures.repositoryRoot + "/NOTICE") ?? ""

    /// Paths (from the repository root) of the resource files under `folder`: generated Swift sources and the
    /// data files embedded as bytes (.bin, .tsv), depth first.
    static func resourceFiles(under folder: String) -> [String] {
        guard case .success(let listing) = FileSystem.directoryListing(TokenizeFixtures.repositoryRoot + "/" + folder)
        else { return [] }
        return listing.flatMap { entry -> [String] in
            let path = folder + "/" + entry.name
            if entry.type == .directory { return resourceFiles(under: path) }
            let isResource = entry.name.contains(".generated.") || entry.name.hasSuffix(".bin") || entry.name.hasSuffix(".tsv")
            return isResource ? [path] : []
        }
    }

    @Test("NOTICE has a section for each resource of ShippedResources, and each resource has content")
    func everyResourceCredited() {
        #expect(!Self.notice.isEmpty, "NOTICE is missing")
        let names = ShippedResources.names
        #expect(names.count >= 10)
        #expect(Set(names).count == names.count)
        ShippedResources.forEach { name, bytes in
            #expect(Self.notice.contains("== Resource: \(name) =="), "NOTICE lacks a section for \(name)")
            #expect(bytes.count > 100, "\(name) is empty")
        }
    }

    @Test("every resource file under Sources is named in NOTICE")
    func everyResourceFileCredited() {
        let files = Self.resourceFiles(under: "Sources")
        #expect(files.count >= 8)
        for file in files { #expect(Self.notice.contains("Files:    \(file)"), "NOTICE does not name \(file)") }
    }

    @Test("the resource digest changes with any resource's content, and not from one call to the next")
    func digestFollowsContent() {
        let shipped = RunRecord.digest(ShippedResources.forEach)
        #expect(shipped == RunRecord.digest(ShippedResources.forEach))
        let one: [UInt8] = Array("GPE\t-\tBaku\n".utf8)
        let other: [UInt8] = Array("GPE\t-\tBakı\n".utf8)
        func digest(_ bytes: [UInt8]) -> String {
            RunRecord.digest { body in bytes.withUnsafeBytes { body("gazetteer-places", $0) } }
        }
        #expect(digest(one) != digest(other))
        #expect(digest(one) != shipped)
    }
}
