/**
 * The five instrument types of `instruments:` (see `instruments.ts` for what
 * they share): each read from its own fields, with every problem positioned.
 */

import { INVALID, NEGATIVE, recipients } from "../../i18n/text/loader.js";
import { suggest } from "../../messages.js";
import { FIRM_ATTRIBUTES, type Firms, type NumericAttribute } from "../../model/firm.js";
import type { Instrument, SameYear } from "../../model/instrument.js";
import { type MagnitudeContext, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { InstrumentFile } from "../schema.js";
import type { NormaliseContext } from "./context.js";
import { isAmountAttribute } from "./firms-eligibility.js";

/** What reading one instrument's type needs: its recipients and the fields every type shares. */
export interface InstrumentScope {
  ctx: NormaliseContext;
  firms: Firms;
  money: MagnitudeContext;
  /** An organisation type, or null for firms. */
  recipients: string | null;
  common: Omit<Extract<Instrument, { type: "grant" }>, "type" | "amount">;
}

/**
 * Read an instrument's type-specific fields; undefined when a problem was reported.
 *
 * @example
 * readInstrumentType(scope, { type: "grant", amount: "50万", … }, path) // { ...common, type: "grant", amount: 50 }
 */
export function readInstrumentType(s: InstrumentScope, d: InstrumentFile, p: Path): Instrument | undefined {
  switch (d.type) {
    case "rate_with_cap":
      return readRateWithCap(s, d, p);
    case "milestone_ladder":
      return readMilestoneLadder(s, d, p);
    case "tapering":
      return readTapering(s, d, p);
    case "event_award":
      return readEventAward(s, d, p);
    case "grant":
      return readGrant(s, d, p);
  }
}

/** `rate_with_cap`: a share of an amount (investment, rent, R&D, an event's cost), up to the caps. */
function readRateWithCap(
  s: InstrumentScope,
  d: Extract<InstrumentFile, { type: "rate_with_cap" }>,
  p: Path,
): Instrument | undefined {
  const rm = s.ctx.attempt([...p, "rate"], () => parseMagnitude(d.rate, { kind: "rate" }));
  let rate: number | undefined;
  if (rm) {
    if (rm.low < 0) s.ctx.report("E_NEGATIVE", { what: NEGATIVE.rate, text: String(d.rate) }, [...p, "rate"]);
    else if (rm.low !== rm.high)
      s.ctx.report("E_INVALID_VALUE", { detail: INVALID.oneNumber(INVALID.rateMax) }, [...p, "rate"]);
    else rate = rm.low;
  }
  const base = amountAttribute(s, d.base, [...p, "base"]);
  const exclude = (d.exclude ?? []).map((a, k) => amountAttribute(s, a, [...p, "exclude", k]));
  let event: string | null = null;
  if (d.event !== undefined) {
    if (!eventOk(s, d.event, [...p, "event"])) return undefined;
    event = d.event;
  }
  const usesCost = d.base === "event_cost" || (d.exclude ?? []).includes("event_cost");
  if (usesCost && event === null) {
    s.ctx.report("E_EVENT_COST_WITHOUT_EVENT", {}, [...p, "base"]);
    return undefined;
  }
  if (s.recipients !== null && event === null) {
    s.ctx.report("E_RECIPIENT_ATTRIBUTE", { recipients: s.recipients, attribute: d.base }, [...p, "base"]);
    return undefined;
  }
  if (rate === undefined || !base || exclude.some((x) => x === undefined)) return undefined;
  return {
    ...s.common,
    type: "rate_with_cap",
    rate,
    base,
    exclude: exclude as NumericAttribute[],
    event,
  };
}

/** `milestone_ladder`: an award when revenue first passes each threshold. */
function readMilestoneLadder(
  s: InstrumentScope,
  d: Extract<InstrumentFile, { type: "milestone_ladder" }>,
  p: Path,
): Instrument | undefined {
  const thresholds: Array<{ revenue: number; award: number; text: string }> = [];
  let good = true;
  d.thresholds.forEach((t, k) => {
    const tp: Path = [...p, "thresholds", k];
    const revenue = amount(s, t.revenue, [...tp, "revenue"]);
    const award = amount(s, t.award, [...tp, "award"]);
    if (revenue === undefined || award === undefined) {
      good = false;
      return;
    }
    const prev = thresholds[thresholds.length - 1];
    if (prev && !(revenue > prev.revenue)) {
      s.ctx.report("E_LADDER_ORDER", { index: k + 1, text: String(t.revenue), previous: prev.text }, [
        ...tp,
        "revenue",
      ]);
      good = false;
    }
    thresholds.push({ revenue, award, text: String(t.revenue) });
  });
  if (!good) return undefined;
  return {
    ...s.common,
    type: "milestone_ladder",
    thresholds,
    sameYear: (d.same_year ?? "all") as SameYear,
    revenueYear: d.revenue_year ?? "previous",
  };
}

/** `tapering`: a share of an amount that falls year by year (rent: 100%, 50%, 30%). */
function readTapering(
  s: InstrumentScope,
  d: Extract<InstrumentFile, { type: "tapering" }>,
  p: Path,
): Instrument | undefined {
  const base = amountAttribute(s, d.base, [...p, "base"]);
  const exclude = (d.exclude ?? []).map((a, k) => amountAttribute(s, a, [...p, "exclude", k]));
  if (d.base === "event_cost") {
    s.ctx.report("E_EVENT_COST_WITHOUT_EVENT", {}, [...p, "base"]);
    return undefined;
  }
  const rates = d.rates.map((r, k) =>
    s.ctx.attempt([...p, "rates", k], () => parseMagnitude(r, { kind: "share" }).low),
  );
  if (!base || exclude.some((x) => x === undefined) || rates.some((r) => r === undefined)) return undefined;
  return {
    ...s.common,
    type: "tapering",
    base,
    exclude: exclude as NumericAttribute[],
    rates: rates as number[],
  };
}

/** `event_award`: a fixed award per event (a certification, a listing). */
function readEventAward(
  s: InstrumentScope,
  d: Extract<InstrumentFile, { type: "event_award" }>,
  p: Path,
): Instrument | undefined {
  const awards: Array<{ event: string; award: number }> = [];
  let good = true;
  d.awards.forEach((a, k) => {
    const ap: Path = [...p, "awards", k];
    const award = amount(s, a.award, [...ap, "award"]);
    if (!eventOk(s, a.event, [...ap, "event"]) || award === undefined) {
      good = false;
      return;
    }
    awards.push({ event: a.event, award });
  });
  return good ? { ...s.common, type: "event_award", awards } : undefined;
}

/** `grant`: a fixed amount to each active recipient each year. */
function readGrant(
  s: InstrumentScope,
  d: Extract<InstrumentFile, { type: "grant" }>,
  p: Path,
): Instrument | undefined {
  const a = amount(s, d.amount, [...p, "amount"]);
  return a === undefined ? undefined : { ...s.common, type: "grant", amount: a };
}

/** An amount of money that is one number (an award, a threshold). */
function amount(s: InstrumentScope, v: unknown, p: Path): number | undefined {
  const m = s.ctx.attempt(p, () => parseMagnitude(v, s.money));
  if (m && m.low !== m.high) {
    s.ctx.report("E_INVALID_VALUE", { detail: INVALID.oneNumber(INVALID.awardMax) }, p);
    return undefined;
  }
  return m?.low;
}
/** An attribute that is an amount of money (base, exclusions). */
function amountAttribute(s: InstrumentScope, a: string, p: Path): NumericAttribute | undefined {
  if (!(FIRM_ATTRIBUTES as readonly string[]).includes(a)) {
    s.ctx.report(
      "E_UNKNOWN_FIRM_ATTRIBUTE",
      { attribute: a, suggestion: suggest(a, FIRM_ATTRIBUTES), known: [...FIRM_ATTRIBUTES] },
      p,
    );
    return undefined;
  }
  if (!isAmountAttribute(a)) {
    s.ctx.report("E_BASE_NOT_AMOUNT", { attribute: a }, p);
    return undefined;
  }
  if (s.recipients !== null && a !== "event_cost") {
    s.ctx.report("E_RECIPIENT_ATTRIBUTE", { recipients: s.recipients, attribute: a }, p);
    return undefined;
  }
  return a;
}
/** An event that exists and happens to the instrument's recipients. */
function eventOk(s: InstrumentScope, name: string, p: Path): boolean {
  const ev = s.firms.events.get(name);
  if (!ev) {
    s.ctx.report(
      "E_FIRMS_UNKNOWN_REFERENCE",
      { kind: "event", name, suggestion: suggest(name, [...s.firms.events.keys()]), table: "events" },
      p,
    );
    return false;
  }
  if (ev.recipients !== s.recipients) {
    s.ctx.report(
      "E_EVENT_RECIPIENTS",
      {
        event: name,
        happensTo: recipients(ev.recipients ?? "firms"),
        pays: recipients(s.recipients ?? "firms"),
      },
      p,
    );
    return false;
  }
  return true;
}
