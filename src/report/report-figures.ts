/**
 * From a scenario and its analyses to the report's figures: for each chart
 * its typed input, the table of every number behind it (data/*.csv,
 * data/*.parquet), and where those numbers come from (scenario lines,
 * document clauses). Pure: nothing is drawn or written here.
 */
import type { CheckResult } from "../analysis/check.js";
import type { VerdictResult } from "../analysis/consistency.js";
import { populationInputLabel } from "../engine/population/inputs.js";
import { shownValues } from "../engine/project.js";
import type { SimulationResult } from "../engine/simulate.js";
import type { Lang } from "../i18n/lang.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { citeSource } from "../model/source-citation.js";
import type { Target } from "../model/target.js";
import { parseUnit, type Unit } from "../model/units.js";
import type { AddupInput } from "./charts/addup.js";
import { type DataTable, table } from "./charts/data.js";
import type { ChartDom } from "./charts/dom.js";
import type { FanGoal, FanInput, FanPanel } from "./charts/fan.js";
import type { GrowthInput } from "./charts/growth.js";
import type { ProbabilityInput } from "./charts/probability.js";
import type { ProjectionGoalMark, ProjectionInput, ProjectionPanel } from "./charts/projection.js";
import type { SobolInput, TornadoInput } from "./charts/sensitivity.js";
import { type ChartSvg, FRACTION_UNIT, formatAmount, formatProbability } from "./charts/style.js";
import type { WaterfallInput, WaterfallStep } from "./charts/waterfall.js";
import { formatPercent } from "./format.js";
import type { Labels } from "./labels.js";
import { COMPARATOR_SIGN, goalUnit } from "./run-output.js";

export type SectionId = "projection" | "simulation" | "addup" | "growth" | "sensitivity" | "chain" | "costs";

/** A figure before it is drawn. */
export interface FigureSpec {
  /** File stem (charts/<name>.svg, data/<name>.csv). */
  name: string;
  section: SectionId;
  title: string;
  /** What the figure shows. */
  caption: string;
  /** Where its numbers come from: scenario lines, document clauses, the simulation. */
  sources: string[];
  data: DataTable;
  draw: (dom: ChartDom) => Promise<ChartSvg> | ChartSvg;
}

/** Sensitivity results, when asked for (report --sensitivity GOAL: tornado and Sobol). */
export interface SensitivityFigures {
  tornado?: TornadoInput[];
  sobol?: SobolInput[];
}

export interface FigureContext {
  s: Scenario;
  check: CheckResult;
  sim: SimulationResult | null;
  L: Labels;
}

export function quantityName(s: Scenario, id: string, L: Labels): string {
  const q = s.quantities.get(id);
  return q ? displayName(q, L.lang) : id;
}

/** A goal in words: "2025年 ≥ 14,000.0" / "≥ 10.0%/yr 2022–2025". */
export function goalText(ctx: Pick<FigureContext, "s" | "L">, t: Target): string {
  const { s, L } = ctx;
  const u = goalUnit(s, t);
  const v = formatAmount(t.value, u);
  const sign = COMPARATOR_SIGN[t.comparator];
  switch (t.kind) {
    case "level":
      return L.goalKind.level(sign, v, t.year);
    case "growth":
      return L.goalKind.growth(sign, v, t.from!, t.year);
    case "share":
      return L.goalKind.share(sign, v, quantityName(s, t.of!, L), t.year);
    case "flow":
      return L.goalKind.flow(sign, v, t.from!, t.year);
    case "cumulative":
      return L.goalKind.cumulative(sign, v, t.from!, t.year);
  }
}

/** "000_4bf….txt 二(二)" */
export function goalSource(t: Target, lang: Lang): string {
  if (!t.source) return "";
  return citeSource(t.source, lang);
}

/** Goals' sources grouped by document: "doc.txt 一, 二(一), 二(二)". */
export function goalSources(targets: Target[], L: Labels): string {
  const byDoc = new Map<string, string[]>();
  for (const t of targets) {
    if (!t.source) continue;
    const doc = t.source.number ?? t.source.document;
    const list = byDoc.get(doc) ?? [];
    const clause = t.source.clause ?? "";
    if (clause && !list.includes(clause)) list.push(clause);
    byDoc.set(doc, list);
  }
  return [...byDoc].map(([doc, clauses]) => `${doc} ${clauses.join(L.list)}`.trim()).join("; ");
}

/** Line numbers as short ranges: "line 18, 24–30". */
export function lineList(lines: number[], L: Labels): string {
  const sorted = [...new Set(lines.filter((l) => l > 0))].sort((a, b) => a - b);
  if (sorted.length === 0) return "";
  const parts: string[] = [];
  let start = sorted[0]!;
  let prev = start;
  for (const l of [...sorted.slice(1), Number.NaN]) {
    if (l === prev + 1) {
      prev = l;
      continue;
    }
    parts.push(start === prev ? String(start) : `${start}–${prev}`);
    start = l;
    prev = l;
  }
  return L.lang === "zh"
    ? `第 ${parts.join("、")} 行`
    : `${sorted.length > 1 ? "lines" : "line"} ${parts.join(", ")}`;
}

/** Sources as one line (the note under a chart). */
export function joinSources(L: Labels, sources: string[]): string {
  return sources.join(L.lang === "zh" ? "；" : "; ");
}

function assumptionLines(s: Scenario, ids: string[]): number[] {
  const lines: number[] = [];
  for (const id of ids) {
    const q = s.quantities.get(id);
    if (!q) continue;
    lines.push(q.line);
    if (q.baseline) lines.push(q.baseline.line, q.baseline.value.line);
    if (q.growth?.type === "rate") lines.push(q.growth.rate.line);
    if (q.growth?.type === "schedule") lines.push(...q.growth.rates.map((r) => r.line));
    if (q.growth?.type === "formula") lines.push(q.growth.formula.line);
    if (q.formula) lines.push(q.formula.line);
  }
  return lines;
}

function actualLines(s: Scenario, ids: string[]): number[] {
  return ids.flatMap((id) => s.quantities.get(id)?.actuals.map((a) => a.line) ?? []);
}

const file = (s: Scenario) => s.provenance.file.replace(/\\/g, "/");

export function scenarioSource(s: Scenario, ids: string[], L: Labels): string[] {
  const out: string[] = [L.captions.sourcesScenario(file(s), lineList(assumptionLines(s, ids), L))];
  const actuals = actualLines(s, ids);
  if (actuals.length) out.push(L.captions.sourcesActuals(`${file(s)} ${lineList(actuals, L)}`));
  return out;
}

export function goalsSource(targets: Target[], L: Labels): string[] {
  const list = goalSources(targets, L);
  return list ? [L.captions.sourcesGoals(list)] : [];
}

/** Every figure the report draws, in order. */
export function figureSpecs(
  ctx: FigureContext,
  extra: { sensitivity?: SensitivityFigures; more?: FigureSpec[] } = {},
): FigureSpec[] {
  const out: FigureSpec[] = [projectionFigure(ctx)];
  if (ctx.sim) out.push(fanFigure(ctx, ctx.sim));
  ctx.check.verdicts.forEach((v) => {
    out.push(addupFigure(ctx, v), waterfallFigure(ctx, v));
  });
  if (ctx.check.requiredGrowth.length || ctx.s.targets.some((t) => t.kind === "growth"))
    out.push(growthFigure(ctx));
  if (ctx.sim?.targets.length) out.push(probabilityFigure(ctx, ctx.sim));
  out.push(...sensitivityFigures(ctx, extra.sensitivity));
  out.push(...(extra.more ?? []));
  // numbered in the order the page shows them: by section, then as built
  const rank = (f: FigureSpec) => SECTION_ORDER.indexOf(f.section);
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i)
    .map((x) => x.f);
}

/** The order of the report's sections (html.ts), so figure numbers run in order. */
export const SECTION_ORDER: readonly SectionId[] = [
  "projection",
  "simulation",
  "addup",
  "growth",
  "sensitivity",
  "chain",
  "costs",
];

/** How this scenario's central values are taken: only the rules for the distributions it uses. */
export function centralRules(s: Scenario, L: Labels): string {
  const types = new Set<string>();
  for (const q of s.quantities.values()) {
    if (q.baseline && !q.baseline.implied) types.add(q.baseline.value.dist.type);
    if (q.growth?.type === "rate") types.add(q.growth.rate.dist.type);
    if (q.growth?.type === "schedule") for (const r of q.growth.rates) types.add(r.dist.type);
  }
  types.delete("point");
  const rules = [...types].sort().map((t) => L.charts.say.centralRule[t] ?? t);
  return rules.length ? L.charts.say.centralNote(rules.join(L.list)) : "";
}

/** A goal's value as a label: the sign only where it is not "at least" ("< 1.25", "≈ 125", "22,000"). */
export function goalValueLabel(t: Target, unit: Unit): string {
  const v = formatAmount(t.value, unit);
  return ["below", "at_most", "about"].includes(t.comparator) ? `${COMPARATOR_SIGN[t.comparator]} ${v}` : v;
}

// ── 1. projection ───────────────────────────────────────────────────────

function projectionFigure(ctx: FigureContext): FigureSpec {
  const { s, check, L } = ctx;
  const p = check.projection;
  const results = new Map(check.goals.map((g) => [g.target.id, g]));
  const panels: ProjectionPanel[] = [];
  const records: Array<Record<string, string | number | boolean | null>> = [];
  for (const q of s.quantities.values()) {
    const values = shownValues(p, q.id);
    // a missing year stays (NaN): the chart draws a gap, not a line through it
    const points = p.years.map((year, i) => ({ year, value: values[i] ?? Number.NaN }));
    const name = displayName(q, L.lang);
    const base = { quantity: q.id, name, unit: q.unit.symbol };
    for (const d of points) {
      if (!Number.isFinite(d.value)) continue;
      records.push({ ...base, series: "projection", year: d.year, value: d.value, line: q.line });
    }
    const actuals = q.actuals
      .filter((a) => a.year <= s.horizon)
      .map((a) => ({ year: a.year, value: a.value }));
    for (const a of q.actuals) {
      records.push({
        ...base,
        series: "actual",
        year: a.year,
        value: a.value,
        as_written: a.text,
        line: a.line,
      });
    }
    const panel: ProjectionPanel = { id: q.id, name, unit: q.unit, points, actuals, goals: [] };
    const breaks = q.actuals.filter((a) => a.scopeBreak).map((a) => a.year);
    if (breaks.length) panel.scopeBreaks = breaks;
    const b = q.baseline;
    if (b && !b.implied && b.value.low !== b.value.high) {
      panel.baseline = { year: b.year, low: b.value.low, high: b.value.high };
      records.push({
        ...base,
        series: "baseline",
        year: b.year,
        value: b.value.central,
        low: b.value.low,
        high: b.value.high,
        as_written: b.value.text,
        line: b.value.line || b.line,
      });
    }
    for (const t of s.targets.filter((t) => t.subject === q.id)) {
      const r = results.get(t.id);
      const plottable = t.kind === "level" || t.kind === "flow" || t.kind === "cumulative";
      records.push({
        ...base,
        series: "goal",
        year: t.year,
        from: t.from ?? null,
        value: t.kind === "level" || t.kind === "flow" ? t.value : null,
        goal_id: t.id,
        goal: goalText(ctx, t),
        as_written: t.text,
        comparator: t.comparator,
        projected: r?.projected ?? null,
        met: r?.met ?? null,
        source: goalSource(t, L.lang),
        line: t.line,
      });
      if (!plottable) continue;
      const mark: ProjectionGoalMark = {
        id: t.id,
        kind: t.kind as "level" | "flow" | "cumulative",
        year: t.year,
        value: t.value,
        met: r?.met ?? null,
        label: goalValueLabel(t, q.unit),
      };
      if (t.kind === "flow" || t.kind === "cumulative") mark.from = t.from!;
      if (t.kind === "cumulative") {
        // the projected running total over the goal's period (unknown years end it)
        let sum = 0;
        mark.running = [];
        for (let y = t.from!; y <= t.year; y++) {
          const v = values[p.years.indexOf(y)] ?? Number.NaN;
          if (!Number.isFinite(v)) break;
          sum += v;
          mark.running.push({ year: y, value: sum });
        }
      }
      if (t.comparator === "about") {
        mark.low = t.value * (1 - t.tolerance);
        mark.high = t.value * (1 + t.tolerance);
      }
      panel.goals.push(mark);
    }
    if (points.some((d) => Number.isFinite(d.value)) || actuals.length) panels.push(panel);
  }
  panels.push(...sharePanels(ctx, records));
  const ids = [...s.quantities.keys()];
  const central = centralRules(s, L);
  const sources = [...scenarioSource(s, ids, L), ...goalsSource(s.targets, L), ...(central ? [central] : [])];
  const input: ProjectionInput = { panels, note: joinSources(L, sources), central };
  return {
    name: "projection",
    section: "projection",
    title: L.charts.projection.title,
    caption: L.captions.projection,
    sources,
    data: table(
      "projection",
      [
        { name: "series", type: "string" },
        { name: "quantity", type: "string" },
        { name: "name", type: "string" },
        { name: "unit", type: "string" },
        { name: "year", type: "int" },
        { name: "from", type: "int" },
        { name: "value", type: "number" },
        { name: "low", type: "number" },
        { name: "high", type: "number" },
        { name: "goal_id", type: "string" },
        { name: "goal", type: "string" },
        { name: "as_written", type: "string" },
        { name: "comparator", type: "string" },
        { name: "projected", type: "number" },
        { name: "met", type: "boolean" },
        { name: "source", type: "string" },
        { name: "line", type: "int" },
      ],
      records,
    ),
    draw: async (dom) => (await import("./charts/projection.js")).projectionChart(input, dom, L),
  };
}

const PERCENT = parseUnit("%")!;

/**
 * One panel per share goal: the subject's projection as a share of the
 * whole's, year by year (both in base units), on a fixed 0–100% axis, with
 * the goal marked met or missed; its values are added to `records`.
 */
function sharePanels(ctx: FigureContext, records: Array<Record<string, string | number | boolean | null>>) {
  const { s, check, L } = ctx;
  const p = check.projection;
  const results = new Map(check.goals.map((g) => [g.target.id, g]));
  const panels: ProjectionPanel[] = [];
  for (const t of s.targets.filter((x) => x.kind === "share" && x.of)) {
    const q = s.quantities.get(t.subject)!;
    const whole = s.quantities.get(t.of!)!;
    const scale = 10 ** (q.unit.exp - whole.unit.exp);
    const part = shownValues(p, q.id);
    const all = shownValues(p, whole.id);
    // in percent (the panel's unit), so its axis and title read "%"
    const points = p.years.map((year, i) => ({
      year,
      value: (100 * (part[i] ?? Number.NaN) * scale) / (all[i] ?? Number.NaN),
    }));
    const name = L.charts.say.shareName(displayName(q, L.lang), displayName(whole, L.lang));
    for (const d of points) {
      if (!Number.isFinite(d.value)) continue;
      records.push({
        series: "share",
        quantity: q.id,
        name,
        unit: "%",
        year: d.year,
        value: d.value,
        goal_id: t.id,
        line: t.line,
      });
    }
    const r = results.get(t.id);
    const mark: ProjectionGoalMark = {
      id: t.id,
      kind: "level",
      year: t.year,
      value: 100 * t.value,
      met: r?.met ?? null,
      label: goalValueLabel(t, FRACTION_UNIT),
    };
    if (t.comparator === "about") {
      mark.low = 100 * t.value * (1 - t.tolerance);
      mark.high = 100 * t.value * (1 + t.tolerance);
    }
    panels.push({
      id: `${q.id}-share-${whole.id}`,
      name,
      unit: PERCENT,
      points,
      actuals: [],
      goals: [mark],
      domain: [0, 100],
    });
  }
  return panels;
}

// ── 2. fan ──────────────────────────────────────────────────────────────

/**
 * A goal on its quantity's yearly fan: a level goal at its year; a yearly
 * (flow) goal across its years; a total over several years (cumulative) as
 * the yearly average it needs across them (1,000 in total over 2024–2025:
 * 500 a year), since the fan shows each year's value, not running totals.
 */
function fanGoal(ctx: FigureContext, t: Target, unit: Unit, probability: number | null): FanGoal {
  const base = { id: t.id, year: t.year, probability };
  if (t.kind === "flow") return { ...base, from: t.from!, value: t.value, label: goalValueLabel(t, unit) };
  if (t.kind === "cumulative") {
    const perYear = t.value / (t.year - t.from! + 1);
    const label = ctx.L.charts.fanCumulative(goalValueLabel(t, unit), formatAmount(perYear, unit));
    return { ...base, from: t.from!, value: perYear, label };
  }
  return { ...base, value: t.value, label: goalValueLabel(t, unit) };
}

function fanFigure(ctx: FigureContext, sim: SimulationResult): FigureSpec {
  const { s, L } = ctx;
  const prob = new Map(sim.targets.map((t) => [t.target.id, t.probability]));
  const panels: FanPanel[] = [];
  const records: Array<Record<string, string | number | null>> = [];
  const statsById = new Map(sim.quantities.map((x) => [x.id, x.stats]));
  for (const q of s.quantities.values()) {
    const id = q.id;
    const stats = statsById.get(id);
    if (!stats) continue;
    const name = displayName(q, L.lang);
    const points = sim.years
      .map((year, k) => ({
        year,
        p5: stats.p5[k]!,
        p25: stats.p25[k]!,
        p50: stats.p50[k]!,
        p75: stats.p75[k]!,
        p95: stats.p95[k]!,
      }))
      .filter((d) => Number.isFinite(d.p50));
    sim.years.forEach((year, k) => {
      records.push({
        quantity: id,
        name,
        unit: q.unit.symbol,
        year,
        mean: stats.mean[k]!,
        sd: stats.sd[k]!,
        p5: stats.p5[k]!,
        p10: stats.p10[k]!,
        p25: stats.p25[k]!,
        p50: stats.p50[k]!,
        p75: stats.p75[k]!,
        p90: stats.p90[k]!,
        p95: stats.p95[k]!,
      });
    });
    if (!points.length) continue;
    const goals = s.targets
      .filter((t) => t.subject === id && (t.kind === "level" || t.kind === "flow" || t.kind === "cumulative"))
      .map((t) => fanGoal(ctx, t, q.unit, prob.get(t.id) ?? null));
    panels.push({ id, name, unit: q.unit, points, goals });
  }
  const sources = [
    L.captions.sourcesSimulation(sim.samples.toLocaleString("en-US"), String(sim.seed)),
    ...scenarioSource(s, [...s.quantities.keys()], L),
    ...goalsSource(s.targets, L),
  ];
  const input: FanInput = {
    panels,
    samples: sim.samples,
    note: joinSources(L, sources),
    formatProbability,
  };
  return {
    name: "fan",
    section: "simulation",
    title: L.charts.fan.title,
    caption: L.captions.fan,
    sources,
    data: table(
      "fan",
      [
        { name: "quantity", type: "string" },
        { name: "name", type: "string" },
        { name: "unit", type: "string" },
        { name: "year", type: "int" },
        ...["mean", "sd", "p5", "p10", "p25", "p50", "p75", "p90", "p95"].map((n) => ({
          name: n,
          type: "number" as const,
        })),
      ],
      records,
    ),
    draw: async (dom) => (await import("./charts/fan.js")).fanChart(input, dom, L),
  };
}

// ── 3, 4. do they add up; waterfall ─────────────────────────────────────

const slug = (v: VerdictResult) => `${v.parent.replace(/_/g, "-")}-${v.year}`;

function verdictTargets(s: Scenario, v: VerdictResult): Target[] {
  const ids = new Set([v.headlineTarget, ...v.children.map((c) => c.target).filter(Boolean)]);
  return s.targets.filter((t) => ids.has(t.id));
}

function overlapLines(v: VerdictResult): number[] {
  return v.overlaps.map((o) => o.line);
}

function verdictSources(ctx: FigureContext, v: VerdictResult): string[] {
  const { s, L } = ctx;
  const out = [...goalsSource(verdictTargets(s, v), L)];
  const lines = lineList(overlapLines(v), L);
  if (lines) out.push(L.captions.sourcesOverlaps(file(s), lines));
  const projected = v.children.filter((c) => c.basis === "projection").map((c) => c.id);
  if (projected.length) out.push(...scenarioSource(s, projected, L));
  return out;
}

/** "十个领域目标合计超出总目标 62%". */
function addupTitle(ctx: FigureContext, v: VerdictResult): string {
  const { s, L } = ctx;
  const n = v.children.length;
  const pct = formatPercent(Math.abs(v.childrenSum / v.headline - 1), 0);
  const said = v.childrenSum >= v.headline ? L.charts.say.addupOver(n, pct) : L.charts.say.addupUnder(n, pct);
  return `${quantityName(s, v.parent, L)} ${v.year}${L.lang === "zh" ? "年：" : ": "}${said}`;
}

function addupFigure(ctx: FigureContext, v: VerdictResult): FigureSpec {
  const { s, L } = ctx;
  const name = `addup-${slug(v)}`;
  const parentName = quantityName(s, v.parent, L);
  const sources = verdictSources(ctx, v);
  const input: AddupInput = {
    parent: parentName,
    year: v.year,
    unit: s.unit,
    headline: { value: v.headline, sign: COMPARATOR_SIGN[v.comparator] },
    children: [...v.children]
      .sort((a, b) => b.value - a.value)
      .map((c) => ({ id: c.id, name: quantityName(s, c.id, L), value: c.value, basis: c.basis })),
    overlap: v.overlap,
    net: v.net,
    hasOverlaps: v.overlaps.length > 0,
    note: joinSources(L, sources),
    title: addupTitle(ctx, v),
  };
  const targets = new Map(s.targets.map((t) => [t.id, t]));
  const records: Array<Record<string, string | number | null>> = [
    ...v.children.map((c) => {
      const t = c.target ? targets.get(c.target) : undefined;
      return {
        record: "child",
        id: c.id,
        name: quantityName(s, c.id, L),
        value: c.value,
        basis: c.basis,
        target: c.target ?? null,
        source: t ? goalSource(t, L.lang) : null,
        line: t?.line ?? null,
      };
    }),
    ...v.overlaps.map((o) => ({
      record: o.within ? "overlap_within" : "overlap_outside",
      id: o.part,
      name: quantityName(s, o.part, L),
      other: o.within ?? o.outside ?? null,
      low: o.amount.low,
      high: o.amount.high,
      share_low: o.share.low,
      share_high: o.share.high,
      line: o.line,
    })),
    { record: "children_sum", id: v.parent, value: v.childrenSum },
    { record: "overlap_total", id: v.parent, low: v.overlap.low, high: v.overlap.high },
    { record: "net", id: v.parent, low: v.net.low, high: v.net.high },
    {
      record: "headline",
      id: v.parent,
      name: parentName,
      value: v.headline,
      target: v.headlineTarget,
      source: targets.get(v.headlineTarget) ? goalSource(targets.get(v.headlineTarget)!, L.lang) : null,
      line: targets.get(v.headlineTarget)?.line ?? null,
    },
    { record: "residual", id: v.parent, low: v.residual.low, high: v.residual.high },
    { record: "verdict", id: v.parent, verdict: v.verdict, value: v.minOverlapNeeded },
  ];
  return {
    name,
    section: "addup",
    title: L.charts.addup.title(parentName, v.year),
    caption: L.captions.addup,
    sources,
    data: table(
      name,
      [
        { name: "record", type: "string" },
        { name: "id", type: "string" },
        { name: "name", type: "string" },
        { name: "other", type: "string" },
        { name: "value", type: "number" },
        { name: "low", type: "number" },
        { name: "high", type: "number" },
        { name: "share_low", type: "number" },
        { name: "share_high", type: "number" },
        { name: "basis", type: "string" },
        { name: "target", type: "string" },
        { name: "verdict", type: "string" },
        { name: "source", type: "string" },
        { name: "line", type: "int" },
      ],
      records,
    ),
    draw: async (dom) => (await import("./charts/addup.js")).addupChart(input, dom, L, name),
  };
}

/** The waterfall's steps for a verdict: sum, overlaps (central share, with the stated range), residual, headline. */
export function waterfallSteps(ctx: Pick<FigureContext, "s" | "L">, v: VerdictResult): WaterfallStep[] {
  const { s, L } = ctx;
  const W = L.charts.waterfall;
  const n = (id: string) => quantityName(s, id, L);
  const steps: WaterfallStep[] = [{ label: W.start, kind: "start", value: v.childrenSum }];
  let net = v.childrenSum;
  for (const o of v.overlaps) {
    const stated = s.overlaps.find(
      (x) => x.part === o.part && x.within === o.within && x.outside === o.outside && x.line === o.line,
    );
    const base =
      o.share.high > 0 ? o.amount.high / o.share.high : o.share.low > 0 ? o.amount.low / o.share.low : 0;
    const central = stated ? stated.share.central * base : (o.amount.low + o.amount.high) / 2;
    net -= central;
    steps.push({
      label: o.within ? W.within(n(o.part), n(o.within)) : W.outside(n(o.part), n(o.outside!)),
      kind: o.within ? "within" : "outside",
      value: -central,
      low: -o.amount.high,
      high: -o.amount.low,
      line: o.line,
    });
  }
  const residual = v.headline - net;
  const kind = residualKind(v, residual);
  const label = {
    residual: W.residual,
    gap: L.verdict.GAP,
    slack: L.charts.say.slack,
    excess: W.excess,
  }[kind];
  steps.push({
    label,
    kind,
    value: residual,
    low: v.residual.low,
    high: v.residual.high,
    // the residual's start is uncertain (the net sum's range); its end is the headline
    whisker: [v.net.low, v.net.high],
  });
  steps.push({ label: W.end, kind: "end", value: v.headline });
  return steps;
}

/**
 * What the gap between the net sum and the headline is: other activity or a
 * shortfall (headline above), slack (children above a floor they satisfy:
 * CONSISTENT) or an excess no stated overlap explains.
 */
function residualKind(v: VerdictResult, residual: number): "residual" | "gap" | "slack" | "excess" {
  if (residual >= 0) return v.exhaustive ? "gap" : "residual";
  return v.verdict === "CONSISTENT" ? "slack" : "excess";
}

/** The waterfall's finding, from the residual. */
function waterfallTitle(ctx: FigureContext, v: VerdictResult): string {
  const { s, L } = ctx;
  const net = (v.net.low + v.net.high) / 2;
  const residual = v.headline - net;
  const r = (x: number) => formatAmount(Math.abs(x), s.unit);
  const range =
    v.residual.low !== v.residual.high
      ? `${r(residual)} ${s.unit.symbol}（${r(Math.min(Math.abs(v.residual.low), Math.abs(v.residual.high)))}–${r(Math.max(Math.abs(v.residual.low), Math.abs(v.residual.high)))}）`
      : `${r(residual)} ${s.unit.symbol}`;
  const text = L.lang === "zh" ? range : range.replace("（", " (").replace("）", ")");
  const S = L.charts.say;
  const kind = residualKind(v, residual);
  const t = {
    residual: S.waterfallResidual,
    gap: S.waterfallGap,
    slack: S.waterfallSlack,
    excess: S.waterfallExcess,
  }[kind](text);
  return `${quantityName(s, v.parent, L)} ${v.year}${L.lang === "zh" ? "年" : ""}：${t}`.replace(
    /：/,
    L.lang === "zh" ? "：" : ": ",
  );
}

function waterfallFigure(ctx: FigureContext, v: VerdictResult): FigureSpec {
  const { s, L } = ctx;
  const name = `waterfall-${slug(v)}`;
  const parentName = quantityName(s, v.parent, L);
  const steps = waterfallSteps(ctx, v);
  const sources = verdictSources(ctx, v);
  const input: WaterfallInput = {
    parent: parentName,
    year: v.year,
    unit: s.unit,
    steps,
    note: joinSources(L, sources),
    title: waterfallTitle(ctx, v),
  };
  return {
    name,
    section: "addup",
    title: L.charts.waterfall.title(parentName, v.year),
    caption: L.captions.waterfall,
    sources,
    data: table(
      name,
      [
        { name: "step", type: "int" },
        { name: "kind", type: "string" },
        { name: "label", type: "string" },
        { name: "value", type: "number" },
        { name: "low", type: "number" },
        { name: "high", type: "number" },
        { name: "line", type: "int" },
      ],
      steps.map(({ whisker: _w, ...st }, i) => ({ step: i + 1, ...st })),
    ),
    draw: async (dom) => (await import("./charts/waterfall.js")).waterfallChart(input, dom, L, name),
  };
}

// ── 5. required versus assumed growth ──────────────────────────────────

/** "10 of 13 goals need faster growth than assumed; widest gap: …". */
function growthTitle(
  rows: Array<{ label: string; required: { central: number }; assumed: { central: number } | null }>,
  L: Labels,
): string {
  const gaps = rows
    .filter((r) => r.assumed && r.required.central > r.assumed.central)
    .sort((a, b) => b.required.central - b.assumed!.central - (a.required.central - a.assumed!.central));
  const pct = (v: number) => formatPercent(v, 1);
  const worst = gaps[0];
  if (!worst) return L.charts.say.growthNone(rows.length);
  return L.charts.say.growth(
    gaps.length,
    rows.length,
    worst.label,
    pct(worst.required.central),
    pct(worst.assumed!.central),
  );
}

function growthFigure(ctx: FigureContext): FigureSpec {
  const { s, check, L } = ctx;
  const rows = check.requiredGrowth
    .filter((g) => Number.isFinite(g.required.central))
    .map((g) => ({
      id: g.target,
      label: `${quantityName(s, g.subject, L)} ${g.year}`,
      required: g.required,
      assumed: g.assumed,
      shortfall: g.shortfall,
      g,
    }))
    .sort((a, b) => (b.shortfall ?? Number.NEGATIVE_INFINITY) - (a.shortfall ?? Number.NEGATIVE_INFINITY));
  // goals on the same subject and year would share a label
  const seen = new Map<string, number>();
  for (const r of rows) seen.set(r.label, (seen.get(r.label) ?? 0) + 1);
  for (const r of rows) if (seen.get(r.label)! > 1) r.label = `${r.label} (${r.id})`;
  const targets = s.targets.filter((t) => rows.some((r) => r.id === t.id));
  const sources = [
    ...scenarioSource(
      s,
      rows.map((r) => r.g.subject),
      L,
    ),
    ...goalsSource(targets, L),
  ];
  // growth goals (年均增长 10%): the rate the goal sets against the rate the projection reaches
  const projected = new Map(check.goals.map((g) => [g.target.id, g.projected]));
  const growthGoals = s.targets
    .filter((t) => t.kind === "growth" && Number.isFinite(projected.get(t.id) ?? Number.NaN))
    .map((t) => {
      const p = projected.get(t.id)!;
      return {
        id: t.id,
        label: `${quantityName(s, t.subject, L)} ${t.from}–${t.year} ${L.charts.say.growthGoal}`,
        required: { low: t.value, central: t.value, high: t.value },
        assumed: { low: p, central: p, high: p },
      };
    });
  const drawn = [
    ...rows.map((r) => ({ id: r.id, label: r.label, required: r.required, assumed: r.assumed })),
    ...growthGoals,
  ];
  const input: GrowthInput = {
    rows: drawn,
    note: joinSources(L, [
      ...sources,
      ...goalsSource(
        s.targets.filter((t) => growthGoals.some((g) => g.id === t.id)),
        L,
      ),
    ]),
    title: growthTitle(drawn, L),
  };
  return {
    name: "growth",
    section: "growth",
    title: L.charts.growth.title,
    caption: L.captions.growth,
    sources,
    data: table(
      "growth",
      [
        { name: "target", type: "string" },
        { name: "subject", type: "string" },
        { name: "name", type: "string" },
        { name: "year", type: "int" },
        { name: "from_year", type: "int" },
        { name: "from_kind", type: "string" },
        { name: "from_low", type: "number" },
        { name: "from_high", type: "number" },
        { name: "required_low", type: "number" },
        { name: "required_central", type: "number" },
        { name: "required_high", type: "number" },
        { name: "assumed_low", type: "number" },
        { name: "assumed_central", type: "number" },
        { name: "assumed_high", type: "number" },
        { name: "shortfall", type: "number" },
        { name: "line", type: "int" },
      ],
      rows.map(({ g }) => ({
        target: g.target,
        subject: g.subject,
        name: quantityName(s, g.subject, L),
        year: g.year,
        from_year: g.from.year,
        from_kind: g.from.kind,
        from_low: g.from.low,
        from_high: g.from.high,
        required_low: g.required.low,
        required_central: g.required.central,
        required_high: g.required.high,
        assumed_low: g.assumed?.low ?? null,
        assumed_central: g.assumed?.central ?? null,
        assumed_high: g.assumed?.high ?? null,
        shortfall: g.shortfall,
        line: s.targets.find((t) => t.id === g.target)?.line ?? null,
      })),
    ),
    draw: async (dom) => (await import("./charts/growth.js")).growthChart(input, dom, L),
  };
}

// ── 6. probability ──────────────────────────────────────────────────────

function probabilityFigure(ctx: FigureContext, sim: SimulationResult): FigureSpec {
  const { s, L } = ctx;
  const rows = sim.targets.map((t) => ({
    id: t.target.id,
    label: `${quantityName(s, t.target.subject, L)} ${goalText(ctx, t.target)}`,
    probability: t.probability,
    ci95: t.ci95,
    t,
  }));
  const input: ProbabilityInput = {
    rows: [
      ...rows.map(({ t: _t, ...r }) => r),
      ...(sim.all
        ? [
            {
              id: "all",
              label: L.charts.probability.allRow,
              probability: sim.all.probability,
              ci95: sim.all.ci95,
              all: true,
            },
          ]
        : []),
    ],
    samples: sim.samples,
  };
  const sources = [
    L.captions.sourcesSimulation(sim.samples.toLocaleString("en-US"), String(sim.seed)),
    ...goalsSource(s.targets, L),
  ];
  input.note = joinSources(L, sources);
  return {
    name: "probability",
    section: "simulation",
    title: L.charts.probability.title,
    caption: L.captions.probability,
    sources,
    data: table(
      "probability",
      [
        { name: "target", type: "string" },
        { name: "subject", type: "string" },
        { name: "name", type: "string" },
        { name: "goal", type: "string" },
        { name: "probability", type: "number" },
        { name: "ci_low", type: "number" },
        { name: "ci_high", type: "number" },
        { name: "count", type: "int" },
        { name: "known", type: "int" },
        { name: "samples", type: "int" },
        { name: "source", type: "string" },
        { name: "line", type: "int" },
      ],
      [
        ...rows.map(({ t }) => ({
          target: t.target.id,
          subject: t.target.subject,
          name: quantityName(s, t.target.subject, L),
          goal: goalText(ctx, t.target),
          probability: t.probability,
          ci_low: t.ci95[0],
          ci_high: t.ci95[1],
          count: t.count,
          known: t.known,
          samples: sim.samples,
          source: goalSource(t.target, L.lang),
          line: t.target.line,
        })),
        ...(sim.all
          ? [
              {
                target: "all",
                name: L.charts.probability.allRow,
                probability: sim.all.probability,
                ci_low: sim.all.ci95[0],
                ci_high: sim.all.ci95[1],
                count: sim.all.count,
                samples: sim.samples,
              },
            ]
          : []),
      ],
    ),
    draw: async (dom) => (await import("./charts/probability.js")).probabilityChart(input, dom, L),
  };
}

// ── 7. sensitivity (tornado and Sobol results, from report --sensitivity) ──

/**
 * An input as a reader names it: `<quantity>.<parameter>` becomes the
 * quantity's name and the parameter's word; anything else stays as written.
 *
 * @example
 * inputName(s, "electronics_manufacturing.baseline", zh) // "电子信息制造业 基数"
 */
export function inputName(s: Scenario, id: string, L: Labels): string {
  const firm = populationInputLabel(s, id, L.lang);
  if (firm) return firm;
  const dot = id.indexOf(".");
  const head = dot < 0 ? id : id.slice(0, dot);
  const q = s.quantities.get(head);
  if (!q) return id;
  const param = dot < 0 ? "" : id.slice(dot + 1);
  const word = param ? (L.charts.say.param[param] ?? param) : "";
  return `${displayName(q, L.lang)}${word ? ` ${word}` : ""}`;
}

function sensitivityFigures(ctx: FigureContext, sens: SensitivityFigures | undefined): FigureSpec[] {
  if (!sens) return [];
  const { L } = ctx;
  const out: FigureSpec[] = [];
  // names, not ids, on the axes: electronics_manufacturing.baseline → 电子信息制造业 基数
  const named = <T extends { rows: Array<{ input: string }> }>(input: T): T => ({
    ...input,
    rows: input.rows.map((r) => ({ ...r, input: inputName(ctx.s, r.input, L) })),
  });
  (sens.tornado ?? []).forEach((input, i) => {
    const name = `tornado${i ? `-${i + 1}` : ""}`;
    out.push({
      name,
      section: "sensitivity",
      title: `${L.charts.tornado.title}: ${input.output}`,
      caption: L.captions.tornado,
      sources: input.note ? [input.note] : [],
      data: table(
        name,
        [
          { name: "output", type: "string" },
          { name: "input", type: "string" },
          { name: "base", type: "number" },
          { name: "low", type: "number" },
          { name: "high", type: "number" },
          { name: "low_label", type: "string" },
          { name: "high_label", type: "string" },
        ],
        input.rows.map((r) => ({
          output: input.output,
          input: r.input,
          base: input.base,
          low: r.low,
          high: r.high,
          low_label: r.lowLabel ?? null,
          high_label: r.highLabel ?? null,
        })),
      ),
      draw: async (dom) => (await import("./charts/sensitivity.js")).tornadoChart(named(input), dom, L, name),
    });
  });
  (sens.sobol ?? []).forEach((input, i) => {
    const name = `sobol${i ? `-${i + 1}` : ""}`;
    out.push({
      name,
      section: "sensitivity",
      title: `${L.charts.sobol.title}: ${input.output}`,
      caption: L.captions.sobol,
      sources: input.note ? [input.note] : [],
      data: table(
        name,
        [
          { name: "output", type: "string" },
          { name: "input", type: "string" },
          { name: "first", type: "number" },
          { name: "first_low", type: "number" },
          { name: "first_high", type: "number" },
          { name: "total", type: "number" },
          { name: "total_low", type: "number" },
          { name: "total_high", type: "number" },
        ],
        input.rows.map((r) => ({
          output: input.output,
          input: r.input,
          first: r.first,
          first_low: r.firstCi?.[0] ?? null,
          first_high: r.firstCi?.[1] ?? null,
          total: r.total,
          total_low: r.totalCi?.[0] ?? null,
          total_high: r.totalCi?.[1] ?? null,
        })),
      ),
      draw: async (dom) => (await import("./charts/sensitivity.js")).sobolChart(named(input), dom, L, name),
    });
  });
  return out;
}

export { FRACTION_UNIT };
