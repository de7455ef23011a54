/**
 * Money and counts that formulas make negative (issue 22).
 *
 * Amounts of money and counts are never negative as written (the loader
 * refuses `-5`), but a formula can make them so: a level formula `-5`, a
 * growth formula `-2` (a fall of 200%). On central assumptions this is an
 * error at the formula (E_FORMULA_NEGATIVE), unless the quantity says
 * `may_be_negative: true`. Monte Carlo draws that go negative are counted and
 * reported as a warning with their share of the samples (W_NEGATIVE_DRAWS,
 * see `negativeDrawWarnings`): they stay in the statistics as drawn.
 */
import { ChainsimError, type Diagnostic, diagnostic } from "../diagnostics.js";
import type { FormulaSpec, Quantity } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import type { Projection } from "./project.js";

/** Whether a quantity's values must not fall below zero: money and counts, unless `may_be_negative: true`. */
export function mustStayNonNegative(q: Quantity): boolean {
  if (q.mayBeNegative) return false;
  return q.unit.dimension === "money" || q.unit.dimension.startsWith("count:");
}

/** The formula that sets a quantity's values (a level formula or a growth formula), if any. */
function formulaOf(q: Quantity): FormulaSpec | undefined {
  return q.formula ?? (q.growth?.type === "formula" ? q.growth.formula : undefined);
}

/**
 * The first quantity (in dependency order) whose formula makes it negative
 * in a projection, with the year and value; undefined when none does.
 *
 * @example
 * // sectors: { a: { value: { formula: "-5" } } }
 * firstNegativeFormula(s, project(s)) // { id: "a", year: 2022, value: -5, formula: { text: "-5", line: 8, … } }
 */
export function firstNegativeFormula(
  s: Scenario,
  p: Projection,
): { id: string; year: number; value: number; formula: FormulaSpec } | undefined {
  for (const id of s.order) {
    const q = s.quantities.get(id)!;
    const formula = formulaOf(q);
    if (!formula || !mustStayNonNegative(q)) continue;
    const values = p.series.get(id);
    if (!values) continue;
    for (let i = 0; i < values.length; i++) {
      if (values[i]! < 0) return { id, year: p.firstYear + i, value: values[i]!, formula };
    }
  }
  return undefined;
}

/**
 * Throw E_FORMULA_NEGATIVE at the formula's file, line and column (with its
 * line for a caret) when a formula makes money or a count negative in the
 * (central) projection `p`.
 *
 * @example
 * refuseNegativeFormulas(s, project(s)) // throws: t.yaml:8:22 E_FORMULA_NEGATIVE formula of "a" gives -5 亿元 in 2022 …
 */
export function refuseNegativeFormulas(s: Scenario, p: Projection): void {
  const bad = firstNegativeFormula(s, p);
  if (!bad) return;
  const q = s.quantities.get(bad.id)!;
  const f = bad.formula;
  const d = diagnostic(
    "E_FORMULA_NEGATIVE",
    { id: bad.id, year: bad.year, value: String(Number(bad.value.toPrecision(6))), unit: q.unit.symbol },
    { file: s.provenance.file, line: f.line, col: f.col ?? 0 },
  );
  if (f.excerpt !== undefined) d.excerpt = f.excerpt;
  throw new ChainsimError([d]);
}

/**
 * One warning per quantity whose Monte Carlo draws fall below zero (money
 * and counts without `may_be_negative`), in its year with the most negative
 * draws: `negatives(q, k)` is the number of negative samples of quantity
 * index q in shown year k (from the run's sketches, exact).
 *
 * @example
 * negativeDrawWarnings(s, ["a"], [2022, 2023], 1000, (q, k) => [0, 12][k]!)
 * // [W_NEGATIVE_DRAWS "a" is negative in 1.2% of the samples in 2023 (12 of 1000)]
 */
export function negativeDrawWarnings(
  s: Scenario,
  ids: readonly string[],
  years: readonly number[],
  samples: number,
  negatives: (q: number, k: number) => number,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  ids.forEach((id, qi) => {
    const q = s.quantities.get(id);
    if (!q || !mustStayNonNegative(q)) return;
    let worst = 0;
    let year = 0;
    years.forEach((y, k) => {
      const n = negatives(qi, k);
      if (n > worst) {
        worst = n;
        year = y;
      }
    });
    if (worst === 0) return;
    const share = `${Number(((100 * worst) / samples).toPrecision(2))}%`;
    const loc = { file: s.provenance.file, line: q.line, col: 0 };
    out.push(diagnostic("W_NEGATIVE_DRAWS", { id, year, share, count: worst, samples }, loc, "warning"));
  });
  return out;
}
