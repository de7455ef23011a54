/**
 * `chainsim costs` output: yearly outlay bands (expected, P50, P90), the
 * breakdown by instrument and by sector, the firm goals' probabilities, the
 * cost per 亿元 of added revenue and what drives the budget — as a terminal
 * table or JSON.
 */
import type { CostResult, Summary, YearStats } from "../analysis/policy/simulate-costs.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { parseUnit, type Unit } from "../model/units.js";
import { formatPercent, formatValue, roundForOutput } from "./format.js";
import { manifest } from "./manifest.js";
import { COMPARATOR_SIGN, type Lang } from "./run-output.js";
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

export function costsTable(s: Scenario, r: CostResult, lang: Lang = "zh"): string {
  const money = parseUnit(r.unit)!;
  const m = (v: number) => formatValue(v, money);
  const first = r.years[0]!;
  const last = r.years[r.years.length - 1]!;
  const span = `${first}–${last}`;
  const out: string[] = [];
  out.push(`${s.title}  (${s.id})${s.provenance.variant ? `   variant: ${s.provenance.variant}` : ""}`);
  out.push(
    `${r.samples.toLocaleString("en-US")} samples, seed ${r.seed}; money in ${r.unit}; the plan pays ${r.planYears.from}–${r.planYears.to}` +
      (last > r.planYears.to ? `, and commitments made in it run to ${last}` : ""),
  );
  out.push("");
  out.push(`Yearly outlays (${r.unit})`);
  out.push(
    renderTable(
      [
        { header: "year" },
        { header: "expected", align: "right" },
        { header: "P50", align: "right" },
        { header: "P90", align: "right" },
      ],
      [
        ...r.years.map((y, t) => [String(y), m(r.total.mean[t]!), m(r.total.p50[t]!), m(r.total.p90[t]!)]),
        [span, m(r.allYears.mean), m(r.allYears.p50), m(r.allYears.p90)],
      ],
    ),
  );
  out.push("");
  out.push(`By instrument (expected, ${r.unit})`);
  out.push(
    renderTable(
      [
        { header: "instrument" },
        { header: "clause" },
        ...r.years.map((y) => ({ header: String(y), align: "right" as const })),
        { header: span, align: "right" },
        { header: "P90", align: "right" },
        { header: "share", align: "right" },
        { header: "name" },
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
  );
  out.push("");
  out.push(`By sector (expected, ${r.unit})`);
  out.push(
    renderTable(
      [
        { header: "sector" },
        ...r.years.map((y) => ({ header: String(y), align: "right" as const })),
        { header: span, align: "right" },
        { header: "share", align: "right" },
      ],
      r.sectors.map((x) => [
        label(displayName({ id: x.id, names: x.names }, lang), x.id),
        ...x.byYear.mean.map(m),
        m(x.allYears.mean),
        formatPercent(x.share),
      ]),
    ),
  );
  out.push("");
  const firms = s.firms!;
  out.push(
    `Goals, on the firm population (above scale: revenue of at least ${formatValue(firms.threshold, firms.unit)} ${firms.unit.symbol})`,
  );
  if (r.goals.length === 0) {
    out.push("  no level goals on firms.aggregates (count, revenue) to check");
  } else {
    out.push(
      renderTable(
        [
          { header: "goal" },
          { header: "goal value" },
          { header: "P(met)", align: "right" },
          { header: "95% interval", align: "right" },
          { header: "P10", align: "right" },
          { header: "P50", align: "right" },
          { header: "P90", align: "right" },
        ],
        [
          ...r.goals.map((g) => {
            const u = s.quantities.get(g.target.subject)!.unit;
            const f = (v: number) => formatValue(v, u);
            return [
              g.target.id,
              `${COMPARATOR_SIGN[g.target.comparator]} ${f(g.target.value)} ${u.symbol} in ${g.target.year}`,
              formatPercent(g.probability),
              `${formatPercent(g.ci95[0])}–${formatPercent(g.ci95[1])}`,
              f(g.measure.p10),
              f(g.measure.p50),
              f(g.measure.p90),
            ];
          }),
          ...(r.allGoals && r.goals.length > 1
            ? [
                [
                  "all of them",
                  "",
                  formatPercent(r.allGoals.probability),
                  `${formatPercent(r.allGoals.ci95[0])}–${formatPercent(r.allGoals.ci95[1])}`,
                  "",
                  "",
                  "",
                ],
              ]
            : []),
        ],
      ),
    );
  }
  out.push("");
  const revUnit: Unit = parseUnit(r.aggregates.revenueUnit) ?? s.unit;
  out.push("Above-scale firms and their revenue (expected)");
  out.push(
    renderTable(
      [{ header: "" }, ...r.aggregates.years.map((y) => ({ header: String(y), align: "right" as const }))],
      [
        ["firms", ...r.aggregates.count.mean.map((v) => v.toFixed(1))],
        [`revenue (${revUnit.symbol})`, ...r.aggregates.revenue.mean.map((v) => formatValue(v, revUnit))],
      ],
    ),
  );
  out.push("");
  const c = r.costPerAddedRevenue;
  out.push(
    `Cost per ${revUnit.symbol} of added above-scale revenue: ${m(c.value)} ${r.unit} ` +
      `(expected outlays ${c.from}–${c.to} ${m(c.outlay)} ${r.unit} / expected added revenue ${c.from - 1}→${c.to} ${formatValue(c.added, revUnit)} ${revUnit.symbol})`,
  );
  out.push("");
  out.push(`What drives the ${span} budget`);
  const top = [...r.instruments]
    .filter((x) => Number.isFinite(x.varianceShare))
    .sort((a, b) => b.varianceShare - a.varianceShare)
    .slice(0, 5);
  out.push(
    `  instruments, by share of its variance: ${top.map((x) => `${x.instrument.id} ${formatPercent(x.varianceShare)}`).join(", ")}`,
  );
  const inputs = r.drivers.slice(0, 6);
  out.push(
    `  assumptions, by correlation with it: ${inputs.map((d) => `${d.input} ${d.correlation >= 0 ? "+" : "−"}${Math.abs(d.correlation).toFixed(2)}`).join(", ")}`,
  );
  return `${out.join("\n")}\n`;
}
