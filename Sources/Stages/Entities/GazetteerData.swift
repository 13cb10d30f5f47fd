/// Namespace of the generated resource strings (Resources/*.generated.swift, made by
/// scripts/generate-gazetteers).
enum GazetteerData {}
