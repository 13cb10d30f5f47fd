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
        let text = String(decoding: bytes, as: UTF8.self)
        for line in text.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.dropFirst(6).filter { $0 >= "0" && $0 <= "9" }
            return Int(String(digits)).map { $0 * 1024 }
        }
        return nil
    }
}
