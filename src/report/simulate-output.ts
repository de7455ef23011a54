/**
 * `chainsim simulate` output: the probability of each goal with its 95%
 * interval, the spread of the goal's measure, and the statistics of every
 * quantity by year, as a terminal table, JSON or CSV — read from Findings
 * (parts `simulation` and `targets`).
 */
import { baseFindings } from "../analysis/findings/base.js";
import { targetFinding } from "../analysis/findings/projection-findings.js";
import { simulationFindings } from "../analysis/findings/simulation-findings.js";
import type { TargetResult } from "../analysis/targets.js";
import type { SimulationResult } from "../engine/simulate.js";
import { ADDUP_VERDICT, COMMON, codeText, inLang } from "../i18n/text/tables.js";
import { RUN } from "../i18n/text/tables-run.js";
import { type Findings, type SimulationFindings, STATISTIC_NAMES } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import {
  describeGoal,
  goalOf,
  headLine,
  type Lang,
  nameOf,
  quantityOf,
  scenarioJson,
  unitOf,
} from "./facts.js";
import { formatPercent, formatValue } from "./format.js";
import { toJsonText, toRoundedCsv } from "./json.js";
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
export function formatInterval(ci: readonly [number | null, number | null]): string {
  return `${formatProbability(ci[0])}–${formatProbability(ci[1])}`;
}

export function methodLabel(r: Pick<SimulationFindings, "method">, lang: Lang = "en"): string {
  const w = inLang(COMMON, lang);
  if (r.method === "quasi-monte-carlo") return w.quasiMonteCarlo;
  return r.method === "latin-hypercube" ? w.latinHypercube : w.monteCarlo;
}

/** `simulate --format json`: Findings' simulation with the goals' central results. */
export function simulationJson(f: Findings) {
  const sc = f.scenario;
  const r = f.simulation!;
  const central = new Map((f.targets ?? []).map((t) => [t.id, t]));
  const quantity = (x: SimulationFindings["quantities"][number]) => {
    const q = quantityOf(sc, x.id)!;
    return { id: x.id, name: q.name, unit: q.unit, years: r.years, ...x.stats };
  };
  const kindOf = (id: string) => quantityOf(sc, id)!.kind;
  return {
    scenario: scenarioJson(sc),
    samples: r.samples,
    seed: r.seed,
    method: r.method,
    dimensions: r.dimensions,
    correlated: r.correlated,
    years: r.years,
    sectors: r.quantities.filter((x) => kindOf(x.id) === "sector").map(quantity),
    indicators: r.quantities.filter((x) => kindOf(x.id) === "indicator").map(quantity),
    targets: r.targets.map((t) => {
      const g = goalOf(sc, t.id)!;
      const d = central.get(t.id);
      return {
        id: g.id,
        [g.subject_kind]: g.subject,
        kind: g.kind,
        year: g.year,
        ...(g.from !== undefined ? { from: g.from } : {}),
        comparator: g.comparator,
        value: g.value,
        unit: g.unit,
        ...(g.group !== undefined ? { group: g.group } : {}),
        probability: t.probability,
        ci95: t.ci95,
        se: t.se,
        met: t.count,
        known: t.known,
        deterministic_met: d?.met ?? null,
        deterministic_projected: d?.projected ?? null,
        mean: t.measure.mean,
        p10: t.measure.p10,
        p50: t.measure.p50,
        p90: t.measure.p90,
      };
    }),
    all_targets_probability: r.all ? r.all.probability : null,
    all_targets_ci95: r.all ? r.all.ci95 : null,
    all_targets_se: r.all ? r.all.se : null,
    groups: r.groups.map((g) => ({
      group: g.group,
      targets: g.targets,
      probability: g.probability,
      ci95: g.ci95,
      se: g.se,
    })),
    verdicts: r.verdicts.map((v) => ({
      id: v.id,
      label: v.label,
      probability: v.probability,
      ci95: v.ci95,
      se: v.se,
    })),
    manifest: f.manifest,
  };
}

/**
 * An add-up verdict's label in `lang`. The engine labels them
 * "parent year: VERDICT" (engine/verdicts.ts); other labels show as given.
 */
function verdictLabel(sc: Findings["scenario"], label: string, lang: Lang): string {
  const m = /^(\S+) (\d{4}): ([A-Z]+)$/.exec(label);
  if (!m) return label;
  const parent = lang === "zh" ? nameOf(sc, m[1]!, lang) : m[1]!;
  return inLang(RUN, lang).verdictLabel(parent, m[2]!, codeText(ADDUP_VERDICT, m[3]!, lang));
}

function probabilityLines(sc: Findings["scenario"], r: SimulationFindings, lang: Lang): string[] {
  const t = inLang(RUN, lang);
  const lines: string[] = [];
  if (r.all) {
    lines.push(t.allMet(r.targets.length, formatProbability(r.all.probability), formatInterval(r.all.ci95)));
  }
  for (const g of r.groups) {
    lines.push(
      t.groupMet(g.group, g.targets.length, formatProbability(g.probability), formatInterval(g.ci95)),
    );
  }
  for (const v of r.verdicts) {
    lines.push(
      t.verdictProbability(
        verdictLabel(sc, v.label ?? v.id, lang),
        formatProbability(v.probability),
        formatInterval(v.ci95),
      ),
    );
  }
  return lines;
}

export function simulationTable(f: Findings, lang: Lang = "zh"): string {
  const sc = f.scenario;
  const r = f.simulation!;
  const central = new Map((f.targets ?? []).map((t) => [t.id, t]));
  const w = inLang(COMMON, lang);
  const t = inLang(RUN, lang);
  const sub = t.simulateSub(
    r.samples.toLocaleString("en-US"),
    String(r.seed),
    methodLabel(r, lang),
    r.dimensions,
    r.correlated,
  );
  const goals = renderTable(
    [
      { header: w.goal },
      { header: w.goalValue },
      { header: w.probabilityMet, align: "right" },
      { header: w.interval95, align: "right" },
      { header: w.standardError, align: "right" },
      { header: "P10", align: "right" },
      { header: "P50", align: "right" },
      { header: "P90", align: "right" },
      { header: w.central },
    ],
    r.targets.map((x) => {
      const g = goalOf(sc, x.id)!;
      const u = unitOf(sc, g.unit);
      const met = central.get(x.id)?.met ?? null;
      return [
        g.id,
        describeGoal(sc, g, lang),
        formatProbability(x.probability),
        formatInterval(x.ci95),
        x.se === null ? "–" : t.sePoints((100 * x.se).toFixed(2)),
        formatValue(x.measure.p10, u),
        formatValue(x.measure.p50, u),
        formatValue(x.measure.p90, u),
        met === null ? w.notApplicable : met ? w.met : w.missed,
      ];
    }),
  );
  const last = r.years.length - 1;
  const quantities = renderTable(
    [
      { header: w.quantityIn(r.years[last]!) },
      { header: w.unit },
      { header: w.mean, align: "right" },
      { header: "P5", align: "right" },
      { header: "P50", align: "right" },
      { header: "P95", align: "right" },
    ],
    r.quantities.map(({ id, stats }) => {
      const q = quantityOf(sc, id)!;
      const u = unitOf(sc, q.unit);
      return [
        `${nameOf(sc, id, lang)} ${id}`,
        q.unit,
        formatValue(stats.mean[last], u),
        formatValue(stats.p5[last], u),
        formatValue(stats.p50[last], u),
        formatValue(stats.p95[last], u),
      ];
    }),
  );
  return [headLine(sc, lang), sub, "", goals, "", ...probabilityLines(sc, r, lang), "", quantities, ""].join(
    "\n",
  );
}

export function simulationCsv(f: Findings): string {
  const sc = f.scenario;
  const r = f.simulation!;
  const central = new Map((f.targets ?? []).map((t) => [t.id, t]));
  const rows: unknown[][] = [];
  const empty = ["", "", "", ""];
  for (const { id, stats } of r.quantities) {
    const q = quantityOf(sc, id)!;
    r.years.forEach((y, k) => {
      rows.push(["quantity", id, q.unit, y, ...STATISTIC_NAMES.map((st) => stats[st][k]), ...empty]);
    });
  }
  for (const t of r.targets) {
    const g = goalOf(sc, t.id)!;
    rows.push([
      "goal",
      g.id,
      g.unit,
      g.year,
      ...STATISTIC_NAMES.map((st) => t.measure[st]),
      t.probability,
      t.ci95[0],
      t.ci95[1],
      central.get(t.id)?.met ?? null,
    ]);
  }
  const blank = STATISTIC_NAMES.map(() => "");
  const probability = (
    record: string,
    id: string,
    p: { probability: number | null; ci95: [number | null, number | null] },
  ) => [record, id, "", "", ...blank, p.probability, p.ci95[0], p.ci95[1], ""];
  if (r.all) rows.push(probability("all_goals", "", r.all));
  for (const g of r.groups) rows.push(probability("group", g.group, g));
  for (const v of r.verdicts) rows.push(probability("verdict", v.id, v));
  return toRoundedCsv(
    [
      "record",
      "id",
      "unit",
      "year",
      ...STATISTIC_NAMES,
      "probability",
      "ci95_low",
      "ci95_high",
      "deterministic_met",
    ],
    rows,
  );
}

/** Findings of a finished simulation (with the goals' central results), for the outputs above. */
export function simulatedFindings(s: Scenario, r: SimulationResult, deterministic: TargetResult[]): Findings {
  return {
    ...baseFindings(s, { seed: r.seed, samples: r.samples, method: r.method }),
    targets: deterministic.map(targetFinding),
    simulation: simulationFindings(r),
  };
}

/** The JSON of a finished simulation (`chainsim merge` prints the same as `simulate`). */
export function simulateJson(s: Scenario, r: SimulationResult, deterministic: TargetResult[]) {
  return JSON.parse(toJsonText(simulationJson(simulatedFindings(s, r, deterministic))));
}

export function simulateTable(
  s: Scenario,
  r: SimulationResult,
  deterministic: TargetResult[],
  lang: Lang = "zh",
) {
  return simulationTable(simulatedFindings(s, r, deterministic), lang);
}

export function simulateCsv(s: Scenario, r: SimulationResult, deterministic: TargetResult[]): string {
  return simulationCsv(simulatedFindings(s, r, deterministic));
}
