/**
 * interactive.html: one self-contained page (no external request) with the
 * scenario's text and the browser bundle of the engine inlined. The bundle is
 * built by `npm run build` (scripts/build-page.mjs → dist/page/bundle.js).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { fail } from "../diagnostics.js";
import { escapeHtml } from "../report/html-escape.js";

/**
 * dist/page/bundle.js (or bundle-formula.js, with mathjs, for scenarios with
 * formulas), from dist/page/ (built) or src/page/ (tests, tsx).
 */
export function bundlePath(formulas = false): string {
  const name = formulas ? "bundle-formula.js" : "bundle.js";
  const candidates = [
    new URL(`./${name}`, import.meta.url),
    new URL(`../../dist/page/${name}`, import.meta.url),
  ];
  for (const c of candidates) {
    const p = fileURLToPath(c);
    if (existsSync(p)) return p;
  }
  return fail("E_PAGE_BUNDLE", { path: fileURLToPath(candidates[1]!) });
}

export function readBundle(formulas = false): string {
  return readFileSync(bundlePath(formulas), "utf8");
}

/** Whether a scenario's text uses formulas (then the page needs mathjs). */
export function usesFormulas(text: string): boolean {
  return /\bformula\s*:/.test(text);
}

/** JSON safe inside a <script> element. */
function scriptJson(v: unknown): string {
  return JSON.stringify(v)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

export interface PageOptions {
  title: string;
  /** The scenario's text, as in its file. */
  text: string;
  file: string;
  /** Texts of the files the scenario includes (regions), by path from its folder. */
  files?: Readonly<Record<string, string>>;
  bundle?: string;
  /** Extra script run after the page (serve's reload poller). */
  extraScript?: string;
}

export function interactivePage(o: PageOptions): string {
  const files = o.files ?? {};
  const formulas = [o.text, ...Object.values(files)].some(usesFormulas);
  const bundle = (o.bundle ?? readBundle(formulas)).replace(/<\/(script)/gi, "<\\/$1");
  const data = scriptJson({ text: o.text, file: basename(o.file), files });
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)} · chainsim planner</title>
<style>
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;margin:0 auto;max-width:1200px;padding:1rem 1.5rem;color:#1f2328}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}
#controls{display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:.5rem 1.5rem}
fieldset{border:1px solid #d0d7de;border-radius:6px}
fieldset{grid-column:1/-1;display:grid;grid-template-columns:repeat(auto-fill,minmax(340px,1fr));gap:.25rem 1.5rem}
.slider{display:grid;grid-template-columns:1fr 5.5rem;align-items:center}
.slider label{grid-column:1/-1;font-weight:600}
.slider small{grid-column:1/-1;color:#57606a}
.buttons{margin:.5rem 0;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
#controls>details{grid-column:1/-1}details summary{cursor:pointer;font-weight:600;margin:.5rem 0}
details fieldset{margin-bottom:.5rem}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #d0d7de;padding:.2rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}
.good{color:#1a7f37}.bad{color:#cf222e;font-weight:600}.error{color:#cf222e}
.charts{display:flex;flex-wrap:wrap;gap:.5rem}figure{margin:0}
</style>
</head>
<body>
<h1>${escapeHtml(o.title)}</h1>
<p>Move a slider — a growth rate, a baseline, an overlap share, an input-output coefficient or a local share — to replace that assumption by a single value; the tables and charts use central values, the probabilities a Monte Carlo in which the other assumptions keep their distributions. A variant of the file can be chosen as the starting point. The address keeps the variant and the current assumptions; “Download scenario” saves them as a file <code>chainsim run</code> reads.</p>
<noscript>This page needs JavaScript.</noscript>
<main id="app"></main>
<script type="application/json" id="chainsim-scenario">${data}</script>
<script id="chainsim-bundle">${bundle}</script>
${o.extraScript ? `<script>${o.extraScript.replace(/<\/(script)/gi, "<\\/$1")}</script>` : ""}
</body>
</html>
`;
}
