/**
 * `chainsim simulate` output: the probability of each goal with its 95%
 * interval, the spread of the goal's measure, and the statistics of every
 * quantity by year, as a terminal table, JSON or CSV.
 */
import type { TargetResult } from "../analysis/targets.js";
import { type SimulationResult, STATISTICS } from "../engine/simulate.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { toCsv } from "./csv.js";
import { formatPercent, formatValue, roundForOutput } from "./format.js";
import { manifest } from "./manifest.js";
import { describeGoal, goalUnit, type Lang } from "./run-output.js";
import { renderTable } from "./table.js";

/**
 * A probability for tables: one decimal, but never "100.0%" or "0.0%" unless
 * it is exactly 1 or 0 (">99.9%", "<0.1%").
 *
 * @example
 * formatProbability(0.99995) // ">99.9%"
 * formatProbability(1) // "100%"
 */
export function formatProbability(p: number | null | undefined): string {
  if (p === null || p === undefined || Number.isNaN(p)) return "–";
  if (p === 1) return "100%";
  if (p === 0) return "0%";
  if (p > 0.999) return ">99.9%";
  if (p < 0.001) return "<0.1%";
  return formatPercent(p);
}

/** "41.2%–43.1%" */
export function formatInterval(ci: readonly [number, number]): string {
  return `${formatProbability(ci[0])}–${formatProbability(ci[1])}`;
}

const round = (xs: number[]) => xs.map((x) => roundForOutput(x));
const roundPair = (ci: readonly [number, number]) => [roundForOutput(ci[0]), roundForOutput(ci[1])];

export function methodLabel(r: SimulationResult): string {
  return r.method === "latin-hypercube" ? "Latin hypercube" : "Monte Carlo";
}

export function simulateJson(s: Scenario, r: SimulationResult, deterministic: TargetResult[]) {
  const quantity = (id: string, stats: SimulationResult["quantities"][number]["stats"]) => {
    const q = s.quantities.get(id)!;
    return {
      id,
      name: q.names,
      unit: q.unit.symbol,
      years: r.years,
      ...Object.fromEntries(STATISTICS.map((k) => [k, round(stats[k])])),
    };
  };
  const kindOf = (id: string) => s.quantities.get(id)!.kind;
  return {
    scenario: { id: s.id, title: s.title, unit: s.unit.symbol, base_year: s.baseYear, horizon: s.horizon },
    samples: r.samples,
    seed: r.seed,
    method: r.method,
    dimensions: r.dimensions,
    correlated: r.correlated,
    years: r.years,
    sectors: r.quantities.filter((x) => kindOf(x.id) === "sector").map((x) => quantity(x.id, x.stats)),
    indicators: r.quantities.filter((x) => kindOf(x.id) === "indicator").map((x) => quantity(x.id, x.stats)),
    targets: r.targets.map((t, i) => {
      const g = t.target;
      const d = deterministic[i]!;
      return {
        id: g.id,
        [kindOf(g.subject)]: g.subject,
        kind: g.kind,
        year: g.year,
        ...(g.from !== undefined ? { from: g.from } : {}),
        comparator: g.comparator,
        value: g.value,
        unit: goalUnit(s, g).symbol,
        ...(g.group !== undefined ? { group: g.group } : {}),
        probability: roundForOutput(t.probability),
        ci95: roundPair(t.ci95),
        se: roundForOutput(t.se),
        met: t.count,
        known: t.known,
        deterministic_met: d.met,
        deterministic_projected: roundForOutput(d.projected),
        mean: roundForOutput(t.measure.mean),
        p10: roundForOutput(t.measure.p10),
        p50: roundForOutput(t.measure.p50),
        p90: roundForOutput(t.measure.p90),
      };
    }),
    all_targets_probability: r.all ? roundForOutput(r.all.probability) : null,
    all_targets_ci95: r.all ? roundPair(r.all.ci95) : null,
    all_targets_se: r.all ? roundForOutput(r.all.se) : null,
    groups: r.groups.map((g) => ({
      group: g.group,
      targets: g.targets,
      probability: roundForOutput(g.probability),
      ci95: roundPair(g.ci95),
      se: roundForOutput(g.se),
    })),
    verdicts: r.verdicts.map((v) => ({
      id: v.id,
      label: v.label,
      probability: roundForOutput(v.probability),
      ci95: roundPair(v.ci95),
      se: roundForOutput(v.se),
    })),
    manifest: manifest(s, { seed: r.seed, samples: r.samples, method: r.method }),
  };
}

export function simulateTable(
  s: Scenario,
  r: SimulationResult,
  deterministic: TargetResult[],
  lang: Lang = "zh",
): string {
  const head = `${s.title}  (${s.id})   unit: ${s.unit.symbol}${s.provenance.variant ? `   variant: ${s.provenance.variant}` : ""}`;
  const sub = `${r.samples.toLocaleString("en-US")} samples, seed ${r.seed}, ${methodLabel(r)}; ${r.dimensions} uncertain inputs${r.correlated ? ", correlated" : ""}`;
  const goals = renderTable(
    [
      { header: "goal" },
      { header: "goal value" },
      { header: "P(met)", align: "right" },
      { header: "95% interval", align: "right" },
      { header: "SE", align: "right" },
      { header: "P10", align: "right" },
      { header: "P50", align: "right" },
      { header: "P90", align: "right" },
      { header: "central" },
    ],
    r.targets.map((t, i) => {
      const g = t.target;
      const u = goalUnit(s, g);
      const d = deterministic[i]!;
      return [
        g.id,
        describeGoal(s, g),
        formatProbability(t.probability),
        formatInterval(t.ci95),
        `${(100 * t.se).toFixed(2)} pp`,
        formatValue(t.measure.p10, u),
        formatValue(t.measure.p50, u),
        formatValue(t.measure.p90, u),
        d.met === null ? "n/a" : d.met ? "met" : "missed",
      ];
    }),
  );
  const lines = [head, sub, "", goals, ""];
  if (r.all) {
    lines.push(
      `all ${r.targets.length} goals met together: ${formatProbability(r.all.probability)} (95% interval ${formatInterval(r.all.ci95)})`,
    );
  }
  for (const g of r.groups) {
    lines.push(
      `group ${g.group} (${g.targets.length} goals) met together: ${formatProbability(g.probability)} (95% interval ${formatInterval(g.ci95)})`,
    );
  }
  for (const v of r.verdicts) {
    lines.push(
      `${v.label ?? v.id}: ${formatProbability(v.probability)} (95% interval ${formatInterval(v.ci95)})`,
    );
  }
  const last = r.years.length - 1;
  const year = r.years[last]!;
  const quantities = renderTable(
    [
      { header: `quantity in ${year}` },
      { header: "unit" },
      { header: "mean", align: "right" },
      { header: "P5", align: "right" },
      { header: "P50", align: "right" },
      { header: "P95", align: "right" },
    ],
    r.quantities.map(({ id, stats }) => {
      const q = s.quantities.get(id)!;
      return [
        `${displayName(q, lang)} ${id}`,
        q.unit.symbol,
        formatValue(stats.mean[last], q.unit),
        formatValue(stats.p5[last], q.unit),
        formatValue(stats.p50[last], q.unit),
        formatValue(stats.p95[last], q.unit),
      ];
    }),
  );
  lines.push("", quantities, "");
  return lines.join("\n");
}

export function simulateCsv(s: Scenario, r: SimulationResult, deterministic: TargetResult[]): string {
  const rows: unknown[][] = [];
  const empty = ["", "", "", ""];
  for (const { id, stats } of r.quantities) {
    const q = s.quantities.get(id)!;
    r.years.forEach((y, k) => {
      rows.push([
        "quantity",
        id,
        q.unit.symbol,
        y,
        ...STATISTICS.map((st) => roundForOutput(stats[st][k])),
        ...empty,
      ]);
    });
  }
  r.targets.forEach((t, i) => {
    const g = t.target;
    rows.push([
      "goal",
      g.id,
      goalUnit(s, g).symbol,
      g.year,
      ...STATISTICS.map((st) => roundForOutput(t.measure[st])),
      roundForOutput(t.probability),
      roundForOutput(t.ci95[0]),
      roundForOutput(t.ci95[1]),
      deterministic[i]!.met,
    ]);
  });
  const blank = STATISTICS.map(() => "");
  if (r.all) {
    rows.push([
      "all_goals",
      "",
      "",
      "",
      ...blank,
      roundForOutput(r.all.probability),
      roundForOutput(r.all.ci95[0]),
      roundForOutput(r.all.ci95[1]),
      "",
    ]);
  }
  for (const g of r.groups) {
    rows.push([
      "group",
      g.group,
      "",
      "",
      ...blank,
      roundForOutput(g.probability),
      roundForOutput(g.ci95[0]),
      roundForOutput(g.ci95[1]),
      "",
    ]);
  }
  for (const v of r.verdicts) {
    rows.push([
      "verdict",
      v.id,
      "",
      "",
      ...blank,
      roundForOutput(v.probability),
      roundForOutput(v.ci95[0]),
      roundForOutput(v.ci95[1]),
      "",
    ]);
  }
  return toCsv(
    [
      "record",
      "id",
      "unit",
      "year",
      ...STATISTICS,
      "probability",
      "ci95_low",
      "ci95_high",
      "deterministic_met",
    ],
    rows,
  );
}
