import ArgumentParser
import Evaluation
import Pipeline
import PipelineIO

#if canImport(Glibc)
    import Glibc
#endif

@main
struct PipeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipe",
        abstract: "Information extraction for news articles: entities, dates, relations as JSON lines.",
        version: "0.1.0",
        subcommands: [AnnotateCommand.self, EvalCommand.self, TablesCommand.self, RenderCommand.self]
    )

    /// Exit statuses of DESIGN.md: 0 all annotated, 1 some error records, 2 usage or output I/O error.
    /// ArgumentParser would exit 64 on a usage error, so errors are mapped here.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Glibc.exit(0)
            }
            ProgressReporter.writeStderr(fullMessage(for: error) + "\n")
            if code == .validationFailure || error is UsageError {
                ProgressReporter.writeStderr("Usage: \(usageString(for: error))\n")
            }
            Glibc.exit(2)
        }
    }

    private static func usageString(for error: Error) -> String {
        "see 'pipe help' and 'pipe help annotate'"
    }
}

/// A command-line mistake found after parsing (a bad value combination); exit status 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
