import PipelineIO
import Testing

@testable import Stages

/// Issue 20, item 12: every resource built into the stages is credited in NOTICE, and the run record's
/// digest (`RunRecord.digest`) covers each of them.
@Suite("Shipped resources")
struct ShippedResourcesTests {
    static let notice = TokenizeFixtures.readFile(TokenizeFixtures.repositoryRoot + "/NOTICE") ?? ""

    /// Paths (from the repository root) of the generated files under `folder`, depth first.
    static func generatedFiles(under folder: String) -> [String] {
        guard case .success(let listing) = FileSystem.directoryListing(TokenizeFixtures.repositoryRoot + "/" + folder)
        else { return [] }
        return listing.flatMap { entry -> [String] in
            let path = folder + "/" + entry.name
            if entry.type == .directory { return generatedFiles(under: path) }
            return entry.name.contains(".generated.") ? [path] : []
        }
    }

    @Test("NOTICE has a section for each resource of ShippedResources, and each resource has content")
    func everyResourceCredited() {
        #expect(!Self.notice.isEmpty, "NOTICE is missing")
        let names = ShippedResources.all.map(\.name)
        #expect(Set(names).count == names.count)
        for (name, text) in ShippedResources.all {
            #expect(Self.notice.contains("== Resource: \(name) =="), "NOTICE lacks a section for \(name)")
            #expect(text.utf8.count > 100, "\(name) is empty")
        }
    }

    @Test("every generated resource file is named in NOTICE")
    func everyGeneratedFileCredited() {
        let files = Self.generatedFiles(under: "Sources")
        #expect(files.count >= 6)
        for file in files { #expect(Self.notice.contains("Files:    \(file)"), "NOTICE does not name \(file)") }
    }

    @Test("the resource digest changes with any resource's content")
    func digestFollowsContent() {
        let all = ShippedResources.all
        var changed = all
        changed[0].text += "\nGPE\t-\tAtlantis"
        #expect(RunRecord.digest(of: all) == RunRecord.digest(of: ShippedResources.all))
        #expect(RunRecord.digest(of: all) != RunRecord.digest(of: changed))
    }
}
