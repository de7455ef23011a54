/**
 * `baseline:` of a sector or indicator — a value in the base year (or an
 * earlier `year:`), or `implied`: back-calculated from a level goal and a
 * growth rate. Also the completeness check: every quantity without a formula
 * needs a starting value (a baseline or an actual) and a growth.
 *
 * ```yaml
 * baseline: 11150亿
 * baseline: { value: 9000~9800亿, year: 2021, source: { doc: plan, clause: 一 } }
 * baseline: implied                      # from the latest level goal
 * baseline: { implied: { target: software-2025, growth: 10%~14% } }
 * ```
 */

import { IMPLIED, notLevelGoal } from "../../i18n/text/loader.js";
import { point, type UncertainValue } from "../../model/distribution.js";
import type { Baseline, Quantity } from "../../model/quantity.js";
import type { Target } from "../../model/target.js";
import type { Path } from "../parse.js";
import type { ScenarioFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import { readAssumptionSource } from "./assumption-source.js";
import type { NormaliseContext } from "./context.js";
import { type QuantityTable, readAmount } from "./quantities.js";
import { checkRatioRange } from "./ratio-range.js";
import { checkYear } from "./settings.js";

/** A stated baseline (not `implied`, which waits for the goals: see `readImpliedBaselines`). */
export function readBaseline(
  ctx: NormaliseContext,
  table: QuantityTable,
  q: Quantity,
  file: ScenarioFile,
): void {
  const { path, def } = table.raw.get(q.id)!;
  const b = def.baseline;
  if (b === undefined || b === "implied" || (typeof b === "object" && "implied" in b)) return;
  const bp = [...path, "baseline"];
  const isObj = typeof b === "object" && b !== null && "value" in b;
  const year = isObj && b.year !== undefined ? b.year : file.base_year;
  if (isObj && b.year !== undefined) {
    checkYear(ctx, b.year, [...bp, "year"]);
    if (b.year > file.base_year)
      ctx.report("E_BASELINE_YEAR", { year: b.year, base: file.base_year }, [...bp, "year"]);
  }
  const vp = isObj ? [...bp, "value"] : bp;
  const value = readAmount(ctx, table, q, isObj ? b.value : b, vp);
  if (!value || !checkRatioRange(ctx, q, value, String(isObj ? b.value : b), vp)) return;
  const base: Baseline = { year, value, line: ctx.lineOf(bp) };
  const s = isObj ? readAssumptionSource(ctx, b.source, [...bp, "source"]) : undefined;
  if (s) base.source = s;
  q.baseline = base;
}

/**
 * Implied baselines: the goal discounted back to the base year with the
 * growth (its own `growth:`, else the quantity's growth goal, else its
 * constant growth); a range of growth gives a uniform range of baselines.
 *
 * @example
 * // goal 14000 in 2025, base year 2022, growth 12%: 14000 / 1.12³ = 9964.9
 */
export function readImpliedBaselines(
  ctx: NormaliseContext,
  table: QuantityTable,
  file: ScenarioFile,
  targets: readonly Target[],
): void {
  for (const [id, { path, def }] of table.raw) {
    const b = def.baseline;
    if (b !== "implied" && !(typeof b === "object" && b !== null && "implied" in b)) continue;
    const q = ctx.quantities.get(id)!;
    const bp = [...path, "baseline"];
    const spec = typeof b === "object" ? b.implied : {};
    const levels = targets.filter((t) => t.subject === id && t.kind === "level");
    const goal = spec.target
      ? targets.find((t) => t.id === spec.target)
      : levels.sort((a, c) => c.year - a.year)[0];
    if (goal?.kind !== "level" || goal.subject !== id) {
      const reason = spec.target ? notLevelGoal(spec.target) : IMPLIED.noLevelGoal;
      ctx.report("E_IMPLIED_BASELINE", { id, reason }, bp);
      continue;
    }
    const growth = impliedGrowth(ctx, q, spec.growth, [...bp, "implied", "growth"], targets);
    if (!growth) {
      ctx.report("E_IMPLIED_BASELINE", { id, reason: IMPLIED.noGrowth }, bp);
      continue;
    }
    const n = goal.year - file.base_year;
    const disc = (g: number) => goal.value / (1 + g) ** n;
    const central = disc(growth.central);
    const value: UncertainValue =
      growth.low === growth.high
        ? point(central, `implied from ${goal.id}`, ctx.lineOf(bp))
        : {
            dist: { type: "uniform", min: disc(growth.high), max: disc(growth.low) },
            central,
            low: disc(growth.high),
            high: disc(growth.low),
            text: `implied from ${goal.id}`,
            line: ctx.lineOf(bp),
          };
    q.baseline = {
      year: file.base_year,
      value,
      implied: { target: goal.id, growth, goal: goal.value, goalYear: goal.year },
      line: ctx.lineOf(bp),
    };
    if (!q.growth) q.growth = { type: "rate", rate: growth, draw: "once", autocorrelation: 0 };
  }
}

/** The growth an implied baseline is discounted with. */
function impliedGrowth(
  ctx: NormaliseContext,
  q: Quantity,
  written: unknown,
  path: Path,
  targets: readonly Target[],
): UncertainValue | undefined {
  if (written !== undefined) {
    return ctx.attempt(path, () => readUncertain(written, { kind: "rate" }, ctx.lineOf(path)));
  }
  const gGoal = targets.find((t) => t.subject === q.id && t.kind === "growth");
  if (gGoal) return point(gGoal.value, gGoal.text, gGoal.line);
  if (q.growth?.type === "rate") return q.growth.rate;
  return undefined;
}

/** Every quantity without a formula needs a starting value and a growth (unless it already has an error). */
export function checkComplete(
  ctx: NormaliseContext,
  table: QuantityTable,
  failed: ReadonlySet<string>,
): void {
  for (const [id, { path }] of table.raw) {
    const q = ctx.quantities.get(id)!;
    if (q.formula) continue;
    if (!q.baseline && q.actuals.length === 0 && !failed.has(id)) {
      ctx.report("E_MISSING_BASELINE", { id }, path, true);
    } else if (!q.growth && (q.baseline || q.actuals.length) && !failed.has(id)) {
      ctx.report("E_MISSING_GROWTH", { id }, path, true);
    }
  }
}
