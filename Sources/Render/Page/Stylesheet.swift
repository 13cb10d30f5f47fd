/// The CSS every page carries inline (pages are standalone: no external file, no font download).
///
/// Interactions are CSS only: hover and keyboard focus open an entity's card (`:hover`, `:focus`), radio
/// buttons placed before the content filter it (`#id:checked ~ main ...`), and `:has()` lights up both
/// arguments of a relation from its arc or list item. Per-page rules (label colours, filters, relation
/// highlights) are generated next to this base (`PageStyle`).
enum Stylesheet {
    static let base: StaticString = """
        :root{--sans:Arial,"Liberation Sans","Helvetica Neue",Helvetica,sans-serif;--ink:#1d2129;--muted:#5f6673;\
        --line:#dfe2e8;--soft:#f4f5f8;--accent:#2456c9;--warn:#8a5a00;--warnbg:#fff6df;--bad:#a1262b;--badbg:#fdecec}
        *{box-sizing:border-box}
        html{font-size:16px}
        body{margin:0;color:var(--ink);background:#fff;font:400 1rem/1.5 var(--sans)}
        a{color:var(--accent)}
        .vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip-path:inset(50%);border:0;white-space:nowrap}
        header.top{padding:1.1rem 1.5rem .8rem;border-bottom:1px solid var(--line);background:linear-gradient(#fafbfd,#f3f5f9)}
        header.top nav{font-size:.85rem;margin-bottom:.3rem}
        header.top h1{font-size:1.45rem;line-height:1.25;margin:.1rem 0 .5rem;font-weight:700;unicode-bidi:plaintext}
        dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .9rem;margin:0;font-size:.85rem;color:var(--muted)}
        dl.meta dt{font-weight:700;color:var(--ink)}
        dl.meta dd{margin:0;overflow-wrap:anywhere;unicode-bidi:plaintext}
        .stats{margin:.5rem 0 0;font-size:.85rem;color:var(--muted)}
        .stats b{color:var(--ink)}
        .box{margin:1rem 1.5rem 0;padding:.6rem .9rem;border-radius:.4rem;font-size:.9rem}
        .box h2{font-size:.95rem;margin:0 0 .3rem}
        .box ul{margin:0;padding-left:1.2rem}
        .box li{overflow-wrap:anywhere;unicode-bidi:plaintext}
        .warn{background:var(--warnbg);border:1px solid #f0d48a;color:var(--warn)}
        .bad{background:var(--badbg);border:1px solid #f3b8ba;color:var(--bad)}
        .bad code,.warn code{font-size:.85rem}
        nav.legend{position:sticky;top:0;z-index:40;display:flex;flex-wrap:wrap;align-items:center;gap:.35rem;\
        padding:.55rem 1.5rem;background:rgba(255,255,255,.96);border-bottom:1px solid var(--line);font-size:.8rem}
        nav.legend .lt{font-weight:700;color:var(--muted);margin-right:.2rem}
        .chip{display:inline-flex;align-items:center;gap:.35em;padding:.12rem .5rem;border-radius:1rem;cursor:pointer;\
        background:var(--f,#eef0f4);border:1px solid var(--d,#c5cad3);color:var(--ink);font-weight:600;user-select:none}
        .chip b{font-weight:400;color:var(--muted)}
        .chip.all{--f:#fff;--d:#9aa1ad}
        .tog{cursor:pointer;color:var(--muted);padding:.12rem .4rem;user-select:none}
        .tog::before{content:"\\2610\\00a0"}
        .tog.first{margin-left:auto}
        main{max-width:48rem;margin:0 auto;padding:1.2rem 1.5rem 2rem}
        .doc{font-size:1.0625rem;line-height:2.05}
        .doc .p{margin:0 0 1.05em;white-space:pre-wrap;overflow-wrap:break-word}
        .e{background:var(--f);border-bottom:2px solid var(--d);border-radius:.3em;padding:.06em .22em;color:inherit;\
        position:relative;unicode-bidi:isolate;-webkit-box-decoration-break:clone;box-decoration-break:clone;cursor:help}
        .e .e{padding:0 .1em}
        .e::after{content:attr(data-l);font:700 .56em/1 var(--sans);letter-spacing:.04em;color:var(--d);margin-left:.4em;\
        vertical-align:.2em;white-space:nowrap}
        .e.cont::after{content:none}
        .e:hover,.e:focus{outline:2px solid var(--d);outline-offset:1px;z-index:30}
        .e:focus{outline-style:double;outline-width:3px}
        .e:target{outline:3px solid var(--d);outline-offset:2px}
        .e,.s,.arcs{scroll-margin-top:4.5rem}
        .e::before{content:none}
        .e:hover::before,.e:focus::before,.e:target::before{content:attr(data-tip);display:block;position:fixed;left:1rem;bottom:1rem;\
        z-index:50;width:max-content;max-width:min(30rem,calc(100vw - 2rem));white-space:pre-line;background:#1f2430;color:#f3f4f6;\
        font:400 .82rem/1.5 var(--sans);letter-spacing:0;padding:.55rem .8rem;border-radius:.45rem;border-left:5px solid var(--d);\
        box-shadow:0 6px 18px rgba(0,0,0,.28);pointer-events:none;text-align:left;overflow-wrap:anywhere;direction:ltr}
        .e:hover::before,.e:focus::before{z-index:51}
        .s{border-radius:.2em;-webkit-box-decoration-break:clone;box-decoration-break:clone}
        .sn{display:none}
        .arcs{margin:.2em 0 .9em;font-family:Arial,"Liberation Sans",Helvetica,sans-serif;line-height:1.3;white-space:normal;width:max-content}
        .arow{margin:0 0 .45em}
        .asvg{display:block;overflow:visible;font-family:Arial,"Liberation Sans",Helvetica,sans-serif}
        .asvg path{fill:none;stroke:var(--rc);stroke-width:10px}
        .asvg path.ah{fill:var(--rc);stroke:none}
        .asvg text{fill:var(--rc);font-weight:700}
        .asvg rect{fill:#fff;fill-opacity:.92}
        .asvg .a{cursor:help;outline:none}
        .asvg .a:hover path:not(.ah),.asvg .a:focus path:not(.ah){stroke-width:20px}
        .ws{display:flex;align-items:flex-start;white-space:nowrap}
        .w{flex:none;display:flex;flex-direction:column;align-items:center;padding:.08em 0}
        .w.g{margin-right:.28em}
        .arcs .e.w{padding:.08em 0 .12em}
        .arcs .e.w::after{margin:.12em 0 0;vertical-align:0}
        .wt{white-space:nowrap}
        .rl{list-style:none;margin:.1em 0 .8em;padding:.35em .6em;border-left:3px solid var(--line);background:var(--soft);\
        font-size:.85em;line-height:1.6;white-space:normal;border-radius:0 .3em .3em 0}
        .rel{padding:0 .3em;border-radius:.25em;cursor:default}
        .rel:hover,.rel:focus{background:#e4e9f5;outline:none}
        .rt{font-weight:700;color:var(--rc);font-size:.9em}
        .ar{color:var(--rc)}
        .rel a{unicode-bidi:isolate}
        section.more{margin-top:1.5rem;font-size:.92rem;line-height:1.6}
        section.more details{border:1px solid var(--line);border-radius:.4rem;margin:.6rem 0;background:#fff}
        section.more summary{cursor:pointer;padding:.45rem .8rem;font-weight:700}
        section.more ol,section.more ul{margin:.2rem 0 .6rem;padding-left:2.4rem}
        .note{color:var(--muted);font-size:.85em}
        footer{max-width:48rem;margin:0 auto;padding:1rem 1.5rem 2rem;color:var(--muted);font-size:.8rem;border-top:1px solid var(--line)}
        table{border-collapse:collapse}
        #opt-tags:not(:checked)~main .e::after{content:none}
        #opt-tags:checked~nav label[for=opt-tags]::before,#opt-sent:checked~nav label[for=opt-sent]::before{content:"\\2611\\00a0"}
        #opt-tags:focus-visible~nav label[for=opt-tags],#opt-sent:focus-visible~nav label[for=opt-sent],\
        #lf-all:focus-visible~nav label[for=lf-all]{outline:2px solid var(--accent)}
        #lf-all:checked~nav label[for=lf-all]{box-shadow:0 0 0 2px #5f6673}
        #opt-sent:checked~main .s{background:#e8effa}
        #opt-sent:checked~main .s.odd{background:#fbf0de}
        #opt-sent:checked~main .s[data-n]::before{content:attr(data-n);font:700 .6em/1 var(--sans);color:#fff;background:#7a8394;\
        border-radius:.6em;padding:.15em .4em;margin-right:.3em;vertical-align:.25em}
        #opt-sent:checked~main .arcs.s,#opt-sent:checked~main .arcs.s.odd{background:none;border-left:3px solid #b9c6dd;padding-left:.5em}
        #opt-sent:checked~main .arcs.s[data-n]::before{display:inline-block;margin-bottom:.2em}
        """
}
