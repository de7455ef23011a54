/**
 * `chainsim chain` output — shock effects by sector and on goals,
 * multipliers and linkages, chain consistency — as a terminal table or JSON;
 * and the chain-consistency section that `chainsim check` shows beside its
 * add-up verdicts.
 */
import type { ChainResult, GoalEffect, ShockResult, Stat } from "../analysis/chain/analyse.js";
import type { SectorClass } from "../analysis/chain/linkages.js";
import type { Shock } from "../analysis/chain/shock.js";
import { chainConsistencyFindings } from "../analysis/findings/check-findings.js";
import { scenarioFacts } from "../analysis/findings/scenario-facts.js";
import type { ChainConsistencyFinding, ScenarioFacts } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { nameOf, unitOf } from "./facts.js";
import { formatPercent, formatSigned, formatValue, roundForOutput } from "./format.js";
import { toJsonText } from "./json.js";
import { manifest } from "./manifest.js";
import { COMPARATOR_SIGN, type Lang } from "./run-output.js";
import { renderTable } from "./table.js";

const r = roundForOutput;

const statJson = (x: Stat) => ({ central: r(x.central), p5: r(x.p5), p95: r(x.p95) });
const shift = (x: Stat, by: number): Stat => ({
  central: x.central + by,
  p5: x.p5 === null ? null : x.p5 + by,
  p95: x.p95 === null ? null : x.p95 + by,
});

const signedPercent = (v: number, digits = 2) =>
  Number.isNaN(v) ? "–" : `${v > 0 ? "+" : v < 0 ? "−" : ""}${formatPercent(Math.abs(v), digits)}`;

const name = (s: Scenario, id: string, lang: Lang) => {
  const q = s.quantities.get(id);
  return q ? displayName(q, lang) : id;
};

export const CLASS_LABEL: Record<SectorClass, string> = {
  key: "key sector",
  backward: "backward-oriented",
  forward: "forward-oriented",
  weak: "weakly linked",
};

// ── chain consistency (also shown by chainsim check) ──────────────────────

export function chainConsistencyJson(rows: readonly ChainConsistencyFinding[]) {
  return rows;
}

const CONSISTENCY_TITLE = "Industry chain: local demand implied by the downstream goals (links)";

/**
 * The chain-consistency table, or "" without rows; with a sentence for every
 * row, or (`notable`) only for rows where the upstream goal does not cover
 * the implied demand, or would not if more of it were bought locally.
 */
export function chainConsistencyTable(
  sc: ScenarioFacts,
  rows: readonly ChainConsistencyFinding[],
  lang: Lang = "zh",
  sentences: "all" | "notable" = "all",
): string {
  if (rows.length === 0) return "";
  const u = unitOf(sc, sc.unit);
  const f = (x: number | null) => formatValue(x, u);
  const table = renderTable(
    [
      { header: "upstream" },
      { header: "year", align: "right" },
      { header: "goal", align: "right" },
      { header: "implied local demand", align: "right" },
      { header: "all sources", align: "right" },
      { header: "goal/demand", align: "right" },
      { header: "break-even local share", align: "right" },
      { header: "verdict" },
    ],
    rows.map((c) => [
      `${nameOf(sc, c.upstream, lang)} ${c.upstream}`,
      String(c.year),
      f(c.goal),
      `${f(c.implied_demand.central)} (${f(c.implied_demand.low)}–${f(c.implied_demand.high)})`,
      `${f(c.total_demand.low)}–${f(c.total_demand.high)}`,
      c.ratio !== null ? `${c.ratio.toFixed(2)}×` : "–",
      c.break_even_local_share === null
        ? "–"
        : c.break_even_local_share >= 1
          ? "> 100%"
          : formatPercent(c.break_even_local_share),
      c.verdict,
    ]),
  );
  const notes = rows
    .filter(
      (c) =>
        sentences === "all" ||
        c.verdict !== "upstream goal covers implied demand" ||
        (c.break_even_local_share !== null && c.break_even_local_share < 1),
    )
    .map((c) => `\n  ${consistencySentence(sc, c, lang)}`);
  return `${CONSISTENCY_TITLE}\n${table}${notes.join("")}`;
}

/** One sentence per row: what the downstream goals ask of the upstream sector. */
export function consistencySentence(
  sc: ScenarioFacts,
  c: ChainConsistencyFinding,
  lang: Lang = "zh",
): string {
  const u = unitOf(sc, sc.unit);
  const f = (x: number | null) => formatValue(x, u);
  const buyers = [...c.buyers]
    .sort((a, b) => (b.demand ?? Number.NaN) - (a.demand ?? Number.NaN))
    .slice(0, 3)
    .map((b) => `${b.sector} ${f(b.demand)}${b.basis === "projection" ? " (projected output)" : ""}`)
    .join(", ");
  const up = nameOf(sc, c.upstream, lang);
  const local =
    c.implied_demand.low === c.implied_demand.high
      ? f(c.implied_demand.central)
      : `${f(c.implied_demand.low)}–${f(c.implied_demand.high)}`;
  const all =
    c.total_demand.low === c.total_demand.high
      ? f(c.total_demand.central)
      : `${f(c.total_demand.low)}–${f(c.total_demand.high)}`;
  const breakEven =
    c.break_even_local_share === null
      ? ""
      : c.break_even_local_share < 1
        ? ` The goal would fall short of local demand if more than ${formatPercent(c.break_even_local_share)} of these inputs were bought locally (central coefficients).`
        : " The goal would cover them even if all were bought locally (central coefficients).";
  return `${up} ${c.year}: the goals need ${all} of its products as inputs from any source (largest buyers: ${buyers}), ${local} of it from inside the region at the stated local shares, against a goal of ${f(c.goal)}: ${c.verdict}.${breakEven}`;
}

/** Markdown lines for `check --format markdown`. */
export function chainConsistencyMarkdown(
  sc: ScenarioFacts,
  rows: readonly ChainConsistencyFinding[],
  lang: Lang = "zh",
): string[] {
  if (rows.length === 0) return [];
  const u = unitOf(sc, sc.unit);
  const f = (x: number | null) => formatValue(x, u);
  return [
    "## Industry chain: local demand implied by the downstream goals",
    "",
    "| upstream | year | goal | implied local demand | all sources | goal/demand | verdict |",
    "|---|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (c) =>
        `| ${nameOf(sc, c.upstream, lang)} | ${c.year} | ${f(c.goal)} | ${f(c.implied_demand.low)}–${f(c.implied_demand.high)} | ${f(c.total_demand.low)}–${f(c.total_demand.high)} | ${c.ratio !== null ? `${c.ratio.toFixed(2)}×` : "–"} | ${c.verdict} |`,
    ),
    "",
  ];
}

// ── chainsim chain ────────────────────────────────────────────────────────

export function chainJson(s: Scenario, c: ChainResult) {
  const shockJson = (x: ShockResult | null) =>
    x && {
      shocks: x.shocks.map((k) => ({ sector: k.sector, kind: k.kind, value: r(k.value), arg: k.arg })),
      total: statJson(x.total),
      sectors: c.sectors.map((id, i) => ({
        id,
        change: statJson(x.delta[i]!),
        output: statJson(x.output[i]!),
        direct: statJson(x.direct[i]!),
        indirect: statJson(x.indirect[i]!),
        relative: statJson(x.relative[i]!),
      })),
    };
  const goalJson = (g: GoalEffect) => ({
    target: g.target,
    sector: g.sector,
    year: g.year,
    comparator: g.comparator,
    goal: r(g.goal),
    projected: r(g.projected),
    via: g.via,
    gap_before: r(g.gapBefore),
    demand: g.demand && { change: statJson(g.demand), gap_after: statJson(shift(g.demand, g.gapBefore)) },
    supply: g.supply && { change: statJson(g.supply), gap_after: statJson(shift(g.supply, g.gapBefore)) },
  });
  const matrix = (m: number[][] | null) => (m === null ? null : m.map((row) => row.map(r)));
  return {
    scenario: { id: s.id, title: s.title, unit: s.unit.symbol, base_year: s.baseYear, horizon: s.horizon },
    year: c.year,
    output_basis: c.outputBasis,
    final_demand_derived: c.finalDemandDerived,
    sectors: c.sectors.map((id, i) => ({
      id,
      name: s.quantities.get(id)?.names ?? {},
      output: r(c.output[i]),
      final_demand: r(c.finalDemand[i]),
      output_multiplier: statJson(c.multipliers[i]!),
      value_added_multipliers: Object.fromEntries(
        c.valueAddedMultipliers.map((v) => [v.name, statJson(v.values[i]!)]),
      ),
      backward_linkage: statJson(c.linkages.backward[i]!),
      forward_linkage: statJson(c.linkages.forward[i]!),
      class: c.linkages.classes[i],
    })),
    demand_shock: shockJson(c.demand),
    supply_shock: shockJson(c.supply),
    goals: c.goals.map(goalJson),
    chain_consistency: JSON.parse(toJsonText(chainConsistencyFindings(c.consistency))),
    matrices: {
      regional_coefficients: matrix(c.regional),
      leontief_inverse: matrix(c.leontief),
      ghosh_inverse: matrix(c.ghosh),
    },
    monte_carlo: c.monteCarlo,
    warnings: c.warnings.map((w) => ({ code: w.code, message: w.message })),
    manifest: manifest(s, c.monteCarlo ? { seed: c.monteCarlo.seed, samples: c.monteCarlo.samples } : {}),
  };
}

export function chainTable(s: Scenario, c: ChainResult, lang: Lang = "zh"): string {
  const u = s.unit;
  const f = (x: number) => formatValue(x, u);
  const sg = (x: number) => formatSigned(Math.abs(x) < 5e-10 ? 0 : x, u);
  const mc = c.monteCarlo;
  /** A signed change with its interval. */
  const st = (x: Stat, fmt: (v: number) => string = sg) =>
    x.p5 === null || x.p95 === null || x.p5 === x.p95
      ? fmt(x.central)
      : `${fmt(x.central)} (${fmt(x.p5)} to ${fmt(x.p95)})`;
  const plain = (x: Stat) => st(x, (v) => v.toFixed(3));
  const label = (id: string) => `${name(s, id, lang)} ${id}`;
  const parts: string[] = [`${s.title}  (${s.id})   unit: ${u.symbol}`];
  const basis = c.finalDemandDerived
    ? `final demand derived from the projected ${c.year} output as f = (I − A_r)x`
    : "final demand as stated in links; output = (I − A_r)⁻¹f";
  parts.push(
    [
      `Industry chain in ${c.year}: ${c.sectors.length} sectors; A_r = local share × A (inputs bought outside the region leak out); ${basis}.`,
      mc
        ? `Intervals: P5 to P95 of ${mc.used.toLocaleString("en-US")} Monte Carlo samples of ${mc.inputs} uncertain coefficients and shares (seed ${mc.seed}); the first figure is at central values.`
        : "All coefficients are certain: no intervals.",
    ].join("\n"),
  );

  const shockTable = (x: ShockResult, title: string, what: string, along: string) => {
    const rows = c.sectors.map((id, i) => [
      label(id),
      f(c.output[i]!),
      st(x.output[i]!),
      sg(x.direct[i]!.central),
      st(x.indirect[i]!),
      signedPercent(x.relative[i]!.central),
    ]);
    rows.push(["total", f(c.output.reduce((a, v) => a + v, 0)), st(x.total), "", "", ""]);
    return [
      `${title}: ${x.shocks.map((k) => describeShock(s, k, c, x, lang)).join("; ")}`,
      renderTable(
        [
          { header: "sector" },
          { header: `output ${c.year}`, align: "right" },
          { header: "Δ output", align: "right" },
          { header: `direct (${what})`, align: "right" },
          { header: `indirect (${along} effects)`, align: "right" },
          { header: "Δ%", align: "right" },
        ],
        rows,
      ),
    ].join("\n");
  };
  if (c.demand) parts.push(shockTable(c.demand, "Demand shock (Leontief)", "Δ final demand", "upstream"));
  if (c.supply) parts.push(shockTable(c.supply, "Supply shock (Ghosh)", "Δ primary inputs", "downstream"));

  if ((c.demand || c.supply) && c.goals.length) {
    const cols = [
      { header: "goal" },
      { header: "goal value", align: "right" as const },
      { header: "projected", align: "right" as const },
      { header: "gap before", align: "right" as const },
    ];
    if (c.demand)
      cols.push({ header: "Δ (demand shock)", align: "right" }, { header: "gap after", align: "right" });
    if (c.supply)
      cols.push({ header: "Δ (supply shock)", align: "right" }, { header: "gap after", align: "right" });
    const rows = c.goals.map((g) => {
      const via = g.via.length === 1 && g.via[0] === g.sector ? "" : ` (Σ ${g.via.length} children)`;
      const row = [
        `${g.target}${via}`,
        `${COMPARATOR_SIGN[g.comparator]} ${f(g.goal)}`,
        f(g.projected),
        sg(g.gapBefore),
      ];
      if (c.demand) row.push(st(g.demand!), st(shift(g.demand!, g.gapBefore)));
      if (c.supply) row.push(st(g.supply!), st(shift(g.supply!, g.gapBefore)));
      return row;
    });
    const note = c.goals.some((g) => g.via.length > 1 || g.via[0] !== g.sector)
      ? "\n  A parent's change is the sum of its children's changes, before any overlap between them."
      : "";
    parts.push(`Effect on goals (${c.year}; gap = projected − goal)\n${renderTable(cols, rows)}${note}`);
  }

  const vaHeaders = c.valueAddedMultipliers.map((v) => ({
    header: `${v.name} multiplier`,
    align: "right" as const,
  }));
  parts.push(
    [
      "Multipliers and linkages (Rasmussen indices average 1; a key sector has both above 1)",
      renderTable(
        [
          { header: "sector" },
          { header: "output multiplier", align: "right" },
          ...vaHeaders,
          { header: "backward", align: "right" },
          { header: "forward", align: "right" },
          { header: "class" },
        ],
        c.sectors.map((id, i) => [
          label(id),
          plain(c.multipliers[i]!),
          ...c.valueAddedMultipliers.map((v) => plain(v.values[i]!)),
          plain(c.linkages.backward[i]!),
          plain(c.linkages.forward[i]!),
          CLASS_LABEL[c.linkages.classes[i]!],
        ]),
      ),
    ].join("\n"),
  );
  const consistency = chainConsistencyTable(
    scenarioFacts(s),
    chainConsistencyFindings(c.consistency),
    lang,
    "notable",
  );
  if (consistency) parts.push(consistency);
  return `${parts.join("\n\n")}\n`;
}

function describeShock(s: Scenario, k: Shock, c: ChainResult, x: ShockResult, lang: Lang): string {
  const i = c.sectors.indexOf(k.sector);
  const amount = formatSigned(x.delta[i]!.central, s.unit);
  const what = x === c.supply ? "primary inputs" : "final demand";
  return k.kind === "relative"
    ? `${name(s, k.sector, lang)} (${k.sector}) ${what} ${signedPercent(k.value, 1)} (${amount} ${s.unit.symbol})`
    : `${name(s, k.sector, lang)} (${k.sector}) ${what} ${amount} ${s.unit.symbol}`;
}
