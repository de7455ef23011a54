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
 * The central system is factored once (`numeric/lu-factor.ts`); Monte Carlo
 * draws are solved from its factors (`nearbySystem`) on the engine's block
 * runner, and their intervals come from quantile sketches (within 0.5%), so
 * memory does not grow with the number of samples (`chain-job.ts`). The
 * Leontief and Ghosh tables are formed only when asked for (`tables`).
 */

import type { Diagnostic } from "../../diagnostics.js";
import { diagnostic, fail } from "../../diagnostics.js";
import { jobModule } from "../../engine/block-job.js";
import { runBlocks } from "../../engine/run-blocks.js";
import { blockCount } from "../../engine/streams.js";
import type { Scenario } from "../../model/scenario.js";
import { luInverse } from "../../numeric/lu-inverse.js";
import { type ChainConsistencyRow, chainConsistency } from "./chain-consistency.js";
import type { Metrics } from "./chain-evaluate.js";
import { ChainJob, type ChainJobOptions } from "./chain-job.js";
import { type ChainSetup, chainSetup, type GoalMoved } from "./chain-setup.js";
import type { SectorClass } from "./linkages.js";
import { luOf, rowsOf } from "./lu.js";
import type { Shock } from "./shock.js";

/** Samples drawn when an input is uncertain and --samples is not given. */
export const DEFAULT_CHAIN_SAMPLES = 2000;
/** The most samples a chain run takes (intervals come from sketches: memory does not grow with it). */
export const MAX_CHAIN_SAMPLES = 10_000_000;

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
  /** Form the Leontief and Ghosh tables (default: true up to 200 sectors; false: `leontief` is empty, `ghosh` null). */
  tables?: boolean;
  /** Threads for the Monte Carlo (default 1: this thread only). */
  workers?: number;
  /**
   * Called before the Monte Carlo with its samples, the uncertain inputs and a
   * trial that draws n samples apart from the run (returning the bytes its
   * sketches hold), so a caller can time it and announce or refuse the run.
   */
  beforeMonteCarlo?: (samples: number, inputs: number, trial: (n: number) => number) => void;
  /** Samples drawn so far, of all, after each block (a progress bar). */
  onProgress?: (done: number, total: number) => void;
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

export interface GoalEffect extends GoalMoved {
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
  /** The Leontief inverse (empty when tables were not asked for). */
  leontief: number[][];
  /** The Ghosh inverse; null when some output is not positive, or when tables were not asked for. */
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

/** Up to this many sectors, the Leontief and Ghosh tables are formed unless `tables: false`. */
export const TABLE_SECTORS = 200;

/**
 * @example
 * const r = await analyseChain(shandong, { shocks: [parseShock("terminals=-10%", "--shock", s.unit, sectors)] });
 * r.demand!.output[sectors.indexOf("ic")] // { central: -12.4, p5: -21.9, p95: -5.3 }
 */
export async function analyseChain(s: Scenario, opts: ChainOptions = {}): Promise<ChainResult> {
  const setupOptions = {
    ...(opts.year !== undefined ? { year: opts.year } : {}),
    shocks: [...(opts.shocks ?? [])],
    supplyShocks: [...(opts.supplyShocks ?? [])],
  };
  const st = chainSetup(s, setupOptions);
  const seed = opts.seed ?? 1;
  const samples = st.inputs.length === 0 ? 0 : (opts.samples ?? DEFAULT_CHAIN_SAMPLES);
  if (samples > MAX_CHAIN_SAMPLES) {
    fail("E_TOO_MANY_SAMPLES", { samples, max: MAX_CHAIN_SAMPLES });
  }
  const warnings = [...st.warnings];
  if (samples > 0) opts.beforeMonteCarlo?.(samples, st.inputs.length, (n) => chainTrial(st, n, seed));
  const mc = samples > 0 ? await monteCarlo(s, st, { ...setupOptions, samples, seed }, opts) : null;
  if (mc && mc.used < samples) {
    const loc = { file: s.provenance.file, line: st.links.line, col: 1 };
    warnings.push({
      ...diagnostic("W_CHAIN_SAMPLES_DROPPED", { dropped: samples - mc.used, samples }, undefined, "warning"),
      loc,
    });
  }
  const stats = (key: string): Stat[] => {
    const at = st.offsets.get(key);
    return (st.centralMetrics.get(key) ?? []).map((central, i) => {
      const sk = mc && mc.used > 0 && at !== undefined ? mc.job.acc.sketches[at + i]! : null;
      const ok = sk !== null && sk.count > 0;
      return { central, p5: ok ? sk.quantile(0.05) : null, p95: ok ? sk.quantile(0.95) : null };
    });
  };
  const shockResult = (prefix: string, list: readonly Shock[]): ShockResult | null =>
    list.length === 0 || !st.centralMetrics.has(`${prefix}.output`)
      ? null
      : {
          shocks: [...list],
          delta: stats(`${prefix}.delta`),
          output: stats(`${prefix}.output`),
          direct: stats(`${prefix}.delta`),
          indirect: stats(`${prefix}.indirect`),
          relative: stats(`${prefix}.relative`),
          total: stats(`${prefix}.total`)[0]!,
        };
  const demandGoals = stats("demand.goals");
  const supplyGoals = stats("supply.goals");
  const { shocks, supplyShocks } = st.context;
  const tables = opts.tables ?? st.n <= TABLE_SECTORS;
  const leontief = tables ? luInverse(luOf(st.system.factor)) : null;
  return {
    year: st.year,
    sectors: st.sectors,
    output: st.base.x,
    outputBasis: st.links.finalDemand ? "final demand" : "projection",
    finalDemand: st.base.f,
    finalDemandDerived: !st.links.finalDemand,
    regional: st.base.ar,
    leontief: leontief ? rowsOf(leontief, st.n) : [],
    ghosh: leontief && st.ghoshOk ? ghoshFromLeontief(leontief, st.base.x) : null,
    multipliers: stats("multipliers"),
    valueAddedMultipliers: st.links.valueAdded.map((r, k) => ({ name: r.name, values: stats(`va.${k}`) })),
    linkages: {
      backward: stats("backward"),
      forward: stats("forward"),
      classes: st.centralMetrics.get("backward")!.map((_, i) => classOf(st.centralMetrics, i)),
    },
    demand: shockResult("demand", shocks),
    supply: shockResult("supply", supplyShocks),
    goals: st.goals.map((g, k) => ({
      ...g,
      demand: shocks.length ? demandGoals[k]! : null,
      supply: supplyShocks.length ? supplyGoals[k]! : null,
    })),
    consistency: chainConsistency(s, st.projection),
    monteCarlo: mc ? { samples, seed, used: mc.used, inputs: st.inputs.length } : null,
    warnings,
  };
}

/** The Monte Carlo on the engine's runner: every block's draws counted in this thread's job's sketches. */
async function monteCarlo(
  s: Scenario,
  st: ChainSetup,
  jobOptions: ChainJobOptions,
  opts: ChainOptions,
): Promise<{ job: ChainJob; used: number }> {
  const job = new ChainJob(st, jobOptions.samples, jobOptions.seed);
  let used = 0;
  let done = 0;
  await runBlocks({
    job,
    blocks: Array.from({ length: blockCount(jobOptions.samples) }, (_, b) => b),
    scenario: s,
    settings: { samples: jobOptions.samples, seed: jobOptions.seed, lhs: false },
    jobSpec: { module: jobModule(import.meta.url, "chain-job"), options: jobOptions },
    ...(opts.workers !== undefined ? { workers: opts.workers } : {}),
    onBlock: (_b, x) => {
      used += x[0]!;
      done += x[0]! + x[1]!;
      opts.onProgress?.(done, jobOptions.samples);
    },
    onSketches: (h, d) => job.acc.mergeSketches(h, d),
  });
  return { job, used };
}

/**
 * Draw `n` samples (at most one block) on a job of their own, apart from the
 * run: for timing a run before it starts. Returns the bytes its sketches hold.
 *
 * @example
 * chainTrial(setup, 32, 1) // 30720 (sketches of every metric after 32 draws)
 */
function chainTrial(st: ChainSetup, n: number, seed: number): number {
  const trial = new ChainJob(st, n, seed);
  trial.runBlock(0);
  const { sketchHeader, sketchData } = trial.acc.serializeSketches();
  return (sketchHeader.length + sketchData.length) * 8;
}

/** The Ghosh inverse from the Leontief inverse: G = x̂⁻¹·L·x̂ (B = x̂⁻¹·A·x̂), g_ij = L_ij·x_j / x_i. */
function ghoshFromLeontief(l: Float64Array, x: readonly number[]): number[][] {
  const n = x.length;
  return Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => (l[i * n + j]! * x[j]!) / x[i]!),
  );
}

function classOf(m: Metrics, i: number): SectorClass {
  const b = m.get("backward")![i]!;
  const f = m.get("forward")![i]!;
  return b > 1 && f > 1 ? "key" : b > 1 ? "backward" : f > 1 ? "forward" : "weak";
}
