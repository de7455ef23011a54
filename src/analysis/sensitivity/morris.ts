/**
 * Morris elementary effects (Morris 1991; Campolongo, Cariboni & Saltelli
 * 2007 for mu*): r trajectories on a p-level grid in probability space, each
 * moving every input (or group of inputs) once by Δ = p / (2(p − 1)).
 * Levels map to values through each input's inverse CDF, kept inside
 * [0.5%, 99.5%] so unbounded distributions stay finite. Effects are reported
 * per unit of probability (the step is Δ on the grid).
 */
import { fail } from "../../diagnostics.js";
import { stream } from "../../engine/streams.js";
import type { ModelFunction } from "./model-function.js";

export interface MorrisOptions {
  trajectories: number;
  levels: number;
  seed: number | string;
  /** Inputs moved together, by name; inputs not listed move alone. */
  groups?: Record<string, string[]>;
}

export interface MorrisRow {
  factor: string;
  members: string[];
  mu: number;
  muStar: number;
  sigma: number;
}

const EDGE = 0.005;

export function morris(f: ModelFunction, opts: MorrisOptions): { rows: MorrisRow[]; evaluations: number } {
  const { trajectories: r, levels: p } = opts;
  if (!Number.isInteger(p) || p < 2)
    fail("E_METHOD_PARAM", { name: "levels (p)", value: String(p), rule: "a whole number of at least 2" });
  if (!Number.isInteger(r) || r < 2)
    fail("E_METHOD_PARAM", {
      name: "trajectories (r)",
      value: String(r),
      rule: "a whole number of at least 2",
    });
  const factors = factorsOf(f, opts.groups);
  const delta = p / (2 * (p - 1));
  const gridMax = 1 - delta; // start levels with room for +Δ
  const startLevels: number[] = [];
  for (let l = 0; l <= p - 1; l++) if (l / (p - 1) <= gridMax + 1e-12) startLevels.push(l / (p - 1));
  const next = stream(opts.seed, "morris", 0);
  const effects = factors.map(() => [] as number[]);
  const u = new Float64Array(f.inputs.length);
  const x = new Float64Array(f.inputs.length);
  const toU = (level: number) => EDGE + level * (1 - 2 * EDGE);
  let evaluations = 0;
  for (let t = 0; t < r; t++) {
    const level = new Float64Array(f.inputs.length);
    for (let i = 0; i < level.length; i++) level[i] = startLevels[Math.floor(next() * startLevels.length)]!;
    // a random order of factors, each moved up or down by Δ within the grid
    const order = factors.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    // start each factor (all members of a group together) in the lower or upper half, so the
    // members of a group all step the same way
    for (const fac of factors) {
      if (next() < 0.5) for (const m of fac.indices) level[m] = level[m]! + delta;
    }
    const evalAt = () => {
      for (let i = 0; i < u.length; i++) u[i] = toU(level[i]!);
      f.fromUniform(u, x);
      evaluations++;
      return f.evaluate(x);
    };
    let y = evalAt();
    for (const fi of order) {
      const members = factors[fi]!.indices;
      // each member moves by Δ in the direction that stays on the grid
      const dirs = members.map((m) => (level[m]! + delta <= 1 + 1e-12 ? 1 : -1));
      members.forEach((m, j) => {
        level[m] = level[m]! + dirs[j]! * delta;
      });
      const y2 = evalAt();
      const sign = dirs[0]!;
      effects[fi]!.push(((y2 - y) / delta) * sign);
      y = y2;
    }
  }
  const rows = factors.map((fac, i) => {
    const e = effects[i]!;
    const mu = e.reduce((a, b) => a + b, 0) / e.length;
    const muStar = e.reduce((a, b) => a + Math.abs(b), 0) / e.length;
    const sigma = e.length > 1 ? Math.sqrt(e.reduce((a, b) => a + (b - mu) ** 2, 0) / (e.length - 1)) : 0;
    return { factor: fac.name, members: fac.indices.map((m) => f.inputs[m]!.name), mu, muStar, sigma };
  });
  rows.sort((a, b) => b.muStar - a.muStar || a.factor.localeCompare(b.factor));
  return { rows, evaluations };
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
