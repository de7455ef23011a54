/**
 * Variance-based (Sobol) sensitivity indices from Saltelli sampling:
 * matrices A and B of N samples each, and A_B^(i) (A with column i from B).
 *
 * - first order S_i = mean((f(B) − f̄) · (f(A_B^i) − f(A))) / V   (Saltelli et al. 2010, Table 2 (b);
 *   f̄ the mean of f over A and B: the same expectation, much less variance when the output's
 *   mean is large against its spread)
 * - total order ST_i = mean((f(A) − f(A_B^i))²) / (2V)     (Jansen 1999; Saltelli et al. 2010 (f))
 * - second order (optional) from B_A^(i):
 *   V_ij = mean(f(B_A^i) · f(A_B^j) − f(A) · f(B)) / V − S_i − S_j   (Saltelli 2002; f centred on f̄)
 *
 * V is the variance of f over A and B together. 95% intervals come from
 * resampling the N rows with replacement (percentile bootstrap).
 */
import { fail } from "../../diagnostics.js";
import { HALF_STEP, stream } from "../../engine/streams.js";
import type { ModelFunction } from "./model-function.js";

export interface SobolOptions {
  samples: number;
  seed: number | string;
  bootstrap?: number;
  secondOrder?: boolean;
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

export interface SobolResult {
  samples: number;
  evaluations: number;
  variance: number;
  mean: number;
  indices: SobolIndex[];
  second?: Array<{ inputs: [string, string]; value: number }>;
}

export function sobol(f: ModelFunction, opts: SobolOptions): SobolResult {
  const n = opts.samples;
  if (!Number.isInteger(n) || n < 2)
    fail("E_METHOD_PARAM", { name: "samples (N)", value: String(n), rule: "a whole number of at least 2" });
  const k = f.inputs.length;
  const R = opts.bootstrap ?? 200;
  // uniforms for A and B: one stream per input and matrix, so adding inputs does not change the others
  const ua = f.inputs.map((inp) => column(stream(opts.seed, `sobol:A:${inp.name}`, 0), n));
  const ub = f.inputs.map((inp) => column(stream(opts.seed, `sobol:B:${inp.name}`, 0), n));
  const u = new Float64Array(k);
  const x = new Float64Array(k);
  let evaluations = 0;
  const run = (pick: (i: number, j: number) => number): Float64Array => {
    const y = new Float64Array(n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < k; i++) u[i] = pick(i, j);
      f.fromUniform(u, x);
      y[j] = f.evaluate(x);
    }
    evaluations += n;
    return y;
  };
  const fA = run((i, j) => ua[i]![j]!);
  const fB = run((i, j) => ub[i]![j]!);
  const fAB = f.inputs.map((_, c) => run((i, j) => (i === c ? ub[i]![j]! : ua[i]![j]!)));
  const fBA = opts.secondOrder
    ? f.inputs.map((_, c) => run((i, j) => (i === c ? ua[i]![j]! : ub[i]![j]!)))
    : [];

  const estimate = (rows: ArrayLike<number>) => {
    let mean = 0;
    for (let t = 0; t < rows.length; t++) mean += fA[rows[t]!]! + fB[rows[t]!]!;
    mean /= 2 * rows.length;
    let v = 0;
    for (let t = 0; t < rows.length; t++) v += (fA[rows[t]!]! - mean) ** 2 + (fB[rows[t]!]! - mean) ** 2;
    v /= 2 * rows.length; // population variance of f over A and B, as in SALib
    const first: number[] = [];
    const total: number[] = [];
    for (let i = 0; i < k; i++) {
      let s1 = 0;
      let st = 0;
      for (let t = 0; t < rows.length; t++) {
        const j = rows[t]!;
        // f(B) centred on the sample mean: the same expectation, far less variance when the
        // output's mean is large against its spread (as SALib standardises outputs first)
        s1 += (fB[j]! - mean) * (fAB[i]![j]! - fA[j]!);
        st += (fA[j]! - fAB[i]![j]!) ** 2;
      }
      first.push(s1 / rows.length / v);
      total.push(st / (2 * rows.length) / v);
    }
    return { mean, v, first, total };
  };
  const all = Uint32Array.from({ length: n }, (_, j) => j);
  const point = estimate(all);
  const boot = { first: f.inputs.map(() => [] as number[]), total: f.inputs.map(() => [] as number[]) };
  const nextBoot = stream(opts.seed, "sobol:bootstrap", 0);
  const rows = new Uint32Array(n);
  for (let b = 0; b < R; b++) {
    for (let j = 0; j < n; j++) rows[j] = Math.floor(nextBoot() * n);
    const e = estimate(rows);
    for (let i = 0; i < k; i++) {
      boot.first[i]!.push(e.first[i]!);
      boot.total[i]!.push(e.total[i]!);
    }
  }
  const ci = (xs: number[]): [number, number] => {
    const s = [...xs].sort((a, b) => a - b);
    return [s[Math.floor(0.025 * (s.length - 1))]!, s[Math.ceil(0.975 * (s.length - 1))]!];
  };
  const indices: SobolIndex[] = f.inputs.map((inp, i) => {
    const firstCi = R > 1 ? ci(boot.first[i]!) : ([point.first[i]!, point.first[i]!] as [number, number]);
    const totalCi = R > 1 ? ci(boot.total[i]!) : ([point.total[i]!, point.total[i]!] as [number, number]);
    const flags: string[] = [];
    if (point.first[i]! < -0.02 || point.total[i]! < -0.02)
      flags.push("negative estimate: sampling noise; take more samples");
    if (firstCi[1] - firstCi[0] > 0.2 || totalCi[1] - totalCi[0] > 0.2)
      flags.push("wide interval: unstable; take more samples");
    if (point.first[i]! > point.total[i]! + 0.05)
      flags.push("first order above total: sampling noise; take more samples");
    return { input: inp.name, first: point.first[i]!, firstCi, total: point.total[i]!, totalCi, flags };
  });
  indices.sort((a, b) => b.total - a.total || a.input.localeCompare(b.input));
  const result: SobolResult = { samples: n, evaluations, variance: point.v, mean: point.mean, indices };
  if (point.v === 0) {
    for (const ix of result.indices) ix.flags.push("the output does not vary: indices undefined");
  }
  if (opts.secondOrder) {
    const second: Array<{ inputs: [string, string]; value: number }> = [];
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        let s = 0;
        const m = point.mean;
        for (let j = 0; j < n; j++) s += (fBA[a]![j]! - m) * (fAB[b]![j]! - m) - (fA[j]! - m) * (fB[j]! - m);
        const vij = s / n / point.v - point.first[a]! - point.first[b]!;
        second.push({ inputs: [f.inputs[a]!.name, f.inputs[b]!.name], value: vij });
      }
    }
    result.second = second;
  }
  return result;
}

function column(next: () => number, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) out[j] = next() + HALF_STEP;
  return out;
}
