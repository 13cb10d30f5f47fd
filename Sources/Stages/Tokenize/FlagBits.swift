import Pipeline

/// The stages' name for the token flags. `TokenFlags`' members are inlinable constants, so a flag test in
/// a hot loop folds to a literal; the flags are defined once, there.
typealias FlagBits = TokenFlags
