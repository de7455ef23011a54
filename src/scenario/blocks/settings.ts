/**
 * The scenario-wide settings: `unit:` (the money unit every sector value is
 * held in), `base_year:` and `horizon:`.
 *
 * ```yaml
 * unit: 亿元
 * base_year: 2022
 * horizon: 2025
 * ```
 */

import { DIMENSION } from "../../i18n/text/loader.js";
import type { Unit } from "../../model/units.js";
import { describeDimension, parseUnit } from "../../model/units.js";
import type { Path } from "../parse.js";
import type { ScenarioFile } from "../schema.js";
import type { NormaliseContext } from "./context.js";

/** Years a file may name. */
export const YEAR_RANGE = { min: 1949, max: 2100 } as const;

/** The unit assumed when `unit:` is unreadable (so later blocks can still be checked). */
const FALLBACK_MONEY: Unit = { symbol: "亿元", dimension: "money", exp: 8 };

/**
 * Whether a year is in `YEAR_RANGE`; reports E_YEAR_RANGE at `path` if not.
 *
 * @example
 * checkYear(ctx, 2025, ["horizon"]) // true
 * checkYear(ctx, 1900, ["base_year"]) // false, E_YEAR_RANGE reported at base_year
 */
export function checkYear(ctx: NormaliseContext, year: number, path: Path): boolean {
  if (year < YEAR_RANGE.min || year > YEAR_RANGE.max) {
    ctx.report("E_YEAR_RANGE", { year, ...YEAR_RANGE }, path);
    return false;
  }
  return true;
}

/**
 * Read the settings; returns the money unit (亿元 when `unit:` was reported unreadable).
 *
 * @example
 * readSettings(ctx, { ...file, unit: "亿元", base_year: 2022, horizon: 2025 }) // { symbol: "亿元", dimension: "money", exp: 8 }
 */
export function readSettings(ctx: NormaliseContext, file: ScenarioFile): Unit {
  let unit = parseUnit(file.unit);
  if (!unit) {
    ctx.report("E_UNIT_UNKNOWN", { unit: file.unit }, ["unit"]);
  } else if (unit.dimension !== "money") {
    ctx.report(
      "E_UNIT_MISMATCH",
      { text: file.unit, found: describeDimension(unit.dimension), expected: DIMENSION.money },
      ["unit"],
    );
    unit = undefined;
  }
  checkYear(ctx, file.base_year, ["base_year"]);
  checkYear(ctx, file.horizon, ["horizon"]);
  if (file.horizon < file.base_year) {
    ctx.report("E_HORIZON_BEFORE_BASE", { base: file.base_year, horizon: file.horizon }, ["horizon"]);
  }
  return unit ?? FALLBACK_MONEY;
}
