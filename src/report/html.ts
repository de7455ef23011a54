/**
 * report.html: one self-contained page — inline CSS and SVG, no script, no
 * external request (a Content-Security-Policy forbids them) — in Chinese or
 * English. Summary first (findings, verdicts, goals), then one section per
 * analysis with its figures and tables, each figure captioned with where its
 * numbers come from, and the manifest at the end.
 *
 * Everything that comes from the scenario goes through escapeHtml.
 */
import type { Num } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import { CJK_FAMILY, cjkFontFace } from "./charts/font-face.js";
import type { ChartSvg } from "./charts/style.js";
import { FONT_FAMILY, formatProbability } from "./charts/style.js";
import { n } from "./figure-input.js";
import { formatPercent, formatValue } from "./format.js";
import { escapeHtml as e } from "./html-escape.js";
import type { Manifest } from "./manifest.js";
import type { FigureSpec, SectionId } from "./report-figures.js";
import { lineList, quantityName } from "./report-figures.js";
import {
  checkOf,
  type FindingsInput,
  goalRows,
  keyFindings,
  outOfScopeRows,
  pairSentences,
  verdictNotes,
  verdictSentence,
} from "./report-findings.js";

export const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";

export interface PageFigure {
  number: number;
  spec: FigureSpec;
  chart: ChartSvg;
  /** Files written for it, relative to the report folder. */
  files: string[];
}

export interface WrittenFile {
  path: string;
  bytes: number;
  sha256: string;
}

export interface PageInput extends FindingsInput {
  figures: PageFigure[];
  manifest: Manifest;
  /** Every file written before the page (the page and manifest.json are not listed). */
  files: WrittenFile[];
}

const STYLE = `
:root { --text: #1a1a1a; --muted: #595959; --rule: #d9d9d9; --accent: #0072B2; --met: #00734f; --missed: #b34700; }
* { box-sizing: border-box; }
html { background: #f4f4f1; }
body { margin: 0; color: var(--text); font-family: ${FONT_FAMILY}; font-size: 15px; line-height: 1.6; }
main { max-width: 1020px; margin: 0 auto; background: #fff; padding: 28px 36px 56px; }
h1 { font-size: 26px; line-height: 1.3; margin: 0 0 6px; }
h2 { font-size: 20px; margin: 44px 0 12px; padding-bottom: 4px; border-bottom: 2px solid var(--rule); }
h3 { font-size: 16px; margin: 28px 0 8px; }
p.meta { color: var(--muted); font-size: 13px; margin: 0 0 4px; }
nav ol { columns: 2; font-size: 14px; padding-left: 20px; }
a { color: var(--accent); }
ul.findings li { margin-bottom: 6px; }
.verdict { display: inline-block; padding: 0 6px; border-radius: 3px; font-weight: bold; font-size: 13px; }
.v-CONSISTENT { background: #d8efe6; color: var(--met); }
.v-OVERSHOOT, .v-GAP { background: #fbe3d4; color: var(--missed); }
.v-INDETERMINATE { background: #fff2c7; color: #7a5a00; }
figure { margin: 28px 0; }
figure > svg { display: block; width: 100%; max-width: 100%; height: auto; }
figcaption { font-size: 13px; color: var(--muted); margin-top: 8px; }
figcaption b { color: var(--text); }
figcaption ul { margin: 4px 0; padding-left: 18px; }
.table-wrap { overflow-x: auto; margin: 12px 0 20px; }
table { border-collapse: collapse; font-size: 13px; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 4px 0; }
th, td { padding: 4px 8px; border-bottom: 1px solid #e6e6e6; text-align: left; vertical-align: top; }
th { border-bottom: 2px solid var(--rule); white-space: nowrap; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody tr:nth-child(even) { background: #fafafa; }
.met { color: var(--met); white-space: nowrap; }
.nowrap, td.unknown { white-space: nowrap; }
td.id { font-size: 12px; }
td.src { white-space: nowrap; }
span.meta { color: var(--muted); font-size: 12px; }
.missed { color: var(--missed); font-weight: bold; white-space: nowrap; }
.unknown { color: var(--muted); }
code, pre { font-family: "SFMono-Regular", Consolas, "Liberation Mono", "${CJK_FAMILY}", monospace; font-size: 12px; }
pre { background: #f6f6f6; padding: 12px; overflow-x: auto; }
td.hash { font-family: "SFMono-Regular", Consolas, "Liberation Mono", "${CJK_FAMILY}", monospace; font-size: 11px; word-break: break-all; }
footer { color: var(--muted); font-size: 12px; margin-top: 40px; }
@media print { html { background: #fff; } main { padding: 0; max-width: none; } figure, table { break-inside: avoid; } nav { display: none; } }
`;

interface Column {
  label: string;
  num?: boolean;
}

/** A table; every cell is escaped unless given as { html }. */
function table(
  columns: Column[],
  rows: Array<Array<string | { html: string; cls?: string }>>,
  caption?: string,
): string {
  const head = columns.map((c) => `<th${c.num ? ' class="num"' : ""}>${e(c.label)}</th>`).join("");
  const body = rows
    .map(
      (r) =>
        `<tr>${r
          .map((cell, i) => {
            const cls = [columns[i]?.num ? "num" : "", typeof cell === "object" ? (cell.cls ?? "") : ""]
              .filter(Boolean)
              .join(" ");
            const content = typeof cell === "object" ? cell.html : e(cell);
            return `<td${cls ? ` class="${cls}"` : ""}>${content}</td>`;
          })
          .join("")}</tr>`,
    )
    .join("\n");
  const thead = columns.some((c) => c.label) ? `<thead><tr>${head}</tr></thead>` : "";
  return `<div class="table-wrap"><table>${caption ? `<caption>${e(caption)}</caption>` : ""}${thead}<tbody>\n${body}\n</tbody></table></div>`;
}

function figureHtml(f: PageFigure, p: PageInput): string {
  const { L } = p;
  const links = f.files.map((path) => `<a href="${e(path)}">${e(path)}</a>`).join(" · ");
  const sources = f.spec.sources.length
    ? `<ul>${f.spec.sources.map((s) => `<li>${e(s)}</li>`).join("")}</ul>`
    : "";
  return `<figure id="fig-${e(f.spec.name)}">
${f.chart.inline}
<figcaption><b>${e(L.figure(f.number))}</b> ${e(f.spec.caption)}${sources}${e(L.captions.data)}: ${links}</figcaption>
</figure>`;
}

const iv = (f: (x: number) => string, i: { low: Num; high: Num }) =>
  i.low === i.high ? f(n(i.low)) : `${f(n(i.low))}–${f(n(i.high))}`;

type Section = { id: string; title: string; body: string };

/**
 * report.html with the CJK font it needs inlined (the bundled Noto Sans S
 * Chinese, Regular and Bold, cut to the page's own characters): Chinese
 * shows on machines without a Chinese font, offline. A page without CJK
 * text gets no font.
 *
 * @example
 * await reportHtml({ s, f, L, figures, manifest, files }) // "<!DOCTYPE html>…@font-face{…}…"
 */
export async function reportHtml(p: PageInput): Promise<string> {
  return withFont(renderHtml(p));
}

/** An HTML page with `@font-face` rules for its CJK characters added after its first style element. */
export async function withFont(html: string): Promise<string> {
  const css = await cjkFontFace(html, { bold: true });
  return css ? html.replace("</style>", () => `</style>\n<style>${css}</style>`) : html;
}
type Figs = (section: SectionId) => string;

/**
 * @example
 * renderHtml({ s, check, sim, L, figures, manifest, files }) // "<!DOCTYPE html>…"
 */
export function renderHtml(p: PageInput): string {
  const figs: Figs = (section) =>
    p.figures
      .filter((f) => f.spec.section === section)
      .map((f) => figureHtml(f, p))
      .join("\n");
  const sections: Section[] = [
    ...summarySections(p),
    ...projectionSections(p, figs),
    ...simulationSections(p, figs),
    ...addUpSections(p),
    ...growthGoalPairsTrackingSections(p, figs),
    ...regionsSections(p, figs),
    ...manifestSections(p),
  ];
  return pageHtml(p, sections);
}

/** The page around its sections: head, contents, footer. */
function pageHtml(p: PageInput, sections: Section[]): string {
  const { s, L } = p;
  const sim = p.f.simulation;
  const S = L.sections;
  const m = p.manifest;
  const simLine = sim
    ? L.meta.simulation(sim.samples.toLocaleString("en-US"), String(sim.seed), sim.method)
    : L.meta.deterministic;
  return `<!DOCTYPE html>
<html lang="${e(L.htmlLang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${e(CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chainsim ${e(m.version)}">
<title>${e(s.title)} — ${e(L.report)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<header>
<p class="meta">${e(L.report)} · chainsim ${e(m.version)}</p>
<h1>${e(s.title)}</h1>
${s.description ? `<p>${e(s.description)}</p>` : ""}
<p class="meta">${e(L.meta.scenario)}: <code>${e(s.id)}</code> · ${e(L.meta.file)}: <code>${e(m.scenario)}</code> · ${e(L.meta.unit)}: ${e(s.unit.symbol)} · ${e(L.meta.period)}: ${s.baseYear}–${s.horizon}${m.variant ? ` · ${e(L.meta.variant)}: ${e(m.variant)}` : ""}${m.overrides.length ? ` · ${e(L.meta.overrides)}: ${e(m.overrides.join(" "))}` : ""}</p>
<p class="meta">${e(simLine)}</p>
</header>
<nav><h2>${e(S.contents)}</h2><ol>${sections.map((x) => `<li><a href="#${x.id}">${e(x.title)}</a></li>`).join("")}</ol></nav>
${sections.map((x) => `<section id="${x.id}">\n<h2>${e(x.title)}</h2>\n${x.body}\n</section>`).join("\n")}
<footer>${e(L.summary.generated)} · chainsim ${e(m.version)} · ${e(L.meta.sha256)} ${e(m.input_sha256)}</footer>
</main>
</body>
</html>
`;
}

/** The goals the scenario deliberately leaves out, with the reason ("" when none). */
function outOfScopeTable(p: PageInput): string {
  const rows = outOfScopeRows(p.f, p.L.lang);
  if (!rows.length) return "";
  const C = p.L.columns;
  return table(
    [{ label: C.goal }, { label: C.source }, { label: C.reason }],
    rows.map((r) => [{ html: e(r.goal), cls: "id" }, { html: e(r.source), cls: "src" }, r.reason]),
    p.L.sections.outOfScope,
  );
}

/** The report section(s): summary. */
function summarySections(p: PageInput): Section[] {
  const { s, L } = p;
  const check = checkOf(p.f);
  const sim = p.f.simulation;
  const S = L.sections;
  const C = L.columns;
  const sections: Section[] = [];
  const findings = keyFindings(p);
  const goals = goalRows(p);
  // one source document for every goal: name it once, show clauses in the table
  const docs = [...new Set(goals.map((g) => g.document).filter(Boolean))];
  const oneDoc = docs.length === 1 ? docs[0]! : null;
  const statusCell = (st: "met" | "missed" | "unknown") => ({ html: e(L.status[st]), cls: st });
  sections.push({
    id: "summary",
    title: S.summary,
    body: `<h3>${e(S.findings)}</h3>
<ul class="findings">${findings.map((x) => `<li>${e(x)}</li>`).join("\n")}</ul>
${
  check.verdicts.length
    ? table(
        [
          { label: C.subject },
          { label: C.year, num: true },
          { label: C.childrenSum, num: true },
          { label: C.net, num: true },
          { label: C.headline, num: true },
          { label: C.verdict },
        ],
        check.verdicts.map((v) => [
          quantityName(s, v.parent, L),
          String(v.year),
          formatValue(v.children_sum, s.unit),
          iv((x) => formatValue(x, s.unit), v.net),
          formatValue(v.headline, s.unit),
          { html: `<span class="verdict v-${e(v.verdict)}">${e(L.verdict[v.verdict])}</span>` },
        ]),
        S.addup,
      )
    : ""
}
${table(
  [
    { label: C.goal },
    { label: C.subject },
    { label: C.goalValue },
    { label: C.asWritten },
    { label: C.projected, num: true },
    { label: C.status },
    ...(sim
      ? [
          { label: C.probability, num: true },
          { label: C.interval, num: true },
        ]
      : []),
    { label: C.source },
  ],
  goals.map((g) => [
    { html: e(g.id), cls: "id" },
    g.subject,
    g.goal,
    { html: e(g.asWritten), cls: "nowrap" },
    g.projected,
    statusCell(g.status),
    ...(sim ? [g.probability, g.interval] : []),
    {
      html: `${e(oneDoc ? g.clause : g.source)}<br><span class="meta">${e(lineList([g.line], L))}</span>`,
      cls: "src",
    },
  ]),
  oneDoc ? `${S.goals} · ${C.source}: ${oneDoc}` : S.goals,
)}
${outOfScopeTable(p)}
<p class="meta">${e(L.sentences.central)}</p>`,
  });
  return sections;
}

/** The report section(s): projection. */
function projectionSections(p: PageInput, figs: Figs): Section[] {
  const { s, L } = p;
  const S = L.sections;
  const C = L.columns;
  const sections: Section[] = [];
  const p0 = p.f.projection ?? { years: [], series: [] };
  const series = new Map(p0.series.map((x) => [x.id, x.values]));
  sections.push({
    id: "projection",
    title: S.projection,
    body: `${figs("projection")}
${table(
  [{ label: C.quantity }, { label: C.unit }, ...p0.years.map((y) => ({ label: String(y), num: true }))],
  [...s.quantities.values()].map((q) => [
    displayName(q, L.lang),
    q.unit.symbol,
    ...(series.get(q.id) ?? []).map((v) => formatValue(v, q.unit)),
  ]),
)}`,
  });
  return sections;
}

/** The report section(s): simulation. */
function simulationSections(p: PageInput, figs: Figs): Section[] {
  const { s, L } = p;
  const sim = p.f.simulation;
  const S = L.sections;
  const C = L.columns;
  const sections: Section[] = [];
  if (sim) {
    const k = sim.years.length - 1;
    const stats = new Map(sim.quantities.map((x) => [x.id, x.stats]));
    sections.push({
      id: "simulation",
      title: S.simulation,
      body: `<p class="meta">${e(L.meta.simulation(sim.samples.toLocaleString("en-US"), String(sim.seed), sim.method))}</p>
${figs("simulation")}
${table(
  [
    { label: C.quantity },
    { label: C.unit },
    ...["P5", "P25", "P50", "P75", "P95"].map((x) => ({ label: `${sim.years[k]} ${x}`, num: true })),
  ],
  [...s.quantities.values()]
    .filter((q) => stats.has(q.id))
    .map((q) => {
      const st = stats.get(q.id)!;
      return [
        displayName(q, L.lang),
        q.unit.symbol,
        ...[st.p5, st.p25, st.p50, st.p75, st.p95].map((a) => formatValue(a[k], q.unit)),
      ];
    }),
)}`,
    });
  } else {
    sections.push({ id: "simulation", title: S.simulation, body: `<p>${e(L.sentences.noSimulation)}</p>` });
  }
  return sections;
}

/** The report section(s): add-up. */
function addUpSections(p: PageInput): Section[] {
  const { s, L } = p;
  const check = checkOf(p.f);
  const S = L.sections;
  const C = L.columns;
  const sections: Section[] = [];
  if (check.verdicts.length) {
    const parts: string[] = [];
    for (const v of check.verdicts) {
      const slug = `${v.parent.replace(/_/g, "-")}-${v.year}`;
      const own = p.figures.filter(
        (f) => f.spec.name === `addup-${slug}` || f.spec.name === `waterfall-${slug}`,
      );
      parts.push(`<h3>${e(quantityName(s, v.parent, L))} ${v.year} <span class="verdict v-${e(v.verdict)}">${e(L.verdict[v.verdict])}</span></h3>
<p>${e(verdictSentence(p, v))}</p>
${verdictNotes(p, v)
  .map((n) => `<p class="meta">${e(n)}</p>`)
  .join("\n")}
${own.map((f) => figureHtml(f, p)).join("\n")}
${table(
  [{ label: C.child }, { label: C.value, num: true }, { label: C.basis }, { label: C.goal }],
  v.children.map((c) => [
    quantityName(s, c.id, L),
    formatValue(c.value, s.unit),
    L.basis[c.basis],
    c.target ?? "",
  ]),
)}
${
  v.overlaps.length
    ? table(
        [
          { label: C.overlap },
          { label: C.share, num: true },
          { label: C.amount, num: true },
          { label: C.line, num: true },
        ],
        v.overlaps.map((o) => [
          o.within
            ? L.charts.waterfall.within(quantityName(s, o.part, L), quantityName(s, o.within, L))
            : L.charts.waterfall.outside(quantityName(s, o.part, L), quantityName(s, o.outside!, L)),
          iv((x) => formatPercent(x), o.share),
          iv((x) => formatValue(x, s.unit), o.amount),
          String(o.line),
        ]),
      )
    : ""
}`);
    }
    sections.push({ id: "addup", title: S.addup, body: parts.join("\n") });
  }
  return sections;
}

/** The report section(s): growth, goal pairs, tracking. */
function growthGoalPairsTrackingSections(p: PageInput, figs: Figs): Section[] {
  const { s, L } = p;
  const check = checkOf(p.f);
  const S = L.sections;
  const C = L.columns;
  const sections: Section[] = [];
  {
    const parts: string[] = [figs("growth")];
    if (check.required_growth.length) {
      parts.push(
        table(
          [
            { label: C.goal },
            { label: C.from, num: true },
            { label: C.required, num: true },
            { label: C.assumed, num: true },
            { label: C.shortfall, num: true },
          ],
          check.required_growth.map((g) => {
            const q = s.quantities.get(g.subject)!;
            const from =
              g.from.low === g.from.high
                ? formatValue(g.from.central, q.unit)
                : `${formatValue(g.from.low, q.unit)}–${formatValue(g.from.high, q.unit)}`;
            const rng = (r: { low: Num; central: Num; high: Num }) =>
              r.low === r.high
                ? formatPercent(r.central)
                : `${formatPercent(r.central)} (${formatPercent(r.low)}–${formatPercent(r.high)})`;
            return [
              g.target,
              `${g.from.year}: ${from}`,
              rng(g.required),
              g.assumed ? rng(g.assumed) : "–",
              g.shortfall === null ? "–" : `${g.shortfall > 0 ? "+" : ""}${(g.shortfall * 100).toFixed(1)}`,
            ];
          }),
        ),
      );
    }
    const pairs = pairSentences(p);
    if (pairs.length)
      parts.push(`<h3>${e(S.pairs)}</h3><ul>${pairs.map((x) => `<li>${e(x)}</li>`).join("")}</ul>`);
    if (check.tracking.length) {
      parts.push(
        `<h3>${e(S.tracking)}</h3>`,
        table(
          [
            { label: C.goal },
            { label: C.latest, num: true },
            { label: C.goalValue, num: true },
            { label: C.needsNow, num: true },
            { label: C.reforecast, num: true },
            { label: C.status },
          ],
          check.tracking.map((t) => {
            const q = s.quantities.get(t.subject)!;
            return [
              t.target,
              `${t.latest.year}: ${formatValue(t.latest.value, q.unit)}`,
              formatValue(t.goal, q.unit),
              formatPercent(t.required_remaining),
              formatValue(t.projected, q.unit),
              {
                html: e(L.tracking[t.status as keyof typeof L.tracking]),
                cls: t.status === "behind" ? "missed" : "met",
              },
            ];
          }),
        ),
      );
    }
    if (parts.some((x) => x)) sections.push({ id: "growth", title: S.growth, body: parts.join("\n") });
  }
  return sections;
}

/** The report section(s): regions. */
function regionsSections(p: PageInput, figs: Figs): Section[] {
  const { s, L } = p;
  const S = L.sections;
  const sections: Section[] = [];
  const ro = checkOf(p.f).regions;
  if (ro.shares.length || ro.sums.length || ro.ratios.length) {
    const f = (x: Num) => formatValue(x, s.unit);
    const lines = [
      ...ro.shares.map((x) =>
        L.sentences.regionShare(
          x.region,
          x.theirs,
          x.year,
          f(x.region_goal),
          formatPercent(x.share, 2),
          x.ours,
          f(x.goal),
        ),
      ),
      ...ro.sums.map((x) =>
        L.sentences.regionSum(
          x.ours,
          x.year,
          f(x.regions_sum),
          f(x.goal),
          L.verdict[x.verdict as keyof typeof L.verdict],
        ),
      ),
      ...ro.ratios.map((x) =>
        L.sentences.ratio(
          x.region,
          x.year,
          `${formatValue(x.amount.goal, s.unit)} ${x.amount.unit}`,
          `${x.count.goal} ${x.count.unit}`,
          `${x.per_unit === null ? "–" : x.per_unit.toFixed(2)} ${x.amount.unit}`,
        ),
      ),
    ];
    sections.push({
      id: "regions",
      title: S.regions,
      body: `<ul>${lines.map((x) => `<li>${e(x)}</li>`).join("")}</ul>`,
    });
  }

  for (const id of ["sensitivity", "chain", "costs"] as const) {
    const body = figs(id);
    if (body) sections.push({ id, title: S[id], body });
  }
  return sections;
}

/** The report section(s): manifest. */
function manifestSections(p: PageInput): Section[] {
  const { L } = p;
  const S = L.sections;
  const sections: Section[] = [];
  const m = p.manifest;
  const meta: Array<[string, string]> = [
    [L.meta.version, m.version],
    [L.meta.commit, m.commit],
    [L.meta.file, m.scenario],
    [L.meta.sha256, m.input_sha256],
    [L.meta.variant, m.variant ?? L.meta.none],
    [L.meta.overrides, m.overrides.length ? m.overrides.join(" ") : L.meta.none],
    ["seed", m.seed === undefined ? "–" : String(m.seed)],
    ["samples", m.samples === undefined ? "–" : String(m.samples)],
  ];
  sections.push({
    id: "manifest",
    title: S.manifest,
    body: `${table(
      [{ label: "" }, { label: "" }],
      meta.map(([k, v]) => [k, v]),
    )}
${table(
  [{ label: L.meta.path }, { label: L.meta.bytes, num: true }, { label: "SHA-256" }],
  p.files.map((f) => [
    { html: `<a href="${e(f.path)}">${e(f.path)}</a>` },
    String(f.bytes),
    { html: e(f.sha256), cls: "hash" },
  ]),
  L.meta.files,
)}
<p class="meta">${e(L.sentences.howToView)}</p>`,
  });
  return sections;
}

export { formatProbability };
