/// Small closed-class word lists the rules test tokens against (grammar, not names).
enum WordLists {
    /// Lower-case words that may sit inside a multi-word name ("Republic of Azerbaijan", "Bashar al-Assad").
    static let connectors = WordSet([
        "of", "the", "de", "del", "da", "di", "du", "des", "la", "le", "von", "van", "der", "den", "al", "el",
        "bin", "ibn", "and", "for", "&",
    ])
    static let articles = WordSet(["the", "a", "an"])
    /// Words after a name and a comma that open a description of a thing, not a person.
    static let appositiveOpeners = WordSet(["which", "that", "its"])
    static let coordinators = WordSet(["and", "&"])
    /// Nouns that make the capitalized word before them a place ("a Modesto native", "Boise residents").
    static let placeNouns = WordSet(["native", "natives", "resident", "residents", "hometown"])
    /// "American" after another nationality makes one identity ("African American", "Mexican-American").
    static let americans = WordSet(["american", "americans"])
    /// Lower-case nouns after a region's name that say it is the region: "Amazon rainforest", "Congo basin".
    static let naturalFeatureNouns = WordSet([
        "rainforest", "rainforests", "forest", "forests", "jungle", "basin", "river", "delta", "region", "estuary",
    ])
    /// Compass and position words that make a region of the place they precede ("Southern California").
    static let compassWords = WordSet([
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "upper",
        "lower", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
        "southeastern", "southwestern",
    ])
    /// Prefixes glued by a hyphen to a nationality or place ("post-Soviet", "pro-Turkish").
    static let hyphenPrefixes = WordSet([
        "post", "pro", "anti", "pan", "non", "ex", "neo", "mid", "pre", "trans", "intra", "inter", "sub",
    ])
    /// Day and month names: capitalized, never a person on their own.
    static let calendar = WordSet([
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ])
    /// Abbreviated day and month names, with and without their period (not "Sun", "Mar", "May": names
    /// too); the tagger does not score them.
    static let calendarAbbreviations = WordSet([
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "jan", "feb", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.",
        "sat.", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
    ])
    /// Nouns that, after "X, a ...", make X an organization.
    static let orgAppositives = WordSet([
        "group", "militia", "organization", "organisation", "party", "company", "firm", "movement", "network",
        "agency", "faction", "coalition", "alliance", "union", "association", "bank", "newspaper", "broadcaster",
        "outlet", "militant", "insurgent", "rebel", "think-tank", "startup", "manufacturer", "producer",
        "operator", "carrier", "airline", "charity", "ngo", "university", "institute", "club", "team",
    ])
    /// Nouns that, after "X, a ...", make X a place with a government.
    static let gpeAppositives = WordSet([
        "town", "city", "village", "province", "capital", "state", "country", "municipality", "district",
        "region", "county", "port", "suburb", "enclave",
    ])
    /// Verbs and nouns that introduce a name in quotation marks.
    static let namingWords = WordSet(["named", "dubbed", "codenamed", "code-named", "called", "name", "titled"])
    /// Lower-case nouns of military exercises and operations, whose quoted names are events.
    static let eventNouns = WordSet([
        "exercise", "exercises", "drill", "drills", "maneuvers", "manoeuvres", "manoeuvre", "maneuver",
        "operation", "offensive", "wargames", "games", "campaign",
    ])
    /// Head nouns of awards ("Nobel Peace Prize", "AFI Life Achievement Award", "Olympic Gold Medal"): a
    /// name ending in one is an award, none of our labels (OntoNotes: WORK_OF_ART), never the organization
    /// or person it is named after.
    static let awardHeads = WordSet([
        "award", "awards", "prize", "prizes", "medal", "medals", "trophy", "honors", "honours", "laureate",
    ])
    /// Head nouns of events named after the place they are held in ("Dubai Air Show", "Munich Security
    /// Conference"): after a place's name they make the event, as `competitionHeads` do after any name.
    static let placedEventHeads = WordSet(["show", "conference", "fair", "exhibition", "biennale", "triennale"])
    /// Heads of competitions and gatherings: a name ending in one is the event, also where it reads as a
    /// person or an organization ("Davis Cup", "ATP Finals", "Commonwealth Games").
    static let competitionHeads = WordSet([
        "cup", "finals", "championship", "championships", "games", "olympics", "marathon", "summit", "festival",
        "expo", "paralympics", "prix", "tournament", "final",
    ])
    /// Common nouns of companies and organizations that name the one right after them ("the research firm
    /// Oanda", "the investment bank Morgan Stanley"). Not the nouns of people's roles ("producer", "militant").
    static let orgNounsBeforeName = WordSet([
        "firm", "company", "bank", "broadcaster", "newspaper", "startup", "start-up", "manufacturer", "carrier",
        "airline", "charity", "agency", "retailer", "lender", "insurer", "brokerage", "automaker", "carmaker",
        "publisher", "conglomerate", "chipmaker", "drugmaker", "consultancy", "outlet", "network", "band",
        "journal", "magazine", "tabloid",
    ])
    /// Heads of a venue's name that also head organizations' names ("Lincoln Center", "the Carter
    /// Center"): a venue where the tagger reads a place.
    static let venueHeads = WordSet(["center", "centre"])
    /// The last word of a building's or a ground's name that no gazetteer head lists (a head there changes
    /// the tagger's features: see `performanceVenueHeads`): where the tagger reads a place ending in one,
    /// the place is the facility ("Truman Presidential Library", "Heinz Field", "Desert Inn", "Rose
    /// Garden", "Ufundi House"); an organization it reads there stays one ("Chatham House").
    static let placeFacilityHeads = WordSet([
        "library", "field", "garden", "gardens", "inn", "house", "observatory", "casino", "zoo", "plaza", "pier",
        "lighthouse", "racecourse", "suites", "lodge", "resort",
    ])
    /// The last word of a natural feature's name that no gazetteer head lists (see `placeFacilityHeads`):
    /// where the tagger reads a place ending in one, it is a LOC ("Jezero Crater", "Kilauea Volcano").
    static let placeFeatureHeads = WordSet([
        "crater", "craters", "volcano", "reef", "atoll", "lagoon", "fjord", "marsh", "swamp", "wetlands", "dunes",
        "trench", "archipelago",
    ])
    /// The first word of a street's, square's or park's name in Spanish, Portuguese or French ("Calle Ocho",
    /// "Parque Central", "Avenida Paulista"), where the tagger reads a place.
    static let placeFacilityOpeners = WordSet(["calle", "parque", "avenida", "plaza", "praça", "rue", "boulevard"])
    /// The last word of a venue's name, whoever sponsors it ("PNC Music Pavilion", "Shoreline Amphitheatre",
    /// "Ryman Auditorium"): a facility, whatever the tagger read in the name's first words.
    static let performanceVenueHeads = WordSet([
        "amphitheatre", "amphitheater", "auditorium", "theatre", "theater", "pavilion", "coliseum", "colosseum",
        "ballpark", "speedway", "raceway", "velodrome", "ballroom",
    ])
    /// Words that make a venue of a "Center" after them ("Blossom Music Center", "Saratoga Performing Arts
    /// Center", "Santa Clara Convention Center"): a facility, where "the Carter Center" is an organization.
    static let venueCenterModifiers = WordSet([
        "music", "arts", "concert", "concerts", "convention", "events", "event", "exhibition", "sports",
        "entertainment", "aquatic", "aquatics",
    ])
    /// Planets, dwarf planets and named moons: places, but no country or town (LOC in OntoNotes). Read as
    /// places by the tagger, they took the gazetteers' towns of the same name ("Mars, Pennsylvania").
    static let celestialBodies = WordSet([
        "mercury", "venus", "earth", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto", "ceres", "eris",
        "europa", "ganymede", "callisto", "io", "titan", "enceladus", "triton", "phobos", "deimos", "charon",
    ])
    /// Goods whose maker is a company: "drug maker Merck", "chip maker Arlon" (not "film maker", "policy
    /// maker": people).
    static let madeGoods = WordSet([
        "drug", "car", "chip", "toy", "phone", "aircraft", "plane", "steel", "auto", "software", "computer",
        "engine", "truck", "tire", "tyre", "appliance", "beer", "wine", "food", "candy", "jet", "ship", "handset",
        "vaccine", "medical", "device", "battery", "furniture", "shoe", "game", "video-game", "bicycle", "bike", "vehicle",
    ])
    /// Auxiliaries and modals that open a question, a headline's above all ("Will Congress act?", "Can
    /// Parliament stop it?", "Did Apple Inc. agree?"): capitalized there, and no part of the name after them.
    static let questionOpeners = WordSet([
        "will", "would", "can", "could", "should", "shall", "might", "must", "does", "did", "do", "is", "are", "was",
        "were", "has", "have", "had",
    ])
    /// Words that open a sentence and never a name ("However, the group ...", "In December, the firm ...").
    static let sentenceOpeners = WordSet([
        "however", "meanwhile", "moreover", "furthermore", "nevertheless", "nonetheless", "although", "though",
        "also", "instead", "thus", "hence", "therefore", "indeed", "besides", "otherwise", "likewise", "in", "on",
        "at", "during", "since", "despite", "following", "because", "but", "and", "so", "then", "yet", "still",
        "earlier", "later", "today", "yesterday", "tonight", "overall", "finally", "additionally", "separately",
        // Articles, determiners and counts capitalized by the sentence ("A CBS News report", "Twelve Arab
        // League nations"): ANNOTATION.md puts no determiner in a name. Not "One" ("One World Trade Center").
        "a", "an", "this", "that", "these", "those", "some", "many", "several", "both", "all", "each", "every",
        "another", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "dozens", "hundreds", "thousands", "millions",
    ])
    /// Last words of newspapers' names ("Orange County Register", "Hartford Courant"; also after a hyphen:
    /// "San Diego Union-Tribune").
    static let newspaperHeads = WordSet([
        "times", "post", "herald", "tribune", "journal", "gazette", "register", "courant", "chronicle", "examiner",
        "observer", "inquirer", "enquirer", "telegraph", "star", "sun", "news", "globe", "bulletin", "dispatch",
        "courier", "sentinel", "ledger", "record", "mercury", "advertiser", "statesman", "constitution",
    ])
    /// Last words of company names the tagger may read as a person's or a place's ("Intuitive Machines",
    /// "Firefly Aerospace"); `placeCompanyHeads` are also the heads of places ("West Bank"): not for those.
    static let companyHeads = WordSet([
        "aerospace", "machines", "robotics", "systems", "technologies", "technology", "labs", "laboratories",
        "dynamics", "industries", "motors", "airlines", "airways", "pharmaceuticals", "therapeutics",
        "biosciences", "energy", "networks", "solutions", "software", "semiconductor", "semiconductors",
        "electronics", "communications", "telecom", "entertainment", "studios", "partners", "ventures",
        "investments", "securities", "financial", "insurance", "healthcare", "logistics", "holdings", "inc",
        "inc.", "corp", "corp.", "co.", "ltd", "ltd.", "llc", "plc", "corporation", "instruments", "electric",
        "productions", "pictures", "records", "enterprises", "brands", "foods", "pharma", "biotech",
    ])
    static let placeCompanyHeads = WordSet(["bank", "capital", "media", "group"])
    /// Offices held in a company: the name right before one is the company ("Tyvak CEO", "WeWork founder").
    static let companyOffices = WordSet([
        "ceo", "cfo", "coo", "cto", "cmo", "founder", "co-founder", "cofounder", "chairman", "chairwoman",
    ])
    /// Offices only a state, a province or a town has: a known place right before one is that place, not
    /// the sports team of the same name ("Nebraska Gov. ..."; "Nebraska coach ..." is the team).
    static let placeOffices = WordSet([
        "gov.", "gov", "governor", "sen.", "senator", "rep.", "mayor", "premier", "lt.", "legislature",
        "legislator", "lawmakers", "assemblyman", "assemblywoman", "congressman", "congresswoman",
    ])
    /// Function words that an all-capitals heading writes like acronyms ("WHO IS THE FRONT-RUNNER?"): never
    /// a name there. Not "US", "IT", "WHO" or "MAY", which are names or dates in capitals too.
    static let headingFunctionWords = WordSet([
        "is", "are", "was", "were", "the", "a", "an", "of", "and", "or", "to", "for", "with", "what", "how",
        "why", "when", "where", "will", "can", "that", "this", "do", "does", "did", "be", "has", "have", "had",
        "not", "no", "yes", "so", "but", "if", "as", "by", "from", "you", "your", "they", "he", "she", "we",
    ])
    /// Words of a closed class (articles, prepositions, pronouns, auxiliaries) that end no person's name: a
    /// span the rules read as a person ending in one ("N. Y. In" of "Waterville, N. Y. In an interview") gives
    /// no surname to find again ("In 1969, ...").
    static let closedClassWords = WordSet(
        headingFunctionWords.words + ["in", "on", "at", "into", "onto", "upon", "after", "before", "about", "it", "its",
            "his", "her", "their", "our", "my", "him", "them", "us", "i"])
    /// Time-zone abbreviations: all capitals, never organizations.
    static let timeZones = WordSet([
        "gmt", "utc", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "cet", "cest", "bst", "jst", "msk",
    ])
    /// Words that name someone introduced by a verb of naming/speaking ("said", "told").
    static let speechVerbs = WordSet([
        "said", "says", "told", "added", "stated", "noted", "warned", "argued", "claimed", "explained",
        "wrote", "tweeted", "insisted", "stressed", "urged", "announced", "asked", "replied", "declared",
    ])
}

extension WordLists {
    /// Closed-class words that start sentences capitalized but never a name: the tagger does not score
    /// them (it saw too few of them capitalized in training to learn that).
    static let functionWords = WordSet([
        "a", "an", "the", "and", "but", "or", "nor", "so", "yet", "if", "as", "at", "by", "for", "from",
        "in", "into", "of", "on", "to", "with", "without", "about", "after", "before", "during", "since",
        "until", "while", "when", "where", "why", "how", "what", "which", "who", "whom", "whose", "that",
        "this", "these", "those", "there", "here", "then", "than", "it", "its", "he", "she", "they", "we",
        "you", "i", "his", "her", "their", "our", "your", "my", "him", "them", "us", "me", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "do", "does", "did", "will", "would", "can",
        "could", "should", "may", "might", "must", "not", "no", "yes", "all", "some", "many", "most",
        "more", "other", "such", "both", "each", "every", "any", "also", "however", "although", "though",
        "because", "meanwhile", "instead", "still", "even", "only", "just", "now", "today", "yesterday",
        "tomorrow", "last", "next", "earlier", "later", "officials", "police", "witnesses", "analysts",
        "experts", "critics", "many", "several", "few", "one", "two", "three", "under", "over", "despite",
        "among", "between", "against", "through", "across", "along", "around", "near", "according",
        "whether", "unlike", "like", "once", "thus", "therefore", "besides", "otherwise", "indeed",
    ])

    /// Head nouns that may open a name followed by "of" ("Ministry of Defence", "Treaty of Kars"); heads
    /// like "Administration" or "Group" only close one ("Trump Administration").
    static let headFirst = WordSet([
        "ministry", "department", "university", "bank", "council", "committee", "commission", "institute",
        "academy", "league", "organization", "organisation", "federation", "union", "party", "court", "agency",
        "office", "bureau", "association", "church", "assembly", "chamber", "college", "school", "republic",
        "kingdom", "empire", "emirate", "treaty", "battle", "war", "convention", "declaration", "siege",
        "sea", "gulf", "bay", "lake", "isle", "isles", "island", "islands", "mount", "strait", "straits",
        "cape", "province", "state", "states", "city", "museum", "palace", "port", "bridge", "army", "navy",
        "corps", "house", "order", "conference", "summit", "congress", "parliament", "government",
        "protocol", "charter", "statute", "act", "accord", "accords", "agreement", "pact", "memorandum",
        "constitution", "revolution", "massacre", "peace", "valley", "river",
    ])
    /// Organization heads that may open a name followed by "for" ("Institute for Strategic Studies",
    /// "Centers for Disease Control", "Organization for Security and Co-operation in Europe").
    static let headFirstFor = WordSet([
        "institute", "center", "centre", "centers", "centres", "foundation", "committee", "council",
        "commission", "organization", "organisation", "office", "agency", "fund", "coalition", "alliance",
        "union", "association", "society", "league", "movement", "federation", "ministry", "department",
        "court", "party", "school", "academy", "network", "forum", "partnership", "bureau", "tribunal", "front",
        "bank", "board", "authority", "service", "trust",
    ])
    /// Endings typical of surnames in news from Eastern Europe, the Caucasus, Iran, Turkey and the
    /// Balkans, which the US Census list lacks ("Lavrov", "Pashinyan", "Khatibzadeh").
    static let surnameEndings: [StaticString] = [
        "ov", "ev", "ova", "eva", "yan", "enko", "zadeh", "ski", "sky", "vich", "ovic", "escu", "oglu",
        "shvili", "idze", "ian", "pour", "nejad", "yev", "yeva", "ko", "uk", "chuk", "ovich", "evich",
    ]
}

/// A closed word list with the lengths and first letters of its words, so that the test of a token
/// against it usually ends after two bit tests instead of a compare per word (the rules ask several lists
/// about most capitalized tokens and every naming-verb-length lower-case word).
///
/// A class, immutable: a test hands over one reference. As a struct of four arrays and three masks, each
/// of the ~460,000 tests a megabyte of text copied the whole list out of its global, and retained and
/// released its arrays, before the first bit test turned most tokens away.
final class WordSet: Sendable {
    let words: [StaticString]
    /// Bit n set when some word is n bytes long (words are shorter than 64 bytes).
    let lengths: UInt64
    /// Bit b set when some word starts with byte b (< 128, lower-case).
    let firstLow: UInt64
    let firstHigh: UInt64
    /// Per first byte's low five bits (a letter and its capital share a slot), the lengths of the words
    /// starting so: the length and the first byte together turn away most tokens that each alone lets
    /// through ("the" when the list has a three-letter word and a word starting with "t").
    let lengthsByFirst: [UInt64]
    /// The words shorter than 8 bytes as `packedKey`s, sorted: a token is then tested with one binary
    /// search over integers instead of a byte compare per word of its length.
    let packedShort: [UInt64]
    /// The words of 8 bytes and more, compared byte by byte.
    let long: [StaticString]

    init(_ words: [StaticString]) {
        self.words = words
        var lengths: UInt64 = 0
        var low: UInt64 = 0
        var high: UInt64 = 0
        var packed: [UInt64] = []
        var long: [StaticString] = []
        var byFirst = [UInt64](repeating: 0, count: 32)
        for w in words {
            let n = w.utf8CodeUnitCount
            precondition(n > 0 && n < 64, "word lists hold short words")
            lengths |= 1 << UInt64(n)
            let b = w.utf8Start[0]
            precondition(b < 0x80, "word lists are ASCII")
            byFirst[Int(b & 0x1F)] |= 1 << UInt64(n)
            if b < 64 { low |= 1 << UInt64(b) } else { high |= 1 << UInt64(b - 64) }
            if n < 8 {
                var key = UInt64(n) << 56
                for k in 0..<n { key |= UInt64(w.utf8Start[k]) << UInt64(8 * k) }
                packed.append(key)
            } else {
                long.append(w)
            }
        }
        self.lengths = lengths
        lengthsByFirst = byFirst
        firstLow = low
        firstHigh = high
        packedShort = packed.sorted()
        self.long = long
    }

    /// True when `key` (see `TokenTable.isAny`) is one of `packedShort`.
    @inline(__always)
    func containsPacked(_ key: UInt64) -> Bool {
        packedShort.withUnsafeBufferPointer { SortedKeys.contains(key, in: $0) }
    }

    /// Whether `word` (ASCII letters folded to lower case) is one of the words: a part of a token
    /// ("Tribune" of "Union-Tribune"); a whole token is `TokenTable.isAny`.
    func contains(folding word: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = word.count
        guard n > 0, mayContain(length: n, folded: word[0] | 0x20) else { return false }
        if n < 8 {
            var key = UInt64(n) << 56
            for k in 0..<n { key |= UInt64(word[k] | 0x20) << UInt64(8 * k) }
            return containsPacked(key)
        }
        for w in long where w.utf8CodeUnitCount == n && (0..<n).allSatisfy({ word[$0] | 0x20 == w.utf8Start[$0] }) {
            return true
        }
        return false
    }

    /// False when no word has this length and folded first byte; true means "compare the words".
    @inline(__always)
    func mayContain(length: Int, folded first: UInt8) -> Bool {
        guard length < 64, lengths & (1 << UInt64(length)) != 0 else { return false }
        if first < 64 {
            guard firstLow & (1 << UInt64(first)) != 0 else { return false }
        } else if first < 128 {
            guard firstHigh & (1 << UInt64(first - 64)) != 0 else { return false }
        } else {
            return false
        }
        return lengthsByFirst.withUnsafeBufferPointer { $0[Int(first & 0x1F)] } & (1 << UInt64(length)) != 0
    }
}

/// The lists of `WordLists` the rules read, behind one reference the tagger loads once per document: a
/// `static let` read inside a rule is a `swift_once` call at every read (about 200,000 per 1.8 MB of
/// news), and a rule reads several per capitalized run.
final class RuleWordLists: Sendable {
    static let shared = RuleWordLists()

    let connectors = WordLists.connectors
    let articles = WordLists.articles
    let coordinators = WordLists.coordinators
    let calendar = WordLists.calendar
    let orgAppositives = WordLists.orgAppositives
    let gpeAppositives = WordLists.gpeAppositives
    let namingWords = WordLists.namingWords
    let eventNouns = WordLists.eventNouns
    let timeZones = WordLists.timeZones
    let awardHeads = WordLists.awardHeads
    let placedEventHeads = WordLists.placedEventHeads
    let competitionHeads = WordLists.competitionHeads
    let headingFunctionWords = WordLists.headingFunctionWords
    let companyOffices = WordLists.companyOffices
    let sentenceOpeners = WordLists.sentenceOpeners
    let questionOpeners = WordLists.questionOpeners
    let newspaperHeads = WordLists.newspaperHeads
    let companyHeads = WordLists.companyHeads
    let placeCompanyHeads = WordLists.placeCompanyHeads
    let orgNounsBeforeName = WordLists.orgNounsBeforeName
    let madeGoods = WordLists.madeGoods
    let venueHeads = WordLists.venueHeads
    let celestialBodies = WordLists.celestialBodies
    let performanceVenueHeads = WordLists.performanceVenueHeads
    /// What a company has, right after its name (`StakeholderCompanies`): not "users" or "subscribers",
    /// which products and services have too ("Android users").
    let stakeholderNouns = WordSet([
        "investors", "shareholders", "stockholders", "customers", "employees", "staffers", "executives", "shares",
        "stock",
    ])
    /// Words that make a verb of "shares" before them ("Sabatier shares the formula").
    let sharedObjects = WordSet([
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these", "those", "some",
        "many", "much", "no", "in", "with", "what", "how",
    ])
    /// A currency's unit after a nationality ("Canadian dollars", "French francs": `CurrencyPrefixes`); not
    /// "won", a verb after "The British".
    let currencyUnits = WordSet([
        "dollar", "dollars", "cent", "cents", "franc", "francs", "mark", "marks", "markka", "markkaa", "shilling",
        "shillings", "pound", "pounds", "pence", "peso", "pesos", "rupee", "rupees", "yen", "yuan", "renminbi",
        "krona", "kronor", "krone", "kroner", "lira", "lire", "rand", "riyal", "riyals", "dinar", "dinars", "ruble",
        "rubles", "rouble", "roubles", "euro", "euros", "baht", "ringgit", "rupiah", "zloty", "forint",
        "koruna", "hryvnia", "lei", "leu", "naira", "cedi",
    ])
    /// Months that are also given names, before a surname ("Jan Kavan", "June Carter"): not "May", a verb.
    let monthGivenNames = WordSet(["jan", "june", "april", "august"])
    // `PossessiveNames`.
    /// The legal form closing a company's name ("Dräger, Inc.", "Rally's Inc.", "LOWE'S COMPANIES INC."):
    /// `CompanyNames` and `PossessiveNames`.
    let legalForms = WordSet([
        "inc", "inc.", "corp", "corp.", "co", "co.", "cos", "cos.", "ltd", "ltd.", "llc", "plc", "corporation",
        "companies", "incorporated", "lp", "l.p.", "gmbh", "ag", "s.a.", "n.v.", "limited",
    ])
    /// Verbs that cannot follow a possessive, nor a contracted "is" or "has" ("Lowe's was lower").
    /// Not "were" or "are": "the Schlegel's were granted" writes a family's plural so.
    let possessiveBreakingVerbs = WordSet(["was", "is", "has", "would", "could", "does", "did"])
    /// Plural owners whose possessive opens a name ("People's Liberation Army", "Workers' Party").
    let collectiveOwners = WordSet([
        "people", "children", "women", "men", "workers", "farmers", "veterans", "citizens", "consumers", "teachers",
    ])
    let saints = WordSet(["st.", "st", "saint"])
    /// Words that make a state of a collective's name ("People's Republic of China").
    let stateHeads = WordSet(["republic", "kingdom", "federation", "commonwealth"])
    /// The last word of a building's name after a possessive ("St. Patrick's Cathedral").
    let buildingHeads = WordSet(["cathedral", "church", "basilica", "chapel", "abbey", "square", "park", "stadium"])
    /// The last word of a day's or a season's name ("International Women's Day").
    let calendarHeads = WordSet(["day", "week", "month", "year", "night", "eve"])
    /// Pronouns and words of time that open a sentence with an "'s" of their own ("It's", "Today's").
    let sentenceStartPossessives = WordSet([
        "it", "he", "she", "that", "there", "here", "what", "who", "where", "let", "today", "everyone", "everybody",
        "nobody", "someone", "somebody", "one",
    ])
    let placeFacilityHeads = WordLists.placeFacilityHeads
    let placeFacilityOpeners = WordLists.placeFacilityOpeners
    let placeFeatureHeads = WordLists.placeFeatureHeads
    let venueCenterModifiers = WordLists.venueCenterModifiers
    let naturalFeatureNouns = WordLists.naturalFeatureNouns
    let speechVerbs = WordLists.speechVerbs
    let appositiveOpeners = WordLists.appositiveOpeners
    let placeOffices = WordLists.placeOffices
    let headFirst = WordLists.headFirst
    let headFirstFor = WordLists.headFirstFor
    let compassWords = WordLists.compassWords
    let placeNouns = WordLists.placeNouns
    let hyphenPrefixes = WordLists.hyphenPrefixes
    /// `WordLists.surnameEndings` as the integer of their bytes read from the end (last byte lowest) and
    /// the mask of their length: a token's ending is then compared with one AND and one compare.
    let surnameEndingTails: [(tail: UInt64, mask: UInt64)] = WordLists.surnameEndings.map { w in
        let n = w.utf8CodeUnitCount
        precondition(n > 0 && n < 8, "surname endings are short")
        var tail: UInt64 = 0
        for j in 0..<n { tail |= UInt64(w.utf8Start[n - 1 - j]) << UInt64(8 * j) }
        return (tail, (1 << UInt64(8 * n)) - 1)
    }
}

/// Binary search in a sorted buffer of 64-bit keys (packed short words, word hashes).
enum SortedKeys {
    @inline(__always)
    static func contains(_ key: UInt64, in keys: UnsafeBufferPointer<UInt64>) -> Bool {
        var lo = 0
        var hi = keys.count
        while lo < hi {
            let mid = (lo + hi) >> 1
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return lo < keys.count && keys[lo] == key
    }
}
