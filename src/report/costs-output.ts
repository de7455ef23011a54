/**
 * `chainsim costs` output: yearly outlay bands (expected, P50, P90), the
 * breakdown by instrument and by sector, the firm goals' probabilities, the
 * cost per 亿元 of added revenue and what drives the budget — as a terminal
 * table or JSON.
 */
import type { CostResult, Summary, YearStats } from "../analysis/policy/simulate-costs.js";
import type { Lang } from "../i18n/lang.js";
import { COMMON, inLang } from "../i18n/text/tables.js";
import { COSTS } from "../i18n/text/tables-costs.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { parseUnit, type Unit } from "../model/units.js";
import { COMPARATOR_SIGN } from "./facts.js";
import { formatPercent, formatValue, roundForOutput } from "./format.js";
import { formatAmountZh } from "./format-zh.js";
import { manifest } from "./manifest.js";
import { renderTable } from "./table.js";

const round = (xs: number[]) => xs.map(roundForOutput);
/** "name id", or the id alone when there is no name. */
const label = (name: string, id: string) => (name && name !== id ? `${name} ${id}` : id);
const summaryJson = (s: Summary) => ({
  mean: roundForOutput(s.mean),
  sd: roundForOutput(s.sd),
  p10: roundForOutput(s.p10),
  p50: roundForOutput(s.p50),
  p90: roundForOutput(s.p90),
});
const yearsJson = (y: YearStats) => ({
  mean: round(y.mean),
  sd: round(y.sd),
  p10: round(y.p10),
  p50: round(y.p50),
  p90: round(y.p90),
});

export function costsJson(s: Scenario, r: CostResult, to: number) {
  return {
    scenario: { id: s.id, title: s.title },
    unit: r.unit,
    samples: r.samples,
    seed: r.seed,
    years: r.years,
    plan_years: r.planYears,
    total: yearsJson(r.total),
    all_years: summaryJson(r.allYears),
    instruments: r.instruments.map((x) => ({
      id: x.instrument.id,
      name: x.instrument.names,
      type: x.instrument.type,
      recipients: x.instrument.recipients ?? "firms",
      source: x.instrument.source
        ? { document: x.instrument.source.document, clause: x.instrument.source.clause ?? null }
        : null,
      line: x.instrument.line,
      ...yearsJson(x.byYear),
      all_years: summaryJson(x.allYears),
      share: roundForOutput(x.share),
      variance_share: roundForOutput(x.varianceShare),
    })),
    sectors: r.sectors.map((x) => ({
      id: x.id,
      name: x.names,
      kind: x.kind,
      ...yearsJson(x.byYear),
      all_years: summaryJson(x.allYears),
      share: roundForOutput(x.share),
    })),
    goals: r.goals.map((g) => ({
      id: g.target.id,
      quantity: g.target.subject,
      year: g.target.year,
      comparator: g.target.comparator,
      value: g.target.value,
      unit: s.quantities.get(g.target.subject)!.unit.symbol,
      probability: roundForOutput(g.probability),
      ci95: g.ci95.map(roundForOutput),
      measure: summaryJson(g.measure),
      source: g.target.source
        ? { document: g.target.source.document, clause: g.target.source.clause ?? null }
        : null,
    })),
    all_goals: r.allGoals
      ? { probability: roundForOutput(r.allGoals.probability), ci95: r.allGoals.ci95.map(roundForOutput) }
      : null,
    above_scale: {
      threshold: s.firms!.threshold,
      years: r.aggregates.years,
      count: yearsJson(r.aggregates.count),
      revenue: yearsJson(r.aggregates.revenue),
      revenue_unit: r.aggregates.revenueUnit,
    },
    cost_per_added_revenue: {
      value: roundForOutput(r.costPerAddedRevenue.value),
      unit: `${r.unit} per ${r.aggregates.revenueUnit}`,
      outlay: roundForOutput(r.costPerAddedRevenue.outlay),
      added_revenue: roundForOutput(r.costPerAddedRevenue.added),
      from: r.costPerAddedRevenue.from,
      to: r.costPerAddedRevenue.to,
    },
    drivers: {
      instruments: [...r.instruments]
        .sort((a, b) => b.varianceShare - a.varianceShare || (a.instrument.id < b.instrument.id ? -1 : 1))
        .map((x) => ({ id: x.instrument.id, variance_share: roundForOutput(x.varianceShare) })),
      inputs: r.drivers.map((d) => ({ input: d.input, correlation: roundForOutput(d.correlation) })),
    },
    manifest: manifest(s, { seed: r.seed, samples: r.samples, to }),
  };
}

/** What every part of the costs table needs: the run, its money format, its span and texts. */
function costsContext(s: Scenario, r: CostResult, lang: Lang) {
  const money = parseUnit(r.unit)!;
  const first = r.years[0]!;
  const last = r.years[r.years.length - 1]!;
  /** An amount in a sentence: zh in 亿元/万亿元 by size, en as in the tables with its unit. */
  const say = (v: number, u: Unit) =>
    lang === "zh" ? formatAmountZh(v, u) : `${formatValue(v, u)} ${u.symbol}`;
  return {
    s,
    r,
    lang,
    money,
    m: (v: number) => formatValue(v, money),
    say,
    span: `${first}–${last}`,
    last,
    t: inLang(COSTS, lang),
    w: inLang(COMMON, lang),
  };
}
type CostsContext = ReturnType<typeof costsContext>;

function costsHead({ s, r, t, w, last }: CostsContext): string[] {
  return [
    w.titleLine(s.title, s.id, s.provenance.variant ?? undefined),
    t.sub(
      r.samples.toLocaleString("en-US"),
      String(r.seed),
      r.unit,
      r.planYears.from,
      r.planYears.to,
      last > r.planYears.to ? last : null,
    ),
  ];
}

function yearlyOutlays({ r, t, w, m, span }: CostsContext): string[] {
  return [
    t.yearlyTitle(r.unit),
    renderTable(
      [
        { header: w.year },
        { header: t.expected, align: "right" },
        { header: "P50", align: "right" },
        { header: "P90", align: "right" },
      ],
      [
        ...r.years.map((y, k) => [String(y), m(r.total.mean[k]!), m(r.total.p50[k]!), m(r.total.p90[k]!)]),
        [span, m(r.allYears.mean), m(r.allYears.p50), m(r.allYears.p90)],
      ],
    ),
  ];
}

function byInstrument({ r, t, w, m, span, lang }: CostsContext): string[] {
  return [
    t.byInstrumentTitle(r.unit),
    renderTable(
      [
        { header: t.instrument },
        { header: t.clause },
        ...r.years.map((y) => ({ header: String(y), align: "right" as const })),
        { header: span, align: "right" },
        { header: "P90", align: "right" },
        { header: w.share, align: "right" },
        { header: w.name },
      ],
      r.instruments.map((x) => [
        x.instrument.id,
        x.instrument.source?.clause ?? "",
        ...x.byYear.mean.map(m),
        m(x.allYears.mean),
        m(x.allYears.p90),
        formatPercent(x.share),
        displayName({ id: "", names: x.instrument.names }, lang),
      ]),
    ),
  ];
}

function bySector({ r, t, w, m, span, lang }: CostsContext): string[] {
  return [
    t.bySectorTitle(r.unit),
    renderTable(
      [
        { header: w.sector },
        ...r.years.map((y) => ({ header: String(y), align: "right" as const })),
        { header: span, align: "right" },
        { header: w.share, align: "right" },
      ],
      r.sectors.map((x) => [
        label(displayName({ id: x.id, names: x.names }, lang), x.id),
        ...x.byYear.mean.map(m),
        m(x.allYears.mean),
        formatPercent(x.share),
      ]),
    ),
  ];
}

const ci = (c: readonly number[]) => `${formatPercent(c[0])}–${formatPercent(c[1])}`;

function firmGoals({ s, r, t, w, say }: CostsContext): string[] {
  const firms = s.firms!;
  const title = t.goalsTitle(say(firms.threshold, firms.unit));
  if (r.goals.length === 0) return [title, `  ${t.noFirmGoals}`];
  const rows = r.goals.map((g) => {
    const u = s.quantities.get(g.target.subject)!.unit;
    const f = (v: number) => formatValue(v, u);
    return [
      g.target.id,
      t.goalStatement(
        COMPARATOR_SIGN[g.target.comparator],
        `${f(g.target.value)} ${u.symbol}`,
        g.target.year,
      ),
      formatPercent(g.probability),
      ci(g.ci95),
      f(g.measure.p10),
      f(g.measure.p50),
      f(g.measure.p90),
    ];
  });
  if (r.allGoals && r.goals.length > 1)
    rows.push([t.allOfThem, "", formatPercent(r.allGoals.probability), ci(r.allGoals.ci95), "", "", ""]);
  return [
    title,
    renderTable(
      [
        { header: w.goal },
        { header: w.goalValue },
        { header: w.probabilityMet, align: "right" },
        { header: w.interval95, align: "right" },
        { header: "P10", align: "right" },
        { header: "P50", align: "right" },
        { header: "P90", align: "right" },
      ],
      rows,
    ),
  ];
}

function firmAggregates({ s, r, t }: CostsContext): string[] {
  const revUnit: Unit = parseUnit(r.aggregates.revenueUnit) ?? s.unit;
  return [
    t.firmsTitle,
    renderTable(
      [{ header: "" }, ...r.aggregates.years.map((y) => ({ header: String(y), align: "right" as const }))],
      [
        [t.firms, ...r.aggregates.count.mean.map((v) => v.toFixed(1))],
        [t.revenue(revUnit.symbol), ...r.aggregates.revenue.mean.map((v) => formatValue(v, revUnit))],
      ],
    ),
  ];
}

function costPerRevenue({ s, r, t, m, say, money }: CostsContext): string[] {
  const revUnit: Unit = parseUnit(r.aggregates.revenueUnit) ?? s.unit;
  const c = r.costPerAddedRevenue;
  return [
    t.costPerRevenue(
      revUnit.symbol,
      `${m(c.value)} ${r.unit}`,
      c.from,
      c.to,
      say(c.outlay, money),
      c.from - 1,
      say(c.added, revUnit),
    ),
  ];
}

function drivers({ r, t, w, span }: CostsContext): string[] {
  const top = [...r.instruments]
    .filter((x) => Number.isFinite(x.varianceShare))
    .sort((a, b) => b.varianceShare - a.varianceShare)
    .slice(0, 5);
  const inputs = r.drivers.slice(0, 6);
  return [
    [
      t.driversTitle(span),
      `  ${t.driverInstruments(top.map((x) => `${x.instrument.id} ${formatPercent(x.varianceShare)}`).join(w.listSep))}`,
      `  ${t.driverInputs(inputs.map((d) => `${d.input} ${d.correlation >= 0 ? "+" : "−"}${Math.abs(d.correlation).toFixed(2)}`).join(w.listSep))}`,
    ].join("\n"),
  ];
}

/** `chainsim costs`' terminal table: head, outlays by year, instrument and sector, goals, firms, cost per revenue, drivers. */
export function costsTable(s: Scenario, r: CostResult, lang: Lang = "zh"): string {
  const x = costsContext(s, r, lang);
  const sections = [
    costsHead(x),
    yearlyOutlays(x),
    byInstrument(x),
    bySector(x),
    firmGoals(x),
    firmAggregates(x),
    costPerRevenue(x),
    drivers(x),
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
