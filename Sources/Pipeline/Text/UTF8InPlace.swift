extension String {
    /// The string's UTF-8 bytes handed to `body`, read in place where the string holds them contiguous
    /// (every native string; a small one is copied to the stack), else from a contiguous copy.
    ///
    /// `withUTF8` is mutating: called on a copy of a stored string (an entity's text, a label, a mention's
    /// origin) it retained and released the string's storage each time, and the stages and the writer read
    /// such strings several times per entity.
    @inlinable
    public func withUTF8Bytes<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}
