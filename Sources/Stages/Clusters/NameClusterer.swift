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

    /// Labels that get clusters.
    static let labels: Set<EntityLabel> = [.person, .org, .gpe, .loc, .fac, .norp, .event, .law]

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
        var items: [Int] = []
        for i in 0..<n where Self.labels.contains(entities[i].label) {
            let f = NameForm(entities[i].text)
            guard !f.key.isEmpty else { continue }
            forms[i] = f
            items.append(i)
        }
        var sets = DisjointSets(n)
        clusterPeople(entities, forms, items, document, &sets)
        clusterNames(entities, forms, items, &sets)
        linkAliases(document, forms, &sets)
        joinAcrossLabels(entities, forms, items, &sets)
        let geonames = resolvePlaces(document, forms, items, &sets)
        return collect(entities, forms, items, &sets, geonames)
    }

    // MARK: people

    private struct Person {
        var root: Int
        /// Mentions so far: a bare surname goes to the most mentioned person of that name.
        var mentions: Int
        var given: Substring?
        var middle: [Substring]
        var surname: Substring
        var lastMention: Int
        /// Folded titles seen right before its mentions ("president").
        var titles: Set<String>
    }

    private func clusterPeople(
        _ entities: [Entity], _ forms: [NameForm?], _ items: [Int], _ document: Document, _ sets: inout DisjointSets
    ) {
        var people: [Person] = []
        var titleOf = titlesByPerson(document)
        for i in items where entities[i].label == .person {
            guard let form = forms[i], let name = PersonName(form) else { continue }
            var titles = titleOf[i] ?? []
            if let h = name.honorific { titles.insert(String(h)) }
            titleOf[i] = nil
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
                people[k].titles.formUnion(titles)
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
        _ given: Substring, _ middle: [Substring], _ surname: Substring, _ people: inout [Person]
    ) -> Int? {
        var pick: Int?
        for (k, p) in people.enumerated() where p.surname == surname {
            if let g = p.given {
                guard PersonName.compatible(g, given), PersonName.middlesCompatible(p.middle, middle) else { continue }
            }
            if pick == nil || people[pick!].lastMention < p.lastMention { pick = k }
        }
        if let k = pick {
            // The fuller name teaches the cluster: "J. Smith" then "John Smith" gives "john".
            if people[k].given == nil || (people[k].given!.count == 1 && given.count > 1) { people[k].given = given }
            if people[k].middle.isEmpty { people[k].middle = middle }
        }
        return pick
    }

    /// The person a one-word name joins: by surname, else by given name; among several, the one whose
    /// title the mention carries, else the one mentioned most so far (the subject of a biography, not
    /// the mother named once), else the one named last.
    private func joinSingleName(_ word: Substring, titles: Set<String>, _ people: [Person]) -> Int? {
        var bySurname = people.indices.filter { people[$0].surname == word }
        if bySurname.isEmpty { bySurname = people.indices.filter { people[$0].given == word } }
        guard !bySurname.isEmpty else { return nil }
        if bySurname.count > 1, !titles.isEmpty {
            let titled = bySurname.filter { !people[$0].titles.isDisjoint(with: titles) }
            if !titled.isEmpty { bySurname = titled }
        }
        return bySurname.max {
            (people[$0].mentions, people[$0].lastMention) < (people[$1].mentions, people[$1].lastMention)
        }
    }

    /// The titles of each PERSON mention: a TITLE or an honorific right before it ("President Aliyev",
    /// "Mr. Smith"), and its has_title relations.
    private func titlesByPerson(_ document: Document) -> [Int: Set<String>] {
        let entities = document.entities
        var out: [Int: Set<String>] = [:]
        for i in entities.indices where entities[i].label == .person && i > 0 {
            let t = entities[i - 1]
            if t.label == .title, entities[i].start - t.end <= 1 {
                out[i, default: []].insert(NameForm(t.text).key)
            }
        }
        let relations = document.relations.filter { $0.type == .hasTitle }
        if !relations.isEmpty {
            var index: [String: Int] = [:]
            for (i, e) in entities.enumerated() where !e.id.isEmpty { index[e.id] = i }
            for r in relations {
                guard let h = index[r.head], let t = index[r.tail], entities[h].label == .person else { continue }
                out[h, default: []].insert(NameForm(entities[t].text).key)
            }
        }
        return out
    }

    // MARK: other names

    /// The family within which names may join: GPE and LOC spell the same place in different roles.
    private static func family(_ label: EntityLabel) -> EntityLabel { label == .loc ? .gpe : label }

    private func clusterNames(_ entities: [Entity], _ forms: [NameForm?], _ items: [Int], _ sets: inout DisjointSets) {
        var byKey: [String: Int] = [:]
        var keyOf: [Int: String] = [:]
        for i in items where entities[i].label != .person {
            guard let form = forms[i] else { continue }
            let key = Self.family(entities[i].label).rawValue + "|" + Self.canonicalKey(form, entities[i].label)
            keyOf[i] = key
            if let root = byKey[key] { sets.union(root, i) } else { byKey[key] = i }
        }
        // Plural demonyms join their singular ("Armenians" / "Armenian").
        for (key, i) in byKey where entities[i].label == .norp && key.hasSuffix("s") {
            if let j = byKey[String(key.dropLast())] { sets.union(i, j) }
        }
        // Acronyms join the one name of their family whose initials they are.
        var initials: [String: [Int]] = [:]
        for (key, i) in byKey {
            guard let form = forms[i], !form.isAcronym, form.words.count >= 2 else { continue }
            let family = key.prefix { $0 != "|" }
            for s in Set([form.capitalInitials, form.allInitials]) where s.count >= 2 {
                initials[family + "|" + s, default: []].append(i)
            }
        }
        for i in items where entities[i].label != .person {
            guard let form = forms[i], form.isAcronym else { continue }
            let family = Self.family(entities[i].label).rawValue
            guard let targets = initials[family + "|" + form.key] else { continue }
            let roots = Set(targets.map { sets.find($0) })
            if roots.count == 1, let r = roots.first { sets.union(r, i) }
        }
        // A short organization name that ends exactly one longer name joins it ("Foreign Ministry" /
        // "Iranian Foreign Ministry" when no other ministry is named; "Pirates" / "Pittsburgh Pirates"); a
        // one-word name only when it is no generic head ("Ministry", "Party").
        let orgKeys = byKey.filter { entities[$0.value].label == .org }
        for (key, i) in orgKeys {
            guard let form = forms[i], form.words.count >= 2 || !Self.genericHeads.contains(form.key) else { continue }
            let suffix = " " + key.drop { $0 != "|" }.dropFirst()
            let longer = orgKeys.filter { $0.key.hasSuffix(suffix) }.map { sets.find($0.value) }
            if Set(longer).count == 1, let r = longer.first { sets.union(r, i) }
        }
    }

    static let genericHeads: Set<String> = [
        "ministry", "party", "council", "university", "department", "committee", "army", "company", "bank",
        "group", "agency", "court", "government", "administration", "police", "club", "league", "union",
        "association", "commission", "office", "service", "board", "team", "school", "college", "institute",
    ]

    /// One name tagged with different labels in one document ("Fillmore" PERSON and GPE) is one name:
    /// the mentions of the minority labels join the majority's cluster when that is a single cluster.
    private func joinAcrossLabels(_ entities: [Entity], _ forms: [NameForm?], _ items: [Int], _ sets: inout DisjointSets) {
        var byKey: [String: [Int]] = [:]
        for i in items where entities[i].label != .norp && entities[i].label != .law {
            guard let form = forms[i], !form.key.isEmpty else { continue }
            byKey[form.key, default: []].append(i)
        }
        for (_, list) in byKey where list.count > 1 {
            let families = Set(list.map { Self.family(entities[$0].label) })
            guard families.count > 1 else { continue }
            var counts: [EntityLabel: Int] = [:]
            for i in list { counts[Self.family(entities[i].label), default: 0] += 1 }
            guard let major = counts.max(by: { ($0.value, $1.key.rawValue) < ($1.value, $0.key.rawValue) })?.key
            else { continue }
            let majority = list.filter { Self.family(entities[$0].label) == major }
            let roots = Set(majority.map { sets.find($0) })
            guard roots.count == 1, let root = roots.first else { continue }
            for i in list where Self.family(entities[i].label) != major { sets.union(root, i) }
        }
    }

    /// The key a name is grouped by: the folded name, without "Republic of" and the like for places and
    /// without company suffixes for organizations.
    static func canonicalKey(_ form: NameForm, _ label: EntityLabel) -> String {
        var key = Substring(form.key)
        if label == .gpe {
            for prefix in ["republic of ", "kingdom of ", "state of ", "commonwealth of ", "principality of "] {
                if key.hasPrefix(prefix), key.count > prefix.count {
                    key = key.dropFirst(prefix.count)
                    break
                }
            }
            if key.hasPrefix("the ") { key = key.dropFirst(4) }
        } else if label == .org, form.words.count > 1, let last = form.words.last, companySuffixes.contains(last) {
            key = key.dropLast(last.count + 1)
        }
        return String(key)
    }

    static let companySuffixes: Set<Substring> = [
        "inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "nv", "bv", "limited",
    ]

    private func linkAliases(_ document: Document, _ forms: [NameForm?], _ sets: inout DisjointSets) {
        let aliases = document.relations.filter { $0.type == .aliasOf }
        guard !aliases.isEmpty else { return }
        var index: [String: Int] = [:]
        for (i, e) in document.entities.enumerated() where !e.id.isEmpty { index[e.id] = i }
        for r in aliases {
            guard let h = index[r.head], let t = index[r.tail], forms[h] != nil, forms[t] != nil,
                document.entities[h].label == document.entities[t].label
            else { continue }
            sets.union(h, t)
        }
    }

    // MARK: places

    /// GeoNames ids by cluster root; place clusters resolved to one id are joined.
    private func resolvePlaces(
        _ document: Document, _ forms: [NameForm?], _ items: [Int], _ sets: inout DisjointSets
    ) -> [Int: Int] {
        let entities = document.entities
        let places = items.filter { [.gpe, .loc, .fac].contains(entities[$0].label) }
        guard !places.isEmpty, !resolver.table.isEmpty else { return [:] }
        var groupOf: [Int: Int] = [:]
        var groups: [PlaceResolver.Group] = []
        var roots: [Int] = []
        var seenNames: [Set<String>] = []
        var candidatesByName: [String: [PlaceCandidate]] = [:]
        func candidates(_ i: Int) -> [PlaceCandidate] {
            let text = entities[i].text
            if let c = candidatesByName[text] { return c }
            let c = resolver.table.candidates(text)
            candidatesByName[text] = c
            return c
        }
        let dateline = Self.datelineIndex(document, places)
        for i in places {
            let root = sets.find(i)
            let g: Int
            if let known = groupOf[root] {
                g = known
            } else {
                g = groups.count
                groupOf[root] = g
                groups.append(PlaceResolver.Group(candidates: []))
                roots.append(root)
                seenNames.append([])
            }
            if seenNames[g].insert(entities[i].text).inserted { groups[g].candidates += candidates(i) }
            if i == dateline { groups[g].isDateline = true }
            // ", X" right after the mention, X a place: its container ("Springfield, Ill.").
            if i + 1 < entities.count, [.gpe, .loc].contains(entities[i + 1].label),
                Self.isCommaGap(document, from: entities[i].end, to: entities[i + 1].start)
            {
                let c = candidates(i + 1).filter { $0.kind == .country || $0.kind == .region }
                if !c.isEmpty { groups[g].containers.append(c) }
            }
        }
        let chosen = resolver.resolve(groups)
        var out: [Int: Int] = [:]
        var rootById: [Int: Int] = [:]
        for (g, pick) in chosen.enumerated() {
            guard let pick, pick.id != 0 else { continue }
            if let other = rootById[pick.id] {
                sets.union(other, roots[g])
            } else {
                rootById[pick.id] = roots[g]
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
        _ entities: [Entity], _ forms: [NameForm?], _ items: [Int], _ sets: inout DisjointSets, _ geonames: [Int: Int]
    ) -> Result {
        var clusterOf: [Int?] = Array(repeating: nil, count: entities.count)
        var clusters: [Cluster] = []
        var indexOfRoot: [Int: Int] = [:]
        for i in items {
            let root = sets.find(i)
            if let k = indexOfRoot[root] {
                clusters[k].members.append(i)
                clusterOf[i] = k
            } else {
                indexOfRoot[root] = clusters.count
                clusterOf[i] = clusters.count
                clusters.append(Cluster(members: [i], label: entities[i].label, name: "", geonames: geonames[root]))
            }
        }
        for k in clusters.indices {
            let members = clusters[k].members
            clusters[k].label = Self.majorityLabel(members.map { entities[$0].label })
            clusters[k].name = Self.mostComplete(members, entities, forms)
            // A person or organization some of whose mentions were tagged as places is no place.
            if ![.gpe, .loc, .fac].contains(clusters[k].label) { clusters[k].geonames = nil }
        }
        return Result(clusterOf: clusterOf, clusters: clusters)
    }

    /// The label most mentions have; the first mention's on a tie.
    static func majorityLabel(_ labels: [EntityLabel]) -> EntityLabel {
        var counts: [EntityLabel: Int] = [:]
        for l in labels { counts[l, default: 0] += 1 }
        var best = labels[0]
        for l in labels where counts[l]! > counts[best]! { best = l }
        return best
    }

    /// The most complete mention: not an acronym when a full name exists, then the most words, then the
    /// longest text; the first such mention on a tie.
    static func mostComplete(_ members: [Int], _ entities: [Entity], _ forms: [NameForm?]) -> String {
        var best = members[0]
        func rank(_ i: Int) -> (Int, Int, Int) {
            let f = forms[i]
            return (f?.isAcronym == true ? 0 : 1, f?.words.count ?? 0, entities[i].text.unicodeScalars.count)
        }
        for i in members.dropFirst() where rank(i) > rank(best) { best = i }
        return entities[best].text
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
