/**
 * What every rule reads from a firm's (or an organisation's) history: an
 * attribute in a year, the eligibility conditions, and the years of the
 * context. Pure functions; histories may be simulated or written by hand
 * (`firmHistory`).
 */
import type {
  Condition,
  FirmHistory,
  FlagAttribute,
  NumericAttribute,
  OrganisationHistory,
} from "../../model/firm.js";

/** A recipient of an instrument: a firm or an organisation. */
export type Recipient = FirmHistory | OrganisationHistory;

/** The years and city-wide values rules are evaluated against. */
export interface PolicyContext {
  /** The year of index 0 of histories and outlays. */
  firstYear: number;
  /** Years held. */
  nYears: number;
  /** The scenario's base year (firms entering after it are entrants). */
  baseYear: number;
  /** Above-scale (规上) revenue threshold. */
  threshold: number;
  /** The city's average revenue growth by year index (NaN where unknown). */
  cityAverageGrowth: ArrayLike<number>;
}

export function isFirm(h: Recipient): h is FirmHistory {
  return "revenue" in h;
}

/**
 * A numeric attribute of a firm in year index `i`: money in the firms'
 * unit, `growth` as a fraction (NaN without a previous year), `event_cost`
 * the cost of the event being paid (NaN otherwise). Organisations have only
 * `event_cost`.
 *
 * @example
 * // revenue 8000 then 32000 (万元): growth in year 1 = 32000 / 8000 − 1 = 3
 * attributeAt(firmHistory({ firstYear: 2022, revenue: [8000, 32000] }), "growth", 1) // 3
 */
export function attributeAt(h: Recipient, a: NumericAttribute, i: number, eventCost = Number.NaN): number {
  if (a === "event_cost") return eventCost;
  if (!isFirm(h)) return Number.NaN;
  switch (a) {
    case "revenue":
      return h.revenue[i] ?? Number.NaN;
    case "growth": {
      const prev = i > 0 ? (h.revenue[i - 1] ?? Number.NaN) : Number.NaN;
      const r = h.revenue[i] ?? Number.NaN;
      return prev > 0 ? r / prev - 1 : Number.NaN;
    }
    case "investment":
      return h.investment[i] ?? 0;
    case "land":
      return h.land[i] ?? 0;
    case "rent":
      return h.rent[i] ?? 0;
    case "rd":
      return h.rd[i] ?? 0;
  }
}

/** A true/false attribute of a firm in year index `i`. */
export function flagAt(h: FirmHistory, a: FlagAttribute, ctx: PolicyContext, i: number): boolean {
  switch (a) {
    case "in_park":
      return h.inPark;
    case "entrant":
      return h.entry !== null && h.entry > ctx.baseYear;
    case "entry_year":
      return h.entry === ctx.firstYear + i;
    case "supporting":
      return h.supporting;
    case "above_scale":
      return (h.revenue[i] ?? Number.NaN) >= ctx.threshold;
    case "in_scope":
      return h.inScope;
  }
}

/**
 * Whether a condition holds for a firm in year index `i`. Comparisons with
 * an unknown value (NaN) fail. `first_above`: above the value in year i and
 * not above it in any earlier known year.
 *
 * @example
 * // 2000万 crossed in 2023 for the first time (1500 → 2600)
 * holds({ kind: "compare", attribute: "revenue", op: "first_above", value: 2000, line: 0 }, h, ctx, 1) // true
 */
export function holds(
  c: Condition,
  h: Recipient,
  ctx: PolicyContext,
  i: number,
  eventCost?: number,
): boolean {
  if (!isFirm(h))
    return c.kind === "compare" && c.attribute === "event_cost" ? compare(c, h, ctx, i, eventCost) : false;
  switch (c.kind) {
    case "set":
      return c.attribute === "sector"
        ? c.values.includes(h.sector)
        : c.values.some((t) => h.tags.includes(t));
    case "flag":
      return flagAt(h, c.attribute, ctx, i) === c.value;
    case "compare":
      return compare(c, h, ctx, i, eventCost);
  }
}

function compare(
  c: Extract<Condition, { kind: "compare" }>,
  h: Recipient,
  ctx: PolicyContext,
  i: number,
  eventCost?: number,
): boolean {
  const x = attributeAt(h, c.attribute, i, eventCost);
  const v = c.value === "city_average" ? (ctx.cityAverageGrowth[i] ?? Number.NaN) : c.value;
  switch (c.op) {
    case "at_least":
      return x >= v;
    case "above":
      return x > v;
    case "at_most":
      return x <= v;
    case "below":
      return x < v;
    case "first_above": {
      if (!(x > v)) return false;
      for (let j = 0; j < i; j++) if (attributeAt(h, c.attribute, j, eventCost) > v) return false;
      return true;
    }
  }
}

/** Whether every condition holds in year index `i`. */
export function eligibleAt(
  conditions: readonly Condition[],
  h: Recipient,
  ctx: PolicyContext,
  i: number,
  eventCost?: number,
): boolean {
  for (const c of conditions) if (!holds(c, h, ctx, i, eventCost)) return false;
  return true;
}

/** Whether the recipient exists in year index `i` (a firm has revenue; an organisation is active). */
export function existsAt(h: Recipient, i: number): boolean {
  if (isFirm(h)) return Number.isFinite(h.revenue[i] ?? Number.NaN);
  return (h.active[i] ?? 0) > 0;
}

/**
 * A firm history from plain lists, with defaults (an established firm in
 * scope, outside parks, no investment, rent, R&D or events). For tests and
 * hand-worked examples.
 *
 * @example
 * firmHistory({ firstYear: 2022, revenue: [8000, 32000], sector: "electronics" })
 */
export function firmHistory(
  p: Partial<FirmHistory> & { firstYear: number; revenue: ArrayLike<number> },
): FirmHistory {
  const n = p.revenue.length;
  const zeros = () => new Array<number>(n).fill(0);
  return {
    id: p.id ?? "firm",
    sector: p.sector ?? "electronics",
    tags: p.tags ?? [],
    inScope: p.inScope ?? true,
    inPark: p.inPark ?? false,
    supporting: p.supporting ?? false,
    entry: p.entry ?? null,
    firstYear: p.firstYear,
    revenue: p.revenue,
    investment: p.investment ?? zeros(),
    land: p.land ?? zeros(),
    rent: p.rent ?? zeros(),
    rd: p.rd ?? zeros(),
    events: p.events ?? [],
  };
}

/**
 * A context for hand-worked histories: years from `firstYear`, base year
 * `firstYear`, threshold 2000 (万元), and a constant city average growth.
 *
 * @example
 * policyContext({ firstYear: 2022, nYears: 4, cityAverageGrowth: 0.08 })
 */
export function policyContext(p: {
  firstYear: number;
  nYears: number;
  baseYear?: number;
  threshold?: number;
  cityAverageGrowth?: number | ArrayLike<number>;
}): PolicyContext {
  const g = p.cityAverageGrowth ?? Number.NaN;
  return {
    firstYear: p.firstYear,
    nYears: p.nYears,
    baseYear: p.baseYear ?? p.firstYear,
    threshold: p.threshold ?? 2000,
    cityAverageGrowth: typeof g === "number" ? new Array<number>(p.nYears).fill(g) : g,
  };
}
