/**
 * `chainsim costs --format csv`: one row per instrument and year (the total
 * of all instruments first, as instrument "*"), read from the costs part of
 * Findings; numbers rounded like the JSON.
 */
import type { CostStats, CostsFindings } from "../model/findings.js";
import { toRoundedCsv } from "./json.js";

const rowsOf = (id: string, c: CostsFindings, x: CostStats): unknown[][] =>
  c.years.map((y, i) => [id, y, c.unit, x.mean[i], x.sd[i], x.p10[i], x.p50[i], x.p90[i]]);

/**
 * The costs as CSV.
 *
 * @example
 * costsCsv(f.costs!).split("\n")[0] // "\uFEFFinstrument,year,unit,mean,sd,p10,p50,p90"
 */
export function costsCsv(c: CostsFindings): string {
  return toRoundedCsv(
    ["instrument", "year", "unit", "mean", "sd", "p10", "p50", "p90"],
    [...rowsOf("*", c, c.total), ...c.instruments.flatMap((x) => rowsOf(x.id, c, x.by_year))],
  );
}
