/// A social platform named as the service, not the company: "posted on Twitter", "said on WeChat", "the
/// party's Twitter account", "a viral Weibo post". ANNOTATION.md: products and services are none of our
/// labels, so these are no mention ("Twitter pledged to act", "works for Facebook" stay ORG: the company).
/// The tagger reads every such name as an organization or a place; only the words around it tell the
/// service from the company.
///
/// Runs on the final labels of the names, before dates and relations read them.
struct ServicePlatforms {
    let tokens: TokenTable
    let bytes: UnsafeBufferPointer<UInt8>

    func apply(_ mentions: inout [Mention]) {
        let platforms = Self.platforms
        mentions.removeAll { m in
            m.endToken == m.startToken + 1 && m.label != .title && tokens.isCapitalized(m.startToken)
                && tokens.isAny(m.startToken, platforms, in: bytes) && isService(m.startToken)
        }
    }

    /// "on Twitter", "via Instagram", or the service's thing after it ("Twitter account", "Weibo post").
    private func isService(_ t: Int) -> Bool {
        if t > 0, tokens.isLower(t - 1), tokens.isAny(t - 1, Self.servicePrepositions, in: bytes) { return true }
        return t + 1 < tokens.count && tokens.isLower(t + 1) && tokens.isAny(t + 1, Self.serviceNouns, in: bytes)
    }

    static let platforms = WordSet([
        "twitter", "facebook", "instagram", "youtube", "tiktok", "wechat", "weibo", "linkedin", "reddit", "snapchat",
        "whatsapp", "telegram", "threads", "bluesky", "mastodon",
    ])
    static let servicePrepositions = WordSet(["on", "via"])
    static let serviceNouns = WordSet([
        "account", "accounts", "post", "posts", "page", "pages", "feed", "feeds", "user", "users", "handle", "name",
        "profile", "video", "videos", "live", "story", "stories", "thread", "followers", "channel", "message",
        "messages", "group", "groups", "app",
    ])
}
