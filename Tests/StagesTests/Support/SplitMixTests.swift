import Testing

@testable import Stages

/// The trainers' seeded generator and epoch order (both trainers must give the same bytes from the same data).
@Suite("Support: SplitMix")
struct SplitMixTests {
    @Test("an item more or less leaves the others' order in an epoch as it was")
    func epochOrderIsStable() {
        var random = SplitMix(seed: 7)
        let contents = (0..<200).map { _ in random.next() }
        let salt: UInt64 = 0xDEAD_BEEF
        let order = SplitMix.epochOrder(contents, salt: salt)
        #expect(Set(order) == Set(contents.indices))
        // One more example, in the middle of the list: the others come in the same order around it.
        var more = contents
        more.insert(random.next(), at: 100)
        let wider = SplitMix.epochOrder(more, salt: salt).filter { $0 != 100 }.map { $0 > 100 ? $0 - 1 : $0 }
        #expect(wider == order)
        // Another salt, another order.
        #expect(SplitMix.epochOrder(contents, salt: salt + 1) != order)
    }

    @Test("a content key depends on every byte and on its seed")
    func contentKey() {
        let a = SplitMix.contentKey(Array("Halvard Quorvex".utf8))
        #expect(a == SplitMix.contentKey(Array("Halvard Quorvex".utf8)))
        #expect(a != SplitMix.contentKey(Array("Halvard Quorvey".utf8)))
        #expect(a != SplitMix.contentKey(Array("Halvard Quorvex".utf8), seed: 1))
    }
}
