/**
 * Goals checked inside the simulation kernel: the same measures as
 * `analysis/targets.ts` (level, average growth, share, worst year of a
 * flow, period sum), read from a flat array of one sample's values instead of
 * a `Projection`, and met or missed by the same `meets` (model/target.ts), so
 * a simulation and a deterministic run agree on what "met" means.
 */
import type { Scenario } from "../model/scenario.js";
import { measuredFrom } from "../model/scope-break.js";
import type { Target } from "../model/target.js";
import { cagr } from "../numeric/cagr.js";

export const LEVEL = 0;
export const GROWTH = 1;
export const SHARE = 2;
export const FLOW = 3;
export const CUMULATIVE = 4;

/** A goal with its years turned into indexes of the sample's value array. */
export interface CompiledTarget {
  target: Target;
  kind: number;
  /** Offset of the subject's values (quantity index × years). */
  subject: number;
  /** Offset of the denominator's values (share goals), else −1. */
  of: number;
  /** Index of the goal year, −1 when outside the projection. */
  year: number;
  /** Index of the first year of the period, −1 when outside. */
  from: number;
  /** Years of the period (growth goals). */
  span: number;
  /** Flow goals: 0 worst = smallest, 1 worst = largest, 2 farthest from the goal (about). */
  flowMode: number;
  /** Share goals: 10^(subject unit exponent − denominator unit exponent), so both are in base units. */
  scale: number;
}

/** Compile a goal against a layout of `nYears` values per quantity (in `s.order`) starting at `firstYear`. */
export function compileTarget(
  s: Scenario,
  t: Target,
  quantityIndex: ReadonlyMap<string, number>,
  firstYear: number,
  nYears: number,
): CompiledTarget {
  const yi = (y: number | undefined) =>
    y !== undefined && y >= firstYear && y < firstYear + nYears ? y - firstYear : -1;
  const kind = { level: LEVEL, growth: GROWTH, share: SHARE, flow: FLOW, cumulative: CUMULATIVE }[t.kind];
  // a growth goal spanning a scope break is measured in the new scope, from the break
  const from =
    kind === GROWTH && t.from !== undefined
      ? measuredFrom(s.quantities.get(t.subject)!, t.from, t.year)
      : t.from;
  return {
    target: t,
    kind,
    subject: quantityIndex.get(t.subject)! * nYears,
    of: t.of !== undefined ? quantityIndex.get(t.of)! * nYears : -1,
    year: yi(t.year),
    from: kind === LEVEL || kind === SHARE ? yi(t.year) : yi(from),
    span: from !== undefined ? t.year - from : 0,
    flowMode: t.comparator === "below" || t.comparator === "at_most" ? 1 : t.comparator === "about" ? 2 : 0,
    scale:
      t.of !== undefined
        ? 10 ** (s.quantities.get(t.subject)!.unit.exp - s.quantities.get(t.of)!.unit.exp)
        : 1,
  };
}

/**
 * The goal's measure in one sample: the level, the average annual growth,
 * the share, the worst year of a flow or the sum over the period; NaN when a
 * year is outside the projection or a value is unknown.
 *
 * @example
 * // software level goal for 2025 with values [11150, 12488, 13986.56, 15664.95] from 2022
 * measureTarget(compiled, values) // 15664.95
 */
export function measureTarget(t: CompiledTarget, values: Float64Array): number {
  if (t.year < 0 || t.from < 0) return Number.NaN;
  const s = t.subject;
  switch (t.kind) {
    case LEVEL:
      return values[s + t.year]!;
    case GROWTH:
      return cagr(values[s + t.from]!, values[s + t.year]!, t.span);
    case SHARE:
      return (values[s + t.year]! * t.scale) / values[t.of + t.year]!;
    case FLOW: {
      const goal = t.target.value;
      let worst = values[s + t.from]!;
      for (let i = t.from + 1; i <= t.year; i++) {
        const v = values[s + i]!;
        if (t.flowMode === 0) worst = Math.min(worst, v);
        else if (t.flowMode === 1) worst = Math.max(worst, v);
        else if (Math.abs(v - goal) > Math.abs(worst - goal)) worst = v;
      }
      return worst;
    }
    default: {
      let sum = 0;
      for (let i = t.from; i <= t.year; i++) sum += values[s + i]!;
      return sum;
    }
  }
}

/**
 * The goal's measure in each of c samples held slot-major: the value of
 * quantity-year row r in sample j is `rows[r·stride + j]`; the measures go to
 * `out[off..off+c)`. The same arithmetic as `measureTarget`, sample by sample.
 *
 * @example
 * // a level goal on row 3, two samples, stride 4
 * measureTargetRow(compiled, rows, 4, 2, out, 0) // out[0] = rows[12], out[1] = rows[13]
 */
export function measureTargetRow(
  t: CompiledTarget,
  rows: Float64Array,
  stride: number,
  c: number,
  out: Float64Array,
  off: number,
): void {
  if (t.year < 0 || t.from < 0) {
    out.fill(Number.NaN, off, off + c);
    return;
  }
  const at = (year: number) => (t.subject + year) * stride;
  switch (t.kind) {
    case LEVEL: {
      const r = at(t.year);
      for (let j = 0; j < c; j++) out[off + j] = rows[r + j]!;
      return;
    }
    case GROWTH: {
      const a = at(t.from);
      const b = at(t.year);
      for (let j = 0; j < c; j++) out[off + j] = cagr(rows[a + j]!, rows[b + j]!, t.span);
      return;
    }
    case SHARE: {
      const a = at(t.year);
      const b = (t.of + t.year) * stride;
      for (let j = 0; j < c; j++) out[off + j] = (rows[a + j]! * t.scale) / rows[b + j]!;
      return;
    }
    case FLOW: {
      const goal = t.target.value;
      for (let j = 0; j < c; j++) {
        let worst = rows[at(t.from) + j]!;
        for (let i = t.from + 1; i <= t.year; i++) {
          const v = rows[at(i) + j]!;
          if (t.flowMode === 0) worst = Math.min(worst, v);
          else if (t.flowMode === 1) worst = Math.max(worst, v);
          else if (Math.abs(v - goal) > Math.abs(worst - goal)) worst = v;
        }
        out[off + j] = worst;
      }
      return;
    }
    default:
      for (let j = 0; j < c; j++) {
        let sum = 0;
        for (let i = t.from; i <= t.year; i++) sum += rows[at(i) + j]!;
        out[off + j] = sum;
      }
  }
}
