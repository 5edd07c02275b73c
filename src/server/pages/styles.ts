/** The site's stylesheet, inlined so pages work without extra requests. */
export const STYLES = `
:root { --ink:#1d2430; --muted:#5b6575; --line:#dde3ea; --accent:#0b6e69; --bg:#f7f9fb; --warn:#fff4d6; }
* { box-sizing: border-box; }
body { margin:0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
a { color: var(--accent); }
.skip { position:absolute; left:-999px; } .skip:focus { left:8px; top:8px; background:#fff; padding:4px 8px; }
header.site { display:flex; gap:12px; align-items:baseline; padding:14px 24px; background:#fff; border-bottom:1px solid var(--line); }
.brand { font-weight:700; font-size:22px; text-decoration:none; color:var(--accent); }
.tagline { color:var(--muted); font-size:14px; }
main { max-width: 860px; margin: 0 auto; padding: 24px; }
footer.site { max-width:860px; margin:0 auto; padding: 16px 24px 40px; color:var(--muted); font-size:14px; }
form.ask { display:flex; flex-wrap:wrap; gap:8px; margin: 8px 0 24px; }
form.ask input[type=text] { flex: 1 1 420px; padding:10px 12px; font-size:17px; border:1px solid #b9c3cf; border-radius:8px; }
form.ask select, form.ask button { padding:10px 12px; font-size:16px; border-radius:8px; border:1px solid #b9c3cf; background:#fff; }
form.ask button { background: var(--accent); color:#fff; border-color: var(--accent); cursor:pointer; }
:focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
.card { background:#fff; border:1px solid var(--line); border-radius:12px; padding: 20px 24px; margin-bottom: 20px; }
.direct { font-size: 19px; border-left: 4px solid var(--accent); }
h1 { font-size: 28px; line-height:1.25; margin: 8px 0 12px; }
h2 { font-size: 20px; margin: 0 0 10px; }
ul.points { padding-left: 20px; margin: 0; } ul.points li { margin: 6px 0; }
sup.cite a { text-decoration:none; font-weight:600; padding: 0 2px; }
.summary { color: var(--muted); font-style: italic; }
.insufficient { background: var(--warn); border-color: #f0d48a; }
ol.refs { padding-left: 22px; font-size: 15px; } ol.refs li { margin: 8px 0; }
.meta { color: var(--muted); font-size: 14px; }
.tag { display:inline-block; font-size:12px; padding:1px 8px; border-radius:10px; background:#e7f3f2; color:#0b4f4b; margin-left:6px; }
blockquote.quote { margin: 4px 0 0; color: var(--muted); font-size: 14px; border-left: 3px solid var(--line); padding-left: 10px; }
@media (max-width: 600px) { main { padding: 14px; } h1 { font-size: 23px; } .card { padding: 14px; } }
`;
