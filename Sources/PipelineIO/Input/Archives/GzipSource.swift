internal import CZlib
import Pipeline

/// The inflated bytes of a gzip stream, through the system zlib, one chunk at a time.
///
/// Several members one after the other (`cat a.gz b.gz`, and WARC.gz, which compresses each record as a
/// member of its own) read as one stream. Memory stays at one input and one output chunk whatever the
/// sizes: limits on what is kept (a document's `--max-bytes`) are the reader's, applied as it reads, so
/// a gzip bomb is inflated only as far as a limit lets it. A stream that ends inside a member, or data
/// that is not gzip, ends with an `unreadable` error.
public final class GzipSource: ByteSource {
    private let input: ByteSource
    private let name: String
    private var stream = z_stream()
    private var initialized = false
    private var inputBuffer: UnsafeMutableRawBufferPointer
    /// Inside a member (its header seen, its end not yet).
    private var inMember = false
    private var inputEnded = false
    private var finished = false
    public private(set) var error: DocumentError?

    public static let chunkSize = 1 << 16

    public init(_ input: ByteSource, name: String) {
        self.input = input
        self.name = name
        inputBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        if pipe_inflate_init(&stream) == Z_OK {
            initialized = true
        } else {
            fail("zlib could not start")
        }
    }

    deinit {
        if initialized { inflateEnd(&stream) }
        inputBuffer.deallocate()
    }

    /// True when `bytes` start with the gzip magic number.
    public static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var i = bytes.makeIterator()
        return i.next() == 0x1F && i.next() == 0x8B
    }

    public func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        if let pending = pendingError {
            error = pending
            pendingError = nil
        }
        if error != nil { return -1 }
        guard let out = buffer.baseAddress, buffer.count > 0, !finished else { return 0 }
        stream.next_out = out.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(min(buffer.count, Int(UInt32.max)))
        while stream.avail_out > 0 {
            if stream.avail_in == 0 && !inputEnded {
                let n = input.read(into: inputBuffer)
                if n < 0 {
                    error = input.error ?? DocumentError(.unreadable, "\(name) cannot be read")
                    return -1
                }
                if n == 0 {
                    inputEnded = true
                } else {
                    stream.next_in = inputBuffer.baseAddress?.assumingMemoryBound(to: Bytef.self)
                    stream.avail_in = uInt(n)
                }
            }
            if stream.avail_in == 0 && inputEnded {
                if inMember {
                    fail("the gzip data is truncated (it ends inside a compressed member)")
                    return producedOrError(buffer)
                }
                finished = true
                break
            }
            if !inMember {
                // Padding after the last member (zero bytes some writers add) is not a new member.
                if stream.next_in.pointee == 0 {
                    skipZeroPadding()
                    continue
                }
                inMember = true
            }
            let status = inflate(&stream, Z_NO_FLUSH)
            switch status {
            case Z_OK, Z_BUF_ERROR:
                if status == Z_BUF_ERROR && stream.avail_in == 0 && inputEnded {
                    fail("the gzip data is truncated (it ends inside a compressed member)")
                    return producedOrError(buffer)
                }
            case Z_STREAM_END:
                inMember = false
                inflateReset(&stream)
            default:
                fail("the data is not valid gzip (\(status == Z_DATA_ERROR ? "corrupt data" : "zlib error \(status)"))")
                return producedOrError(buffer)
            }
        }
        return buffer.count - Int(stream.avail_out)
    }

    private func skipZeroPadding() {
        while stream.avail_in > 0 && stream.next_in.pointee == 0 {
            stream.next_in += 1
            stream.avail_in -= 1
        }
    }

    /// The bytes produced before an error are handed out first; the error comes with the next read.
    private func producedOrError(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
        let produced = buffer.count - Int(stream.avail_out)
        if produced > 0 {
            pendingError = error
            error = nil
            finished = true
            return produced
        }
        return -1
    }

    /// An error met after some bytes were produced: reported by the next read.
    private var pendingError: DocumentError?

    private func fail(_ message: String) {
        error = DocumentError(.unreadable, "\(name): \(message)")
    }
}
