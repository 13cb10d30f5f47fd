import Pipeline
import Testing

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

/// Checks one form case: found with its surface text, and with the case's TIMEX3 type, value and mod.
/// Returns the entity found, for checks of its own.
@discardableResult
func expectForm(_ c: DateFormsTests.Case) throws -> Entity? {
    let e = try dateEntity(c.surface, in: c.text, dct: c.dct)
    let all = try dateEntities(c.text, dct: c.dct).map { "\($0.text)=\($0.timex?.value ?? "")" }
    #expect(e != nil, "not found: \(c.surface); got \(all)")
    guard let e else { return nil }
    #expect(e.timex?.type == c.type)
    #expect(e.timex?.value == c.value)
    #expect(e.timex?.mod == c.mod)
    return e
}
