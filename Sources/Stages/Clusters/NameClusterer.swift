import Pipeline

/// Groups a document's name mentions into clusters: one per person, organization, place, group, event or
/// law. Works on the entity list alone (and the alias_of relations when present):
/// - people: a full name opens a person; a surname-only or first-name-only mention joins the person it
///   can name, the one whose title it shares when several can, else the one named last; two full names
///   with one surname but different given (or middle) names stay apart;
/// - other names: the same folded name ("Nagorno-Karabakh" / "Nagorno Karabakh"), "Republic of X" / "X",
///   a plural demonym and its singular, company suffixes dropped ("Acme Corp." / "Acme");
/// - an acronym joins the one name whose initials it is ("PKK" → "Kurdish Workers' Party"), and alias_of
///   joins its two arguments.
/// Place clusters get their GeoNames id from `PlaceResolver`; two place clusters with one id are one.
struct NameClusterer {
    var resolver = PlaceResolver()

    /// The labels that get clusters, as a one-byte enum (comparing `EntityLabel`s compares strings).
    enum Kind: UInt8 {
        case person, org, gpe, loc, fac, norp, event, law

        /// Through `LabelMask`, which compares the label string once: a `switch` over `EntityLabel`s
        /// compared it with each case in turn (four string comparisons an entity on average).
        init?(_ label: EntityLabel) {
            switch LabelMask(label) {
            case .person: self = .person
            case .org: self = .org
            case .gpe: self = .gpe
            case .loc: self = .loc
            case .fac: self = .fac
            case .norp: self = .norp
            case .event: self = .event
            case .law: self = .law
            default: return nil
            }
        }

        /// The family within which names may join: GPE and LOC spell the same place in different roles.
        var family: Kind { self == .loc ? .gpe : self }
        var isPlace: Bool { self == .gpe || self == .loc || self == .fac }
    }

    struct Result {
        /// For each entity, the index of its cluster in `clusters` (nil for other labels).
        var clusterOf: [Int?]
        var clusters: [Cluster]
    }

    struct Cluster {
        /// Entity indexes in text order.
        var members: [Int]
        var label: EntityLabel
        var name: String
        var geonames: Int?
    }

    func cluster(_ document: Document) -> Result {
        let entities = document.entities
        let n = entities.count
        var forms: [NameForm?] = Array(repeating: nil, count: n)
        var kinds: [Kind?] = Array(repeating: nil, count: n)
        var items: [Int] = []
        items.reserveCapacity(n)
        // Every name's words in one array, read first; the forms are stretches of it.
        var storage: [NameForm.Word] = []
        storage.reserveCapacity(2 * n + 8)
        var reads = [NameForm.Read](repeating: NameForm.Read(words: 0..<0, isAcronym: false, length: 0), count: n)
        for i in 0..<n {
            guard let kind = Kind(entities[i].label) else { continue }
            let read = NameForm.read(entities[i].text, into: &storage)
            guard !read.words.isEmpty else { continue }
            reads[i] = read
            kinds[i] = kind
            items.append(i)
        }
        for i in items { forms[i] = NameForm(reads[i], in: storage) }
        var sets = DisjointSets(n)
        let index = EntityIndex(entities)
        clusterPeople(entities, forms, kinds, items, document, index, &sets)
        clusterNames(forms, kinds, items, &sets)
        linkAliases(document, forms, kinds, index, &sets)
        joinAcrossLabels(forms, kinds, items, &sets)
        let geonames = resolvePlaces(document, kinds, items, &sets)
        return collect(entities, forms, kinds, items, &sets, geonames)
    }

    // MARK: people

    private struct Person {
        var root: Int
        /// Mentions so far: a bare surname goes to the most mentioned person of that name.
        var mentions: Int
        var given: NameForm.Word?
        var middle: [NameForm.Word]
        var surname: NameForm.Word
        var lastMention: Int
        /// Folded titles seen right before its mentions ("president"), as name keys.
        var titles: [UInt64]
    }

    private func clusterPeople(
        _ entities: [Entity], _ forms: [NameForm?], _ kinds: [Kind?], _ items: [Int], _ document: Document,
        _ index: EntityIndex, _ sets: inout DisjointSets
    ) {
        var people: [Person] = []
        let titleOf = titlesByPerson(document, kinds, index)
        for i in items where kinds[i] == .person {
            guard let form = forms[i], let name = PersonName(form) else { continue }
            var titles = titleOf[i] ?? []
            if let h = name.honorific { titles.append(h) }
            let k: Int?
            if let given = name.given {
                k = joinFullName(given, name.middle, name.surname, &people)
            } else {
                k = joinSingleName(name.surname, titles: titles, people)
            }
            if let k {
                sets.union(people[k].root, i)
                people[k].lastMention = i
                people[k].mentions += 1
                people[k].titles += titles
            } else {
                people.append(
                    Person(
                        root: i, mentions: 1, given: name.given, middle: name.middle, surname: name.surname, lastMention: i,
                        titles: titles))
            }
        }
    }

    /// The person a full name joins: the same given and surname (or initial), or a person known so far by
    /// the surname alone, who then gets the given name. The person named last wins a tie.
    private func joinFullName(
        _ given: NameForm.Word, _ middle: [NameForm.Word], _ surname: NameForm.Word, _ people: inout [Person]
    ) -> Int? {
        var pick: Int?
        for (k, p) in people.enumerated() where p.surname.hash == surname.hash {
            if let g = p.given {
                guard PersonName.compatible(g, given), PersonName.middlesCompatible(p.middle, middle) else { continue }
            }
            if pick == nil || people[pick!].lastMention < p.lastMention { pick = k }
        }
        if let k = pick {
            // The fuller name teaches the cluster: "J. Smith" then "John Smith" gives "john".
            if people[k].given == nil || (people[k].given!.length == 1 && given.length > 1) { people[k].given = given }
            if people[k].middle.isEmpty { people[k].middle = middle }
        }
        return pick
    }

    /// The person a one-word name joins: by surname, else by given name; among several, the one whose
    /// title the mention carries, else the one mentioned most so far (the subject of a biography, not
    /// the mother named once), else the one named last.
    private func joinSingleName(_ word: NameForm.Word, titles: [UInt64], _ people: [Person]) -> Int? {
        var bySurname = people.indices.filter { people[$0].surname.hash == word.hash }
        if bySurname.isEmpty { bySurname = people.indices.filter { people[$0].given?.hash == word.hash } }
        guard !bySurname.isEmpty else { return nil }
        if bySurname.count > 1, !titles.isEmpty {
            let titled = bySurname.filter { k in people[k].titles.contains { titles.contains($0) } }
            if !titled.isEmpty { bySurname = titled }
        }
        return bySurname.max {
            (people[$0].mentions, people[$0].lastMention) < (people[$1].mentions, people[$1].lastMention)
        }
    }

    /// The titles of each PERSON mention: a TITLE or an honorific right before it ("President Aliyev",
    /// "Mr. Smith"), and its has_title relations.
    private func titlesByPerson(_ document: Document, _ kinds: [Kind?], _ index: EntityIndex) -> [Int: [UInt64]] {
        let entities = document.entities
        var out: [Int: [UInt64]] = [:]
        for i in entities.indices where i > 0 && kinds[i] == .person {
            // The fields read in place: `let t = entities[i - 1]` copied the whole entity per person mention.
            if entities[i].start - entities[i - 1].end <= 1, LabelMask(entities[i - 1].label) == .title {
                out[i, default: []].append(NameForm(entities[i - 1].text).key)
            }
        }
        for r in document.relations where r.type == .hasTitle {
            guard let h = index.find(r.head, entities), let t = index.find(r.tail, entities), kinds[h] == .person
            else { continue }
            out[h, default: []].append(NameForm(entities[t].text).key)
        }
        return out
    }

    // MARK: other names

    /// A name key within a family.
    @inline(__always)
    private static func familyKey(_ key: UInt64, _ kind: Kind) -> UInt64 {
        key ^ (UInt64(kind.family.rawValue + 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    private func clusterNames(_ forms: [NameForm?], _ kinds: [Kind?], _ items: [Int], _ sets: inout DisjointSets) {
        var byKey = KeyMap(capacity: items.count)
        var acronyms = 0
        var organizations = 0
        for i in items {
            guard let kind = kinds[i], kind != .person, let form = forms[i] else { continue }
            if form.isAcronym { acronyms += 1 }
            if kind == .org { organizations += 1 }
            let key = Self.familyKey(Self.canonicalKey(form, kind), kind)
            if let root = byKey[key] { sets.union(root, i) } else { byKey.set(key, i) }
        }
        // Plural demonyms join their singular ("Armenians" / "Armenian").
        for i in items where kinds[i] == .norp {
            guard let singular = forms[i]?.singularKey, let j = byKey[Self.familyKey(singular, .norp)] else { continue }
            sets.union(i, j)
        }
        // Acronyms join the one name of their family whose initials they are.
        var initials = KeyMap()  // key → root, or -1 when two names share the initials
        for i in items where acronyms > 0 {
            guard let kind = kinds[i], kind != .person, let form = forms[i], !form.isAcronym, form.words.count >= 2
            else { continue }
            for s in [form.capitalInitials, form.allInitials] {
                guard let s else { continue }
                let key = Self.familyKey(s, kind)
                let root = sets.find(i)
                if let known = initials[key], known >= 0, sets.find(known) != root {
                    initials.set(key, -1)
                } else if initials[key] == nil {
                    initials.set(key, root)
                }
            }
        }
        if !initials.isEmpty {
            for i in items {
                guard let kind = kinds[i], kind != .person, let form = forms[i], form.isAcronym,
                    let root = initials[Self.familyKey(form.words[0].hash, kind)], root >= 0
                else { continue }
                sets.union(root, i)
            }
        }
        // A short organization name that ends exactly one longer name joins it ("Foreign Ministry" /
        // "Iranian Foreign Ministry" when no other ministry is named; "Pirates" / "Pittsburgh Pirates"); a
        // one-word name only when it is no generic head ("Ministry", "Party").
        var suffixes = KeyMap()  // word suffix of a longer name → its root, or -1 when ambiguous
        for i in items where organizations > 1 && kinds[i] == .org {
            guard let form = forms[i], form.words.count >= 2 else { continue }
            let root = sets.find(i)
            for k in 1..<form.words.count {
                let key = form.key(from: k)
                if let known = suffixes[key], known >= 0, sets.find(known) != root {
                    suffixes.set(key, -1)
                } else if suffixes[key] == nil {
                    suffixes.set(key, root)
                }
            }
        }
        if !suffixes.isEmpty {
            for i in items where kinds[i] == .org {
                guard let form = forms[i], form.words.count >= 2 || !Self.genericHeads.contains(form.words[0].hash),
                    let root = suffixes[form.key], root >= 0
                else { continue }
                sets.union(root, i)
            }
        }
    }

    static let genericHeads = FNV.hashes([
        "ministry", "party", "council", "university", "department", "committee", "army", "company", "bank",
        "group", "agency", "court", "government", "administration", "police", "club", "league", "union",
        "association", "commission", "office", "service", "board", "team", "school", "college", "institute",
    ])

    /// One name tagged with different labels in one document ("Fillmore" PERSON and GPE) is one name: the
    /// mentions of the minority labels join the majority's cluster when that is a single cluster.
    private func joinAcrossLabels(_ forms: [NameForm?], _ kinds: [Kind?], _ items: [Int], _ sets: inout DisjointSets) {
        // First mention of each name, and whether a later one has another family: most names have one.
        var first = KeyMap(capacity: items.count)
        var mixed: [UInt64] = []
        for i in items where kinds[i] != .norp && kinds[i] != .law {
            guard let key = forms[i]?.key else { continue }
            if let j = first[key] {
                if kinds[j]?.family != kinds[i]?.family, !mixed.contains(key) { mixed.append(key) }
            } else {
                first.set(key, i)
            }
        }
        for key in mixed {
            let list = items.filter { kinds[$0] != .norp && kinds[$0] != .law && forms[$0]?.key == key }
            var counts = [Int](repeating: 0, count: 8)
            for i in list { if let k = kinds[i]?.family { counts[Int(k.rawValue)] += 1 } }
            var major = 0
            for k in counts.indices where counts[k] > counts[major] { major = k }
            let majority = list.filter { kinds[$0].map { Int($0.family.rawValue) } == major }
            guard let m = majority.first else { continue }
            let root = sets.find(m)
            guard majority.allSatisfy({ sets.find($0) == root }) else { continue }
            for i in list where kinds[i].map({ Int($0.family.rawValue) }) != major { sets.union(root, i) }
        }
    }

    /// The key a name is grouped by: the folded name, without "Republic of" and the like for places and
    /// without company suffixes for organizations.
    static func canonicalKey(_ form: NameForm, _ kind: Kind) -> UInt64 {
        let w = form.words
        if kind == .gpe, w.count > 2, w[1].hash == PersonName.of, statePrefixes.contains(w[0].hash) {
            return form.key(from: w[2].hash == NameForm.the && w.count > 3 ? 3 : 2)
        }
        if kind == .org, w.count > 1, companySuffixes.contains(w[w.count - 1].hash) {
            return NameForm.combine(w.dropLast())
        }
        return form.key
    }

    static let statePrefixes = FNV.hashes(["republic", "kingdom", "state", "commonwealth", "principality"])
    static let companySuffixes = FNV.hashes([
        "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "nv", "bv", "limited",
    ])

    private func linkAliases(
        _ document: Document, _ forms: [NameForm?], _ kinds: [Kind?], _ index: EntityIndex, _ sets: inout DisjointSets
    ) {
        for r in document.relations where r.type == .aliasOf {
            guard let h = index.find(r.head, document.entities), let t = index.find(r.tail, document.entities),
                let kh = kinds[h], kh == kinds[t], forms[h] != nil, forms[t] != nil
            else { continue }
            sets.union(h, t)
        }
    }

    // MARK: places

    /// GeoNames ids by cluster root (by entity index; empty when the document has no place to resolve);
    /// place clusters resolved to one id are joined. Keys in `KeyMap`s and ids in an array, not
    /// dictionaries, whose SipHash of every key cost more than the lookups themselves.
    private func resolvePlaces(
        _ document: Document, _ kinds: [Kind?], _ items: [Int], _ sets: inout DisjointSets
    ) -> [Int?] {
        let entities = document.entities
        let places = items.filter { kinds[$0]?.isPlace == true }
        guard !places.isEmpty, !resolver.table.isEmpty else { return [] }
        var groupOf = [Int](repeating: -1, count: entities.count)
        var groups: [PlaceResolver.Group] = []
        var roots: [Int] = []
        var seenNames: [[UInt64]] = []
        var candidateLists: [[PlaceCandidate]] = []
        var listOfName = KeyMap()  // folded name hash → its index in `candidateLists`
        func placeKey(_ i: Int) -> UInt64 {
            entities[i].text.withUTF8Bytes { PlaceTable.hash(folding: $0) }
        }
        func candidates(_ key: UInt64) -> [PlaceCandidate] {
            if let k = listOfName[key] { return candidateLists[k] }
            let c = resolver.table.candidates(foldedHash: key)
            listOfName.set(key, candidateLists.count)
            candidateLists.append(c)
            return c
        }
        let dateline = Self.datelineIndex(document, places)
        for i in places {
            let root = sets.find(i)
            var g = groupOf[root]
            if g < 0 {
                g = groups.count
                groupOf[root] = g
                groups.append(PlaceResolver.Group(candidates: []))
                roots.append(root)
                seenNames.append([])
            }
            let key = placeKey(i)
            if !seenNames[g].contains(key) {
                seenNames[g].append(key)
                groups[g].candidates += candidates(key)
            }
            if i == dateline { groups[g].isDateline = true }
            // ", X" right after the mention, X a place: its container ("Springfield, Ill.").
            if i + 1 < entities.count, let next = kinds[i + 1], next == .gpe || next == .loc,
                Self.isCommaGap(document, from: entities[i].end, to: entities[i + 1].start)
            {
                let c = candidates(placeKey(i + 1)).filter { $0.kind == .country || $0.kind == .region }
                if !c.isEmpty { groups[g].containers.append(c) }
            }
        }
        let chosen = resolver.resolve(groups)
        var out = [Int?](repeating: nil, count: entities.count)
        var rootById = KeyMap()
        for (g, pick) in chosen.enumerated() {
            guard let pick, pick.id != 0 else { continue }
            let id = UInt64(UInt(bitPattern: pick.id))
            if let other = rootById[id] {
                sets.union(other, roots[g])
            } else {
                rootById.set(id, roots[g])
            }
        }
        for (g, pick) in chosen.enumerated() {
            if let pick, pick.id != 0 { out[sets.find(roots[g])] = pick.id }
        }
        return out
    }

    /// The text between two mentions is a comma with spaces around it.
    static func isCommaGap(_ document: Document, from: Int, to: Int) -> Bool {
        guard to > from, to - from <= 3 else { return false }
        let gap = document.text(of: Span(from, to))
        return gap.utf8.first == UInt8(ascii: ",") && gap.utf8.dropFirst().allSatisfy { $0 == 0x20 }
    }

    /// The entity index of a dateline place: the first place of the document when it opens a line and is
    /// followed (after its ", STATE") by a dash or an opening bracket ("BUFFALO, N.Y. —", "LONDON (Reuters) -").
    static func datelineIndex(_ document: Document, _ places: [Int]) -> Int? {
        guard let i = places.first else { return nil }
        let entities = document.entities
        let e = entities[i]
        guard e.start < 400 else { return nil }
        if e.start > 0 {
            let before = document.text(of: Span(e.start - 1, e.start))
            guard before == "\n" else { return nil }
        }
        var end = e.end
        if i + 1 < entities.count, isCommaGap(document, from: e.end, to: entities[i + 1].start) {
            end = entities[i + 1].end
        }
        let after = document.text(of: Span(end, min(end + 3, document.offsets.scalarCount)))
        let trimmed = after.drop { $0 == " " }
        guard let c = trimmed.unicodeScalars.first else { return nil }
        return ["—", "–", "-", "("].contains(c) ? i : nil
    }

    // MARK: output

    private func collect(
        _ entities: [Entity], _ forms: [NameForm?], _ kinds: [Kind?], _ items: [Int], _ sets: inout DisjointSets,
        _ geonames: [Int?]
    ) -> Result {
        var clusterOf: [Int?] = Array(repeating: nil, count: entities.count)
        var clusters: [Cluster] = []
        var indexOfRoot = [Int](repeating: -1, count: entities.count)
        for i in items {
            let root = sets.find(i)
            let k = indexOfRoot[root]
            if k >= 0 {
                clusters[k].members.append(i)
                clusterOf[i] = k
            } else {
                indexOfRoot[root] = clusters.count
                clusterOf[i] = clusters.count
                clusters.append(
                    Cluster(
                        members: [i], label: entities[i].label, name: "",
                        geonames: geonames.isEmpty ? nil : geonames[root]))
            }
        }
        for k in clusters.indices {
            let members = clusters[k].members
            var best = members[0]
            var label = members[0]
            if members.count > 1 {
                label = Self.majority(members, kinds)
                for i in members.dropFirst() where Self.rank(forms[i]) > Self.rank(forms[best]) { best = i }
            }
            clusters[k].label = entities[label].label
            clusters[k].name = entities[best].text
            // A person or organization some of whose mentions were tagged as places is no place.
            if kinds[label]?.isPlace != true { clusters[k].geonames = nil }
        }
        return Result(clusterOf: clusterOf, clusters: clusters)
    }

    /// A member whose label most members have; the first such on a tie.
    static func majority(_ members: [Int], _ kinds: [Kind?]) -> Int {
        var counts = [Int](repeating: 0, count: 8)
        for i in members { if let k = kinds[i] { counts[Int(k.rawValue)] += 1 } }
        var best = members[0]
        for i in members {
            if let k = kinds[i], let b = kinds[best], counts[Int(k.rawValue)] > counts[Int(b.rawValue)] { best = i }
        }
        return best
    }

    /// The most complete mention: not an acronym when a full name exists, then the most words, then the
    /// longest text.
    static func rank(_ form: NameForm?) -> (Int, Int, Int) {
        guard let f = form else { return (0, 0, 0) }
        return (f.isAcronym ? 0 : 1, f.words.count, f.length)
    }
}

/// Entity index by id: "T12" is entity 11 once the entities are numbered in order (checked), else a lookup.
struct EntityIndex {
    private var byID: [String: Int]?

    init(_ entities: [Entity]) {
        if entities.indices.allSatisfy({ Self.number(entities[$0].id) == $0 + 1 }) { return }
        var map: [String: Int] = [:]
        for (k, e) in entities.enumerated() where !e.id.isEmpty { map[e.id] = k }
        byID = map
    }

    func find(_ id: String, _ entities: [Entity]) -> Int? {
        if let byID { return byID[id] }
        guard let n = Self.number(id), n >= 1, n <= entities.count else { return nil }
        return n - 1
    }

    /// The number of an id "T12", or nil. Reads the string's bytes in place: `utf8.enumerated()` went
    /// through the generic iterator, byte by byte (10 M instructions a MB, every entity of every document).
    static func number(_ id: String) -> Int? {
        id.withUTF8Bytes { bytes -> Int? in
            guard let first = bytes.first, first == UInt8(ascii: "T"), bytes.count > 1, bytes.count <= 19 else {
                return nil
            }
            var n = 0
            for k in 1..<bytes.count {
                let b = bytes[k]
                guard b >= 0x30, b <= 0x39 else { return nil }
                n = n * 10 + Int(b - 0x30)
            }
            return n
        }
    }
}

/// Union-find over entity indexes, with path halving.
struct DisjointSets {
    private var parent: [Int]

    init(_ n: Int) { parent = Array(0..<n) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    /// Joins the sets of `a` and `b`; the smaller index stays the root (the earlier mention).
    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
