/**
 * Where the kernel keeps each quantity's values for a chunk of samples.
 *
 * The kernel projects quantity by quantity, each year a row over the chunk's
 * samples. A quantity's rows must outlive its own projection only if
 * something later reads them: a formula of a later quantity, a goal that
 * also needs a later quantity (a share of it), or a verdict check (which may
 * read any quantity). Every other quantity — in a scenario without formulas
 * and add-up checks, all of them — is observed, and its goals measured,
 * right after it is projected, so they all share one scratch set of rows:
 * the chunk's values take a few rows instead of quantities × years (with 1,000
 * sectors × 30 years and 256 samples per chunk, 61 KB instead of 61 MB, which
 * stays in cache).
 */
import type { CompiledTarget } from "./measure.js";
import type { Plan } from "./plan.js";

export interface RowLayout {
  /** Row of each quantity's first year (its years follow): its own rows, or the shared scratch rows. */
  base: Int32Array;
  /** Rows in all. */
  rows: number;
  /** Whether quantity q keeps its own rows. */
  kept: Uint8Array;
  /** Per quantity: the goals (indexes in `plan.targets`) to measure right after it, when all they read is projected. */
  after: Int32Array[];
  /** The goals with `subject` and `of` as rows of this layout. */
  targets: CompiledTarget[];
  /** Per formula: its references' first rows in this layout. */
  formulaRows: Int32Array[];
}

/**
 * The layout of a plan's rows; `keepAll` gives every quantity its own rows
 * (the reference path, which fills a whole sample at once, and tests that
 * read every value).
 *
 * @example
 * // two sectors, no formulas or verdicts, a level goal on each: one shared set of rows
 * rowLayout(plan, false) // { base: [0, 0], rows: nYears, after: [[0], [1]], … }
 */
export function rowLayout(plan: Plan, keepAll: boolean): RowLayout {
  const Q = plan.ids.length;
  const { nYears } = plan;
  const quantityOf = (offset: number) => offset / nYears;
  const kept = new Uint8Array(Q);
  if (keepAll || plan.verdicts.length > 0) kept.fill(1);
  for (const f of plan.formulas) for (const o of f.offsets) kept[quantityOf(o)] = 1;
  const after: number[][] = Array.from({ length: Q }, () => []);
  plan.targets.forEach((t, k) => {
    const subject = quantityOf(t.subject);
    const of = t.of >= 0 ? quantityOf(t.of) : -1;
    const last = Math.max(subject, of);
    after[last]!.push(k);
    if (subject !== last) kept[subject] = 1;
    if (of >= 0 && of !== last) kept[of] = 1;
  });
  const base = new Int32Array(Q);
  let own = 0;
  for (let q = 0; q < Q; q++) if (kept[q]) base[q] = own++ * nYears;
  const scratch = own * nYears;
  let rows = scratch;
  for (let q = 0; q < Q; q++)
    if (!kept[q]) {
      base[q] = scratch;
      rows = scratch + nYears;
    }
  const rowOf = (offset: number) => base[quantityOf(offset)]!;
  return {
    base,
    rows,
    kept,
    after: after.map((a) => Int32Array.from(a)),
    targets: plan.targets.map((t) => ({ ...t, subject: rowOf(t.subject), of: t.of >= 0 ? rowOf(t.of) : -1 })),
    formulaRows: plan.formulas.map((f) => Int32Array.from(f.offsets, rowOf)),
  };
}
