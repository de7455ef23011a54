/**
 * Scenario discovery with PRIM (the Patient Rule Induction Method, Friedman
 * & Fisher 1999; as used in robust decision making, Bryant & Lempert 2010):
 * which ranges of the inputs lead to a goal being missed. Starting from the
 * box holding every sample, peel off the α share of samples at one edge of one
 * input — the peel that raises the density of misses most — until the box
 * holds too few samples. Each step is recorded (the peeling trajectory) with
 * its coverage (share of all misses inside the box) and density (share of
 * samples inside the box that miss).
 */
import { HALF_STEP, stream } from "../../engine/streams.js";
import type { ModelFunction } from "./model-function.js";

export interface PrimOptions {
  samples: number;
  seed: number | string;
  /** Share of the box's samples peeled per step. */
  alpha?: number;
  /** Smallest box, as a share of all samples. */
  minSupport?: number;
}

export interface PrimBox {
  /** The limits of the restricted inputs (inputs at their full sampled range are left out). */
  limits: Array<{ input: string; low: number; high: number }>;
  coverage: number;
  density: number;
  /** Share of all samples inside the box. */
  support: number;
}

export interface PrimResult {
  samples: number;
  /** Share of samples where the goal is missed. */
  missRate: number;
  trajectory: PrimBox[];
  /** The suggested box: the densest with coverage of at least half the misses. */
  chosen: PrimBox | null;
}

/** `missed(x)` is 1 when the goal is missed at inputs x. */
export function prim(f: ModelFunction, missed: (y: number) => boolean, opts: PrimOptions): PrimResult {
  const n = opts.samples;
  const k = f.inputs.length;
  const alpha = opts.alpha ?? 0.05;
  const minSupport = Math.max(1, Math.floor((opts.minSupport ?? 0.05) * n));
  const X = f.inputs.map(() => new Float64Array(n));
  const y = new Uint8Array(n);
  const streams = f.inputs.map((inp) => stream(opts.seed, `prim:${inp.name}`, 0));
  const u = new Float64Array(k);
  const x = new Float64Array(k);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) u[i] = streams[i]!() + HALF_STEP;
    f.fromUniform(u, x);
    for (let i = 0; i < k; i++) X[i]![j] = x[i]!;
    y[j] = missed(f.evaluate(x)) ? 1 : 0;
  }
  const totalMiss = y.reduce((a, b) => a + b, 0);
  const full = X.map((col) => ({ low: Math.min(...col), high: Math.max(...col) }));
  let inside: Uint32Array = Uint32Array.from({ length: n }, (_, j) => j);
  const limits = full.map((l) => ({ ...l }));
  const describe = (): PrimBox => {
    let miss = 0;
    for (const j of inside) miss += y[j]!;
    return {
      limits: limits
        .map((l, i) => ({ input: f.inputs[i]!.name, low: l.low, high: l.high }))
        .filter((l, i) => l.low > full[i]!.low || l.high < full[i]!.high),
      coverage: totalMiss ? miss / totalMiss : 0,
      density: inside.length ? miss / inside.length : 0,
      support: inside.length / n,
    };
  };
  const trajectory: PrimBox[] = [describe()];
  while (inside.length > minSupport && trajectory[trajectory.length - 1]!.density < 1) {
    let best:
      | { i: number; side: "low" | "high"; cut: number; keep: Uint32Array; density: number }
      | undefined;
    for (let i = 0; i < k; i++) {
      const vals = Float64Array.from(inside, (j) => X[i]![j]!).sort();
      const q = Math.floor(alpha * vals.length);
      if (q < 1) continue;
      for (const side of ["low", "high"] as const) {
        const cut = side === "low" ? vals[q]! : vals[vals.length - 1 - q]!;
        const keep = inside.filter((j) => (side === "low" ? X[i]![j]! >= cut : X[i]![j]! <= cut));
        if (keep.length === inside.length || keep.length < minSupport) continue;
        let miss = 0;
        for (const j of keep) miss += y[j]!;
        const density = miss / keep.length;
        if (!best || density > best.density + 1e-12) best = { i, side, cut, keep, density };
      }
    }
    if (!best) break;
    inside = best.keep;
    if (best.side === "low") limits[best.i]!.low = best.cut;
    else limits[best.i]!.high = best.cut;
    trajectory.push(describe());
  }
  const candidates = trajectory.filter((b) => b.coverage >= 0.5 && b.limits.length > 0);
  const chosen = candidates.length
    ? candidates.reduce((a, b) => (b.density > a.density + 1e-12 ? b : a))
    : null;
  return { samples: n, missRate: totalMiss / n, trajectory, chosen };
}
