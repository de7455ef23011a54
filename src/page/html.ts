/**
 * The workbench as one self-contained HTML file (no external request): the
 * browser bundle of the engine inlined and, for interactive.html, the
 * scenario's text. The bundle is built by `npm run build`
 * (scripts/build-page.mjs → dist/page/bundle.js; dist/page/workbench.html is
 * the empty workbench).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { fail } from "../diagnostics.js";
import type { Lang } from "../i18n/lang.js";
import { PAGE } from "../i18n/text/page.js";
import { CJK_FAMILY } from "../report/charts/font-face.js";
import { escapeHtml } from "../report/html-escape.js";
import { readPageFontCss } from "./font.js";
import type { McRun } from "./mc.js";

/**
 * dist/page/bundle.js (the engine with the formula compiler: the workbench
 * opens any scenario), from dist/page/ (built) or src/page/ (tests, tsx).
 */
export function bundlePath(): string {
  const name = "bundle.js";
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

export function readBundle(): string {
  return readFileSync(bundlePath(), "utf8");
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
  /** The scenario's text, as in its file (none: the empty workbench, which opens a dropped or picked file). */
  text?: string;
  file?: string;
  /** Texts of the files the scenario includes (regions), by path from its folder. */
  files?: Readonly<Record<string, string>>;
  /** The page's first language (the reader can switch; default: the browser's). */
  lang?: Lang;
  bundle?: string;
  /** The Monte Carlo samples and seed the page runs (a report's page: the report's; default: mc.ts DEFAULT_RUN). */
  run?: McRun;
  /** Extra script run after the page (serve's reload poller). */
  extraScript?: string;
  /** `@font-face` rules inlined for Chinese text (default: the ones built with the bundle, dist/page/cjk-font.css). */
  fontCss?: string;
}

const STYLE = `
body{font:14px/1.45 "${CJK_FAMILY}",system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1280px;padding:1rem 1.5rem;color:#1f2328}
button,select,input{font:inherit}
h1{font-size:1.4rem;margin:0 1rem 0 0;flex:1 1 auto}h2{font-size:1.1rem;margin-top:1.5rem}
#controls{display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:.5rem 1.5rem}
fieldset{border:1px solid #d0d7de;border-radius:6px;grid-column:1/-1;display:grid;grid-template-columns:repeat(auto-fill,minmax(360px,1fr));gap:.25rem 1.5rem}
.slider{display:grid;grid-template-columns:1fr 8rem;align-items:center;gap:0 .5rem;padding:.2rem .3rem;border-radius:4px}
.slider.moved{background:#fff8c5}
.slider label{grid-column:1/-1;font-weight:600}
.slider small{grid-column:1/-1;color:#57606a}
.slider .field input{width:5.5rem}.slider .unit{margin-left:.25rem;color:#57606a}
.slider small.correlated{color:#9a6700}.slider.moved small.correlated{font-weight:600}
.buttons{margin:.5rem 0;display:flex;flex-wrap:wrap;align-items:center;gap:.5rem}
#controls>details{grid-column:1/-1}details summary{cursor:pointer;font-weight:600;margin:.5rem 0}
details fieldset{margin-bottom:.5rem}
table{border-collapse:collapse;margin:.5rem 0;font-variant-numeric:tabular-nums}
th,td{border-bottom:1px solid #d0d7de;padding:.2rem .5rem;text-align:right}
th:first-child,td:first-child{text-align:left}
tr.changed td{background:#fff8c5}
.good{color:#1a7f37}.bad{color:#cf222e;font-weight:600}.error{color:#cf222e}
.charts{display:flex;flex-wrap:wrap;gap:.75rem}figure{margin:0}
.legend{display:flex;gap:1rem;flex-wrap:wrap;color:#57606a}
.key i{display:inline-block;margin-right:.3rem;vertical-align:middle}
.key-line i{width:18px;border-top:2px solid}.key-dash i{width:18px;border-top:2px dashed}
.key-dot i{width:10px;height:10px;border-radius:50%}
.drop{border:2px dashed #d0d7de;border-radius:8px;padding:.5rem 1rem;color:#57606a}
body.dragging .drop{border-color:#1f6feb;background:#ddf4ff}
body[data-state=empty] .drop{padding:3rem 1rem;text-align:center}
#mc-progress{width:100%;height:6px}
`;

/**
 * The workbench page: the inlined bundle and, when given, a scenario's text
 * (no external request: it works from disk, offline).
 */
export function interactivePage(o: PageOptions): string {
  const bundle = (o.bundle ?? readBundle()).replace(/<\/(script)/gi, "<\\/$1");
  const data =
    o.text === undefined
      ? null
      : scriptJson({
          text: o.text,
          file: basename(o.file ?? "scenario.yaml"),
          files: o.files ?? {},
          lang: o.lang,
          run: o.run,
        });
  const noscript = `${PAGE.noscript.zh} ${PAGE.noscript.en}`;
  const fontCss = o.fontCss ?? readPageFontCss();
  return `<!doctype html>
<html lang="${o.lang === "en" ? "en" : "zh-CN"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(o.title)} · chainsim</title>
<style>${STYLE}</style>
${fontCss ? `<style>${fontCss}</style>\n` : ""}</head>
<body>
<noscript>${noscript}</noscript>
<main id="app"></main>
${data === null ? "" : `<script type="application/json" id="chainsim-scenario">${data}</script>\n`}<script id="chainsim-bundle">${bundle}</script>
${o.extraScript ? `<script>${o.extraScript.replace(/<\/(script)/gi, "<\\/$1")}</script>` : ""}
</body>
</html>
`;
}

/** The empty workbench: one HTML file that opens any scenario dropped on it or picked. */
export function workbenchPage(bundle?: string): string {
  return interactivePage({ title: `${PAGE.title.zh} · ${PAGE.title.en}`, ...(bundle ? { bundle } : {}) });
}
