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
import type { Lang } from "../i18n/lang.js";
import { COMMON, codeText, inLang } from "../i18n/text/tables.js";
import { CHAIN, CHAIN_VERDICT, SECTOR_CLASS } from "../i18n/text/tables-chain.js";
import type { ChainConsistencyFinding, ScenarioFacts } from "../model/findings.js";
import { displayName } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { COMPARATOR_SIGN, nameOf, unitOf } from "./facts.js";
import { formatPercent, formatSigned, formatValue, roundForOutput } from "./format.js";
import { formatAmountZh } from "./format-zh.js";
import { toJsonText } from "./json.js";
import { manifest } from "./manifest.js";
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

/** A linkage class in words. */
export function classLabel(c: SectorClass, lang: Lang = "zh"): string {
  return codeText(SECTOR_CLASS, c, lang);
}

// ── chain consistency (also shown by chainsim check) ──────────────────────

export function chainConsistencyJson(rows: readonly ChainConsistencyFinding[]) {
  return rows;
}

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
  const t = inLang(CHAIN, lang);
  const w = inLang(COMMON, lang);
  const table = renderTable(
    [
      { header: t.upstream },
      { header: w.year, align: "right" },
      { header: w.goal, align: "right" },
      { header: t.impliedLocalDemand, align: "right" },
      { header: t.allSources, align: "right" },
      { header: t.goalOverDemand, align: "right" },
      { header: t.breakEvenLocalShare, align: "right" },
      { header: w.verdict },
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
      codeText(CHAIN_VERDICT, c.verdict, lang),
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
  return `${t.consistencyTitle}\n${table}${notes.join("")}`;
}

/** One sentence per row: what the downstream goals ask of the upstream sector. */
export function consistencySentence(
  sc: ScenarioFacts,
  c: ChainConsistencyFinding,
  lang: Lang = "zh",
): string {
  const u = unitOf(sc, sc.unit);
  const f =
    lang === "zh" ? (x: number | null) => formatAmountZh(x, u) : (x: number | null) => formatValue(x, u);
  const t = inLang(CHAIN, lang);
  const buyers = [...c.buyers]
    .sort((a, b) => (b.demand ?? Number.NaN) - (a.demand ?? Number.NaN))
    .slice(0, 3)
    .map(
      (b) =>
        `${nameOf(sc, b.sector, lang)} ${f(b.demand)}${b.basis === "projection" ? t.projectedOutput : ""}`,
    )
    .join(inLang(COMMON, lang).listSep);
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
        ? t.fallsShortAbove(formatPercent(c.break_even_local_share))
        : t.coversAll;
  return t.consistencySentence(
    up,
    c.year,
    all,
    buyers,
    local,
    f(c.goal),
    codeText(CHAIN_VERDICT, c.verdict, lang),
    breakEven,
  );
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
  const t = inLang(CHAIN, lang);
  const w = inLang(COMMON, lang);
  return [
    `## ${t.consistencyTitleShort}`,
    "",
    `| ${[t.upstream, w.year, w.goal, t.impliedLocalDemand, t.allSources, t.goalOverDemand, w.verdict].join(" | ")} |`,
    "|---|---:|---:|---:|---:|---:|---|",
    ...rows.map(
      (c) =>
        `| ${nameOf(sc, c.upstream, lang)} | ${c.year} | ${f(c.goal)} | ${f(c.implied_demand.low)}–${f(c.implied_demand.high)} | ${f(c.total_demand.low)}–${f(c.total_demand.high)} | ${c.ratio !== null ? `${c.ratio.toFixed(2)}×` : "–"} | ${codeText(CHAIN_VERDICT, c.verdict, lang)} |`,
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

/** Formats shared by the chain tables. */
function chainFormats(s: Scenario, c: ChainResult, lang: Lang) {
  const u = s.unit;
  const t = inLang(CHAIN, lang);
  const f = (x: number) => formatValue(x, u);
  const sg = (x: number) => formatSigned(Math.abs(x) < 5e-10 ? 0 : x, u);
  /** A signed change with its interval. */
  const st = (x: Stat, fmt: (v: number) => string = sg) =>
    x.p5 === null || x.p95 === null || x.p5 === x.p95
      ? fmt(x.central)
      : t.withInterval(fmt(x.central), fmt(x.p5), fmt(x.p95));
  const plain = (x: Stat) => st(x, (v) => v.toFixed(3));
  const label = (id: string) => `${name(s, id, lang)} ${id}`;
  return { c, t, w: inLang(COMMON, lang), f, sg, st, plain, label };
}
type ChainFormats = ReturnType<typeof chainFormats>;

function chainIntro(c: ChainResult, lang: Lang): string {
  const t = inLang(CHAIN, lang);
  const mc = c.monteCarlo;
  const basis = c.finalDemandDerived ? t.finalDemandDerived(c.year) : t.finalDemandStated;
  return [
    t.intro(c.year, c.sectors.length, basis),
    mc ? t.intervals(mc.used.toLocaleString("en-US"), mc.inputs, String(mc.seed)) : t.noIntervals,
  ].join("\n");
}

function shockTable(s: Scenario, x: ShockResult, supply: boolean, F: ChainFormats, lang: Lang): string {
  const { c, t, w, f, sg, st, label } = F;
  const rows = c.sectors.map((id, i) => [
    label(id),
    f(c.output[i]!),
    st(x.output[i]!),
    sg(x.direct[i]!.central),
    st(x.indirect[i]!),
    signedPercent(x.relative[i]!.central),
  ]);
  rows.push([w.total, f(c.output.reduce((a, v) => a + v, 0)), st(x.total), "", "", ""]);
  const shocks = x.shocks.map((k) => describeShock(s, k, c, x, lang)).join(w.clauseSep);
  return [
    supply ? t.supplyShock(shocks) : t.demandShock(shocks),
    renderTable(
      [
        { header: w.sector },
        { header: t.outputIn(c.year), align: "right" },
        { header: t.deltaOutput, align: "right" },
        { header: supply ? t.directSupply : t.directDemand, align: "right" },
        { header: supply ? t.indirectDownstream : t.indirectUpstream, align: "right" },
        { header: t.deltaPercent, align: "right" },
      ],
      rows,
    ),
  ].join("\n");
}

function goalEffects(F: ChainFormats): string {
  const { c, t, w, f, sg, st } = F;
  const cols = [
    { header: w.goal },
    { header: w.goalValue, align: "right" as const },
    { header: w.projected, align: "right" as const },
    { header: t.gapBefore, align: "right" as const },
  ];
  if (c.demand)
    cols.push({ header: t.deltaDemandShock, align: "right" }, { header: t.gapAfter, align: "right" });
  if (c.supply)
    cols.push({ header: t.deltaSupplyShock, align: "right" }, { header: t.gapAfter, align: "right" });
  const rows = c.goals.map((g) => {
    const via = g.via.length === 1 && g.via[0] === g.sector ? "" : t.viaChildren(g.via.length);
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
  const note = c.goals.some((g) => g.via.length > 1 || g.via[0] !== g.sector) ? `\n  ${t.parentNote}` : "";
  return `${t.effectOnGoals(c.year)}\n${renderTable(cols, rows)}${note}`;
}

function multipliers(F: ChainFormats, lang: Lang): string {
  const { c, t, w, plain, label } = F;
  return [
    t.multipliersTitle,
    renderTable(
      [
        { header: w.sector },
        { header: t.outputMultiplier, align: "right" },
        ...c.valueAddedMultipliers.map((v) => ({ header: t.multiplierOf(v.name), align: "right" as const })),
        { header: t.backward, align: "right" },
        { header: t.forward, align: "right" },
        { header: t.class },
      ],
      c.sectors.map((id, i) => [
        label(id),
        plain(c.multipliers[i]!),
        ...c.valueAddedMultipliers.map((v) => plain(v.values[i]!)),
        plain(c.linkages.backward[i]!),
        plain(c.linkages.forward[i]!),
        classLabel(c.linkages.classes[i]!, lang),
      ]),
    ),
  ].join("\n");
}

export function chainTable(s: Scenario, c: ChainResult, lang: Lang = "zh"): string {
  const F = chainFormats(s, c, lang);
  const parts: string[] = [inLang(COMMON, lang).headLine(s.title, s.id, s.unit.symbol, undefined)];
  parts.push(chainIntro(c, lang));
  if (c.demand) parts.push(shockTable(s, c.demand, false, F, lang));
  if (c.supply) parts.push(shockTable(s, c.supply, true, F, lang));
  if ((c.demand || c.supply) && c.goals.length) parts.push(goalEffects(F));
  parts.push(multipliers(F, lang));
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
  const d = x.delta[i]!.central;
  const amount =
    lang === "zh"
      ? `${d > 0 ? "+" : ""}${formatAmountZh(d, s.unit)}`
      : `${formatSigned(d, s.unit)} ${s.unit.symbol}`;
  const t = inLang(CHAIN, lang);
  const what = x === c.supply ? t.primaryInputsWord : t.finalDemandWord;
  return k.kind === "relative"
    ? t.shockRelative(name(s, k.sector, lang), k.sector, what, signedPercent(k.value, 1), amount)
    : t.shockAbsolute(name(s, k.sector, lang), k.sector, what, amount);
}
