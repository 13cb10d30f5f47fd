import CICU
import Pipeline

/// ICU's dictionary-based word break, used only for runs of scripts written without spaces.
///
/// Break iterators are not thread-safe: the template is opened once and each stage instance (one per
/// worker) owns a clone. ICU keeps a pointer to the UTF-16 text instead of copying it, so the buffer
/// lives in this object and is only reused after iteration has finished.
final class UnspacedSegmenter {
    private enum Template {
        nonisolated(unsafe) static let iterator: OpaquePointer? = {
            var status = U_ZERO_ERROR
            let iterator = icu_ubrk_open(UBRK_WORD, "", nil, 0, &status)
            return status.rawValue > 0 ? nil : iterator
        }()
    }

    private let iterator: OpaquePointer?
    private var utf16: [UInt16] = []

    init() {
        guard let template = Template.iterator else {
            iterator = nil
            return
        }
        var status = U_ZERO_ERROR
        let clone = icu_ubrk_clone(template, &status)
        iterator = status.rawValue > 0 ? nil : clone
    }

    deinit {
        if let iterator { icu_ubrk_close(iterator) }
    }

    /// UTF-8 offsets (absolute, within `range`) at which the words of `bytes[range]` end, in order;
    /// nil when ICU is unavailable or rejects the text.
    func boundaries(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> [Int]? {
        guard let iterator, let base = bytes.baseAddress, !range.isEmpty, range.count < Int(Int32.max / 2)
        else { return nil }
        let length = Int32(range.count)
        if utf16.count < range.count + 1 { utf16 = [UInt16](repeating: 0, count: range.count + 1) }
        var ends: [Int] = []
        let ok = utf16.withUnsafeMutableBufferPointer { buffer -> Bool in
            var status = U_ZERO_ERROR
            var written: Int32 = 0
            let source = UnsafeRawPointer(base + range.lowerBound).assumingMemoryBound(to: CChar.self)
            _ = icu_u_strFromUTF8(buffer.baseAddress, Int32(buffer.count), &written, source, length, &status)
            guard status.rawValue <= 0 else { return false }
            icu_ubrk_setText(iterator, buffer.baseAddress, written, &status)
            guard status.rawValue <= 0 else { return false }
            // Walk UTF-16 units and UTF-8 bytes together to translate each boundary.
            var unit = 0
            var byte = range.lowerBound
            _ = icu_ubrk_first(iterator)
            var boundary = icu_ubrk_next(iterator)
            while boundary != UBRK_DONE {
                let target = Int(boundary)
                while unit < target, byte < range.upperBound {
                    let width = UTF8Width.ofLeadByte(bytes[byte])
                    unit += width == 4 ? 2 : 1
                    byte += width
                }
                ends.append(min(byte, range.upperBound))
                boundary = icu_ubrk_next(iterator)
            }
            // Detach the buffer before it can be reallocated.
            icu_ubrk_setText(iterator, nil, 0, &status)
            return true
        }
        return ok ? ends : nil
    }
}
