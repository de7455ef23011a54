/**
 * A quantity in `%`, `‰` or `share` is a share of something: its stated
 * values (baseline, actuals, level goals) must lie in 0%..100%. A value of
 * 5,097.5% is a formula or transcription error, not a share.
 */
import type { UncertainValue } from "../../model/distribution.js";
import type { Quantity } from "../../model/quantity.js";
import type { Path } from "../parse.js";
import type { NormaliseContext } from "./context.js";

/**
 * Report E_RATIO_RANGE at `path` when a ratio quantity's value (held in its
 * unit: 50 in `%` is one half) falls outside [0, 1] as a fraction; true when
 * the value is fine (or the quantity is not a ratio).
 *
 * @example
 * // unit %, value 150 → 150 × 10⁻² = 1.5 > 1: refused
 * checkRatioRange(ctx, share, 150, "150%", ["indicators", "share", "baseline"]) // false
 */
export function checkRatioRange(
  ctx: NormaliseContext,
  q: Quantity,
  value: number | UncertainValue,
  text: string,
  path: Path,
): boolean {
  if (q.unit.dimension !== "ratio") return true;
  const values = typeof value === "number" ? [value] : [value.low, value.central, value.high];
  const scale = 10 ** q.unit.exp;
  if (values.every((v) => v * scale >= 0 && v * scale <= 1 + 1e-12)) return true;
  ctx.report("E_RATIO_RANGE", { id: q.id, text, unit: q.unit.symbol }, path);
  return false;
}
