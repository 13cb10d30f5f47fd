import Pipeline

/// The process's peak resident memory, for the closing summary line.
///
/// Read from `/proc/self/status` (VmHWM, the high-water mark of this program's own memory) rather than
/// `getrusage`: on Linux a process started with `vfork` (`posix_spawn`, Python's `subprocess`) inherits
/// in `ru_maxrss` the peak of the parent it was spawned from, so a small run launched by a big test
/// process would report the parent's size.
public enum ProcessMemory {
    /// Bytes, or nil where `/proc` is not available.
    public static func peakResidentBytes() -> Int? {
        guard case .success(let bytes) = FileSystem.readFile("/proc/self/status", limit: 1 << 16) else { return nil }
        // On the bytes: splitting the text into lines of Characters cost 700,000 instructions, a tenth of a
        // small run's start-up.
        let key = Array("\nVmHWM:".utf8)
        guard var i = bytes.indices.first(where: { bytes[$0...].starts(with: key) }).map({ $0 + key.count }) else {
            return nil
        }
        var kibibytes = 0
        var digits = 0
        while i < bytes.count, bytes[i] != 0x0A {
            if bytes[i] >= 0x30, bytes[i] <= 0x39 {
                kibibytes = kibibytes * 10 + Int(bytes[i] - 0x30)
                digits += 1
            }
            i += 1
        }
        return digits > 0 ? kibibytes * 1024 : nil
    }
}
