/**
 * A scenario evaluated on the simulation kernel for many points at once:
 * the points' values go into the kernel's draw columns (every other uncertain
 * input at its central value), the kernel projects them a chunk at a time
 * from its operations table, and the output is read from the rows of the few
 * quantities it needs. The same numbers as `project()` per point (the
 * kernel's reference) at a fraction of the cost; sensitivity designs
 * (Sobol, Morris, Shapley) evaluate their points through this.
 */
import { Kernel } from "../../engine/kernel.js";
import { compilePlan } from "../../engine/plan.js";
import { derivedQuantities } from "../../engine/population/aggregates.js";
import type { Input } from "../../model/inputs.js";
import type { Scenario } from "../../model/scenario.js";
import { dependencies } from "./dependencies.js";

/** What an output needs from the kernel's rows, and how it is computed from them. */
export interface RowOutput {
  /** Quantity ids whose values (every year) the output reads. */
  needs: string[];
  /**
   * The output of c samples into out[0..c): quantity `needs[k]` in year index i
   * (from `firstYear`) of sample j is at values[(k·nYears + i)·stride + j].
   */
  compute(
    values: Float64Array,
    stride: number,
    c: number,
    nYears: number,
    firstYear: number,
    out: Float64Array,
  ): void;
}

/** Evaluate n points: input i of point j at xs[i·n + j]; outputs into y[0..n). */
export type ManyEvaluator = (xs: Float64Array, n: number, y: Float64Array) => void;

/**
 * A kernel-backed evaluator for these inputs, or null when an input is not
 * one of the plan's drawn dimensions (a fixed number included on purpose,
 * such as the goal seeker's searched input) or the output depends on a
 * quantity a firm population stands for (which the kernel draws at random):
 * the caller then projects point by point.
 *
 * @example
 * const run = kernelEvaluator(s, f.inputs, output)!;
 * run(xs, 1024, y); // y[j] = f.evaluate(point j)
 */
export function kernelEvaluator(
  s: Scenario,
  inputs: readonly Input[],
  output: RowOutput,
): ManyEvaluator | null {
  const keep = dependencies(s, output.needs);
  // the kernel draws a firm population at random: an output it moves is evaluated
  // on the central population instead (population-evaluator.ts, or point by point)
  const derived = derivedQuantities(s);
  if ([...keep].some((id) => derived.has(id))) return null;
  const plan = compilePlan(cutDown(s, keep));
  const dimsOf: Int32Array[] = [];
  for (const inp of inputs) {
    // an input of a quantity the output does not depend on cannot move it
    if (!keep.has(inp.quantity)) {
      dimsOf.push(new Int32Array(0));
      continue;
    }
    const once = plan.onceDim.get(inp.value);
    const yearly = plan.yearDim.get(inp.value);
    const dims = once !== undefined ? [once] : yearly ? [...yearly.values()] : [];
    if (dims.length === 0 && !(yearly && inp.yearly)) return null;
    dimsOf.push(Int32Array.from(dims));
  }
  const needs = output.needs.map((id) => plan.index.get(id));
  if (needs.some((q) => q === undefined)) return null;
  const kernel = new Kernel(plan, { samples: 1, seed: 0, lhs: false });
  const C = kernel.chunk;
  const D = plan.dims.length;
  const { nYears, firstYear } = plan;
  const cols = new Float64Array(Math.max(1, D) * C);
  // every dimension at its central value, then the points' inputs over them
  for (let d = 0; d < D; d++) cols.fill(plan.dims[d]!.value.central, d * C, (d + 1) * C);
  const slot = new Map<number, number>();
  needs.forEach((q, k) => {
    slot.set(q!, k);
  });
  const values = new Float64Array(Math.max(1, needs.length * nYears) * C);
  const out = new Float64Array(C);
  const take = (q: number, rows: Float64Array, row: number, chunk: number) => {
    const k = slot.get(q);
    if (k === undefined) return;
    values.set(rows.subarray(row * chunk, (row + nYears) * chunk), k * nYears * chunk);
  };
  return (xs, n, y) => {
    for (let j0 = 0; j0 < n; j0 += C) {
      const c = Math.min(C, n - j0);
      for (let i = 0; i < dimsOf.length; i++) {
        const src = xs.subarray(i * n + j0, i * n + j0 + c);
        for (const d of dimsOf[i]!) cols.set(src, d * C);
      }
      kernel.projectGiven(cols, C, 0, c, take);
      output.compute(values, C, c, nYears, firstYear, out);
      y.set(out.subarray(0, c), j0);
    }
  };
}

/** The scenario with only the quantities in `keep` (in order), and no goals, add-up checks or regions. */
function cutDown(s: Scenario, keep: Set<string>): Scenario {
  const quantities = new Map(
    [...s.quantities]
      .filter(([id]) => keep.has(id))
      .map(([id, q]) => [id, { ...q, children: [], parents: [] }]),
  );
  return {
    ...s,
    quantities,
    order: s.order.filter((id) => keep.has(id)),
    targets: [],
    overlaps: [],
    regions: [],
  };
}
