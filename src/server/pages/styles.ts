/** The site's stylesheet, served at /assets/site.css (see asset-routes.ts) so the CSP needs no inline styles. */
export const STYLES = `
:root { --ink:#1d2430; --muted:#556070; --line:#dde3ea; --accent:#0b6e69; --accent-dark:#07504c; --accent-soft:#e7f3f2;
  --bg:#f5f7fa; --warn:#fff4d6; --warn-line:#e8c66a; --ok:#1f7a3a; --danger:#a4262c; --focus:#f0a500; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin:0; font: 17px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg);
  min-height:100vh; display:flex; flex-direction:column; }
a { color: var(--accent); text-underline-offset: 2px; }
a:hover { color: var(--accent-dark); }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 3px; }
main:focus { outline: none; }
.visually-hidden { position:absolute !important; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
.skip-link { position:absolute; left:8px; top:-60px; background:#fff; color:var(--accent-dark); padding:8px 14px; border-radius:6px;
  z-index:10; font-weight:600; box-shadow:0 2px 8px rgba(0,0,0,.2); }
.skip-link:focus { top:8px; }
.bar { max-width: 960px; margin: 0 auto; padding: 0 24px; }
header.site { background:#fff; border-bottom:1px solid var(--line); }
header.site .bar { display:flex; flex-wrap:wrap; gap:8px 24px; align-items:center; justify-content:space-between; min-height:60px; }
.brand { display:inline-flex; align-items:center; gap:8px; font-weight:750; font-size:22px; text-decoration:none; color:var(--accent-dark); letter-spacing:-.01em; }
.logo { display:inline-grid; place-items:center; width:28px; height:28px; border-radius:8px; background:var(--accent); color:#fff; font-size:20px; line-height:1; }
nav ul { list-style:none; display:flex; flex-wrap:wrap; gap:4px 18px; margin:0; padding:0; align-items:center; }
nav a, button.link { color:var(--ink); text-decoration:none; font-size:15px; padding:6px 2px; border-bottom:2px solid transparent; }
nav a:hover, button.link:hover { color:var(--accent); }
nav a[aria-current="page"] { border-bottom-color: var(--accent); color: var(--accent-dark); font-weight:600; }
button.link { background:none; border:none; border-bottom:2px solid transparent; cursor:pointer; font:inherit; font-size:15px; }
.who { color: var(--muted); }
main { flex: 1 0 auto; width:100%; max-width: 960px; margin: 0 auto; padding: 28px 24px 12px;
  /* A question or quote may hold a word longer than a phone is wide (a chemical name, a URL): it wraps, not the page. */
  overflow-wrap: break-word; }
footer.site { border-top:1px solid var(--line); background:#fff; margin-top:32px; color:var(--muted); font-size:14px; }
footer.site .bar { padding-top: 12px; padding-bottom: 28px; }
h1 { font-size: 32px; line-height:1.2; margin: 4px 0 12px; letter-spacing:-.015em; }
h2 { font-size: 20px; line-height:1.3; margin: 0 0 10px; }
h3 { font-size: 17px; margin: 16px 0 6px; }
.meta { color: var(--muted); font-size: 14px; }
.lede { font-size: 18px; color: var(--muted); max-width: 46em; margin: 0 0 12px; }
.card { background:#fff; border:1px solid var(--line); border-radius:12px; padding: 20px 24px; margin-bottom: 20px; }
.card.narrow { max-width: 460px; margin: 24px auto; }
/* A card's last paragraph or list would add its own margin to the padding: 37 px below the text against 20 above. */
.card > :last-child, .card > :last-child > :last-child, .hero > :last-child, footer.site .bar > :last-child { margin-bottom: 0; }
.card.confirm { border-color: var(--warn-line); background: var(--warn); }
.hero { background: linear-gradient(135deg, #e9f5f3, #f7fbfa); border:1px solid #d3e8e5; border-radius:16px; padding: 28px; margin-bottom: 24px; }
.columns { display:grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr); gap: 20px; align-items:start; }
.columns > .card { margin-bottom: 0; }
.try { margin: 12px 0 0; font-size: 15px; line-height: 1.7; }
.try-label { font-weight: 600; }
.corpus-link { margin: 6px 0 0; }
.corpus-note { margin-top: 12px; }
table.counts td.num, table.counts th.num { text-align: right; white-space: nowrap; width: 1%; }
table.counts .everyday { color: var(--muted); }
.more-rows > summary { font-weight: 600; color: var(--accent-dark); padding: 6px 0; }
.more-rows[open] > summary .when-closed, .more-rows:not([open]) > summary .when-open { display: none; }
/* The folded rows continue the table above: their column headings are for screen readers only. */
.more-rows thead { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
ul.examples { margin: 0 0 10px; padding-left: 20px; line-height: 1.8; }
input[type=text], input[type=search], input[type=email], input[type=password], select, textarea {
  font: inherit; font-size:16px; padding:10px 12px; border:1px solid #aab6c3; border-radius:8px; background:#fff; color:var(--ink); max-width:100%; }
textarea { width:100%; resize: vertical; }
button { font: inherit; font-size:16px; padding:9px 16px; border-radius:8px; border:1px solid #aab6c3; background:#fff; color:var(--ink); cursor:pointer; }
button:hover { border-color: var(--accent); }
button.primary { background: var(--accent); color:#fff; border-color: var(--accent); font-weight:600; }
button.primary:hover { background: var(--accent-dark); }
button.small { font-size:14px; padding:5px 10px; }
form.inline { display:inline-flex; gap:6px; align-items:center; margin:0; }
form.stack { display:flex; flex-direction:column; gap:6px; margin: 12px 0; }
form.stack button { align-self:flex-start; margin-top:6px; }
form.stack label { font-weight: 600; font-size: 15px; margin-top: 6px; }
.field-label { display:block; font-weight:600; margin-bottom:6px; }
/* A question form's status line: nothing until it is sent (site.js), then what the wait is for. */
.busy-note { flex: 1 1 100%; margin: 8px 0 0; font-size: 15px; color: var(--muted); }
.busy-note:empty { margin: 0; position: absolute; }
button[aria-disabled="true"] { opacity: .8; cursor: progress; }
.ask-row { display:flex; flex-wrap:wrap; gap:8px; }
.ask-row input[type=text] { flex: 1 1 320px; font-size:17px; }
form.search { display:flex; gap:8px; margin: 6px 0 10px; }
form.search input { flex:1 1 auto; min-width:0; }
.article-list { list-style:none; padding:0; margin:0; }
.article-list li { padding: 10px 0; border-bottom: 1px solid var(--line); }
.article-list li:last-child { border-bottom: none; }
.article-list a { font-weight: 600; }
/* "· reviewed 28 November 2026" may wrap before the date, never inside it ("28" alone at a line's end). */
.article-list time, .meta time { white-space: nowrap; }
.banner { background: var(--warn); border:1px solid var(--warn-line); border-left:5px solid #c98a00; border-radius:10px; padding: 12px 16px; margin: 0 0 20px; }
.notice { background:#e8f5ec; border:1px solid #a9d5b5; border-radius:10px; padding: 10px 16px; }
.error { background:#fdecec; border:1px solid #f0b4b4; color: var(--danger); border-radius:10px; padding: 10px 16px; }
.article-head { margin-bottom: 18px; }
.crumb { margin: 0 0 4px; font-size: 15px; }
.changes-asked { border-left: 4px solid #b45309; background: #fff7ed; padding: 8px 14px; border-radius: 6px; margin: 8px 0 12px; }
.changes-asked p { margin: 4px 0; } .changes-asked blockquote { margin: 6px 0; font-style: italic; white-space: pre-line; }
.asked-under { display: block; color: var(--muted); font-size: 14px; margin-top: 2px; }
.byline { margin: 0; color: var(--muted); font-size: 15px; }
.byline.reviewed strong { color: var(--ink); }
.status { margin: 14px 0 0; }
.steps { list-style:none; display:flex; margin: 0; padding: 0; counter-reset: step; }
.steps li { flex: 1 1 0; position:relative; display:flex; flex-direction:column; align-items:center; text-align:center; font-size: 14px; color: var(--muted); }
.steps li::before { content:""; position:absolute; top:15px; left:-50%; width:100%; height:3px; background: var(--line); z-index:0; }
.steps li:first-child::before { display:none; }
.steps li.done::before { background: var(--accent); }
.steps .dot { position:relative; z-index:1; display:grid; place-items:center; width:32px; height:32px; border-radius:50%;
  background:#fff; border:3px solid var(--line); font-weight:700; color: var(--muted); }
.steps li.done .dot { background: var(--accent); border-color: var(--accent); color:#fff; }
.steps li[aria-current="step"] .label { color: var(--ink); font-weight: 700; }
.steps li.done .label { color: var(--ink); }
.status-note { text-align:center; margin: 6px 0 0; font-size: 14px; color: var(--muted); }
.status-changes_requested .status-note { color: var(--danger); font-weight:600; }
form.audience fieldset { border:none; padding:0; margin: 0 0 6px; }
form.audience legend { font-weight: 700; margin-bottom: 8px; padding: 0; }
.pills { display:flex; flex-wrap:wrap; gap:8px; align-items:center; }
.pill { position:relative; }
.pill input { position:absolute; opacity:0; width:1px; height:1px; }
.pill span { display:inline-block; padding: 6px 14px; border:1px solid #aab6c3; border-radius: 999px; background:#fff; font-size:15px; cursor:pointer; }
.pill input:checked + span { background: var(--accent); border-color: var(--accent); color:#fff; font-weight:600; }
.pill input:focus-visible + span { outline: 3px solid var(--focus); outline-offset: 2px; }
.audience-note { margin: 0 0 16px; }
/* A quick answer has no "Worded for" line under the choice: its card keeps the same distance from the pills. */
form.audience + .card { margin-top: 16px; }
.direct { border-left: 5px solid var(--accent); }
.eyebrow { font-size: 13px; text-transform: uppercase; letter-spacing: .06em; color: var(--accent-dark); margin: 0 0 6px; }
.direct-text { font-size: 19px; margin: 0; }
.direct-lead { margin: 0 0 6px; }
ol.direct-parts { margin: 0; padding-left: 1.8em; } ol.direct-parts li { margin: 6px 0; padding-left: 2px; }
ul.points { padding-left: 20px; margin: 0; } ul.points li { margin: 8px 0; }
.cite { position: relative; display: inline; white-space: nowrap; }
.cite a { text-decoration:none; font-weight:700; font-size: .8em; vertical-align: super; line-height: 0; padding: 0 1px; }
.cite .tip { display:none; position:absolute; left: 50%; bottom: calc(100% + 8px); transform: translateX(-50%); width: min(340px, 80vw);
  white-space: normal; background:#1d2430; color:#fff; font-size:14px; line-height:1.45; padding: 10px 12px; border-radius:8px;
  box-shadow: 0 6px 18px rgba(0,0,0,.25); z-index: 5; font-weight: 400; }
.cite:hover .tip, .cite:focus-within .tip { display:block; }
.tip-label { display:block; font-size:12px; color:#b9c6d4; margin-bottom: 2px; }
.insufficient { background: var(--warn); border-color: var(--warn-line); }
.tag-note { font-size: 13px; color: var(--muted); }
.spelling-note { margin: 0 0 12px; font-style: italic; }
.spelling-suggestions p { margin: 8px 0 4px; font-weight: 600; } .spelling-suggestions ul { margin: 0; padding-left: 20px; }
.evidence p { margin: 0; }
ol.refs { padding-left: 24px; margin: 0; font-size: 15px; } ol.refs li { margin: 10px 0; scroll-margin-top: 16px; }
ol.refs li:target { background: var(--accent-soft); border-radius: 6px; }
/* The followed reference is shaded in the tag's own colour: the tag keeps an edge there, or it reads as loose text. */
ol.refs li:target .tag { box-shadow: inset 0 0 0 1px var(--accent); }
.ref-title { font-weight: 600; }
.ref-quotes { margin: 4px 0 2px; padding-left: 10px; border-left: 3px solid var(--line); font-size: 14px; color: var(--muted); }
.ref-quotes-label { display:block; font-size: 13px; }
.ref-quotes ul { list-style: none; margin: 0; padding: 0; } ol.refs .ref-quotes li { margin: 2px 0; }
.pubmed { font-size: 14px; }
.tag { display:inline-block; font-size:12px; padding:1px 8px; border-radius:10px; background:var(--accent-soft); color:#0b4f4b; margin-left:6px; }
.guide { background:#f4faf9; border-color:#cfe5e2; border-left: 5px solid #7fbdb6; }
.guide p { margin: 0 0 10px; }
.guide h3 { font-size: 16px; margin: 14px 0 4px; color: var(--accent-dark); }
.guide ul.questions { padding-left: 20px; margin: 0; } .guide ul.questions li { margin: 4px 0; }
.guide .urgent { background: var(--warn); border:1px solid var(--warn-line); border-radius: 8px; padding: 8px 12px; margin: 14px 0 0; font-size: 16px; }
.guide .urgent + .meta { margin: 10px 0 0; }
.disclaimer { background:#f9fafb; font-size: 15px; }
.disclaimer h2 { font-size: 17px; }
.thread { list-style:none; padding:0; margin: 16px 0 0; }
.thread li { border-top:1px solid var(--line); padding: 12px 0; scroll-margin-top: 16px; }
.thread-q { font-weight: 700; margin: 0; }
.thread-q::before { content: "Q. "; color: var(--accent); }
.thread-a { margin: 4px 0; }
.thread-state { margin: 4px 0 0; }
.thread-earlier > summary { margin-top: 16px; font-weight: 600; color: var(--accent-dark); }
.thread-earlier + .thread { margin-top: 8px; }
.follow { margin-top: 8px; }
.versions { list-style:none; padding-left: 0; margin:0; } .versions li { margin: 4px 0; }
.desk-link { margin: 0 0 16px; font-size: 15px; background:#f7fbff; border:1px solid #c9dcef; border-radius: 10px; padding: 8px 14px; }
.desk { border: 2px solid #c9dcef; background: #f7fbff; }
.actions { display:flex; flex-wrap:wrap; gap:8px; margin: 8px 0; }
.state { display:inline-block; white-space:nowrap; padding: 1px 10px; border-radius: 999px; font-size: 13px; font-weight: 600; background:#eef1f4; }
.state-submitted, .state-under_review { background:#e6f0fb; color:#1c4f86; }
.state-approved { background:#e4f4e8; color: var(--ok); }
.state-changes_requested { background:#fdecec; color: var(--danger); }
.comments { list-style:none; padding:0; } .comments li { border-top:1px solid var(--line); padding: 8px 0; } .comments p { margin: 2px 0; }
.audit { font-size: 14px; color: var(--muted); }
details summary { cursor:pointer; margin-top: 10px; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; font-size: 15px; }
th, td { text-align:left; padding: 8px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-size: 13px; text-transform: uppercase; letter-spacing:.04em; color: var(--muted); }
.prose { max-width: 46em; }
.prose dt { font-weight: 700; margin-top: 8px; }
.prose dd { margin-left: 0; }
.button-link { display:inline-block; font-size:16px; padding:9px 16px; border-radius:8px; border:1px solid #aab6c3; background:#fff;
  color:var(--ink); text-decoration:none; }
.button-link:hover { border-color: var(--accent); color: var(--ink); }
.actions.revise { align-items:center; }
.version-reviews { list-style:none; margin: 0 0 6px; padding-left: 16px; font-size: 14px; color: var(--muted); }
.versions > li:last-child, .versions > li:last-child .version-reviews, .versions > li:last-child .version-reviews > li:last-child { margin-bottom: 0; }
.version-reviews .ok { color: var(--ok); font-weight:600; } .version-reviews .changes { color: var(--danger); font-weight:600; }
.levels { list-style:none; display:flex; flex-wrap:wrap; gap:6px 14px; padding:0; margin: 10px 0 0; font-size: 14px; color: var(--muted); }
.levels .tag { margin-left:0; }
.refs .meta { display:flex; flex-wrap:wrap; align-items:center; gap:2px 6px; } .refs .meta > .tag { margin-left:0; }
.evidence p + p { margin-top: 8px; }
.point-notes { margin: 6px 0 10px; font-size: 15px; }
.notes { list-style:none; margin: 4px 0; padding: 0; }
.notes li { background:#fff8e6; border-left: 4px solid #e0b040; border-radius: 6px; padding: 6px 10px; margin: 4px 0; }
.point-comment summary { font-size: 14px; color: var(--accent-dark); margin-top: 2px; width: fit-content; }
.point-comment form.stack { margin: 6px 0; max-width: 36em; }
.direct .point-notes { margin-top: 10px; }
.edit-point { padding: 12px 0; border-top: 1px solid var(--line); }
.card h2 + .edit-point { border-top: none; padding-top: 0; }
.edit-point textarea { field-sizing: content; min-height: 4.6em; }
.edit-point > label:first-child { display:block; font-weight:600; font-size:15px; margin-bottom:6px; }
.sources { list-style:none; margin: 8px 0; padding: 8px 12px; background: #f6f8fa; border-radius: 8px; font-size: 14px; color: var(--muted); }
.sources li + li { margin-top: 4px; }
.source-n { font-weight:700; color: var(--accent-dark); }
/* Not the site's menu: the queue's page links read as links. */
nav.pager { margin-top: 10px; } nav.pager p { margin: 4px 0 0; }
nav.pager a { color: var(--accent); text-decoration: underline; font-size: inherit; padding: 0; border: none; }
label.check { display:inline-flex; gap:8px; align-items:center; font-size: 15px; cursor:pointer; }
label.check input { width:18px; height:18px; }
/* A reader whose system is set to dark gets a dark page (on screens only: paper stays light). Every colour the light
   theme names is given again here, so nothing is left light-on-light or dark-on-dark; text on the brighter teal is dark. */
@media screen and (prefers-color-scheme: dark) {
  :root { color-scheme: dark; --ink:#e4e9ef; --muted:#a3afbd; --line:#334150; --accent:#5cc8bd; --accent-dark:#8fded5; --accent-soft:#173d3a;
    --bg:#0f141a; --warn:#3b3114; --warn-line:#8f7424; --ok:#74d08f; --danger:#ff9b9b; --focus:#ffb627; }
  .skip-link, header.site, footer.site, .card, .steps .dot, .pill span, .button-link,
  input[type=text], input[type=search], input[type=email], input[type=password], select, textarea, button { background:#19212a; }
  input[type=text], input[type=search], input[type=email], input[type=password], select, textarea, button, .pill span, .button-link { border-color:#5a6878; }
  button.primary, .pill input:checked + span, .logo, .steps li.done .dot { color:#06201e; }
  .insufficient, .card.confirm { background: var(--warn); }
  .hero { background: linear-gradient(135deg, #15302e, #19212a); border-color:#24504b; }
  .notice { background:#12301d; border-color:#2f6b43; }
  .error, .state-changes_requested { background:#3a1719; border-color:#7a3438; }
  .changes-asked { background:#33220f; border-left-color:#d97706; }
  .tag { color:#bdeee8; }
  .guide { background:#132624; border-color:#24504b; border-left-color:#3f8f87; }
  .disclaimer { background:#151b22; }
  .desk-link, .desk { background:#141d29; border-color:#2e4a66; }
  .state { background:#2a333d; }
  .state-submitted, .state-under_review { background:#17304d; color:#a9cdf5; }
  .state-approved { background:#14331f; }
  .notes li { background:#33290f; border-left-color:#c0922a; }
  .sources { background:#151b22; }
  .cite .tip { background:#e4e9ef; color:#0f141a; } .tip-label { color:#4a5868; }
}
/* Printed (or saved as PDF), an article is its answer, evidence and references: no site navigation, reader picker, forms,
   staff panel or version links, and each reference shows the PubMed address its link went to. */
@media print {
  body { background:#fff; font-size: 11pt; display:block; min-height:0; }
  .skip-link, header.site nav, .no-print, .desk-link, .desk, .point-comment, main form, .cite .tip,
  .follow-ups > p.meta, .follow-ups:not(:has(.thread)), .thread .more { display:none !important; }
  header.site, footer.site { background:none; border:0; margin:0; }
  header.site .bar { min-height:0; }
  main { max-width:none; padding: 8px 0; }
  .card, .hero, .banner, .guide, .disclaimer { background:#fff; box-shadow:none; border:1px solid #bbb; break-inside: avoid-page; }
  a { color: inherit; }
  ol.refs a.pubmed::after { content: " " attr(href); }
  ul.points li, ol.refs li, .thread li { break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; }
  /* Paper cannot be clicked open: the folded turns of a long thread print with the rest (browsers without
     ::details-content print the summary line). */
  .thread-earlier::details-content { content-visibility: visible; }
  .thread-earlier > summary { display:none; }
}
@media (max-width: 720px) {
  .columns { grid-template-columns: minmax(0, 1fr); }
  .columns > .card { margin-bottom: 0; }
}
@media (max-width: 600px) {
  body { font-size: 16px; }
  .bar { padding: 0 14px; }
  header.site .bar { padding-top: 8px; padding-bottom: 8px; }
  /* The four menu items fit one line of a 390 px phone (343 of 362 px); at 15 px, 18 px apart, "Sign in" wrapped alone. */
  nav ul { gap: 4px 10px; }
  nav a, button.link { font-size: 14px; }
  main { padding: 16px 14px 8px; }
  h1 { font-size: 25px; }
  .hero { padding: 18px; }
  .card { padding: 16px; border-radius: 10px; }
  .ask-row input[type=text], .ask-row select { flex: 1 1 100%; }
  .ask-row button { flex: 1 1 100%; }
  .steps li { font-size: 12.5px; }
  .stack-table thead, .stack-table thead * { position:absolute; width:1px; height:1px; padding:0; overflow:hidden; clip:rect(0 0 0 0); }
  .stack-table tr { display:block; padding: 10px 0; border-bottom:1px solid var(--line); }
  .stack-table td { display:block; border:none; padding: 2px 0; overflow-wrap:anywhere; }
  .stack-table td[data-label]::before { content: attr(data-label) ": "; font-size:13px; color: var(--muted); }
  .cite .tip { position: fixed; left: 12px; right: 12px; bottom: 12px; transform:none; width:auto; }
  /* A tap on [n] goes to its reference, which lists the quoted sentences: the tip stayed fixed over the screen's foot
     until the next tap. It shows for keyboard focus only. */
  .cite:hover .tip, .cite:focus-within .tip { display:none; }
  .cite:has(a:focus-visible) .tip { display:block; }
}
`;
