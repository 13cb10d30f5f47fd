import Pipeline

/// Structure of a sentence that decides which relations its mentions can have, whatever a pattern or the
/// classifier says: lists, the place hierarchy, and the reading order of titles. Facts are kept per entity
/// of the document (filled sentence by sentence), so that the inferences run after the last sentence
/// (containers, parenthesized partners) obey them too.
///
/// - Coordinated places are not chains: in "Bosnia and Herzegovina, Slovakia, Republic of Ireland", no
///   member lies in another. A run of places joined by commas and conjunctions is cut into steps; a comma
///   step is a container step ("Lyon, France") when the hierarchy knows the second place holds the first,
///   or is of a higher level, and a list step when the two are states or countries of one level or the
///   second is smaller, when a conjunction follows in the run ("Iran, Iraq and Syria"), or when it
///   continues such a list step; two towns stay open ("Coney Island, Brooklyn" is a district and its city).
///   located_in within a run follows the reading order along list steps then container steps only:
///   "Lerwick and Kirkwall, Scotland" puts both towns in Scotland, "Dayton, Ohio, and Austin, Texas" puts
///   Austin in Texas and not in Ohio.
/// - Direction follows the hierarchy: a place is never located in a place of a lower level in every
///   reading ("Austria-Hungary in Sarajevo" is no located_in), nor in a country the table knows it is not
///   in ("Dayton" and "France").
/// - "The West", "the East": a bloc or a direction is in no located_in.
/// - A title directly before a name is that name's ("Senator Jane Roe"), not the title of a name before it.
/// - "Russia expert Fiona Hill": a place before a subject noun (expert, analyst, envoy, ...) names a
///   subject, not an employer or a home.
/// - "New Jersey Sen. Cory Roe", "U.S. Attorney Ana Ruiz": a place before a title and its holder is the
///   office's seat, not the holder's home (no lives_in; works_for stays possible).
/// - A "person" whose last word is an organization or event noun ("League" of "Premier League") is an
///   entity error: no relation needs it as a person.
/// - Members of one coordination ("Google, Apple and Microsoft") are not part of nor aliases of each other,
///   nor did one kill another.
struct EntityFacts {
    enum Step: UInt8 { case list, container }

    /// Coarse label of each entity (`Coarse`), filled for all at once.
    private(set) var coarse: [UInt8]
    /// Hash of each entity's last word (`WordHash`, the entity item's `word`), 0 until its sentence is seen.
    private(set) var lastWord: [UInt64]
    /// Place hierarchy reading of each place entity.
    private(set) var place: [PlaceHierarchy.Entry]
    /// Place runs: entity → run number and index in it; steps of each run.
    private var placeRun: [Int32]
    private var placeRunIndex: [Int32]
    private var runSteps: [[Step]] = []
    /// Coordination (with a conjunction) an entity belongs to, -1 when none.
    private var coordination: [Int32]
    private var coordinations = 0
    /// TITLE entity → the PERSON right after it.
    private var premodified: [Int32]
    /// Place entity → the person it is the subject of ("Russia expert X").
    private var subjectOf: [Int32]
    /// Place entity → the person whose office it qualifies ("New Jersey Sen. Cory Roe", "Utah's Gov. X", "King
    /// Hussein of Jordan") or whom it names as its own ("Iraq's Saddam Hussein"): the office's seat, which says
    /// where the person works (works_for), not where the person lives.
    private var officeHolder: [Int32]
    private let hierarchy: PlaceHierarchy
    /// Places named by a compass word alone ("the West", "the East"): a bloc or a direction, which no
    /// sentence puts inside another place or another place inside it.
    private var compassOnly: [Bool]
    /// Places where a meeting or a visit happens ("met Ana Ruiz in Lyon, France"): no one lives there by
    /// that sentence.
    private var meetingPlace: [Bool]
    /// Places after "of" right after a person in sports news ("Raven Klaasen of South Africa"): the country
    /// the player represents, which says neither where the player lives nor who employs the player.
    private var representedPlace: [Bool]
    /// Whether the document reads as sports news (`SportsScores`), found on the first "person of place".
    private var sports: Bool?

    enum Coarse {
        static let person: UInt8 = 0
        static let org: UInt8 = 1
        static let place: UInt8 = 2
        static let title: UInt8 = 3
        static let other: UInt8 = 4
        static let names = ["PERSON", "ORG", "PLACE", "TITLE", "OTHER"]

        static func of(_ label: LabelMask) -> UInt8 {
            switch label {
            case .person: person
            case .org: org
            case .gpe, .loc, .fac: place
            case .title: title
            default: other
            }
        }
    }

    init(_ document: Document, hierarchy: PlaceHierarchy = .shared) {
        let entities = document.entities
        let n = entities.count
        // One walk by index reading the two fields: `map` over the entities copied each whole `Entity`
        // (retaining and releasing its strings) twice.
        var coarse = [UInt8](repeating: Coarse.other, count: n)
        var compassOnly = [Bool](repeating: false, count: n)
        for i in 0..<n {
            let label = LabelMask(entities[i].label)
            coarse[i] = Coarse.of(label)
            if label == .loc, entities[i].text.utf8.count <= 5 {
                compassOnly[i] = Self.compassWords.contains(entities[i].text.lowercased())
            }
        }
        self.coarse = coarse
        self.compassOnly = compassOnly
        meetingPlace = [Bool](repeating: false, count: n)
        representedPlace = [Bool](repeating: false, count: n)
        lastWord = [UInt64](repeating: 0, count: n)
        place = [PlaceHierarchy.Entry](repeating: .unknown, count: n)
        placeRun = [Int32](repeating: -1, count: n)
        placeRunIndex = [Int32](repeating: -1, count: n)
        coordination = [Int32](repeating: -1, count: n)
        premodified = [Int32](repeating: -1, count: n)
        subjectOf = [Int32](repeating: -1, count: n)
        officeHolder = [Int32](repeating: -1, count: n)
        self.hierarchy = hierarchy
    }

    static let compassWords: Set<String> = ["west", "east", "north", "south"]

    static let comma = WordHash.of(",")
    static let and = WordHash.of("and")
    static let or = WordHash.of("or")
    static let ampersand = WordHash.of("&")
    static let of = WordHash.of("of")
    static let hyphen = WordHash.of("-")
    /// "'s" (WordHash folds "’s" to it).
    static let possessive = WordHash.of("'s")
    static let topic = WordClasses.bit("topic")
    static let modifier = WordClasses.bit("mod")
    static let notPerson = WordClasses.bit("notperson")

    /// Reads the sentence `items[range]`: last words and places of its entities, its runs and
    /// coordinations, its titles and subject phrases.
    mutating func note(_ items: [SentenceItem], _ range: Range<Int>, _ document: Document) {
        // Levels matter only between two places (a run, a located_in, the features of a pair of places):
        // a sentence with one place does not look it up (`mayDecideAlone` looks up its own, rarely).
        var places = 0
        for i in range where items[i].entity >= 0 && coarse[Int(items[i].entity)] == Coarse.place { places += 1 }
        for i in range where items[i].entity >= 0 {
            let e = Int(items[i].entity)
            guard coarse[e] <= Coarse.title else { continue }
            lastWord[e] = items[i].word
            if places >= 2, coarse[e] == Coarse.place {
                place[e] = document.entities[e].text.withUTF8Bytes { hierarchy.entry($0) }
            }
        }
        noteRuns(items, range)
        noteTitlesAndSubjects(items, range)
        noteMeetingPlaces(items, range)
        noteRepresentedPlaces(items, range, document)
    }

    /// Whether a relation of type `code` may join `head` to `tail` (entity indices).
    func allows(_ code: Int, head: Int, tail: Int) -> Bool {
        if notAPerson(head) || notAPerson(tail) { return false }
        switch code {
        case RelationCode.hasTitle:
            // The title before a name is that name's, and its coordinated names' ("Presidents Putin and
            // Erdogan").
            let owner = premodified[tail]
            return owner < 0 || Int(owner) == head || coordinated(Int(owner), head)
        case RelationCode.worksFor:
            return Int(subjectOf[tail]) != head && !representedPlace[tail]
        case RelationCode.livesIn:
            return Int(subjectOf[tail]) != head && Int(officeHolder[tail]) != head && !meetingPlace[tail]
                && !isCommaContainer(tail) && !representedPlace[tail]
        case RelationCode.basedIn:
            return !isCommaContainer(tail)
        case RelationCode.locatedIn:
            if compassOnly[head] || compassOnly[tail] { return false }
            let h = place[head]
            let t = place[tail]
            if h.isKnown, t.isKnown, h.lowest > t.highest { return false }
            if hierarchy.excludes(t, h) { return false }
            return runAllows(head, tail)
        case RelationCode.killed:
            return !coordinated(head, tail) && !personBetween(head, tail)
        case RelationCode.partOf, RelationCode.aliasOf:
            return coordination[head] < 0 || coordination[head] != coordination[tail]
        default:
            return true
        }
    }

    /// The outer place of "inner, outer" ("Vevey, Switzerland", "Battle Creek, Mich."): ANNOTATION.md's gold
    /// puts an organization or a person in the inner place only (61 of 61 such pairs of gold/tbaq-news and
    /// gold/aeb-news dev, none with the outer place), and the located_in between the places says the rest; the
    /// classifier, which reads "based in" before both, had put it in both.
    func isCommaContainer(_ e: Int) -> Bool {
        let run = Int(placeRun[e])
        let i = Int(placeRunIndex[e])
        guard run >= 0, i > 0, let step = runSteps[safe: run]?[safe: i - 1] else { return false }
        return step == .container
    }

    /// Whether the classifier may propose the relation without a pattern of its type on the pair: the
    /// place it puts an organization or a person in must be one the place table knows. The tagger's worst place errors are
    /// organizations and products read as places ("Disney, Pixar, Marvel", "on Weibo", "Stadia"), and the
    /// classifier, trained on true places, takes their context for a location's; a pattern's evidence
    /// ("headquartered in X") still reaches a place the table lacks. (Between two places the levels are
    /// features already; the rule cost located_in two points of dev F1 there.)
    /// Asked only of a pair the classifier would accept, so the tail is looked up here, from `document`.
    func mayDecideAlone(_ code: Int, head: Int, tail: Int, in document: Document) -> Bool {
        switch code {
        case RelationCode.basedIn, RelationCode.livesIn:
            return coarse[tail] != Coarse.place || place[tail].isKnown
                || hierarchy.entry(document.entities[tail].text).isKnown
        default:
            return true
        }
    }

    /// Whether a person other than the two, and coordinated with neither, stands between them: "Dale Hurst
    /// told reporters that Ana Ruiz was arrested after shooting Owen Park" says who shot, and it is the
    /// nearer one. Entities are numbered in text order, so the ones between have the numbers between.
    private func personBetween(_ a: Int, _ b: Int) -> Bool {
        let (low, high) = (min(a, b), max(a, b))
        guard high - low > 1 else { return false }
        for k in (low + 1)..<high where coarse[k] == Coarse.person && !coordinated(k, a) && !coordinated(k, b) {
            return true
        }
        return false
    }

    /// A PERSON mention whose last word is an organization or event noun ("Premier League" read as TITLE
    /// + PERSON): not an argument where a person is needed.
    func notAPerson(_ e: Int) -> Bool {
        coarse[e] == Coarse.person && WordClasses.shared.mask(of: lastWord[e]) & Self.notPerson != 0
    }

    /// The place hierarchy: whether `outer` is known to hold `inner`.
    func contains(_ outer: Int, _ inner: Int) -> Bool { hierarchy.contains(place[outer], place[inner]) }

    /// The coordination an entity is a member of, -1 when none.
    func coordination(_ e: Int) -> Int32 { coordination[e] }

    /// Whether two entities are members of one coordination ("A, B and C").
    func coordinated(_ a: Int, _ b: Int) -> Bool { coordination[a] >= 0 && coordination[a] == coordination[b] }

    /// The steps between two members of one place run, or nil when they are not in one run.
    func steps(_ a: Int, _ b: Int) -> ArraySlice<Step>? {
        let run = placeRun[a]
        guard run >= 0, run == placeRun[b] else { return nil }
        let i = Int(placeRunIndex[a])
        let j = Int(placeRunIndex[b])
        return runSteps[Int(run)][min(i, j)..<max(i, j)]
    }

    /// located_in inside a run: head before tail, list steps then at least one container step. A list
    /// hands its container to all its members only when it is a list of bare places: in "Dayton, Ohio, and
    /// Austin, Texas" the list joins Ohio, itself a container, so Texas holds Austin alone.
    private func runAllows(_ head: Int, _ tail: Int) -> Bool {
        guard let steps = steps(head, tail) else {
            // "In Wyoming, snow closed roads near Casper, Natrona": a place written with its container
            // ("inner, outer") has it there; a place outside the run is no container the sentence states.
            let run = Int(placeRun[head])
            let next = Int(placeRunIndex[head])
            if run >= 0, let step = runSteps[safe: run]?[safe: next], step == .container { return false }
            return true
        }
        guard placeRunIndex[head] < placeRunIndex[tail] else { return false }
        var sawContainer = false
        for s in steps {
            if s == .container {
                sawContainer = true
            } else if sawContainer {
                return false
            }
        }
        guard sawContainer else { return false }
        if steps.first == .list, let all = runSteps[safe: Int(placeRun[head])] {
            let before = Int(placeRunIndex[head]) - 1
            if before >= 0, all[before] == .container { return false }
        }
        return true
    }

    // MARK: - Reading a sentence

    /// Runs of argument mentions of one coarse label joined by ",", "and", "or", ", and", "&".
    private mutating func noteRuns(_ items: [SentenceItem], _ range: Range<Int>) {
        var i = range.lowerBound
        while i < range.upperBound {
            let e = items[i].entity
            guard e >= 0, coarse[Int(e)] <= Coarse.place else {
                i += 1
                continue
            }
            let label = coarse[Int(e)]
            var members: [Int] = []
            var conjunctions: [Bool] = []  // per step: joined by a conjunction
            var j = i
            while true {
                var k = j + 1
                var conjunction = false
                if k < range.upperBound, items[k].entity < 0, items[k].word == Self.comma { k += 1 }
                if k < range.upperBound, items[k].entity < 0,
                    items[k].word == Self.and || items[k].word == Self.or || items[k].word == Self.ampersand
                {
                    conjunction = true
                    k += 1
                }
                guard k > j + 1, k < range.upperBound, items[k].entity >= 0, coarse[Int(items[k].entity)] == label
                else { break }
                // Arrays only for a run (most mentions are none).
                if members.isEmpty { members.append(Int(e)) }
                members.append(Int(items[k].entity))
                conjunctions.append(conjunction)
                j = k
            }
            if members.count >= 2 { record(members, conjunctions, label: label) }
            i = j + 1
        }
    }

    private mutating func record(_ members: [Int], _ conjunctions: [Bool], label: UInt8) {
        guard label == Coarse.place else {
            // A coordination: the members up to the last conjunct of the run's last conjunction; commas
            // after it do not continue the list.
            if let last = conjunctions.lastIndex(of: true) {
                let id = Int32(coordinations)
                coordinations += 1
                for m in members[...(last + 1)] { coordination[m] = id }
            }
            return
        }
        enum Kind { case list, container, open }
        var kinds: [Kind] = []
        let lastConjunction = conjunctions.lastIndex(of: true) ?? -1
        for (s, conjunction) in conjunctions.enumerated() {
            if conjunction {
                kinds.append(.list)
                continue
            }
            let a = place[members[s]]
            let b = place[members[s + 1]]
            if hierarchy.contains(b, a) {
                kinds.append(.container)
            } else if a.isKnown, b.isKnown, a.lowest >= b.highest, b.highest >= .state {
                // Two countries, two states: siblings. Two towns may be a district and its city
                // ("Coney Island, Brooklyn"): left open.
                kinds.append(.list)
            } else if a.isKnown, b.isKnown, a.highest < b.lowest {
                kinds.append(.container)
            } else if lastConjunction > s {
                kinds.append(.list)  // "A, B and C"
            } else {
                kinds.append(.open)
            }
        }
        // Two open steps in a row between places the table knows are three places none of which it puts in
        // the next: a list ("Lyon, Nantes, Lille"), not a chain of containers. A single open step stays open
        // ("Coney Island, Brooklyn"), and so do steps to a place the table does not know ("Mesa, Ariz."
        // may be a town and its state written short).
        func knownOpen(_ s: Int) -> Bool {
            s >= 0 && s < kinds.count && kinds[s] == .open && place[members[s]].isKnown && place[members[s + 1]].isKnown
        }
        let openPairs = kinds.indices.filter { s in knownOpen(s) && (knownOpen(s - 1) || knownOpen(s + 1)) }
        for s in openPairs { kinds[s] = .list }
        // An open comma step next to a comma list step continues the list ("Slovakia, Ireland, Atlantis").
        // A step turned into a list is a comma list step itself, so the change spreads along a run of open
        // steps: one pass forward and one backward reach the fixed point (a repeat-until-unchanged loop
        // would make one pass per step of a long run).
        func spread(_ s: Int) {
            guard kinds[s] == .open else { return }
            let before = s > 0 && kinds[s - 1] == .list && !conjunctions[s - 1]
            let after = s + 1 < kinds.count && kinds[s + 1] == .list && !conjunctions[s + 1]
            if before || after { kinds[s] = .list }
        }
        for s in kinds.indices { spread(s) }
        for s in kinds.indices.reversed() { spread(s) }
        let run = Int32(runSteps.count)
        runSteps.append(kinds.map { $0 == .list ? .list : .container })
        for (index, m) in members.enumerated() {
            placeRun[m] = run
            placeRunIndex[m] = Int32(index)
        }
        // Coordinations: the members joined by list steps ("Dayton, Ohio, and Austin, Texas": Ohio and
        // Austin; "Lerwick and Kirkwall, Scotland": Lerwick and Kirkwall).
        var start = 0
        for s in 0...kinds.count {
            if s < kinds.count, kinds[s] == .list { continue }
            if s > start {
                let id = Int32(coordinations)
                coordinations += 1
                for m in members[start...s] { coordination[m] = id }
            }
            start = s + 1
        }
    }

    /// Small lists compared word by word: a `Set` lookup hashed every word item of every sentence.
    static let meetingWords: [UInt64] = ["met", "meet", "meets", "meeting", "talks", "visit", "visits", "visited",
        "visiting", "summit"].map(WordHash.of)
    static let placeIn = WordHash.of("in")
    static let placeAt = WordHash.of("at")

    /// "Maria Lopez met Ana Ruiz in Lyon, France", "during a visit to Ankara": after a meeting or a visit
    /// word, the places after "in" or "at" (and the places the run adds with commas) are where it happened.
    /// CoNLL04 marks some of them Live_In ("an official visit to South Africa"); ANNOTATION.md's lives_in is
    /// a residence ("a resident of Yerevan").
    private mutating func noteMeetingPlaces(_ items: [SentenceItem], _ range: Range<Int>) {
        let meetingWords = Self.meetingWords
        // Most sentences have no meeting word: found first, before any other work.
        guard let first = range.first(where: { items[$0].entity < 0 && meetingWords.contains(items[$0].word) }) else {
            return
        }
        let (placeIn, placeAt, comma) = (Self.placeIn, Self.placeAt, Self.comma)
        var meeting = false
        var inPlace = false
        for i in first..<range.upperBound {
            let item = items[i]
            if item.entity >= 0 {
                let e = Int(item.entity)
                if inPlace, coarse[e] == Coarse.place { meetingPlace[e] = true } else { inPlace = false }
                continue
            }
            if item.word == placeIn || item.word == placeAt {
                inPlace = meeting
            } else if meetingWords.contains(item.word) {
                meeting = true
            } else if item.word != comma {
                inPlace = false
            }
        }
    }

    /// "Raven Klaasen of South Africa", "Ben Roe and Yuto Ito of Japan" in sports news: a place after "of" right
    /// after a person is the country or the town the player represents. ANNOTATION.md's gold gives such pairs no
    /// lives_in and no works_for (the sports pages of gold/aeb-news); CoNLL04 reads "X of Y" as Live_In,
    /// which the classifier learned. The document's verdict is read once, on the first such pair.
    private mutating func noteRepresentedPlaces(_ items: [SentenceItem], _ range: Range<Int>, _ document: Document) {
        guard range.count >= 3 else { return }
        for i in range.lowerBound..<(range.upperBound - 2) where items[i].entity >= 0 {
            guard coarse[Int(items[i].entity)] == Coarse.person, items[i + 1].entity < 0, items[i + 1].word == Self.of,
                items[i + 2].entity >= 0, coarse[Int(items[i + 2].entity)] == Coarse.place
            else { continue }
            if sports == nil { sports = SportsScores.isSports(document.text) }
            guard sports == true else { return }
            representedPlace[Int(items[i + 2].entity)] = true
        }
    }

    /// "Senator Jane Roe": the title right before a name. "Russia expert Fiona Hill": a place, up to two
    /// modifiers, a subject noun (a word or a TITLE mention ending in one), then a person within two items.
    private mutating func noteTitlesAndSubjects(_ items: [SentenceItem], _ range: Range<Int>) {
        let classes = WordClasses.shared
        for i in range where items[i].entity >= 0 {
            let e = Int(items[i].entity)
            if coarse[e] == Coarse.title, i + 1 < range.upperBound, items[i + 1].entity >= 0,
                coarse[Int(items[i + 1].entity)] == Coarse.person
            {
                premodified[e] = items[i + 1].entity
            }
            guard coarse[e] == Coarse.place else { continue }
            // "New Jersey Sen. Cory Roe", "Utah's Gov. Ana Ruiz": a place, its possessive, a title, a name.
            var j = i + 1
            if j < range.upperBound, items[j].entity < 0, items[j].word == Self.possessive {
                j += 1
            }
            if j + 1 < range.upperBound, items[j].entity >= 0, coarse[Int(items[j].entity)] == Coarse.title,
                items[j + 1].entity >= 0, coarse[Int(items[j + 1].entity)] == Coarse.person
            {
                officeHolder[e] = items[j + 1].entity
            }
            // "Iraq's Saddam Hussein", "Poland's Aleksander Kwasniewski": the country's own figure, named by it;
            // in gold/tbaq-news such a pair is never lives_in but once in eight.
            if j > i + 1, j < range.upperBound, items[j].entity >= 0, coarse[Int(items[j].entity)] == Coarse.person {
                officeHolder[e] = items[j].entity
            }
            // "King Hussein of Jordan", "Senator Bob Smith of New Hampshire": a titled person of a place holds
            // an office there (works_for), which says nothing of where the person lives.
            if i - 3 >= range.lowerBound, items[i - 1].entity < 0, items[i - 1].word == Self.of,
                items[i - 2].entity >= 0, coarse[Int(items[i - 2].entity)] == Coarse.person,
                items[i - 3].entity >= 0, premodified[Int(items[i - 3].entity)] == items[i - 2].entity
            {
                officeHolder[e] = items[i - 2].entity
            }
            var k = i + 1
            var modifiers = 0
            while k < range.upperBound, modifiers < 2, items[k].entity < 0,
                items[k].word == Self.hyphen || classes.mask(of: items[k].word) & Self.modifier != 0
            {
                k += 1
                modifiers += 1
            }
            guard k < range.upperBound else { continue }
            let word = items[k].entity >= 0
                ? (coarse[Int(items[k].entity)] == Coarse.title ? lastWord[Int(items[k].entity)] : 0) : items[k].word
            guard word != 0, classes.mask(of: word) & Self.topic != 0 else { continue }
            for p in (k + 1)..<min(k + 3, range.upperBound) where items[p].entity >= 0 {
                if coarse[Int(items[p].entity)] == Coarse.person {
                    subjectOf[e] = items[p].entity
                    break
                }
            }
        }
    }
}

private extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
