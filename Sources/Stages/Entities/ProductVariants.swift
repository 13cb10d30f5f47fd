/// A name that ends in a product's variant word or a device noun names a product: "MacBook Pro", "Switch Lite",
/// "Chromecast Ultra", "Collector's Edition", "DualShock Controller", "Car Charger"; so does a name with a plus
/// sign glued to it, a streaming service's ("Disney+", "Apple TV+", "ESPN+"). ANNOTATION.md: products and
/// services ("MacBook", "Disney+") are none of our labels, and a product name containing the company is untagged
/// as a whole. The tagger, trained mostly on text where products are rare, reads them as organizations (the
/// first word is often the maker's or an invented one) or, for a variant word alone, as a person ("Lite").
///
/// A mention that ends in such a word goes, and one that ends right before it ("Stadia" of "Stadia Pro"), and
/// the word alone after a capitalized word ("Lite"). The maker before the product's name stays where the tagger
/// read it apart ("Nintendo" of "Nintendo Switch Lite"): a capitalized word before a product may as well be a
/// heading's verb ("Apple Launches MacBook Pro"). The variant word must end the name (a lower-case
/// word, punctuation or the end of the line follows), so an organization named on ("Pro Football Hall of
/// Fame") or a title ("Edition Manager") is not read. Words that also end organizations' names are left out:
/// "Watch" (Human Rights Watch), "Monitor" (a newspaper), "Speaker", "Plus" (Canal Plus), "Air", "TV", "Series";
/// and "Max", a surname too ("Peter Max").
/// An organization's name of two words or more right before a lower-case noun of a device or a subscription is
/// the product's name too: "the Apple TV box", "the MX Master mouse", "an Amazon Alexa device", "a Google Pixel
/// phone". A one-word name stays: a company before a generic noun is the company ("Apple devices", "Samsung
/// phones"), and so does a name the gazetteers know whole ("the UNICEF app") or holding an organization's head
/// word ("the Bank of America app", "Quorvex Systems printers").
/// The mentions that go name the product wherever the document repeats them ("Stadia" and "MacBook" alone,
/// after "Stadia Pro" and "MacBook Pro").
/// Runs after `ProductModels`, which reads a maker before a model number.
struct ProductVariants {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>
    let findings: [TokenFindings]

    func apply(_ mentions: inout [Mention]) {
        guard !mentions.isEmpty else { return }
        var products: [Range<Int>] = []
        // The product's name is the product's wherever the document names it again: "Stadia" of "Stadia Pro",
        // "MacBook" of "MacBook Pro" at their other mentions. Not a service's maker ("Disney" of "Disney+"
        // is the company elsewhere), nor a place or a people ("UK Edition").
        var names: [Range<Int>] = []
        // Each mention's fields read in place: a copy of every mention (56 bytes) cost more than the test,
        // which few pass.
        for i in mentions.indices where mentions[i].label != .title {
            let start = mentions[i].startToken
            let end = mentions[i].endToken
            guard let (last, service) = productEnd(start, end, endByte: mentions[i].endByte, label: mentions[i].label)
            else { continue }
            products.append(min(start, last - 1)..<(last + 1))
            let m = mentions[i]
            guard !service, m.label == .org || m.label == .person else { continue }
            // The name before the variant word: the mention ("Stadia" before "Pro"), or the mention less its
            // last word ("Stadia" of "Stadia Pro"); not the variant word alone ("Lite").
            if last >= m.endToken {
                names.append(m.startByte..<m.endByte)
            } else if last > m.startToken {
                names.append(m.startByte..<Int(tokens.byteEnd[last - 1]))
            }
        }
        guard !products.isEmpty else { return }
        mentions.removeAll { m in
            m.label != .title
                && (products.contains { $0.lowerBound <= m.startToken && m.endToken <= $0.upperBound }
                    || (m.label == .org || m.label == .person) && names.contains { bytes.sameBytes($0, m.startByte..<m.endByte) })
        }
    }

    /// The variant word's token when the mention of tokens `start..<end` (its text ending at byte `endByte`)
    /// ends in one (two tokens or more) or is one word before one, or is the variant word alone after a
    /// capitalized word: the product name then ends there.
    /// Also whether the product is a service named by the plus sign.
    private func productEnd(_ start: Int, _ end: Int, endByte: Int, label: MentionLabel) -> (end: Int, service: Bool)? {
        let last = end - 1
        // "Disney+", "Apple TV+", "ESPN+": a plus sign glued to the name, ending the word, names the service.
        if end < tokens.count, Int(tokens.byteStart[end]) == endByte, bytes[endByte] == 0x2B,
            tokens.length(end) == 1, isWordEnd(endByte + 1)
        {
            return (end, true)
        }
        if isVariant(last) {
            guard tokens.isNameEnd(last, in: bytes) else { return nil }
            if end - start >= 2 { return (last, false) }
            // The variant word alone ("Lite" of "Switch Lite"): a capitalized word right before it.
            let before = start - 1
            guard before >= 0, tokens.isCapitalized(before), tokens.isOneSpaceApart(before, start, in: bytes)
            else { return nil }
            return (last, false)
        }
        let next = end
        guard next < tokens.count, tokens.isOneSpaceApart(last, next, in: bytes) else { return nil }
        // "the Apple TV box": the noun is the product's end, as a variant word is ("Stadia" before "Pro").
        if isDeviceNoun(next), label == .org, end - start >= 2, !isKnownCompany(start, end) {
            return (next, false)
        }
        guard tokens.isCapitalized(next), isVariant(next), tokens.isNameEnd(next, in: bytes) else { return nil }
        return (next, false)
    }

    /// A lower-case noun of a device or a subscription ("box", "mouse", "app").
    private func isDeviceNoun(_ t: Int) -> Bool {
        tokens.isLower(t) && tokens.isAny(t, Self.deviceNouns, in: bytes)
    }

    /// A name the gazetteers know whole, or one with an organization's head word ("Wells Fargo Bank", "Bank of
    /// Halden", "Quorvex Systems"): the company before a generic noun, not a product. A last "TV" is no such
    /// head here: it ends products' names ("Apple TV") as often as broadcasters'.
    private func isKnownCompany(_ start: Int, _ end: Int) -> Bool {
        guard end <= findings.count else { return false }
        if Int(findings[start].labelEnd) == end { return true }
        let last = end - 1
        for t in start..<end where findings[t].allCues & GazetteerKind.orgHead.bit != 0 {
            if t == last, tokens.is(t, "tv", in: bytes) { continue }
            return true
        }
        return tokens.isAny(last, WordLists.companyHeads, in: bytes)
    }

    private func isVariant(_ t: Int) -> Bool {
        tokens.isCapitalized(t) && !tokens.flags[t].contains(FlagBits.allCaps) && tokens.isAny(t, Self.variants, in: bytes)
    }

    /// No letter or digit at byte `p`: the word ended before it.
    private func isWordEnd(_ p: Int) -> Bool {
        guard p < bytes.count else { return true }
        let b = bytes[p] | 0x20
        return !(b &- 0x61 < 26 || bytes[p] &- 0x30 < 10 || bytes[p] >= 0x80)
    }

    /// Variant words of a product line and nouns of devices sold under a name.
    static let variants = WordSet([
        "pro", "lite", "ultra", "mini", "edition", "bundle", "controller", "charger", "router", "keyboard",
        "mouse", "headphones", "headset", "earbuds", "console", "laptop", "tablet", "smartphone", "adapter",
    ])

    /// Lower-case nouns of devices and subscriptions sold under a product's name ("the Apple TV box"). Not
    /// nouns that follow companies' or places' names as often ("case", "truck", "platform", "service").
    static let deviceNouns = WordSet([
        "controller", "controllers", "router", "routers", "mouse", "keyboard", "keyboards", "charger", "chargers",
        "headphones", "headset", "earbuds", "console", "consoles", "laptop", "laptops", "tablet", "tablets",
        "smartphone", "smartphones", "phone", "phones", "handset", "handsets", "adapter", "box", "app", "apps",
        "device", "devices", "processor", "processors", "speaker", "speakers", "smartwatch", "camera", "cameras",
        "subscription", "sedan", "hatchback", "drone", "printer", "browser",
    ])
}
