/**
 * Build the notebooks (notebooks/*.md) into notebooks/dist/*.html, offline.
 *
 * A notebook is Markdown with a front matter naming its scenario, and ```js
 * cells that run in the browser, in order, in one scope, with the library
 * (loadScenarioText, check, simulate, simulateCosts, …), `load(opts)` (the
 * notebook's scenario, with a variant or --set overrides) and `display(node)`.
 * Each page is self-contained: the scenario text and dist/page/notebook.js
 * (from `npm run build`) are inlined; nothing is fetched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "notebooks");
const out = process.argv[2] ?? join(src, "dist");
const runtimeFile = join(root, "dist", "page", "notebook.js");
if (!existsSync(runtimeFile)) {
  console.error(`build-notebooks: ${runtimeFile} is missing; run npm run build first`);
  process.exit(1);
}
const runtime = readFileSync(runtimeFile, "utf8").replace(/<\/(script)/gi, "<\\/$1");

const esc = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const inline = (s) =>
  esc(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>");

/** A small Markdown subset: headings, paragraphs, lists, inline code, bold, italics. */
function markdown(text) {
  const html = [];
  for (const block of text.split(/\n\s*\n/)) {
    const b = block.trim();
    if (!b) continue;
    const h = /^(#{1,4})\s+(.*)$/s.exec(b);
    if (h) html.push(`<h${h[1].length}>${inline(h[2])}</h${h[1].length}>`);
    else if (/^[-*] /.test(b)) {
      const items = b.split(/\n(?=[-*] )/).map((i) => `<li>${inline(i.replace(/^[-*] /, ""))}</li>`);
      html.push(`<ul>${items.join("")}</ul>`);
    } else html.push(`<p>${inline(b)}</p>`);
  }
  return html.join("\n");
}

function build(file) {
  const text = readFileSync(join(src, file), "utf8");
  const fm = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!fm) throw new Error(`${file}: front matter with title and scenario is missing`);
  const meta = Object.fromEntries(
    fm[1].split("\n").map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]),
  );
  const scenarioText = readFileSync(join(root, meta.scenario), "utf8");
  const parts = text.slice(fm[0].length).split(/^```js\n([\s\S]*?)^```\n?/m);
  const body = [];
  const code = [];
  parts.forEach((p, i) => {
    if (i % 2 === 0) body.push(markdown(p));
    else {
      const n = code.length;
      code.push(`__cell(${n});\n${p}`);
      body.push(
        `<details class="cell"><summary>code</summary><pre><code>${esc(p)}</code></pre></details><div class="output" data-cell-output="${n}"></div>`,
      );
    }
  });
  const json = (v) => JSON.stringify(v).replace(/</g, "\\u003c");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(meta.title)} · chainsim notebook</title>
<style>
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;max-width:800px;margin:0 auto;padding:1rem 1.5rem;color:#1f2328}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem}
code{font-size:.9em;background:#f6f8fa;padding:0 .2em}pre code{display:block;padding:.5rem;overflow:auto}
details.cell summary{color:#57606a;font-size:.85rem;cursor:pointer}
table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin:.5rem 0;font-size:.9rem}
th,td{border-bottom:1px solid #d0d7de;padding:.15rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}
figure{margin:.5rem 0}.error{color:#cf222e}
</style>
</head>
<body>
<p><small>chainsim notebook · scenario <code>${esc(meta.scenario)}</code> · recomputed in your browser when the page opens</small></p>
${body.join("\n")}
<script type="application/json" id="chainsim-scenario">${json({ text: scenarioText, file: basename(meta.scenario) })}</script>
<script type="application/json" id="chainsim-cells">${json(code.join("\n"))}</script>
<script>${runtime}</script>
</body>
</html>
`;
}

mkdirSync(out, { recursive: true });
const files = readdirSync(src).filter((f) => f.endsWith(".md") && f !== "README.md");
for (const f of files) {
  const target = join(out, f.replace(/\.md$/, ".html"));
  writeFileSync(target, build(f));
  console.log(target);
}
