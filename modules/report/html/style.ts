// Inline stylesheet and script of the HTML documents: no external request, readable on screen and on paper.

/** CSS string literal for `content:` (running headers); inventory text must not end the string or the rule. */
export const cssString = (s: string): string => `"${s.replace(/[\\"\n\r<>{}]/g, ' ')}"`;

/** The print rules: A4 pages with running headers, the diagrams on landscape pages. */
function printStyles(runningHeader: string): string {
  return `@media print {
  @page { size: A4; margin: 16mm 12mm 16mm;
    @top-left { content: ${cssString(runningHeader)}; font-size: 8pt; color: #4a4a4a; }
    @bottom-right { content: counter(page) " / " counter(pages); font-size: 8pt; color: #4a4a4a; } }
  html { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  .toolbar, .skip { display: none; }
  .cover { min-height: 60vh; }
  .page { break-before: page; }
  h2, h3, h4, figcaption, caption { break-after: avoid; }
  tr, figure { break-inside: avoid; }
  figure svg { width: auto; height: auto; max-width: 100%; max-height: 215mm; }
  /* Diagrams on A4 landscape pages, one per page, scaled down to at most the page (labels drawn at 12 pt, printed at 8 pt or more). */
  @page landscape { size: A4 landscape; margin: 14mm 12mm 14mm; }
  section.landscape { page: landscape; }
  section.landscape figure + figure { break-before: page; }
  section.landscape figure svg { max-height: 160mm; }
  thead { display: table-header-group; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
}

export function stylesheet(runningHeader: string): string {
  return `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #4a4a4a; --line: #c8c8c8; --head: #f0f2f5; --accent: #1f4e8c; }
* { box-sizing: border-box; }
html { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; font-size: 15px; line-height: 1.45; color: var(--ink); background: #ffffff; }
body { margin: 0; }
main { max-width: 1120px; margin: 0 auto; padding: 0 24px 48px; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
h1 { font-size: 1.9rem; margin: 0 0 .4em; }
h2 { font-size: 1.4rem; margin: 1.6em 0 .5em; border-bottom: 2px solid var(--accent); padding-bottom: .15em; }
h3 { font-size: 1.12rem; margin: 1.2em 0 .4em; }
h4 { font-size: 1rem; margin: 1em 0 .3em; }
[data-lang="vi"] .l-en, [data-lang="en"] .l-vi { display: none; }
.skip { position: absolute; left: -9999px; }
.skip:focus { left: 8px; top: 8px; background: #ffffff; padding: 4px 8px; z-index: 10; }
.toolbar { position: sticky; top: 0; z-index: 5; background: #ffffff; border-bottom: 1px solid var(--line); padding: 6px 24px; display: flex; justify-content: flex-end; gap: 12px; align-items: center; }
.toolbar button { font: inherit; padding: 4px 14px; border: 2px solid var(--accent); background: #ffffff; color: var(--accent); border-radius: 4px; cursor: pointer; }
.cover { padding: 48px 0 24px; }
.cover .kicker { color: var(--muted); text-transform: uppercase; letter-spacing: .06em; font-size: .85rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 1em 0; }
dl.facts dt { font-weight: bold; color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
code, .mono { font-family: "DejaVu Sans Mono", monospace; font-size: .88em; }
table { border-collapse: collapse; width: 100%; margin: .5em 0 1em; font-size: .9rem; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { border: 1px solid var(--line); padding: 4px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead th { background: var(--head); }
td.num, th.num { text-align: right; }
td.num { white-space: nowrap; }
.badge { display: inline-block; padding: 1px 6px; border-radius: 3px; font-size: .8rem; font-weight: bold; }
.s-fail { background: #b3261e; color: #ffffff; }
.s-due { background: #8a4b08; color: #ffffff; }
.s-pass { background: #1e6b34; color: #ffffff; }
.s-waived { background: #ffd98a; color: #1a1a1a; }
.s-manual { background: #2f5597; color: #ffffff; }
.s-not-applicable { background: #e0e0e0; color: #1a1a1a; }
.expired { color: #b3261e; font-weight: bold; }
.note { color: var(--muted); font-size: .88rem; }
.nowrap { white-space: nowrap; }
.date, td.date-col, th.date-col { white-space: nowrap; overflow-wrap: normal; }
.confidence { font-size: .85rem; }
ul.locations { margin: .3em 0 0; padding-left: 1.1em; font-size: .85rem; }
table.annex th.item { white-space: nowrap; overflow-wrap: normal; font-size: .85rem; }
table.annex div.evidence { margin-top: .3em; font-size: .85rem; color: var(--muted); }
table.annex div.evidence ul, table.findings ul { margin: .2em 0 0; padding-left: 1.1em; }
table.waivers th.date-col { width: 7.5em; }
.bar { display: inline-block; width: 90px; height: 12px; border: 1px solid #666666; background: #ffffff; vertical-align: middle; margin-right: 6px; }
.bar > span { display: block; height: 100%; background: var(--accent); }
figure { margin: 1em 0 1.6em; break-inside: avoid; }
figure svg { max-width: 100%; height: auto; }
figure.with-legend { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 12px; align-items: start; }
figure.with-legend figcaption { grid-column: 1 / -1; }
table.legend { margin: 0; font-size: .9rem; }
table.legend td, table.legend th { overflow-wrap: anywhere; }
table.summary, table.findings { table-layout: fixed; }
table.summary th[scope="col"] { font-size: .8rem; }
p.compact { font-size: .88rem; margin: .3em 0 .8em; }
figcaption { font-weight: bold; margin-bottom: 4px; }
nav.toc ol { columns: 2; }
section, h2, h3, figure { scroll-margin-top: 52px; }
.system { border-top: 1px solid var(--line); }
${printStyles(runningHeader)}`;
}

/** The language switch: a native button, so Enter and Space work; without script the page stays Vietnamese. */
export const SCRIPT = `
(function () {
  var root = document.documentElement;
  var button = document.getElementById('lang-toggle');
  var titles = { vi: root.getAttribute('data-title-vi'), en: root.getAttribute('data-title-en') };
  function set(lang) {
    root.setAttribute('lang', lang);
    root.setAttribute('data-lang', lang);
    document.title = titles[lang];
    button.setAttribute('aria-pressed', lang === 'en' ? 'true' : 'false');
  }
  button.addEventListener('click', function () { set(root.getAttribute('data-lang') === 'en' ? 'vi' : 'en'); });
})();
`;
