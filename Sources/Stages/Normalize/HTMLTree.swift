import CLibXML2

/// The parsed page flattened into arrays: elements in document order, text nodes with their source
/// pieces, and the block structure as events. Extraction and emission work on this, after the libxml2
/// tree is freed.
struct HTMLTree {
    struct Element {
        var tag: HTMLTag
        var parent: Int32
        var classWeight: Int16 = 0
        /// Removed before scoring: invisible, never content, or furniture by tag, role or class.
        var excludedSelf = false
        /// Excluded only because the page hides it (an attribute, a style or a class), which a script may
        /// undo: the extractor looks there when nothing visible is an article.
        var hiddenOnly = false
        var unlikely = false
        var isArticleBody = false
        var insideArticle = false
        /// A link to the site's home page (`href="/"`, `https://host/`): a logo, never a headline.
        var linksHome = false
        /// `class` attribute, for the sibling bonus Readability gives to boxes styled like the article.
        var className: String = ""
        /// Class or id names a box that is never article text even inside it (caption, share box, ...).
        var furniture = false
        /// A box of an embedded post (tweet, Instagram post) that the article quotes.
        var embedsPost = false
    }

    struct TextNode {
        var element: Int32
        var contentStart: Int32
        var contentEnd: Int32
        var pieceStart: Int32
        var pieceEnd: Int32
        var inLink: Bool
    }

    enum Event {
        case open(Int32)
        case close(Int32)
        case lineBreak
        case text(Int32)
    }

    var elements: [Element] = []
    var texts: [TextNode] = []
    var events: [Event] = []
    var content: [UInt8] = []
    var pieces: [TextPiece] = []
    var unmatchedTexts = 0
    var metadata = HTMLMetadata.Raw()

    /// Walks the libxml2 document iteratively (deeply nested pages cannot overflow the stack).
    init(document doc: htmlDocPtr, decoded raw: UnsafeBufferPointer<UInt8>) {
        var locator = SourceLocator(raw: raw)
        var stack: [Int32] = []
        var linkDepth = 0
        var articleDepth = 0
        var node: xmlNodePtr? = doc.pointee.children
        let docNode = UnsafeMutableRawPointer(doc)
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                let index = addElement(current, parent: stack.last ?? -1, insideArticle: articleDepth > 0)
                let tag = elements[Int(index)].tag
                if tag == .script || tag == .style {
                    consumeRawChildren(of: current, tag: tag, index: index, locator: &locator)
                } else if tag == .br {
                    events.append(.lineBreak)
                } else {
                    if tag.isBlock { events.append(.open(index)) }
                    if current.pointee.children != nil {
                        stack.append(index)
                        if tag == .a { linkDepth += 1 }
                        if tag == .article { articleDepth += 1 }
                        descend = true
                    } else if tag.isBlock {
                        events.append(.close(index))
                    }
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                addText(current, element: stack.last ?? -1, inLink: linkDepth > 0, locator: &locator)
            case XML_COMMENT_NODE:
                if let text = current.pointee.content {
                    locator.skipRawText(UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text))))
                }
            default:
                break
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Next sibling, or climb, closing elements, until one has a next sibling.
            var climb: xmlNodePtr? = current
            node = nil
            while let c = climb {
                if let next = c.pointee.next {
                    node = next
                    break
                }
                guard let parent = c.pointee.parent, UnsafeMutableRawPointer(parent) != docNode,
                    let top = stack.popLast()
                else { break }
                let tag = elements[Int(top)].tag
                if tag == .a { linkDepth -= 1 }
                if tag == .article { articleDepth -= 1 }
                if tag.isBlock { events.append(.close(top)) }
                climb = parent
            }
        }
        unmatchedTexts = locator.unmatched
    }

    private mutating func addElement(_ node: xmlNodePtr, parent: Int32, insideArticle: Bool) -> Int32 {
        let name = node.pointee.name.map { String(cString: $0) } ?? ""
        let tag = HTMLTag.named(name)
        var element = Element(tag: tag, parent: parent)
        element.insideArticle = insideArticle
        var classAndID: [UInt8] = []
        var attribute = node.pointee.properties
        var role = ""
        while let attr = attribute {
            defer { attribute = attr.pointee.next }
            guard let attrName = attr.pointee.name else { continue }
            let key = String(cString: attrName)
            switch key {
            case "class", "id", "role", "itemprop", "hidden", "aria-hidden", "style", "content", "property", "name",
                "rel", "href", "datetime", "pubdate", "type", "http-equiv", "itemtype":
                break
            default:
                continue
            }
            let value = Self.attributeValue(attr)
            switch key {
            case "class":
                element.className = value
                if ClassHints.isHiddenClass(value) && tag != .body && tag != .html {
                    element.excludedSelf = true
                    element.hiddenOnly = true
                }
                Self.appendLowercased(value, to: &classAndID)
            case "id": Self.appendLowercased(value, to: &classAndID)
            case "role": role = value.lowercased()
            case "href": if tag == .a { element.linksHome = Self.isHomeLink(value) }
            case "itemprop":
                if value.lowercased().contains("articlebody") { element.isArticleBody = true }
                // The page's summary marked up as its description: a standfirst, not the story.
                if value.lowercased() == "description" && tag != .meta { element.furniture = true }
            case "hidden":
                element.excludedSelf = true
                element.hiddenOnly = true
            case "aria-hidden":
                if value.lowercased() == "true" && tag != .body && tag != .html {
                    element.excludedSelf = true
                    element.hiddenOnly = true
                }
            case "style":
                let style = value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") {
                    element.excludedSelf = true
                    element.hiddenOnly = true
                }
            default: break
            }
            metadata.noteAttribute(tag: tag, key: key, value: value)
        }
        metadata.finishElement(tag: tag)
        // An aside inside an <article> may be part of it (a note, a box, the author's bio in prose);
        // outside, it is a sidebar.
        if tag.isNeverContent || tag == .nav || (tag == .aside && !insideArticle) || tag == .footer
            || (!role.isEmpty && ClassHints.isFurnitureRole(role))
        {
            element.excludedSelf = true
            element.hiddenOnly = false
        }
        if !classAndID.isEmpty {
            let verdict = ClassHints.judge(classAndID)
            element.classWeight = Int16(verdict.weight)
            element.furniture = element.furniture || (tag != .body && tag != .html && ClassHints.isFurniture(classAndID))
            element.embedsPost = ClassHints.embedsPost(classAndID)
            element.unlikely = verdict.unlikely && tag != .body && tag != .html && tag != .a && tag != .article
                && tag != .main && !element.isArticleBody
        }
        if element.isArticleBody { element.classWeight += 50 }
        elements.append(element)
        return Int32(elements.count - 1)
    }

    private mutating func addText(_ node: xmlNodePtr, element: Int32, inLink: Bool, locator: inout SourceLocator) {
        guard let text = node.pointee.content else { return }
        let length = Int(xmlStrlen(text))
        guard length > 0 else { return }
        let buffer = UnsafeBufferPointer(start: text, count: length)
        let contentStart = Int32(content.count)
        let pieceStart = Int32(pieces.count)
        guard locator.locateText(buffer, contentBase: contentStart, pieces: &pieces) else { return }
        content.append(contentsOf: buffer)
        if element >= 0 && elements[Int(element)].tag == .title { metadata.titleText += String(decoding: buffer, as: UTF8.self) }
        texts.append(
            TextNode(
                element: element, contentStart: contentStart, contentEnd: Int32(content.count), pieceStart: pieceStart,
                pieceEnd: Int32(pieces.count), inLink: inLink))
        events.append(.text(Int32(texts.count - 1)))
    }

    /// Script and style text: only moves the locator past it (and keeps JSON-LD for the metadata).
    private mutating func consumeRawChildren(of node: xmlNodePtr, tag: HTMLTag, index: Int32, locator: inout SourceLocator) {
        var child = node.pointee.children
        while let c = child {
            if let text = c.pointee.content {
                let buffer = UnsafeBufferPointer(start: text, count: Int(xmlStrlen(text)))
                locator.skipRawText(buffer)
                if tag == .script && metadata.pendingJSONLD { metadata.jsonLD.append(String(decoding: buffer, as: UTF8.self)) }
            }
            child = c.pointee.next
        }
        metadata.pendingJSONLD = false
    }

    /// `/`, `./`, `https://host`, `https://host/`, `//host/` (with any query or fragment).
    static func isHomeLink(_ href: String) -> Bool {
        var path = Array(href.utf8.drop { $0 == 0x20 })
        if let cut = path.firstIndex(where: { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") }) { path.removeSubrange(cut...) }
        let slash = UInt8(ascii: "/")
        if path.starts(with: Array("./".utf8)) { path.removeFirst() }
        var authority = -1
        if path.starts(with: [slash, slash]) {
            authority = 2
        } else if let colon = path.firstIndex(of: UInt8(ascii: ":")), path[colon...].starts(with: Array("://".utf8)) {
            authority = colon + 3
        }
        guard authority >= 0 else { return path == [slash] }
        let rest = path[authority...]
        guard let first = rest.firstIndex(of: slash) else { return !rest.isEmpty }
        return first > authority && first == path.count - 1
    }

    private static func appendLowercased(_ value: String, to out: inout [UInt8]) {
        for b in value.utf8 { out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b) }
        out.append(0x20)
    }

    static func attributeValue(_ attr: xmlAttrPtr) -> String {
        var result = ""
        var child = attr.pointee.children
        while let c = child {
            if let text = c.pointee.content { result += String(cString: text) }
            child = c.pointee.next
        }
        return result
    }
}
