import Pipeline

@testable import Stages

/// Runs normalize + dates on a text and returns the date entities.
func dateEntities(_ text: String, dct: String?) throws -> [Entity] {
    var doc = Document(id: "t", source: Source(path: "-", format: .text, bytes: Array(text.utf8)))
    doc.meta.dct = dct
    try NormalizeStage().process(&doc)
    try DateStage().process(&doc)
    return doc.entities
}

/// The single date entity whose text is `surface`, if any.
func dateEntity(_ surface: String, in text: String, dct: String? = "2021-12-01") throws -> Entity? {
    try dateEntities(text, dct: dct).first { $0.text == surface }
}
