/// What the extractor needs to know about an HTML element name.
enum HTMLTag: UInt8 {
    case other, html, head, body, title, meta, link, script, style, noscript, template, svg, math, iframe,
        object, embed, canvas, form, input, select, textarea, button, option, label, fieldset,
        nav, aside, header, footer, main, article, section, div, p, pre, blockquote, h1, h2, h3, h4, h5, h6,
        ul, ol, li, dl, dt, dd, table, tr, td, th, caption, figure, figcaption, img, a, br, hr, time,
        address, details, summary, dialog, menu, center, video, audio, picture, source, map, hgroup, code,
        span, font, b, i, em, strong, small, sup, sub, u, g, symbol, text, tspan, desc, textpath, defs, use, path

    static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [:]
        for raw in 0...UInt8.max {
            guard let tag = HTMLTag(rawValue: raw), tag != .other else { continue }
            table["\(tag)"] = tag
        }
        return table
    }()

    static func named(_ name: String) -> HTMLTag { byName[name] ?? .other }

    /// Elements whose content is never article text (scripts, media, form controls, embedded documents).
    var isNeverContent: Bool {
        switch self {
        case .head, .script, .style, .noscript, .template, .math, .iframe, .object, .embed, .canvas,
            .input, .select, .textarea, .button, .option, .video, .audio, .map, .dialog:
            true
        default: false
        }
    }

    /// SVG elements: their own text (labels, titles) is never article text, but they do not exclude what
    /// they contain, because libxml2 does not know SVG and a sprite left open can swallow the whole page.
    var isGraphics: Bool {
        switch self {
        case .svg, .g, .symbol, .text, .tspan, .desc, .textpath, .defs, .use, .path, .title: true
        default: false
        }
    }

    /// Elements that start and end a paragraph in the output.
    var isBlock: Bool {
        switch self {
        case .html, .body, .title, .form, .fieldset, .nav, .aside, .header, .footer, .main, .article, .section,
            .div, .p, .pre, .blockquote, .h1, .h2, .h3, .h4, .h5, .h6, .ul, .ol, .li, .dl, .dt, .dd, .table,
            .tr, .td, .th, .caption, .figure, .figcaption, .hr, .address, .details, .summary, .dialog, .menu,
            .center, .hgroup, .option:
            true
        default: false
        }
    }

    var isHeading: Bool {
        switch self {
        case .h1, .h2, .h3, .h4, .h5, .h6: true
        default: false
        }
    }

    /// Readability's starting score of a candidate container, by tag.
    var baseScore: Double {
        switch self {
        case .div, .article, .main: 5
        case .pre, .td, .blockquote: 3
        case .address, .ol, .ul, .dl, .dd, .dt, .li, .form: -3
        case .h1, .h2, .h3, .h4, .h5, .h6: -5
        default: 0
        }
    }
}
