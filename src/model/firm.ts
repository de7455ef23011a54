/**
 * Firms: the population a city's policy instruments pay, as a scenario
 * states it (`firms:`), and one simulated firm's history (what a rule reads).
 *
 * A population is built from named firms (where the document names them),
 * generated groups of unnamed firms per sector, and yearly cohorts of new
 * firms (projects attracted). Above-scale (规上) status follows a revenue
 * threshold stated in the file (`above_scale_threshold: 2000万`, the national
 * threshold for industrial firms).
 *
 * Money is held in the firms' unit (`firms.unit`, default 万元).
 */

import type { UncertainValue } from "./distribution.js";
import type { Names, SourceRef } from "./quantity.js";
import type { Unit } from "./units.js";

/** The most firms one sample may hold (at the high end of every count). */
export const MAX_FIRMS = 20_000;

/** Numeric attributes of a firm in a year (money in the firms' unit; growth as a fraction). */
export const NUMERIC_ATTRIBUTES = [
  "revenue",
  "growth",
  "investment",
  "land",
  "rent",
  "rd",
  "event_cost",
] as const;
/**
 * True/false attributes of a firm: `entrant` (entered after the base year),
 * `entry_year` (this is the year it entered), `above_scale` (revenue at least
 * the threshold this year).
 */
export const FLAG_ATTRIBUTES = [
  "in_park",
  "entrant",
  "entry_year",
  "supporting",
  "above_scale",
  "in_scope",
] as const;
/** Attributes tested for membership: `sector: [electronics, software]`, `tag: chips`. */
export const SET_ATTRIBUTES = ["sector", "tag"] as const;
/** Every attribute a rule may name. */
export const FIRM_ATTRIBUTES = [...NUMERIC_ATTRIBUTES, ...FLAG_ATTRIBUTES, ...SET_ATTRIBUTES] as const;

export type NumericAttribute = (typeof NUMERIC_ATTRIBUTES)[number];
export type FlagAttribute = (typeof FLAG_ATTRIBUTES)[number];
export type SetAttribute = (typeof SET_ATTRIBUTES)[number];
export type FirmAttribute = (typeof FIRM_ATTRIBUTES)[number];

/** Comparisons of a numeric attribute; `first_above`: above the value for the first time in the firm's history. */
export const COMPARE_OPS = ["at_least", "above", "at_most", "below", "first_above"] as const;
export type CompareOp = (typeof COMPARE_OPS)[number];

/** One eligibility condition, read from an `eligible:` mapping. */
export type Condition =
  | { kind: "set"; attribute: SetAttribute; values: string[]; line: number }
  | { kind: "flag"; attribute: FlagAttribute; value: boolean; line: number }
  | {
      kind: "compare";
      attribute: NumericAttribute;
      op: CompareOp;
      /** A number (money in the firms' unit, growth as a fraction) or the city's average growth that year. */
      value: number | "city_average";
      line: number;
    };

/** A yearly investment project: whether a firm invests in a year, how much, and the share that is land. */
export interface InvestmentSpec {
  /** Probability that a firm starts a project in a year (entrants always invest in their first year). */
  probability: UncertainValue;
  /** Project size (a distribution across projects). */
  amount: UncertainValue;
  /** Share of the project that is land. */
  landShare: UncertainValue;
}

/** Assumptions about a population's firms; a population's own values override its sector's. */
export interface FirmProfile {
  /** The population's common revenue growth, drawn each year. */
  growth?: UncertainValue;
  /** Firm-to-firm standard deviation around the common growth (a fraction). */
  spread?: UncertainValue;
  investment?: InvestmentSpec;
  /** Yearly rent of a firm leasing park premises (a distribution across firms). */
  rent?: UncertainValue;
  /** Probability that a firm is in an industrial park (1 or 0 for a named firm). */
  inPark?: UncertainValue;
  /** R&D spending as a share of revenue (a distribution across firms). */
  rdShare?: UncertainValue;
}

export interface FirmSector {
  id: string;
  names: Names;
  /** Whether its firms count in the firm-count and revenue goals (the IT statistics). */
  inScope: boolean;
  profile: FirmProfile;
  line: number;
}

export interface NamedFirm {
  id: string;
  names: Names;
  sector: string;
  inScope: boolean;
  /** Revenue in the base year (or in its first year, for a firm entering later). */
  revenue: UncertainValue;
  tags: string[];
  /** The year it entered (its park or the city); null when long established. */
  entered: number | null;
  supporting: boolean;
  profile: FirmProfile;
  source?: SourceRef;
  line: number;
}

/** A generated group of unnamed firms of one sector. */
export interface FirmGroup {
  id: string;
  names: Names;
  sector: string;
  inScope: boolean;
  /** How many firms (drawn per sample, rounded). */
  count: UncertainValue;
  /** Base-year revenue of each firm (a distribution across firms). */
  revenue: UncertainValue;
  tags: string[];
  profile: FirmProfile;
  line: number;
}

/** New firms entering each year (projects attracted, 招商引资). */
export interface EntryCohort {
  id: string;
  names: Names;
  sector: string;
  inScope: boolean;
  /** New firms per year (drawn per sample and year, rounded). */
  perYear: UncertainValue;
  from: number;
  to: number;
  /** First-year revenue of each entrant. */
  revenue: UncertainValue;
  /** Probability that an entrant is a supporting project (配套项目) with its own legal entity. */
  supporting: UncertainValue;
  tags: string[];
  profile: FirmProfile;
  line: number;
}

/** A certification or listing that may happen to a firm or an organisation in a year. */
export interface FirmEvent {
  id: string;
  names: Names;
  /** An organisation type, or null for firms. */
  recipients: string | null;
  eligible: Condition[];
  /** Probability per eligible recipient and year. */
  probability: UncertainValue;
  /** At most once per recipient (首次). */
  once: boolean;
  /** The cost of what is certified (a centre's construction), when an award is a share of it. */
  cost?: UncertainValue;
  line: number;
}

/** Recipients that are not firms: parks, associations, colleges. */
export interface OrganisationType {
  id: string;
  names: Names;
  count: UncertainValue;
  /** Probability that one is active in a year (runs the activities a grant pays for). */
  active: UncertainValue;
  line: number;
}

export interface Firms {
  /** Money unit of revenues, investments and awards (default 万元). */
  unit: Unit;
  /** Above-scale (规上) threshold of annual revenue, in `unit`. */
  threshold: number;
  thresholdText: string;
  /** The city's average revenue growth (全市平均水平), drawn each year; needed by `growth: { above: city_average }`. */
  cityAverageGrowth?: UncertainValue;
  /** The scenario quantities the population's above-scale count and revenue stand for. */
  aggregates: { count?: string; revenue?: string };
  sectors: Map<string, FirmSector>;
  named: NamedFirm[];
  generated: FirmGroup[];
  entry: EntryCohort[];
  events: Map<string, FirmEvent>;
  organisations: Map<string, OrganisationType>;
  line: number;
}

/** A certification, listing or other event in a recipient's history. */
export interface EventOccurrence {
  event: string;
  year: number;
  /** The event's cost (0 when the event states none). */
  cost: number;
}

/**
 * One firm's simulated (or hand-written) history: what every rule reads.
 * Arrays are indexed by year from `firstYear`; revenue is NaN in years
 * before the firm existed.
 */
export interface FirmHistory {
  id: string;
  sector: string;
  tags: readonly string[];
  inScope: boolean;
  inPark: boolean;
  supporting: boolean;
  /** The year it entered (first year of revenue, start of a park tenancy); null when established before the history. */
  entry: number | null;
  firstYear: number;
  revenue: ArrayLike<number>;
  /** Investment (projects) per year, land included. */
  investment: ArrayLike<number>;
  /** The land part of each year's investment. */
  land: ArrayLike<number>;
  rent: ArrayLike<number>;
  rd: ArrayLike<number>;
  events: readonly EventOccurrence[];
}

/** An organisation's history: the years it is active, and its events. */
export interface OrganisationHistory {
  id: string;
  /** Its organisation type (the `recipients` of instruments that pay it). */
  type: string;
  firstYear: number;
  /** 1 in years it is active, else 0. */
  active: ArrayLike<number>;
  events: readonly EventOccurrence[];
}
