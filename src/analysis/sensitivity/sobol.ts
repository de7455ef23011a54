/**
 * Variance-based (Sobol) sensitivity indices from a Saltelli design:
 * matrices A and B of N rows each, and A_B^(i) (A with column i from B) —
 * N(k + 2) evaluations, N·k more for second order (B_A^(i)). Estimators in
 * `sobol-estimates.ts`; the design in `saltelli-design.ts`.
 *
 * By default the design is a scrambled Sobol' sequence (quasi-random, as
 * SALib) split into R independent scramblings: the point estimate pools all
 * N rows and its 95% interval is Student's t over the R replicate estimates
 * (randomised QMC: independent replicates make the interval honest, where a
 * bootstrap of one net's rows is not). With `sampling: "random"` (plain
 * Monte Carlo) or R = 1, intervals come from resampling the rows with
 * replacement (percentile bootstrap). Every evaluation runs on the
 * simulation kernel (`ModelFunction.evaluateMany`).
 */
import { fail } from "../../diagnostics.js";
import { JOE_KUO_DIMENSIONS } from "../../engine/qmc/joe-kuo.js";
import { stream } from "../../engine/streams.js";
import { METHOD_PARAM, METHOD_RULE } from "../../i18n/text/loader.js";
import { percentileInterval, replicateInterval } from "./intervals.js";
import { type ModelFunction, valuesAt } from "./model-function.js";
import { type Sampling, saltelliDesign } from "./saltelli-design.js";
import { type SaltelliOutputs, type SobolEstimates, sobolEstimates } from "./sobol-estimates.js";

export interface SobolOptions {
  samples: number;
  seed: number | string;
  /** Bootstrap resamples for intervals with random sampling or one replicate (default 200). */
  bootstrap?: number;
  secondOrder?: boolean;
  /** Scrambled Sobol' points (default) or plain Monte Carlo. */
  sampling?: Sampling;
  /** Independent scramblings of the quasi-random design (default: `defaultReplicates`). */
  replicates?: number;
  /** Called after each batch of N model evaluations with the evaluations done and due (a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface SobolIndex {
  input: string;
  first: number;
  firstCi: [number, number];
  total: number;
  totalCi: [number, number];
  /** Advice when an estimate is negative or its interval wide. */
  flags: string[];
}

export interface SecondOrderIndex {
  inputs: [string, string];
  value: number;
  ci: [number, number];
}

export interface SobolResult {
  samples: number;
  evaluations: number;
  variance: number;
  mean: number;
  sampling: Sampling;
  replicates: number;
  /** How the intervals were made. */
  interval: "replicates" | "bootstrap" | "none";
  indices: SobolIndex[];
  second?: SecondOrderIndex[];
}

/**
 * Replicates for N rows: as many independent scramblings (up to 4) as keep
 * 1,024 rows each — smaller nets lose much of the quasi-random advantage
 * (bench/RESULTS.md, accuracy per N) — else one, with bootstrap intervals.
 *
 * @example
 * defaultReplicates(4096) // 4 (1,024 rows each)
 * defaultReplicates(1024) // 1
 */
export function defaultReplicates(n: number): number {
  return n >= 4096 ? 4 : n >= 2048 ? 2 : 1;
}

/**
 * @example
 * // Ishigami (a = 7, b = 0.1): S1 ≈ 0.314, S2 ≈ 0.442, S3 ≈ 0; ST1 ≈ 0.558, ST3 ≈ 0.244
 * sobol(f, { samples: 4096, seed: 1 }).indices
 */
export function sobol(f: ModelFunction, opts: SobolOptions): SobolResult {
  const n = opts.samples;
  if (!Number.isInteger(n) || n < 2)
    fail("E_METHOD_PARAM", { name: METHOD_PARAM.samples, value: String(n), rule: METHOD_RULE.atLeast(2) });
  const sampling = opts.sampling ?? "qmc";
  const R = sampling === "random" ? 1 : (opts.replicates ?? defaultReplicates(n));
  if (!Number.isInteger(R) || R < 1 || R > n / 2)
    fail("E_METHOD_PARAM", {
      name: METHOD_PARAM.replicates,
      value: String(R),
      rule: METHOD_RULE.halfN(Math.floor(n / 2)),
    });
  const k = f.inputs.length;
  if (sampling === "qmc" && 2 * k > JOE_KUO_DIMENSIONS)
    fail("E_METHOD_PARAM", {
      name: METHOD_PARAM.inputs,
      value: String(k),
      rule: METHOD_RULE.qmcDimensions(JOE_KUO_DIMENSIONS / 2),
    });
  const design = saltelliDesign(
    f.inputs.map((i) => i.name),
    n,
    opts.seed,
    sampling,
    R,
  );
  const va = valuesAt(f, design.a, n);
  const vb = valuesAt(f, design.b, n);
  const xs = new Float64Array(k * n);
  let evaluations = 0;
  const due = n * (opts.secondOrder ? 2 * k + 2 : k + 2);
  const run = (base: Float64Array, other: Float64Array, col: number) => {
    xs.set(base);
    if (col >= 0) xs.set(other.subarray(col * n, (col + 1) * n), col * n);
    const y = f.evaluateMany(xs, n);
    evaluations += n;
    opts.onProgress?.(evaluations, due);
    return y;
  };
  const outputs: SaltelliOutputs = {
    fA: run(va, vb, -1),
    fB: run(vb, va, -1),
    fAB: f.inputs.map((_, i) => run(va, vb, i)),
    fBA: opts.secondOrder ? f.inputs.map((_, i) => run(vb, va, i)) : [],
  };
  const all = Uint32Array.from({ length: n }, (_, j) => j);
  const point = sobolEstimates(outputs, all);
  const spread = intervalsOf(outputs, design.starts, opts, R);
  const ci = (pick: (e: SobolEstimates) => number[], i: number): [number, number] => {
    const v = pick(point)[i]!;
    if (spread.kind === "replicates")
      return replicateInterval(
        v,
        spread.estimates.map((e) => pick(e)[i]!),
      );
    if (spread.kind === "bootstrap") return percentileInterval(spread.estimates.map((e) => pick(e)[i]!));
    return [v, v];
  };
  const indices: SobolIndex[] = f.inputs.map((inp, i) => {
    const firstCi = ci((e) => e.first, i);
    const totalCi = ci((e) => e.total, i);
    return {
      input: inp.name,
      first: point.first[i]!,
      firstCi,
      total: point.total[i]!,
      totalCi,
      flags: flagsOf(point.first[i]!, point.total[i]!, firstCi, totalCi),
    };
  });
  indices.sort((a, b) => b.total - a.total || a.input.localeCompare(b.input));
  const result: SobolResult = {
    samples: n,
    evaluations,
    variance: point.variance,
    mean: point.mean,
    sampling,
    replicates: R,
    interval: spread.kind,
    indices,
  };
  if (point.variance === 0) {
    for (const ix of result.indices) ix.flags.push("the output does not vary: indices undefined");
  }
  if (opts.secondOrder) {
    const second: SecondOrderIndex[] = [];
    let at = 0;
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        second.push({
          inputs: [f.inputs[a]!.name, f.inputs[b]!.name],
          value: point.second[at]!,
          ci: ci((e) => e.second, at),
        });
        at++;
      }
    }
    result.second = second;
  }
  return result;
}

/** Replicate estimates (QMC, R ≥ 2), bootstrap estimates, or none (no resamples). */
function intervalsOf(
  o: SaltelliOutputs,
  starts: number[],
  opts: SobolOptions,
  R: number,
): { kind: SobolResult["interval"]; estimates: SobolEstimates[] } {
  if (R >= 2) {
    const estimates = starts.slice(0, -1).map((s, r) => {
      const rows = Uint32Array.from({ length: starts[r + 1]! - s }, (_, j) => s + j);
      return sobolEstimates(o, rows);
    });
    return { kind: "replicates", estimates };
  }
  const B = opts.bootstrap ?? 200;
  if (B < 2) return { kind: "none", estimates: [] };
  const n = o.fA.length;
  const next = stream(opts.seed, "sobol:bootstrap", 0);
  const rows = new Uint32Array(n);
  const estimates: SobolEstimates[] = [];
  for (let b = 0; b < B; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(next() * n);
    estimates.push(sobolEstimates(o, rows));
  }
  return { kind: "bootstrap", estimates };
}

function flagsOf(
  first: number,
  total: number,
  firstCi: [number, number],
  totalCi: [number, number],
): string[] {
  const flags: string[] = [];
  if (first < -0.02 || total < -0.02) flags.push("negative estimate: sampling noise; take more samples");
  if (firstCi[1] - firstCi[0] > 0.2 || totalCi[1] - totalCi[0] > 0.2)
    flags.push("wide interval: unstable; take more samples");
  if (first > total + 0.05) flags.push("first order above total: sampling noise; take more samples");
  return flags;
}
