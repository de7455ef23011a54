/// <reference lib="dom" />
/**
 * The workbench's results for one view, compared with the file's: goals,
 * add-up verdicts, growth needed, the industry chain and the projections
 * (probabilities are filled in later, when the Monte Carlo answers).
 */
import type { CheckResult } from "../analysis/check.js";
import { type Lang, pick } from "../i18n/lang.js";
import { CHAIN_VERDICT_TEXT, PAGE_FMT, VERDICT_TEXT } from "../i18n/text/page.js";
import type { Findings } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { goalOf } from "../report/facts.js";
import type { PageChain } from "./chain.js";
import type { View } from "./core.js";
import { el, fmt, pct, tr } from "./dom.js";
import { FILE_LINE, LINE, MET, MISSED, sparkline } from "./sparkline.js";

type Name = (id: string) => string;

/** The results of `view`, with the file's figures (`file`, same text, no overrides) beside them. */
export function renderView(results: HTMLElement, view: View, file: View | null, lang: Lang): void {
  const s = view.scenario;
  const name: Name = (id) => {
    const q = s.quantities.get(id);
    return q ? displayName(q, lang) : id;
  };
  const f = view.findings;
  results.replaceChildren(...goalsSection(f, file?.findings ?? null, name, lang));
  if (f.check!.verdicts.length) results.append(...verdictsSection(f, name, lang));
  if (f.check!.required_growth.length) results.append(...requiredSection(f, lang));
  if (view.chain) results.append(...chainSection(s, view.chain, name, lang));
  if (view.result.chain.length) results.append(...chainConsistencySection(view.result, name, lang));
  results.append(...projectionSection(view, file, lang));
}

function table(id: string, heads: readonly string[], rows: readonly HTMLElement[]): HTMLTableElement {
  return el(
    "table",
    { id },
    el("thead", {}, el("tr", {}, ...heads.map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows),
  );
}

function td(text: string, attrs: Record<string, string> = {}): HTMLTableCellElement {
  return el("td", attrs, text);
}

/** Goals: the file's projection and the current one, met or missed, growth needed, P(met) file and now. */
function goalsSection(f: Findings, before: Findings | null, name: Name, lang: Lang): HTMLElement[] {
  const rows = f.targets!.map((g) => {
    const t = goalOf(f.scenario, g.id)!;
    const was = before?.targets?.find((x) => x.id === g.id);
    const isRate = t.kind === "growth" || t.kind === "share";
    const shown = (x: number | null | undefined) => (isRate ? pct(x) : fmt(x));
    const changed = was !== undefined && was.projected !== g.projected;
    return el(
      "tr",
      { "data-goal": t.id, ...(changed ? { class: "changed" } : {}) },
      td(t.id),
      td(name(t.subject)),
      td(String(t.year)),
      td(t.text),
      td(shown(was?.projected), { "data-projected-file": t.id }),
      td(shown(g.projected), { "data-projected": t.id }),
      td(g.met === null ? "–" : tr(g.met ? "yes" : "no", lang), {
        class: g.met === false ? "bad" : g.met ? "good" : "",
        "data-met": String(g.met),
      }),
      td(pct(g.required_cagr)),
      td("…", { "data-prob-file": t.id }),
      td("…", { "data-prob": t.id }),
    );
  });
  const heads = [
    tr("goal", lang),
    tr("subject", lang),
    tr("year", lang),
    tr("goalValue", lang),
    tr("projectedFile", lang),
    tr("projectedNow", lang),
    tr("met", lang),
    tr("growthNeeded", lang),
    tr("probFile", lang),
    tr("probNow", lang),
  ];
  return [
    el("h2", {}, tr("goals", lang)),
    table("goals", heads, rows),
    el("p", {}, tr("probAll", lang), el("strong", { id: "prob-all" }, "…")),
  ];
}

function verdictsSection(f: Findings, name: Name, lang: Lang): HTMLElement[] {
  const rows = f.check!.verdicts.map((v) => {
    const key = `${v.parent}:${v.year}`;
    return el(
      "tr",
      {},
      td(name(v.parent)),
      td(String(v.year)),
      td(fmt(v.headline)),
      td(fmt(v.children_sum), { "data-children": key }),
      td(`${fmt(v.overlap.low)} – ${fmt(v.overlap.high)}`, { "data-overlap": key }),
      td(`${fmt(v.net.low)} – ${fmt(v.net.high)}`, { "data-net": key }),
      td(VERDICT_TEXT[v.verdict] ? pick(VERDICT_TEXT[v.verdict]!, lang) : v.verdict, {
        "data-verdict": key,
        "data-value": v.verdict,
        class: v.verdict === "CONSISTENT" ? "good" : "bad",
      }),
      td(
        (v.min_overlap_needed ?? 0) > 0 ? `${fmt(v.min_overlap_needed)} (${pct(v.min_overlap_share)})` : "–",
        { "data-needed": key },
      ),
      td("…", { "data-verdict-prob": `${v.parent}-${v.year}-consistent` }),
    );
  });
  const heads = (
    [
      "headline",
      "year",
      "headlineGoal",
      "childrenGoals",
      "overlapStated",
      "childrenNet",
      "verdict",
      "overlapNeeded",
      "probConsistent",
    ] as const
  ).map((k) => tr(k, lang));
  return [el("h2", {}, tr("addUp", lang)), table("verdicts", heads, rows)];
}

function requiredSection(f: Findings, lang: Lang): HTMLElement[] {
  const rows = f.check!.required_growth.map((g) =>
    el(
      "tr",
      {},
      td(g.target),
      td(`${g.from.year} (${g.from.kind})`),
      td(pct(g.required.central), { "data-required": g.target }),
      td(pct(g.assumed?.central)),
      td(g.shortfall === null ? "–" : `${fmt(g.shortfall * 100)} ${tr("points", lang)}`),
    ),
  );
  const heads = (["goal", "from", "growthNeeded", "assumed", "shortfall"] as const).map((k) => tr(k, lang));
  return [el("h2", {}, tr("required", lang)), table("required", heads, rows)];
}

const CLASS_KEY = {
  key: "classKey",
  backward: "classBackward",
  forward: "classForward",
  weak: "classWeak",
} as const;

function chainSection(s: Scenario, c: PageChain, name: Name, lang: Lang): HTMLElement[] {
  const d = c.shock;
  const i0 = c.sectors.indexOf(d.shock.sector);
  const rows = c.sectors.map((id, i) =>
    el(
      "tr",
      { "data-sector": id },
      td(name(id)),
      td(fmt(c.output[i])),
      td(fmt(c.multipliers[i], 3), { "data-multiplier": id }),
      td(fmt(c.backward[i], 3)),
      td(fmt(c.forward[i], 3)),
      td(tr(CLASS_KEY[c.classes[i]!], lang)),
      td(fmt(d.output[i]), { "data-shock": id }),
      td(fmt(d.delta[i])),
      td(fmt(d.indirect[i])),
      td(pct(d.relative[i], 2)),
    ),
  );
  rows.push(
    el("tr", {}, td(tr("total", lang)), ...Array.from({ length: 5 }, () => td("")), td(fmt(d.total))),
  );
  const heads = [
    tr("sector", lang),
    pick(PAGE_FMT.outputIn(c.year), lang),
    tr("multiplier", lang),
    tr("backward", lang),
    tr("forward", lang),
    tr("class", lang),
    tr("deltaOutput", lang),
    tr("direct", lang),
    tr("indirect", lang),
    tr("deltaPct", lang),
  ];
  const about = PAGE_FMT.chainAbout(name(d.shock.sector), fmt(d.delta[i0]), s.unit.symbol, d.shock.arg);
  return [
    el("h2", {}, pick(PAGE_FMT.chainTitle(c.year), lang)),
    el("p", {}, pick(about, lang)),
    table("chain", heads, rows),
  ];
}

function chainConsistencySection(r: CheckResult, name: Name, lang: Lang): HTMLElement[] {
  const rows = r.chain.map((row) => {
    const d = row.impliedDemand;
    const be = row.breakEvenLocalShare;
    return el(
      "tr",
      {},
      td(name(row.upstream)),
      td(String(row.year)),
      td(fmt(row.goal)),
      td(`${fmt(d.central)} (${fmt(d.low)}–${fmt(d.high)})`, { "data-implied": row.upstream }),
      td(`${fmt(row.ratio, 2)}×`),
      td(be === null ? "–" : be > 1 ? "> 100%" : pct(be)),
      td(CHAIN_VERDICT_TEXT[row.verdict] ? pick(CHAIN_VERDICT_TEXT[row.verdict]!, lang) : row.verdict),
    );
  });
  const heads = (["upstream", "year", "goal", "impliedDemand", "ratio", "breakEven", "verdict"] as const).map(
    (k) => tr(k, lang),
  );
  return [el("h2", {}, tr("chainConsistency", lang)), table("chain-consistency", heads, rows)];
}

function valueIn(p: CheckResult["projection"], id: string, year: number): number {
  const s = p.series.get(id);
  if (!s) return Number.NaN;
  return s[year - p.firstYear] ?? Number.NaN;
}

function legend(lang: Lang): HTMLElement {
  const item = (colour: string, text: string, shape: "line" | "dash" | "dot") =>
    el(
      "span",
      { class: `key key-${shape}` },
      el("i", { style: shape === "dot" ? `background:${colour}` : `border-color:${colour}` }),
      text,
    );
  return el(
    "p",
    { class: "legend", id: "legend" },
    item(LINE, tr("legendLine", lang), "line"),
    item(FILE_LINE, tr("legendFileLine", lang), "dash"),
    item(MET, tr("legendMet", lang), "dot"),
    item(MISSED, tr("legendMissed", lang), "dot"),
  );
}

/** Charts of the quantities with level goals (the file's line dashed), and the table of every projection. */
function projectionSection(view: View, file: View | null, lang: Lang): HTMLElement[] {
  const { scenario: s, result: r } = view;
  const p = r.projection;
  const charts = el("div", { class: "charts", id: "charts" });
  const met = new Map(view.findings.targets!.map((g) => [g.id, g.met]));
  for (const q of s.quantities.values()) {
    const goals = s.targets.filter((t) => t.subject === q.id && t.kind === "level");
    if (!goals.length) continue;
    const fp = file?.result.projection;
    const chart = sparkline({
      title: displayName(q, lang),
      unit: q.unit.symbol,
      years: p.years,
      values: p.years.map((y) => valueIn(p, q.id, y)),
      fileValues: fp ? p.years.map((y) => valueIn(fp, q.id, y)) : undefined,
      goals: goals.map((t) => ({ year: t.year, value: t.value, met: met.get(t.id) ?? null })),
    });
    charts.append(el("figure", { "data-chart": q.id }, chart as unknown as Node));
  }
  const rows = [...s.quantities.values()].map((q) =>
    el(
      "tr",
      {},
      td(`${displayName(q, lang)} (${q.unit.symbol})`),
      ...p.years.map((y) => td(fmt(valueIn(p, q.id, y)), { "data-cell": `${q.id}:${y}` })),
    ),
  );
  const heads = [tr("quantity", lang), ...p.years.map(String)];
  return [el("h2", {}, tr("projections", lang)), legend(lang), charts, table("projection", heads, rows)];
}
