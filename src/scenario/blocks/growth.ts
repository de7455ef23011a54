/**
 * `growth:` of a sector or indicator — a constant rate (a number, a range or
 * a distribution, drawn once or each year), a schedule by year, or a formula.
 *
 * ```yaml
 * growth: 10%~14%
 * growth: { rate: { normal: [5%, 1%] }, draw: yearly, autocorrelation: 0.5 }
 * growth: { schedule: { 2023: 12%, 2025: 10% } }
 * growth: { rate: 8%~12%, source: { assumed: "national +11.2% (2022), +13.4% (2023)" } }
 * growth: { formula: "0.5 * gdp_growth" }
 * ```
 */
import type { FormulaCompiler } from "../../formula/formula-function.js";
import { EXPECTED, INVALID, same } from "../../i18n/text/loader.js";
import type { UncertainValue } from "../../model/distribution.js";
import type { GrowthSpec } from "../../model/quantity.js";
import type { MagnitudeContext } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { GrowthFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import { readAssumptionSource } from "./assumption-source.js";
import type { NormaliseContext } from "./context.js";
import { readFormula } from "./formulas.js";
import { checkYear } from "./settings.js";

const RATE: MagnitudeContext = { kind: "rate" };

/**
 * Read a growth assumption at `path`; undefined when a problem was reported.
 *
 * @example
 * readGrowth(ctx, "12%", ["sectors", "software", "growth"], ids, compile)
 * // { type: "rate", rate: { dist: point 0.12, … }, draw: "once", autocorrelation: 0 }
 */
export function readGrowth(
  ctx: NormaliseContext,
  g: GrowthFile,
  path: Path,
  ids: readonly string[],
  compile: FormulaCompiler | undefined,
): GrowthSpec | undefined {
  const spec = readSpec(ctx, g, path, ids, compile);
  const raw = typeof g === "object" && g !== null && "source" in g ? g.source : undefined;
  const src = raw ? readAssumptionSource(ctx, raw, [...path, "source"]) : undefined;
  return spec && src ? { ...spec, source: src } : spec;
}

/** The growth assumption itself, without its source. */
function readSpec(
  ctx: NormaliseContext,
  g: GrowthFile,
  path: Path,
  ids: readonly string[],
  compile: FormulaCompiler | undefined,
): GrowthSpec | undefined {
  if (typeof g === "object" && g !== null && "schedule" in g) return readSchedule(ctx, g.schedule, path);
  if (typeof g === "object" && g !== null && "formula" in g) {
    const f = readFormula(ctx, compile, ids, g.formula, [...path, "formula"]);
    return f ? { type: "formula", formula: f } : undefined;
  }
  if (typeof g === "object" && g !== null && "rate" in g) {
    const u = ctx.attempt([...path, "rate"], () =>
      readUncertain(g.rate, RATE, ctx.lineOf([...path, "rate"])),
    );
    const ac = g.autocorrelation ?? 0;
    if (!(ac >= -1 && ac <= 1)) {
      ctx.report("E_INVALID_VALUE", { detail: INVALID.autocorrelation(ac) }, [...path, "autocorrelation"]);
    }
    return u ? { type: "rate", rate: u, draw: g.draw ?? "once", autocorrelation: ac } : undefined;
  }
  const u = ctx.attempt(path, () => readUncertain(g, RATE, ctx.lineOf(path)));
  return u ? { type: "rate", rate: u, draw: "once", autocorrelation: 0 } : undefined;
}

function readSchedule(
  ctx: NormaliseContext,
  schedule: Record<string, unknown>,
  path: Path,
): GrowthSpec | undefined {
  const entries = Object.entries(schedule);
  if (entries.length === 0) {
    ctx.report("E_SCHEDULE_EMPTY", {}, path);
    return undefined;
  }
  const years: number[] = [];
  const rates: UncertainValue[] = [];
  for (const [y, v] of entries.sort((a, b) => Number(a[0]) - Number(b[0]))) {
    const yp = [...path, "schedule", y];
    const year = Number(y);
    if (!Number.isInteger(year)) {
      ctx.report("E_WRONG_TYPE", { expected: EXPECTED.year, found: same(`"${y}"`) }, yp, true);
      continue;
    }
    checkYear(ctx, year, yp);
    const u = ctx.attempt(yp, () => readUncertain(v, RATE, ctx.lineOf(yp)));
    if (u) {
      years.push(year);
      rates.push(u);
    }
  }
  return { type: "schedule", years, rates };
}
