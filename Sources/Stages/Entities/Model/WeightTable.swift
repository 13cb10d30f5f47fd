#if canImport(Glibc)
import Glibc
#endif

/// The tagger's weight rows in memory of their own: aligned so that no 32-byte row straddles two cache
/// lines, and on Linux in huge pages.
///
/// The decoder reads ~60 rows of the 8 MB table at random per scored token. In a Swift array the rows sat
/// 16 bytes off a cache line (the array's header): every other row spanned two lines, two misses and two
/// prefetches. And in 4 KB pages the table spans 2048 pages, more than the TLB holds: most reads also
/// walked the page table. Aligned to 2 MB and advised as huge pages (`MADV_HUGEPAGE`, honoured where the
/// kernel's transparent huge pages are `madvise` or `always`), it spans four. Neither changes a weight.
///
/// Immutable once `init` has filled it, hence shareable across threads (the pointer is never written
/// after `init` returns, and freed only with the table).
final class WeightTable: @unchecked Sendable {
    /// The table's alignment: a huge page (2 MB on x86-64 and arm64 Linux); a multiple of any cache line.
    static let alignment = 1 << 21
    let base: UnsafeRawPointer
    /// The number of 16-bit weights (0: an empty table).
    let count: Int

    var isEmpty: Bool { count == 0 }

    /// A table of `count` weights written by `fill` into uninitialized memory (it must write every one);
    /// nil when `fill` returns false.
    init?(count: Int, fill: (UnsafeMutableBufferPointer<Int16>) -> Bool) {
        let bytes = max(count, 1) * MemoryLayout<Int16>.stride
        let memory = UnsafeMutableRawPointer.allocate(byteCount: bytes, alignment: Self.alignment)
        #if canImport(Glibc)
        // Advised before the first write, so that the first touch of each 2 MB faults in a huge page. A
        // refusal (no THP in the kernel) leaves ordinary pages: only slower.
        _ = madvise(memory, bytes, MADV_HUGEPAGE)
        #endif
        let weights = memory.bindMemory(to: Int16.self, capacity: max(count, 1))
        guard fill(UnsafeMutableBufferPointer(start: weights, count: count)) else {
            memory.deallocate()
            return nil
        }
        base = UnsafeRawPointer(memory)
        self.count = count
    }

    /// An empty table (the model's weights are missing or unreadable).
    init() {
        let memory = UnsafeMutableRawPointer.allocate(byteCount: 2, alignment: 2)
        memory.storeBytes(of: 0, as: Int16.self)
        base = UnsafeRawPointer(memory)
        count = 0
    }

    deinit { UnsafeMutableRawPointer(mutating: base).deallocate() }

    /// Weight `i` (tests, tools; the decoder reads rows through `base`, stored as `RowSum.stored` gives
    /// them: this undoes that).
    subscript(i: Int) -> Int16 {
        precondition(i >= 0 && i < count, "weight index out of range")
        return RowSum.stored(base.load(fromByteOffset: i * MemoryLayout<Int16>.stride, as: Int16.self))
    }
}
