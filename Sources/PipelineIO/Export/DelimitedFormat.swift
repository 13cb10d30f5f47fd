/// The two delimited-text dialects of the flat tables.
///
/// Both quote as RFC 4180 does, with the delimiter as the only difference: a cell that holds the
/// delimiter, a double quote, a line feed or a carriage return is wrapped in double quotes, its double
/// quotes doubled; every other cell is written as it is. That is the dialect pandas `read_csv` (with
/// `sep="\t"` for TSV), R `read.delim`/`read.csv`, Python's `csv` module, PostgreSQL `COPY ... CSV`
/// and spreadsheets read without options, so an entity text with a tab, a quote or a line break comes
/// back as written. Backslash escapes (PostgreSQL's text format) were not chosen: pandas cannot undo
/// them in one call. Lines end with a line feed; files are UTF-8 without a byte-order mark; an empty
/// cell means "no value".
public enum DelimitedFormat: String, Sendable, CaseIterable {
    /// Tab-separated, files named `*.tsv`.
    case tsv
    /// Comma-separated, files named `*.csv`.
    case csv

    public var delimiter: UInt8 { self == .tsv ? 0x09 : UInt8(ascii: ",") }
    public var fileExtension: String { rawValue }

    /// Appends one cell, quoted when it must be.
    func appendCell(_ cell: String, to out: inout [UInt8]) {
        let delimiter = self.delimiter
        var needsQuotes = false
        for b in cell.utf8 where b == delimiter || b == 0x22 || b == 0x0A || b == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            out.append(contentsOf: cell.utf8)
            return
        }
        out.append(0x22)
        for b in cell.utf8 {
            if b == 0x22 { out.append(0x22) }
            out.append(b)
        }
        out.append(0x22)
    }

    /// One line: the cells joined by the delimiter, without the line feed (`OutputSink` adds it).
    func line(_ cells: [String]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(cells.reduce(cells.count) { $0 + $1.utf8.count })
        for (i, cell) in cells.enumerated() {
            if i > 0 { out.append(delimiter) }
            appendCell(cell, to: &out)
        }
        return out
    }
}
