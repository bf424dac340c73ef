/// The one stylesheet, served from the server itself (the content security policy allows
/// nothing from elsewhere, and no inline styles).
enum Stylesheet {
    static let css = """
        :root { --ink: #1d232b; --muted: #5d6875; --line: #d9dee4; --accent: #0b5cad; --quote: #fff2b8;
          --claim: #d9ecff; --bg: #f6f7f9; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink);
          background: var(--bg); }
        a { color: var(--accent); text-decoration: none; }
        a:hover { text-decoration: underline; }
        header.top { display: flex; flex-wrap: wrap; gap: 1rem; align-items: center; padding: .6rem 1.5rem;
          background: #14202e; color: #fff; }
        header.top a { color: #fff; }
        .brand { font-weight: 700; font-size: 1.25rem; letter-spacing: .02em; }
        nav { display: flex; gap: 1rem; }
        nav a { color: #cfe0f5 !important; }
        form.search { margin-left: auto; display: flex; gap: .4rem; }
        form.search input { width: 22rem; max-width: 60vw; }
        input, button, select { font: inherit; padding: .3rem .55rem; border: 1px solid var(--line); border-radius: 4px; }
        button { background: var(--accent); color: #fff; border-color: var(--accent); cursor: pointer; }
        button.small { padding: 0 .4rem; font-size: .8rem; background: #fff; color: var(--accent); }
        main { max-width: 1180px; margin: 1.2rem auto; padding: 0 1.5rem; }
        footer { max-width: 1180px; margin: 2rem auto; padding: 0 1.5rem; color: var(--muted); font-size: .85rem; }
        h1 { font-size: 1.6rem; margin: .2rem 0 .6rem; }
        h2 { font-size: 1.15rem; margin: 1.4rem 0 .5rem; }
        .muted { color: var(--muted); }
        .counts { display: flex; flex-wrap: wrap; gap: .8rem; margin: .8rem 0 1.2rem; }
        .count { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .5rem .9rem; min-width: 8rem; }
        .count b { display: block; font-size: 1.4rem; }
        .columns { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
        .panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .8rem 1rem; }
        .panel h2 { margin-top: .1rem; }
        ol.plain, ul.plain { list-style: none; padding: 0; margin: 0; }
        ol.plain li, ul.plain li { padding: .25rem 0; border-bottom: 1px solid #eef1f4; }
        ol.plain li:last-child, ul.plain li:last-child { border-bottom: 0; }
        .num { float: right; color: var(--muted); font-variant-numeric: tabular-nums; }
        .results { display: grid; grid-template-columns: 16rem 1fr; gap: 1.5rem; }
        aside.facets h3 { font-size: .85rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted);
          margin: 1rem 0 .3rem; }
        aside.facets li { font-size: .92rem; }
        .chips { display: flex; flex-wrap: wrap; gap: .4rem; margin: .3rem 0 .8rem; }
        .chip { background: #e6eef8; border-radius: 12px; padding: .1rem .6rem; font-size: .85rem; }
        .item { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .7rem .9rem; margin: .6rem 0; }
        .item blockquote { margin: 0 0 .35rem; font-size: 1.05rem; }
        .meta { color: var(--muted); font-size: .88rem; }
        .meta > * + *::before { content: " · "; color: var(--line); }
        .tag { display: inline-block; font-size: .75rem; border: 1px solid var(--line); border-radius: 3px;
          padding: 0 .3rem; color: var(--muted); }
        .pager { display: flex; gap: .8rem; align-items: center; margin: 1rem 0; }
        .sorts a, .sorts strong { margin-right: .6rem; }
        article.text { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 1rem 1.3rem;
          white-space: pre-wrap; line-height: 1.7; font-size: 1.02rem; }
        mark.quote { background: var(--quote); padding: .05rem 0; }
        .claim { background: var(--claim); }
        mark.quote.claim { background: linear-gradient(var(--quote), var(--claim)); }
        .who { font-size: .78rem; background: #14202e; color: #fff; border-radius: 3px; padding: 0 .35rem;
          margin-left: .25rem; white-space: nowrap; }
        .who a { color: #fff; }
        .legend span { margin-right: 1rem; }
        .legend .sw { display: inline-block; width: .9rem; height: .9rem; vertical-align: -2px; margin-right: .3rem; }
        .sw.q { background: var(--quote); } .sw.c { background: var(--claim); }
        .note { background: #e9f7ef; border: 1px solid #9fd5b5; border-radius: 6px; padding: .3rem 1rem; }
        .error { background: #fdecea; border: 1px solid #f3b5ae; border-radius: 6px; padding: .8rem 1rem; }
        details.curate { margin-top: .35rem; font-size: .88rem; }
        details.curate summary { cursor: pointer; color: var(--accent); }
        form.inline { display: inline-flex; gap: .3rem; align-items: center; margin: .2rem .6rem .2rem 0; }
        .side { display: grid; grid-template-columns: repeat(auto-fit, minmax(260px, 1fr)); gap: .8rem; }
        .side .item { margin: 0; }
        .figures { margin: .3rem 0 .6rem; }
        .figures b { background: #ffe1dc; padding: 0 .3rem; border-radius: 3px; }
        svg.chart { width: 100%; max-width: 720px; height: auto; background: #fff; border: 1px solid var(--line);
          border-radius: 6px; }
        svg.chart rect { fill: var(--accent); }
        svg.chart text { font-size: 10px; fill: var(--muted); }
        svg.chart line { stroke: var(--line); }
        .downloads a { margin-right: .8rem; font-size: .9rem; }
        @media (max-width: 800px) { .results, .columns { grid-template-columns: 1fr; } }
        """
}
