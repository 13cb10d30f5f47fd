import Foundation
import Testing

/// Issue 20, item 12: the project's licence, and the credit the built-in data asks for, in the repository
/// and in the program's own help (a binary carries GeoNames data, whose CC BY licence wants attribution).
@Suite("pipe: licence and credits")
struct LicenceCLITests {
    static func file(_ name: String) -> String {
        (try? String(contentsOfFile: PipeBinary.repositoryRoot + "/" + name, encoding: .utf8)) ?? ""
    }

    @Test("LICENSE is the Apache License 2.0 and NOTICE credits each source with its licence")
    func repositoryFiles() {
        let license = Self.file("LICENSE")
        #expect(license.contains("Apache License") && license.contains("Version 2.0, January 2004"))
        let notice = Self.file("NOTICE")
        for credit in ["GeoNames", "CC BY 4.0", "iso-codes", "LGPL", "Census", "public domain", "pySBD", "Nipun Sadvilkar",
            "MIT", "wordfreq", "Groningen Meaning Bank"]
        {
            #expect(notice.contains(credit), "NOTICE lacks \(credit)")
        }
    }

    @Test("pipe --help names the licence and credits GeoNames")
    func helpCredits() throws {
        let help = try PipeBinary.run(["--help"]).stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(help.contains("Apache License 2.0"))
        #expect(help.contains("GeoNames") && help.contains("CC BY 4.0"))
        #expect(help.contains("NOTICE"))
    }

    @Test("the README describes every label and relation type itself")
    func readmeLabels() {
        let readme = Self.file("README.md")
        for name in ["PERSON", "NORP", "GPE", "LOC", "FAC", "ORG", "EVENT", "LAW", "TITLE", "DATE", "TIME",
            "has_title", "works_for", "based_in", "located_in", "part_of", "alias_of", "met_with", "lives_in", "killed"]
        {
            #expect(readme.contains("| `\(name)` |"), "README has no row for \(name)")
        }
        #expect(!readme.contains("defined in `../shared/ANNOTATION.md`"), "the summary does not send readers outside the repository")
    }
}
