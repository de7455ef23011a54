/**
 * The uncertain inputs of a scenario, by name: what a simulation draws, what
 * `correlations:` refers to, and what names a random stream.
 *
 * Names:
 * - `software.baseline` — a baseline value (a range or a distribution);
 *   for an implied baseline, the growth rate it is discounted with, when
 *   that is not the sector's own growth assumption;
 * - `software.growth` — a growth rate (drawn once per sample, or each year
 *   with `draw: yearly`);
 * - `software.growth.2024` — one year of a growth schedule;
 * - `software.actuals.2023` — a published outcome that is a range, a floor
 *   with a spread, or a partial year (only when uncertain).
 */
import { isUncertain, type UncertainValue } from "./distribution.js";
import type { Quantity } from "./quantity.js";

export interface Input {
  name: string;
  quantity: string;
  role: "baseline" | "implied" | "growth" | "schedule" | "actual";
  value: UncertainValue;
  /** Drawn each year (growth with `draw: yearly`). */
  yearly: boolean;
  /** With yearly draws: AR(1) coefficient of successive years' normal scores. */
  autocorrelation: number;
  /** Where it is written in the file (for overrides). */
  path: Array<string | number>;
  /** A firm population's parameter (`firms.…`, engine/population/inputs.ts), not a quantity's. */
  firm?: FirmInput;
}

/** How a firm population's parameter reads and shows (engine/population/inputs.ts). */
export interface FirmInput {
  /**
   * rate: a growth; amount: a revenue in the firms' unit; count: whole firms;
   * quantile: a group of revenues moved together to one cumulative probability (0..1).
   */
  kind: "rate" | "amount" | "count" | "quantile";
  /** The value at cumulative probability u, as the simulation draws it (counts whole). */
  at(u: number): number;
  /** A group's members (kind quantile): each goes to its own value at the group's quantile. */
  members: UncertainValue[];
  /** Listed by default for outputs that read the population (else only when named). */
  byDefault: boolean;
}

/**
 * Every input of a quantity, certain or not, in a fixed order (baseline, then growth).
 *
 * @example
 * quantityInputs(software).map((i) => i.name) // ["software.baseline", "software.growth"]
 */
export function quantityInputs(q: Quantity): Input[] {
  const table = q.kind === "sector" ? "sectors" : "indicators";
  const out: Input[] = [];
  const base = { quantity: q.id, yearly: false, autocorrelation: 0 };
  const b = q.baseline;
  const g = q.growth;
  if (b?.implied) {
    const shared = g?.type === "rate" && g.draw === "once" && g.rate === b.implied.growth;
    if (!shared) {
      out.push({
        ...base,
        name: `${q.id}.baseline`,
        role: "implied",
        value: b.implied.growth,
        path: [table, q.id, "baseline"],
      });
    }
  } else if (b) {
    out.push({
      ...base,
      name: `${q.id}.baseline`,
      role: "baseline",
      value: b.value,
      path: [table, q.id, "baseline"],
    });
  }
  if (g?.type === "rate") {
    out.push({
      ...base,
      name: `${q.id}.growth`,
      role: "growth",
      value: g.rate,
      yearly: g.draw === "yearly",
      autocorrelation: g.draw === "yearly" ? g.autocorrelation : 0,
      path: [table, q.id, "growth"],
    });
  } else if (g?.type === "schedule") {
    g.years.forEach((year, k) => {
      out.push({
        ...base,
        name: `${q.id}.growth.${year}`,
        role: "schedule",
        value: g.rates[k]!,
        path: [table, q.id, "growth", "schedule", String(year)],
      });
    });
  }
  for (const a of q.actuals) {
    if (!a.uncertain) continue;
    out.push({
      ...base,
      name: `${q.id}.actuals.${a.year}`,
      role: "actual",
      value: a.uncertain,
      path: [table, q.id, "actuals", String(a.year)],
    });
  }
  return out;
}

/** Every input of every quantity, in file order. */
export function scenarioInputs(quantities: Iterable<Quantity>): Input[] {
  const out: Input[] = [];
  for (const q of quantities) out.push(...quantityInputs(q));
  return out;
}

/** The inputs that are uncertain (what a simulation draws). */
export function uncertainInputs(quantities: Iterable<Quantity>): Input[] {
  return scenarioInputs(quantities).filter((i) => isUncertain(i.value));
}
