import { point } from "../../../src/model/distribution.js";
import type { Condition } from "../../../src/model/firm.js";
import type { Instrument } from "../../../src/model/instrument.js";

/** The fields every instrument has, with defaults: pays firms 2023–2025, no conditions or caps. */
export function common(id: string, over: { eligible?: Condition[]; caps?: Instrument["caps"] } = {}) {
  return {
    id,
    names: {},
    recipients: null,
    eligible: over.eligible ?? [],
    caps: over.caps ?? {},
    years: { from: 2023, to: 2025 },
    takeUp: point(1),
    payout: point(1),
    line: 0,
  };
}

export const cond = {
  atLeast: (attribute: "investment" | "revenue" | "rent", value: number): Condition => ({
    kind: "compare",
    attribute,
    op: "at_least",
    value,
    line: 0,
  }),
  growthAboveCity: (): Condition => ({
    kind: "compare",
    attribute: "growth",
    op: "above",
    value: "city_average",
    line: 0,
  }),
  flag: (attribute: "in_park" | "entrant" | "supporting" | "entry_year", value = true): Condition => ({
    kind: "flag",
    attribute,
    value,
    line: 0,
  }),
  sector: (...values: string[]): Condition => ({ kind: "set", attribute: "sector", values, line: 0 }),
};
