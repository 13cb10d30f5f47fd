/// Word classes the relation patterns name as `@class`: small closed lists of English news vocabulary.
///
/// Kept as one string (class name, colon, words) so that adding a word is an edit of one line.
enum RelationLexicon {
    static let source = """
        det: the a an his her its their this that
        be: is was are were has been had being
        role: spokesman spokeswoman spokesperson president vice-president chairman chairwoman chair director \
        executive officer official minister secretary ambassador envoy head leader founder co-founder chief \
        manager editor correspondent reporter commander governor gov. mayor senator sen. deputy lawyer \
        attorney adviser advisor assistant analyst professor researcher economist member employee engineer scientist \
        coach owner publisher candidate judge prosecutor representative rep. consultant aide treasurer ceo \
        cfo coo chancellor dean partner premier king queen emir general gen. admiral lieutenant lt. captain \
        colonel col. sergeant commissioner inspector administrator superintendent strategist negotiator \
        staffer worker writer columnist photographer producer anchor host designer architect trustee \
        director-general secretary-general president-elect chairperson boss principal rector provost \
        counsel clerk agent physician surgeon doctor nurse teacher pastor bishop archbishop cardinal rabbi \
        imam cleric delegate lawmaker legislator congressman congresswoman councilman councillor councilor \
        alderman sheriff marshal diplomat scholar fellow anchorman anchorwoman star members
        mod: senior top former chief deputy assistant acting vice executive general foreign interior defense \
        defence prime managing associate national regional news technical first second lead principal \
        special press public political military economic finance financial state federal longtime \
        veteran current new interim outgoing incoming then co- supreme district circuit high bankruptcy \
        appeals appellate local international
        orgnoun: company firm group bank agency party organization organisation ministry militia movement \
        newspaper network station university institute college school unit subsidiary corporation \
        manufacturer maker producer developer retailer carrier airline insurer lender broker fund \
        conglomerate startup start-up charity foundation association union council committee \
        commission office authority department center centre hospital club team newspaper magazine \
        publisher broadcaster channel operator utility exchange court army force forces
        dir: northern southern eastern western central north south east west northeast northwest southeast \
        southwest north-east north-west south-east south-west northeastern northwestern southeastern \
        southwestern north-eastern north-western south-eastern south-western upper lower rural remote \
        suburban downtown coastal mountainous occupied neighboring neighbouring nearby
        place: town city village capital province region district state country port county suburb area \
        neighborhood neighbourhood island borough municipality community settlement hamlet enclave \
        territory republic kingdom emirate oblast prefecture governorate canton commune parish resort \
        valley township metropolis outpost base peak mountain river lake
        unit: unit subsidiary division branch arm department wing affiliate member part section faction \
        bureau office agency service directorate chapter faculty laboratory
        kill: killed kills kill assassinated assassinates assassinate murdered murders murder slew slays \
        slain shot shoots stabbed stabs strangled strangles executed poisoned beheaded gunned bludgeoned \
        lynched
        killing: killing killings murdering assassinating shooting slaying stabbing strangling assassination \
        murder murders slaying slayings death deaths
        killbase: kill shoot murder assassinate stab strangle
        kgerund: killing shooting murdering assassinating stabbing strangling slaying
        killer: assassin killer murderer gunman shooter slayer assassins killers
        adv: fatally allegedly reportedly apparently mortally brutally later also then now still repeatedly \
        supposedly long once formerly previously recently currently briefly
        meet: met meets meet meeting
        meeting: meeting meetings talks summit negotiations consultations discussions conversation \
        phone call call
        counterpart: counterpart counterparts
        reside: resident residents native natives citizen citizens inhabitant
        live: lives lived living resides resided residing
        home: native hometown home
        occupation: businessman businesswoman businessmen historian pianist violinist cellist conductor composer \
        singer musician actor actress artist painter sculptor poet novelist author playwright filmmaker \
        journalist blogger lawyer dentist surgeon physician farmer rancher fisherman student activist dissident \
        entrepreneur investor banker financier millionaire billionaire philanthropist athlete boxer golfer \
        cyclist chef priest man woman boy girl teenager
        named: capital city town village province state port county region republic island suburb suburbs department \
        neighborhood neighbourhood borough
        part: section part quarter outskirts
        site: bureau bureaus office offices store stores plant plants factory branch headquarters embassy \
        consulate campus mission
        hon: dr. dr mr. mr mrs. mrs ms. ms prof. sir dame
        charged: convicted accused charged guilty suspected suspect indicted arrested jailed sentenced \
        acquitted captured tried
        lead: heads headed leads led runs ran founded co-founded chairs chaired directs directed manages \
        managed owns owned represents represented
        topic: expert experts analyst analysts specialist specialists scholar scholars watcher watchers hand \
        hands hawk hawks historian historians observer observers envoy envoys czar tsar negotiator negotiators \
        policy strategist strategists researcher researchers
        work: works worked work working employed employs employee employees hired serves served serving joined \
        staff staffer staffers
        notperson: league leagues cup championship championships party union council ministry association \
        club federation committee commission series open tour games bank group company corporation agency \
        university college school institute court parliament assembly congress senate army navy force forces \
        government administration department office
        """

    /// Class name → word hashes. Split on UTF-8 bytes, not `Character`s: this runs at every start-up.
    static let classes: [String: Set<UInt64>] = {
        var result: [String: Set<UInt64>] = [:]
        let space = UInt8(ascii: " ")
        for line in source.utf8.split(separator: UInt8(ascii: "\n")) {
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { continue }
            guard let name = line[..<colon].split(separator: space).first else { continue }
            let words = line[line.index(after: colon)...].split(separator: space)
            result[String(decoding: name, as: UTF8.self), default: []].formUnion(words.lazy.map { WordHash.of(bytes: $0) })
        }
        return result
    }()
}
