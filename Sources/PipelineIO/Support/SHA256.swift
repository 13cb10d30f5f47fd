import CCrypto
import Pipeline

/// SHA-256 of the source bytes, for the `source.sha256` field.
///
/// Through OpenSSL's libcrypto: it uses the CPU's SHA instructions, and every input byte is hashed.
public enum SHA256 {
    /// Lower-case hex digest of `bytes`.
    public static func hex(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { hex($0) }
    }

    public static func hex(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let ok = digest.withUnsafeMutableBufferPointer { out -> Int32 in
            // An empty buffer may have no base address; any valid pointer will do for zero bytes.
            let empty: [UInt8] = [0]
            return empty.withUnsafeBufferPointer { placeholder in
                pipe_sha256(bytes.baseAddress ?? placeholder.baseAddress, bytes.count, out.baseAddress)
            }
        }
        precondition(ok == 1, "libcrypto could not compute SHA-256")
        let digits = Array("0123456789abcdef".utf8)
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in digest {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
