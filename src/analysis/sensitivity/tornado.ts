/**
 * Tornado: one input at a time across its P10–P90 range (or its full stated
 * range), the others at their central values; bars sorted by swing. The
 * 2k + 1 points run on the simulation kernel (`ModelFunction.evaluateMany`).
 */
import type { ModelFunction } from "./model-function.js";

export interface TornadoBar {
  input: string;
  low: { value: number; output: number };
  high: { value: number; output: number };
  /** |output at high − output at low|. */
  swing: number;
}

export interface TornadoResult {
  /** The output with every input at its central value. */
  base: number;
  range: "p10-p90" | "full";
  bars: TornadoBar[];
}

/**
 * @example
 * // y = 2a + b with a, b uniform on [0, 1]: P10–P90 is 0.1–0.9, swings 1.6 (a) and 0.8 (b)
 * tornado(f).bars.map((b) => [b.input, b.swing]) // [["a", 1.6], ["b", 0.8]]
 */
export function tornado(f: ModelFunction, range: "p10-p90" | "full" = "p10-p90"): TornadoResult {
  const centre = f.central();
  const k = f.inputs.length;
  const lows = f.inputs.map((inp, i) =>
    range === "full" ? inp.value.low : f.fromUniform(unitAt(f, i, 0.1))[i]!,
  );
  const highs = f.inputs.map((inp, i) =>
    range === "full" ? inp.value.high : f.fromUniform(unitAt(f, i, 0.9))[i]!,
  );
  // the centre, then each input at its low and at its high value: 2k + 1 points in one batch
  const n = 2 * k + 1;
  const xs = new Float64Array(k * n);
  for (let i = 0; i < k; i++) xs.fill(centre[i]!, i * n, (i + 1) * n);
  for (let i = 0; i < k; i++) {
    xs[i * n + 1 + 2 * i] = lows[i]!;
    xs[i * n + 2 + 2 * i] = highs[i]!;
  }
  const y = f.evaluateMany(xs, n);
  const base = y[0]!;
  const bars = f.inputs.map((inp, i) => {
    const lowOut = y[1 + 2 * i]!;
    const highOut = y[2 + 2 * i]!;
    return {
      input: inp.name,
      low: { value: lows[i]!, output: lowOut },
      high: { value: highs[i]!, output: highOut },
      swing: Math.abs(highOut - lowOut),
    };
  });
  bars.sort((a, b) => b.swing - a.swing || a.input.localeCompare(b.input));
  return { base, range, bars };
}

/** A vector of probabilities: 0.5 everywhere except `p` at input i (only input i is read). */
function unitAt(f: ModelFunction, i: number, p: number): Float64Array {
  const u = new Float64Array(f.inputs.length).fill(0.5);
  u[i] = p;
  return u;
}
