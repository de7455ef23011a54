/**
 * Policy instruments: subsidy and award rules stated as data (`instruments:`),
 * in five generic types. Every figure is the document's (a maximum where it
 * says 最高); what is uncertain — who qualifies, how many apply, how much of
 * a maximum is paid — lives in the firm population, `take_up` and `payout`.
 *
 * Money is in the firms' unit (default 万元).
 */
import type { UncertainValue } from "./distribution.js";
import type { Condition, NumericAttribute } from "./firm.js";
import type { Names, SourceRef } from "./quantity.js";

/**
 * Caps on what one recipient receives from one instrument:
 * - `perFirm`: one award (one project, one event, one threshold) — "给予最高100万元";
 * - `perYear`: one recipient in one year — "每年给予最高5万元";
 * - `cumulative`: one recipient over all years — "累计补贴总额不超过100万元".
 */
export interface Caps {
  perFirm?: number;
  perYear?: number;
  cumulative?: number;
}

interface InstrumentBase {
  id: string;
  names: Names;
  /** An organisation type, or null for firms. */
  recipients: string | null;
  /** All must hold (see each rule type for the year they are tested in). */
  eligible: Condition[];
  caps: Caps;
  /** The years the instrument pays (a tapering schedule may start in these and run on). */
  years: { from: number; to: number };
  /** Probability that an eligible recipient applies (drawn once per recipient). */
  takeUp: UncertainValue;
  /** Share of the computed amount actually paid (最高: a maximum; 100% budgets the maximum). */
  payout: UncertainValue;
  source?: SourceRef;
  note?: string;
  line: number;
}

/** rate × (base − exclusions), capped; every year the conditions hold, or in the year of an event. */
export interface RateWithCap extends InstrumentBase {
  type: "rate_with_cap";
  rate: number;
  base: NumericAttribute;
  exclude: NumericAttribute[];
  /** Pays in the year this event happens (the base may then be `event_cost`). */
  event: string | null;
}

/** When a firm crosses two or more thresholds in one year: pay each, or only the highest. */
export type SameYear = "all" | "highest";

/** An award on the first crossing of each revenue threshold. */
export interface MilestoneLadder extends InstrumentBase {
  type: "milestone_ladder";
  /** Strictly increasing revenues, each with its award. */
  thresholds: Array<{ revenue: number; award: number; text: string }>;
  sameYear: SameYear;
  /** `previous`: a year's award is for the previous year's revenue (上年度营收). */
  revenueYear: "previous" | "current";
}

/** Rates of a base by year since the firm's entry (70%, 50%, 30%), with caps. */
export interface Tapering extends InstrumentBase {
  type: "tapering";
  base: NumericAttribute;
  exclude: NumericAttribute[];
  /** Rate in the entry year, the year after, … */
  rates: number[];
}

/** Fixed awards on events (certification, inclusion in a list). */
export interface EventAward extends InstrumentBase {
  type: "event_award";
  awards: Array<{ event: string; award: number }>;
}

/** A yearly amount to every active recipient. */
export interface Grant extends InstrumentBase {
  type: "grant";
  amount: number;
}

export type Instrument = RateWithCap | MilestoneLadder | Tapering | EventAward | Grant;
