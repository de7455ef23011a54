/**
 * Shapley effects (Owen 2014; Song, Nelson & Staum 2016): each input's fair
 * share of the output's variance when inputs are correlated — the Shapley
 * value of the cost c(J) = E[Var(Y | X_{−J})], divided by Var(Y):
 *
 *     Sh_j = Σ_{J ∋ j} (|J| − 1)! (d − |J|)! / d! · (c(J) − c(J ∖ {j})) / Var(Y)
 *
 * The effects are non-negative and sum to 1 whatever the correlations (Owen &
 * Prieur 2017), so "which assumption matters" keeps an answer when inputs
 * move together; for independent inputs Sh_j lies between the first-order
 * and total Sobol indices.
 *
 * c(J) is estimated by N_o outer draws of X_{−J} from the joint distribution
 * and, for each, N_i inner draws of X_J given X_{−J} (the Gaussian copula of
 * the scenario's `correlations:`, `copula-sampler.ts`): the mean of the inner
 * sample variances (Song et al., Algorithm 1). With d ≤ `exactUpTo` inputs
 * every subset J is estimated (exact permutations); otherwise m random
 * permutations, each adding c(P ∪ {j}) − c(P) along its order, with N_o = 1
 * and N_i = 3 (Song et al. §5). 95% intervals: the estimate is a mean of
 * independent terms (over outer draws, or over permutations), so
 * ± 1.96 standard errors (central limit theorem).
 */
import { fail } from "../../diagnostics.js";
import { stream } from "../../engine/streams.js";
import { METHOD_PARAM, METHOD_RULE } from "../../i18n/text/loader.js";
import { CopulaSampler } from "./copula-sampler.js";
import type { ModelFunction } from "./model-function.js";

export interface ShapleyOptions {
  seed: number | string;
  /** Outer draws per subset (exact; default 1000) or per permutation step (random; default 1). */
  outer?: number;
  /** Inner draws per outer draw (default 3). */
  inner?: number;
  /** Random permutations when d > exactUpTo (default 200). */
  permutations?: number;
  /** Joint draws for Var(Y) (default 10,000). */
  samples?: number;
  /** Every subset up to this many inputs (default 8: 2⁸ subsets). */
  exactUpTo?: number;
  /** Model evaluations done so far, of all (`shapleyPlan(…).evaluations`). */
  onProgress?: (done: number, total: number) => void;
}

/** What a Shapley run of k inputs does: its estimator, draws and model evaluations. */
export interface ShapleyPlan {
  exact: boolean;
  outer: number;
  inner: number;
  permutations: number;
  samples: number;
  /** N_v + (2^k − 2)·N_o·N_i (exact) or N_v + m·(k − 1)·N_o·N_i (random permutations). */
  evaluations: number;
}

/**
 * The draws and model evaluations of a Shapley run over k inputs, from its
 * options and their defaults (Song, Nelson & Staum 2016, Algorithm 1).
 *
 * @example
 * shapleyPlan(3, { seed: 1 }).evaluations // 10,000 + (2³ − 2) × 1000 × 3 = 28,000
 * shapleyPlan(10, { seed: 1 }).evaluations // 10,000 + 200 × 9 × 1 × 3 = 15,400
 */
export function shapleyPlan(k: number, opts: ShapleyOptions): ShapleyPlan {
  const exact = k <= (opts.exactUpTo ?? 8);
  const outer = opts.outer ?? (exact ? 1000 : 1);
  const inner = opts.inner ?? 3;
  const permutations = exact ? 0 : (opts.permutations ?? 200);
  const samples = opts.samples ?? 10_000;
  const steps = exact ? 2 ** k - 2 : permutations * (k - 1);
  return { exact, outer, inner, permutations, samples, evaluations: samples + steps * outer * inner };
}

export interface ShapleyRow {
  input: string;
  shapley: number;
  ci: [number, number];
}

export interface ShapleyResult {
  estimator: "exact" | "random";
  permutations: number;
  outer: number;
  inner: number;
  samples: number;
  evaluations: number;
  mean: number;
  variance: number;
  /** Inputs that the copula correlates (the others are independent). */
  correlated: string[];
  rows: ShapleyRow[];
}

/**
 * @example
 * // Y = X1 + X2 + X3, X ~ N(0, Σ) with σ = (1, 1, 2), corr(X2, X3) = 0.5: Sh = (0.125, 0.297, 0.578)
 * shapley(f, [[1, 0, 0], [0, 1, 0.5], [0, 0.5, 1]], { seed: 1 }).rows
 */
export function shapley(
  f: ModelFunction,
  correlation: readonly (readonly number[])[],
  opts: ShapleyOptions,
): ShapleyResult {
  const k = f.inputs.length;
  const plan = shapleyPlan(k, opts);
  const { exact, outer: No, inner: Ni, permutations: m, samples: Nv } = plan;
  for (const [name, v, min] of [
    [METHOD_PARAM.outer, No, 1],
    [METHOD_PARAM.inner, Ni, 2],
    [METHOD_PARAM.varianceSamples, Nv, 2],
    [METHOD_PARAM.permutations, exact ? 2 : m, 2],
  ] as const) {
    if (!Number.isInteger(v) || v < min)
      fail("E_METHOD_PARAM", { name, value: String(v), rule: METHOD_RULE.atLeast(min) });
  }
  const dists = f.inputs.map((i) => i.value.dist);
  const sampler = new CopulaSampler(correlation, dists, stream(opts.seed, "shapley", 0));
  let evaluations = 0;
  const evaluate = (zs: Float64Array, n: number) => {
    const xs = new Float64Array(k * n);
    for (let i = 0; i < k; i++) for (let j = 0; j < n; j++) xs[i * n + j] = sampler.value(i, zs[i * n + j]!);
    const y = f.evaluateMany(xs, n);
    evaluations += n;
    opts.onProgress?.(evaluations, plan.evaluations);
    return y;
  };
  // Var(Y) from joint draws
  const all = new Uint8Array(k).fill(1);
  const z = new Float64Array(k);
  const zs = new Float64Array(k * Nv);
  for (let j = 0; j < Nv; j++) {
    sampler.draw(z, all);
    for (let i = 0; i < k; i++) zs[i * Nv + j] = z[i]!;
  }
  const yv = evaluate(zs, Nv);
  const mean = yv.reduce((a, b) => a + b, 0) / Nv;
  const variance = yv.reduce((a, b) => a + (b - mean) ** 2, 0) / (Nv - 1);
  /** Per outer draw: the inner sample variance of Y with `drawn` redrawn given the rest. */
  const innerVariances = (drawn: Uint8Array, outer: number): Float64Array => {
    const n = outer * Ni;
    const pts = new Float64Array(k * n);
    for (let l = 0; l < outer; l++) {
      sampler.draw(z, all);
      for (let h = 0; h < Ni; h++) {
        sampler.draw(z, drawn);
        for (let i = 0; i < k; i++) pts[i * n + l * Ni + h] = z[i]!;
      }
    }
    const y = evaluate(pts, n);
    const v = new Float64Array(outer);
    for (let l = 0; l < outer; l++) {
      let s = 0;
      for (let h = 0; h < Ni; h++) s += y[l * Ni + h]!;
      s /= Ni;
      let ss = 0;
      for (let h = 0; h < Ni; h++) ss += (y[l * Ni + h]! - s) ** 2;
      v[l] = ss / (Ni - 1);
    }
    return v;
  };
  // terms[j][t]: input j's contribution from outer draw t (exact) or permutation t (random)
  const terms = exact
    ? exactTerms(k, No, variance, innerVariances)
    : randomTerms(k, m, No, variance, innerVariances, stream(opts.seed, "shapley:permutations", 0));
  const rows: ShapleyRow[] = f.inputs.map((inp, j) => {
    const t = terms[j]!;
    const n = t.length;
    const mu = t.reduce((a, b) => a + b, 0) / n;
    const se = Math.sqrt(t.reduce((a, b) => a + (b - mu) ** 2, 0) / (n - 1) / n);
    return {
      input: inp.name,
      shapley: mu / variance,
      ci: [(mu - 1.96 * se) / variance, (mu + 1.96 * se) / variance],
    };
  });
  rows.sort((a, b) => b.shapley - a.shapley || a.input.localeCompare(b.input));
  const correlated = f.inputs
    .filter((_, i) => correlation[i]!.some((v, j) => j !== i && v !== 0))
    .map((i) => i.name);
  return {
    estimator: exact ? "exact" : "random",
    permutations: exact ? factorial(k) : m,
    outer: No,
    inner: Ni,
    samples: Nv,
    evaluations,
    mean,
    variance,
    correlated,
    rows,
  };
}

function factorial(n: number): number {
  let f = 1;
  for (let i = 2; i <= n; i++) f *= i;
  return f;
}

/**
 * Every subset J: c(J) per outer draw, combined with the Shapley weights.
 * terms[j][l] = Σ_{J ∋ j} w(|J|) (v_{J,l} − v_{J∖j,l}), with v_{∅} = 0 and
 * v_{all} = Var(Y).
 */
function exactTerms(
  k: number,
  No: number,
  variance: number,
  innerVariances: (drawn: Uint8Array, outer: number) => Float64Array,
): Float64Array[] {
  const full = 2 ** k - 1;
  const v: Float64Array[] = new Array(full + 1);
  v[0] = new Float64Array(No);
  v[full] = new Float64Array(No).fill(variance);
  const drawn = new Uint8Array(k);
  for (let mask = 1; mask < full; mask++) {
    for (let i = 0; i < k; i++) drawn[i] = (mask >> i) & 1;
    v[mask] = innerVariances(drawn, No);
  }
  const weight = (size: number) => (factorial(size - 1) * factorial(k - size)) / factorial(k);
  const terms = Array.from({ length: k }, () => new Float64Array(No));
  for (let mask = 1; mask <= full; mask++) {
    let size = 0;
    for (let i = 0; i < k; i++) size += (mask >> i) & 1;
    const w = weight(size);
    for (let j = 0; j < k; j++) {
      if (!((mask >> j) & 1)) continue;
      const a = v[mask]!;
      const b = v[mask & ~(1 << j)]!;
      const t = terms[j]!;
      for (let l = 0; l < No; l++) t[l] = t[l]! + w * (a[l]! - b[l]!);
    }
  }
  return terms;
}

/** m random permutations: along each, input π_s gets c({π_1..π_s}) − c({π_1..π_{s−1}}). */
function randomTerms(
  k: number,
  m: number,
  No: number,
  variance: number,
  innerVariances: (drawn: Uint8Array, outer: number) => Float64Array,
  next: () => number,
): Float64Array[] {
  const terms = Array.from({ length: k }, () => new Float64Array(m));
  const drawn = new Uint8Array(k);
  const order = Array.from({ length: k }, (_, i) => i);
  for (let t = 0; t < m; t++) {
    for (let i = k - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    drawn.fill(0);
    let prev = 0;
    for (let s = 0; s < k; s++) {
      drawn[order[s]!] = 1;
      let c = variance;
      if (s < k - 1) {
        const v = innerVariances(drawn, No);
        c = v.reduce((a, b) => a + b, 0) / No;
      }
      terms[order[s]!]![t] = c - prev;
      prev = c;
    }
  }
  return terms;
}
