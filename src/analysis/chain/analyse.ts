/**
 * Chain analysis of a scenario with `links:` — the Leontief model of the
 * region's links system in one year, its multipliers and linkages, the
 * effects of demand shocks (Leontief) and supply shocks (Ghosh) on every
 * sector and on each goal, and chain consistency — at central values, with
 * P5–P95 intervals by Monte Carlo when coefficients, local shares, final
 * demand or value added are uncertain.
 *
 * The system solved is the regional one: A_r = diag(s)·A, the coefficients
 * times the local sourcing share of each input (purchases from outside the
 * region leak out of the chain). Final demand defaults to f = (I − A_r)x for
 * the projected output x of the year, so the base solution reproduces the
 * projection; a shock changes f by Δf and output by Δx = (I − A_r)⁻¹Δf.
 *
 * mathjs is loaded here (lazily), never on the paths of run, validate, check.
 */
import { type Diagnostic, diagnostic, fail } from "../../diagnostics.js";
import { project, valueAt } from "../../engine/project.js";
import type { Comparator } from "../../model/comparator.js";
import type { UncertainValue } from "../../model/distribution.js";
import type { Links } from "../../model/link.js";
import type { Scenario } from "../../model/scenario.js";
import { type ChainConsistencyRow, chainConsistency } from "./chain-consistency.js";
import { allocationCoefficients, ghoshInverse, primaryInputs } from "./ghosh.js";
import { leontiefInverse } from "./leontief-inverse.js";
import { type LinearAlgebra, loadLinearAlgebra } from "./linear-algebra.js";
import { rasmussen, type SectorClass } from "./linkages.js";
import { scaleColumns, scaleRows } from "./matrix.js";
import { outputMultipliers, valueAddedMultipliers } from "./multipliers.js";
import { drawInput, sortedQuantile } from "./sampler.js";
import { demandShock, type Shock, shockVector, supplyShock } from "./shock.js";
import { finalDemandFor, leontiefSystem } from "./solve-output.js";

/** Samples drawn when an input is uncertain and --samples is not given. */
export const DEFAULT_CHAIN_SAMPLES = 2000;
/** The most samples a chain run takes (quantiles are exact: every sample is kept). */
export const MAX_CHAIN_SAMPLES = 50_000;

export interface ChainOptions {
  /** The year analysed (default: the scenario's horizon). */
  year?: number;
  /** Final-demand shocks (Leontief). */
  shocks?: readonly Shock[];
  /** Primary-input shocks (Ghosh). */
  supplyShocks?: readonly Shock[];
  /** Monte Carlo samples for intervals (default 2000 when an input is uncertain; 0: none). */
  samples?: number;
  seed?: number;
}

/** A result at central values, with its P5–P95 interval when inputs are uncertain. */
export interface Stat {
  central: number;
  p5: number | null;
  p95: number | null;
}

export interface ShockResult {
  shocks: Shock[];
  /** The change applied to each sector: final demand (demand) or primary inputs (supply). */
  delta: Stat[];
  /** Change in output, and its parts: direct (= delta) and indirect (along the chain). */
  output: Stat[];
  direct: Stat[];
  indirect: Stat[];
  /** Change in output relative to the base output. */
  relative: Stat[];
  /** Sum of the output changes over the system. */
  total: Stat;
}

export interface GoalEffect {
  target: string;
  sector: string;
  year: number;
  comparator: Comparator;
  goal: number;
  projected: number;
  /** The system sectors whose change moves this goal: the sector itself, or a parent's children. */
  via: string[];
  gapBefore: number;
  /** Change of the goal's quantity under the demand and supply shocks. */
  demand: Stat | null;
  supply: Stat | null;
}

export interface ChainResult {
  year: number;
  sectors: string[];
  /** Base output of the system: the projection, or (I − A_r)⁻¹f with stated final demand. */
  output: number[];
  outputBasis: "projection" | "final demand";
  finalDemand: number[];
  finalDemandDerived: boolean;
  /** Regional coefficients diag(s)·A at central values. */
  regional: number[][];
  leontief: number[][];
  /** The Ghosh inverse; null when some output is not positive. */
  ghosh: number[][] | null;
  multipliers: Stat[];
  valueAddedMultipliers: Array<{ name: string; values: Stat[] }>;
  linkages: { backward: Stat[]; forward: Stat[]; classes: SectorClass[] };
  demand: ShockResult | null;
  supply: ShockResult | null;
  goals: GoalEffect[];
  consistency: ChainConsistencyRow[];
  monteCarlo: { samples: number; seed: number; used: number; inputs: number } | null;
  warnings: Diagnostic[];
}

/** One draw (or the central values) of the uncertain inputs. */
interface Params {
  a: number[][];
  s: number[];
  f: number[] | null;
  va: number[][];
}

type Metrics = Map<string, number[]>;

/**
 * @example
 * const r = await analyseChain(shandong, { shocks: [parseShock("terminals=-10%", "--shock", s.unit, sectors)] });
 * r.demand!.output[sectors.indexOf("ic")] // { central: -12.4, p5: -21.9, p95: -5.3 }
 */
export async function analyseChain(s: Scenario, opts: ChainOptions = {}): Promise<ChainResult> {
  const links = s.links;
  if (!links) return fail("E_NO_LINKS", { file: s.provenance.file });
  const la = await loadLinearAlgebra();
  const year = opts.year ?? s.horizon;
  if (year < s.baseYear) fail("E_USAGE", { detail: `--year ${year} is before the base year ${s.baseYear}` });
  const projection = project(s, { to: Math.max(year, s.horizon) });
  const { sectors } = links;
  const n = sectors.length;
  const xProjected = sectors.map((id) => valueAt(projection, id, year));
  const missing = sectors.filter((_, i) => !Number.isFinite(xProjected[i]!));
  if (missing.length) {
    fail("E_USAGE", {
      detail: `no projected value in ${year} for ${missing.join(", ")}; choose another --year`,
    });
  }
  const shocks = [...(opts.shocks ?? [])];
  const supplyShocks = [...(opts.supplyShocks ?? [])];
  const loc = { file: s.provenance.file, line: links.line, col: 1 };
  const warnings: Diagnostic[] = [];
  const warn = (d: Diagnostic) => warnings.push({ ...d, loc });

  const unstated = sectors.filter(
    (_, i) => links.localShare[i] === null && links.coefficients[i]!.some((c) => c !== null && c.high > 0),
  );
  if (unstated.length)
    warn(diagnostic("W_LINK_LOCAL_SHARE", { ids: unstated.join(", ") }, undefined, "warning"));

  // goals moved by the system: level goals of its sectors, and of parents of its sectors
  const goalEffects = goalsMoved(s, sectors, year, projection);

  const central: Params = {
    a: links.coefficients.map((row) => row.map((c) => c?.central ?? 0)),
    s: links.localShare.map((c) => c?.central ?? 1),
    f: links.finalDemand ? links.finalDemand.map((c) => c?.central ?? 0) : null,
    va: links.valueAdded.map((r) => r.shares.map((c) => c?.central ?? 0)),
  };
  const base = baseSolution(la, central, xProjected);
  if (!links.finalDemand) {
    base.f.forEach((v, i) => {
      if (v < -1e-9 * Math.max(1, xProjected[i]!)) {
        warn(
          diagnostic(
            "W_CHAIN_FINAL_DEMAND",
            { id: sectors[i]!, value: v.toFixed(1), year },
            undefined,
            "warning",
          ),
        );
      }
    });
  }
  const ghoshOk = base.x.every((v) => v > 0);
  if (!ghoshOk) {
    warn(
      diagnostic(
        "W_GHOSH_OUTPUT",
        { ids: sectors.filter((_, i) => !(base.x[i]! > 0)).join(", ") },
        undefined,
        "warning",
      ),
    );
  }
  const evaluateAt = (p: Params) =>
    evaluate(la, links, p, xProjected, shocks, ghoshOk ? supplyShocks : [], goalEffects);
  const centralMetrics = evaluateAt(central);

  // ── Monte Carlo ────────────────────────────────────────────────────────
  const inputs = uncertainInputs(links);
  const seed = opts.seed ?? 1;
  let samples = inputs.length === 0 ? 0 : (opts.samples ?? DEFAULT_CHAIN_SAMPLES);
  if (samples > MAX_CHAIN_SAMPLES) {
    fail("E_USAGE", {
      detail: `--samples ${samples} is more than the ${MAX_CHAIN_SAMPLES} a chain run takes`,
    });
  }
  let draws: Metrics | null = null;
  let used = 0;
  if (samples > 0) {
    const drawn = new Map(inputs.map((u) => [u.name, drawInput(u.value, u.name, seed, samples)]));
    const column = (name: string) => drawn.get(name) ?? null;
    const dA = central.a.map((row, i) =>
      row.map((_, j) => column(coefficientInput(sectors[j]!, sectors[i]!))),
    );
    const dS = central.s.map((_, i) => column(`links.local_share.${sectors[i]}`));
    const dF = central.f?.map((_, i) => column(`links.final_demand.${sectors[i]}`));
    const dVa = central.va.map((row, r) =>
      row.map((_, j) => column(`links.value_added.${links.valueAdded[r]!.name}.${sectors[j]}`)),
    );
    const collected = new Map<string, Float64Array[]>();
    for (const [key, values] of centralMetrics) {
      collected.set(
        key,
        values.map(() => new Float64Array(samples)),
      );
    }
    const clamp = (v: number, hi = Number.POSITIVE_INFINITY) => Math.min(hi, Math.max(0, v));
    for (let k = 0; k < samples; k++) {
      const p: Params = {
        a: central.a.map((row, i) => row.map((v, j) => clamp(dA[i]![j]?.[k] ?? v))),
        s: central.s.map((v, i) => clamp(dS[i]?.[k] ?? v, 1)),
        f: central.f ? central.f.map((v, i) => dF![i]?.[k] ?? v) : null,
        va: central.va.map((row, r) => row.map((v, j) => clamp(dVa[r]![j]?.[k] ?? v))),
      };
      if (!valid(p, n)) continue;
      const m = evaluateAt(p);
      for (const [key, values] of m) {
        const cols = collected.get(key)!;
        values.forEach((v, i) => {
          cols[i]![used] = v;
        });
      }
      used++;
    }
    if (used < samples) {
      warn(diagnostic("W_CHAIN_SAMPLES_DROPPED", { dropped: samples - used, samples }, undefined, "warning"));
    }
    draws = new Map();
    for (const [key, cols] of collected) {
      draws.set(
        key,
        cols.flatMap((c) => {
          const sorted = c.subarray(0, used).sort();
          return [sortedQuantile(sorted, 0.05), sortedQuantile(sorted, 0.95)];
        }),
      );
    }
  } else {
    samples = 0;
  }
  const stats = (key: string): Stat[] =>
    (centralMetrics.get(key) ?? []).map((central, i) => {
      const q = draws?.get(key);
      return {
        central,
        p5: q && used > 0 ? q[2 * i]! : null,
        p95: q && used > 0 ? q[2 * i + 1]! : null,
      };
    });
  const shockResult = (prefix: string, list: Shock[]): ShockResult | null =>
    list.length === 0 || !centralMetrics.has(`${prefix}.output`)
      ? null
      : {
          shocks: list,
          delta: stats(`${prefix}.delta`),
          output: stats(`${prefix}.output`),
          direct: stats(`${prefix}.delta`),
          indirect: stats(`${prefix}.indirect`),
          relative: stats(`${prefix}.relative`),
          total: stats(`${prefix}.total`)[0]!,
        };
  const demandGoals = stats("demand.goals");
  const supplyGoals = stats("supply.goals");

  return {
    year,
    sectors,
    output: base.x,
    outputBasis: links.finalDemand ? "final demand" : "projection",
    finalDemand: base.f,
    finalDemandDerived: !links.finalDemand,
    regional: base.ar,
    leontief: leontiefInverse(la, base.ar),
    ghosh: ghoshOk ? ghoshInverse(la, allocationCoefficients(scaleColumns(base.ar, base.x), base.x)) : null,
    multipliers: stats("multipliers"),
    valueAddedMultipliers: links.valueAdded.map((r, k) => ({ name: r.name, values: stats(`va.${k}`) })),
    linkages: {
      backward: stats("backward"),
      forward: stats("forward"),
      classes: centralMetrics.get("backward")!.map((_, i) => classOf(centralMetrics, i)),
    },
    demand: shockResult("demand", shocks),
    supply: shockResult("supply", ghoshOk ? supplyShocks : []),
    goals: goalEffects.map((g, k) => ({
      ...g,
      demand: shocks.length ? demandGoals[k]! : null,
      supply: supplyShocks.length && ghoshOk ? supplyGoals[k]! : null,
    })),
    consistency: chainConsistency(s, projection),
    monteCarlo: samples > 0 ? { samples, seed, used, inputs: inputs.length } : null,
    warnings,
  };
}

function classOf(m: Metrics, i: number): SectorClass {
  const b = m.get("backward")![i]!;
  const f = m.get("forward")![i]!;
  return b > 1 && f > 1 ? "key" : b > 1 ? "backward" : f > 1 ? "forward" : "weak";
}

/** Output and final demand of the base solution, and the regional coefficients. */
function baseSolution(
  la: LinearAlgebra,
  p: Params,
  xProjected: number[],
): { x: number[]; f: number[]; ar: number[][] } {
  const ar = scaleRows(p.a, p.s);
  if (p.f) return { x: leontiefSystem(la, ar).solve(p.f), f: p.f, ar };
  return { x: xProjected, f: finalDemandFor(ar, xProjected), ar };
}

/** Everything computed per draw, by name: one number per sector (or per goal). */
function evaluate(
  la: LinearAlgebra,
  links: Links,
  p: Params,
  xProjected: number[],
  shocks: Shock[],
  supplyShocks: Shock[],
  goals: Array<Omit<GoalEffect, "demand" | "supply">>,
): Metrics {
  const { sectors } = links;
  const m: Metrics = new Map();
  const ar = scaleRows(p.a, p.s);
  const sys = leontiefSystem(la, ar);
  const x = p.f ? sys.solve(p.f) : xProjected;
  const f = p.f ?? finalDemandFor(ar, xProjected);
  const multipliers = outputMultipliers(sys);
  m.set("multipliers", multipliers);
  const link = rasmussen(sys, multipliers);
  m.set("backward", link.backward);
  m.set("forward", link.forward);
  p.va.forEach((row, k) => {
    m.set(`va.${k}`, valueAddedMultipliers(sys, row));
  });
  const record = (prefix: string, delta: number[], output: number[]) => {
    m.set(`${prefix}.delta`, delta);
    m.set(`${prefix}.output`, output);
    m.set(
      `${prefix}.indirect`,
      output.map((v, i) => v - delta[i]!),
    );
    m.set(
      `${prefix}.relative`,
      output.map((v, i) => (x[i]! !== 0 ? v / x[i]! : Number.NaN)),
    );
    m.set(`${prefix}.total`, [output.reduce((a, v) => a + v, 0)]);
    m.set(
      `${prefix}.goals`,
      goals.map((g) => g.via.reduce((a, id) => a + output[sectors.indexOf(id)]!, 0)),
    );
  };
  if (shocks.length) {
    const e = demandShock(sys, shockVector(shocks, sectors, f));
    record("demand", e.delta, e.output);
  }
  if (supplyShocks.length) {
    const z = scaleColumns(ar, x);
    const b = allocationCoefficients(z, x);
    const v = primaryInputs(z, x);
    const e = supplyShock(la, b, shockVector(supplyShocks, sectors, v));
    record("supply", e.delta, e.output);
  }
  return m;
}

/** A draw is used only when every column's inputs stay below 1 per unit of output, and with value added at most 1. */
function valid(p: Params, n: number): boolean {
  for (let j = 0; j < n; j++) {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += p.a[i]![j]!;
    if (!(sum < 1)) return false;
    for (const row of p.va) sum += row[j]!;
    if (!(sum <= 1 + 1e-9)) return false;
  }
  return true;
}

function coefficientInput(column: string, row: string): string {
  return `links.coefficients.${column}.${row}`;
}

/** The uncertain inputs of a links system, with their stream names. */
function uncertainInputs(links: Links): Array<{ name: string; value: UncertainValue }> {
  const { sectors } = links;
  const out: Array<{ name: string; value: UncertainValue }> = [];
  const add = (name: string, u: UncertainValue | null) => {
    if (u && u.dist.type !== "point") out.push({ name, value: u });
  };
  links.coefficients.forEach((row, i) => {
    row.forEach((c, j) => {
      add(coefficientInput(sectors[j]!, sectors[i]!), c);
    });
  });
  links.localShare.forEach((c, i) => {
    add(`links.local_share.${sectors[i]}`, c);
  });
  links.finalDemand?.forEach((c, i) => {
    add(`links.final_demand.${sectors[i]}`, c);
  });
  for (const r of links.valueAdded) {
    r.shares.forEach((c, j) => {
      add(`links.value_added.${r.name}.${sectors[j]}`, c);
    });
  }
  return out;
}

/** Level goals in `year` on system sectors, and on parents of system sectors (moved by their children). */
function goalsMoved(
  s: Scenario,
  sectors: readonly string[],
  year: number,
  projection: ReturnType<typeof project>,
): Array<Omit<GoalEffect, "demand" | "supply">> {
  const out: Array<Omit<GoalEffect, "demand" | "supply">> = [];
  for (const t of s.targets) {
    if (t.kind !== "level" || t.year !== year) continue;
    const q = s.quantities.get(t.subject);
    if (q?.kind !== "sector") continue;
    const via = sectors.includes(t.subject) ? [t.subject] : q.children.filter((c) => sectors.includes(c));
    if (via.length === 0) continue;
    const projected = valueAt(projection, t.subject, year);
    out.push({
      target: t.id,
      sector: t.subject,
      year,
      comparator: t.comparator,
      goal: t.value,
      projected,
      via,
      gapBefore: projected - t.value,
    });
  }
  return out;
}
