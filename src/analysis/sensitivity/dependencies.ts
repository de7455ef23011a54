/**
 * The quantities an output depends on: the ones it reads and, through
 * formulas, sums and growth formulas, everything they read.
 */
import type { Scenario } from "../../model/scenario.js";

/**
 * The quantities whose values feed `ids`: themselves and, through formulas and sums, what they read.
 *
 * @example
 * // Shandong: it_industry is the sum of electronics_manufacturing and software
 * dependencies(shandong, ["it_industry"]) // Set { "it_industry", "electronics_manufacturing", "software" }
 */
export function dependencies(s: Scenario, ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (id: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    const q = s.quantities.get(id);
    if (!q) return;
    for (const r of q.formula?.refs ?? []) visit(r);
    if (q.growth?.type === "formula") for (const r of q.growth.formula.refs) visit(r);
  };
  for (const id of ids) visit(id);
  return seen;
}
