/**
 * Tornado: one input at a time across its P10–P90 range (or its full stated
 * range), the others at their central values; bars sorted by swing.
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
  const base = f.evaluate(centre);
  const bars = f.inputs.map((inp, i) => {
    const lowValue = range === "full" ? inp.value.low : f.fromUniform(unitAt(f, i, 0.1))[i]!;
    const highValue = range === "full" ? inp.value.high : f.fromUniform(unitAt(f, i, 0.9))[i]!;
    const x = Float64Array.from(centre);
    x[i] = lowValue;
    const lowOut = f.evaluate(x);
    x[i] = highValue;
    const highOut = f.evaluate(x);
    return {
      input: inp.name,
      low: { value: lowValue, output: lowOut },
      high: { value: highValue, output: highOut },
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
