import Pipeline

/// Writes the flat tables (`documents`, `entities`, `relations`) as TSV or CSV files in a folder.
///
/// Each file starts with its header; each record adds its rows at once, so the files grow in record
/// order and memory holds one record's rows at a time.
public final class TableExporter: RecordExporter {
    public let format: DelimitedFormat
    private let tables: [FlatTable]
    private let sinks: [OutputSink]
    public private(set) var rowCounts: [Int]

    public init(directory: String, format: DelimitedFormat, tables: [FlatTable] = FlatTable.standard)
        throws(ExportError)
    {
        self.format = format
        self.tables = tables
        try ExportFiles.makeDirectory(directory)
        var sinks: [OutputSink] = []
        for table in tables {
            let sink = try ExportFiles.open(ExportFiles.join(directory, "\(table.name).\(format.fileExtension)"))
            try sink.writeExport(format.line(table.header))
            sinks.append(sink)
        }
        self.sinks = sinks
        rowCounts = Array(repeating: 0, count: tables.count)
    }

    private var line: [UInt8] = []

    public func add(_ record: DecodedRecord) throws(ExportError) {
        let view = RecordView(record)
        for (i, table) in tables.enumerated() {
            let sink = sinks[i]
            rowCounts[i] += try table.write(view, format: format, line: &line) { (bytes) throws(ExportError) in
                try sink.writeExport(copy bytes)
            }
        }
    }

    public func finish() throws(ExportError) -> [String] {
        for sink in sinks { try sink.flushExport() }
        return []
    }
}
