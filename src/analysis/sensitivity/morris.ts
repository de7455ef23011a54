/**
 * Morris elementary effects (Morris 1991; Campolongo, Cariboni & Saltelli
 * 2007 for mu*): r trajectories on a p-level grid in probability space, each
 * moving every input (or group of inputs) once by Δ = p / (2(p − 1)).
 * Levels map to values on each input's true support for bounded inputs and
 * inside [0.5%, 99.5%] for unbounded ones (`morris-grid.ts`); effects are
 * (y(x + step) − y(x)) / (the step in probability), so they are per unit of
 * probability for every input. 95% intervals for mu* and sigma resample the
 * trajectories with replacement (percentile bootstrap). Every point runs on
 * the simulation kernel (`ModelFunction.evaluateMany`).
 */
import { fail } from "../../diagnostics.js";
import { stream } from "../../engine/streams.js";
import { METHOD_PARAM, METHOD_RULE } from "../../i18n/text/loader.js";
import { percentileInterval } from "./intervals.js";
import type { ModelFunction } from "./model-function.js";
import { gridValue, probabilityStep } from "./morris-grid.js";

export interface MorrisOptions {
  trajectories: number;
  levels: number;
  seed: number | string;
  /** Inputs moved together, by name; inputs not listed move alone. */
  groups?: Record<string, string[]>;
  /** Bootstrap resamples of the trajectories for intervals (default 1000; 0 for none). */
  bootstrap?: number;
  /** Model evaluations done so far, of all (the points are then evaluated in about 20 batches). */
  onProgress?: (done: number, total: number) => void;
}

/**
 * How many model evaluations a Morris run makes: r·(g + 1) points, for g
 * factors (inputs, or groups moved together).
 *
 * @example
 * morrisEvaluations(f, { trajectories: 20, levels: 4, seed: 1 }) // 20 × (12 + 1) = 260 for 12 inputs
 */
export function morrisEvaluations(
  f: ModelFunction,
  opts: Pick<MorrisOptions, "trajectories" | "groups">,
): number {
  return opts.trajectories * (factorsOf(f, opts.groups).length + 1);
}

/** `evaluateMany` over every point, in batches reporting progress when asked (the same numbers either way). */
function evaluateAll(
  f: ModelFunction,
  xs: Float64Array,
  n: number,
  onProgress: ((done: number, total: number) => void) | undefined,
): Float64Array {
  if (!onProgress) return f.evaluateMany(xs, n);
  const k = f.inputs.length;
  const y = new Float64Array(n);
  const size = Math.max(1, Math.ceil(n / 20));
  for (let start = 0; start < n; start += size) {
    const m = Math.min(size, n - start);
    const part = new Float64Array(k * m);
    for (let i = 0; i < k; i++) part.set(xs.subarray(i * n + start, i * n + start + m), i * m);
    y.set(f.evaluateMany(part, m), start);
    onProgress(start + m, n);
  }
  return y;
}

export interface MorrisRow {
  factor: string;
  members: string[];
  mu: number;
  muStar: number;
  muStarCi: [number, number];
  sigma: number;
  sigmaCi: [number, number];
}

/**
 * @example
 * // Ishigami over [−π, π]³, p = 4: every effect of x2 is ±7·(3/4)/(2/3), so mu*_2 = 7.875
 * morris(f, { trajectories: 10, levels: 4, seed: 1 }).rows.find((r) => r.factor === "x2.baseline").muStar
 */
export function morris(f: ModelFunction, opts: MorrisOptions): { rows: MorrisRow[]; evaluations: number } {
  const { trajectories: r, levels: p } = opts;
  if (!Number.isInteger(p) || p < 2)
    fail("E_METHOD_PARAM", { name: METHOD_PARAM.levels, value: String(p), rule: METHOD_RULE.atLeast(2) });
  if (!Number.isInteger(r) || r < 2)
    fail("E_METHOD_PARAM", {
      name: METHOD_PARAM.trajectories,
      value: String(r),
      rule: METHOD_RULE.atLeast(2),
    });
  const factors = factorsOf(f, opts.groups);
  const k = f.inputs.length;
  const levels = trajectories(factors, k, r, p, opts.seed);
  const n = r * (factors.length + 1);
  // every point's values, column-major, then one batch on the kernel
  const xs = new Float64Array(k * n);
  for (let j = 0; j < n; j++)
    for (let i = 0; i < k; i++) xs[i * n + j] = gridValue(f.inputs[i]!.value.dist, levels.points[j * k + i]!);
  const y = evaluateAll(f, xs, n, opts.onProgress);
  const delta = p / (2 * (p - 1));
  // effects[fi][t]: factor fi in trajectory t
  const effects = factors.map(() => new Float64Array(r));
  for (let t = 0; t < r; t++) {
    const base = t * (factors.length + 1);
    levels.orders[t]!.forEach((fi, s) => {
      const m0 = factors[fi]!.indices[0]!;
      const step = probabilityStep(f.inputs[m0]!.value.dist, delta) * levels.signs[t * factors.length + fi]!;
      effects[fi]![t] = (y[base + s + 1]! - y[base + s]!) / step;
    });
  }
  const B = opts.bootstrap ?? 1000;
  const next = stream(opts.seed, "morris:bootstrap", 0);
  const resamples = Array.from({ length: B }, () =>
    Int32Array.from({ length: r }, () => Math.floor(next() * r)),
  );
  const rows = factors.map((fac, i) => {
    const e = effects[i]!;
    const all = Int32Array.from({ length: r }, (_, t) => t);
    const s = summary(e, all);
    const boot = resamples.map((rows) => summary(e, rows));
    return {
      factor: fac.name,
      members: fac.indices.map((m) => f.inputs[m]!.name),
      mu: s.mu,
      muStar: s.muStar,
      muStarCi:
        B > 1 ? percentileInterval(boot.map((b) => b.muStar)) : ([s.muStar, s.muStar] as [number, number]),
      sigma: s.sigma,
      sigmaCi:
        B > 1 ? percentileInterval(boot.map((b) => b.sigma)) : ([s.sigma, s.sigma] as [number, number]),
    };
  });
  rows.sort((a, b) => b.muStar - a.muStar || a.factor.localeCompare(b.factor));
  return { rows, evaluations: n };
}

/** mu, mu* and sigma (sample standard deviation) of the effects in `rows` (trajectory indexes). */
function summary(e: Float64Array, rows: ArrayLike<number>): { mu: number; muStar: number; sigma: number } {
  const n = rows.length;
  let mu = 0;
  let muStar = 0;
  for (let t = 0; t < n; t++) {
    mu += e[rows[t]!]!;
    muStar += Math.abs(e[rows[t]!]!);
  }
  mu /= n;
  muStar /= n;
  let ss = 0;
  for (let t = 0; t < n; t++) ss += (e[rows[t]!]! - mu) ** 2;
  return { mu, muStar, sigma: n > 1 ? Math.sqrt(ss / (n - 1)) : 0 };
}

interface Trajectories {
  /** Grid levels of every point: trajectory t's s-th point, input i at [(t·(F+1) + s)·k + i]. */
  points: Float64Array;
  /** The order factors move in, per trajectory. */
  orders: number[][];
  /** +1 or −1: the direction factor fi moves in trajectory t, at [t·F + fi]. */
  signs: Int8Array;
}

/**
 * r random trajectories (Morris 1991): a random start on the grid with room
 * for one step, each factor (all its members together) moved once by Δ, up
 * from the lower half of the grid and down from the upper half, in a random order.
 */
function trajectories(
  factors: Array<{ name: string; indices: number[] }>,
  k: number,
  r: number,
  p: number,
  seed: number | string,
): Trajectories {
  const delta = p / (2 * (p - 1));
  const startLevels: number[] = [];
  for (let l = 0; l <= p - 1; l++) if (l / (p - 1) <= 1 - delta + 1e-12) startLevels.push(l / (p - 1));
  const next = stream(seed, "morris", 0);
  const F = factors.length;
  const points = new Float64Array(r * (F + 1) * k);
  const signs = new Int8Array(r * F);
  const orders: number[][] = [];
  for (let t = 0; t < r; t++) {
    const level = new Float64Array(k);
    for (let i = 0; i < k; i++) level[i] = startLevels[Math.floor(next() * startLevels.length)]!;
    const order = factors.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // start each factor in the lower or upper half, so all members of a group step the same way
    for (const fac of factors) if (next() < 0.5) for (const m of fac.indices) level[m] = level[m]! + delta;
    const base = t * (F + 1);
    points.set(level, base * k);
    order.forEach((fi, s) => {
      const members = factors[fi]!.indices;
      const dir = level[members[0]!]! + delta <= 1 + 1e-12 ? 1 : -1;
      for (const m of members) level[m] = Math.min(1, Math.max(0, level[m]! + dir * delta));
      signs[t * F + fi] = dir;
      points.set(level, (base + s + 1) * k);
    });
    orders.push(order);
  }
  return { points, orders, signs };
}

function factorsOf(
  f: ModelFunction,
  groups: Record<string, string[]> | undefined,
): Array<{ name: string; indices: number[] }> {
  const names = f.inputs.map((i) => i.name);
  const used = new Set<number>();
  const out: Array<{ name: string; indices: number[] }> = [];
  for (const [g, members] of Object.entries(groups ?? {})) {
    const indices = members.map((m) => {
      const i = names.indexOf(m);
      if (i < 0) fail("E_UNKNOWN_INPUT", { name: m, suggestion: undefined });
      used.add(i);
      return i;
    });
    out.push({ name: g, indices });
  }
  names.forEach((n, i) => {
    if (!used.has(i)) out.push({ name: n, indices: [i] });
  });
  return out;
}
