import Foundation
import Testing

@Suite("pipe annotate --timeout", .serialized)
struct TimeoutCLITests {
    @Test("a document over its time budget is an internal error record; the other documents still run")
    func overBudget() throws {
        // One microsecond: the first stage alone is longer, so the record names the budget and the stage.
        let result = try PipeBinary.run([
            "annotate", "examples/articles/seed.txt", "examples/articles/windows-1252.txt", "--timeout", "0.000001",
            "--progress", "never", "--jobs", "1",
        ])
        #expect(result.status == 1)
        #expect(result.lines.count == 2, "one line per input, whatever happens")
        for line in result.lines {
            let error = PipeBinary.object(line)?["error"] as? [String: Any]
            #expect(error?["kind"] as? String == "internal")
            #expect((error?["message"] as? String)?.contains("exceeded the time budget of 1e-06 s (at stage normalize)") == true)
        }
    }

    @Test("the default budget and --timeout 0 annotate the seed article")
    func generous() throws {
        #expect(try PipeBinary.run(["annotate", "examples/articles/seed.txt", "--progress", "never"]).status == 0)
        #expect(try PipeBinary.run(["annotate", "examples/articles/seed.txt", "--timeout", "0", "--progress", "never"]).status == 0)
    }

    @Test("a negative timeout is a usage error")
    func negative() throws {
        let result = try PipeBinary.run(["annotate", "--timeout", "-1", "examples/articles/seed.txt"])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
    }
}
