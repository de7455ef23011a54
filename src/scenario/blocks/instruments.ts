/**
 * `instruments:` — subsidy and award rules as data, in five generic types
 * (see `model/instrument.ts`), checked against the firm population of
 * `firms:`: attributes exist (did-you-mean), events and organisation types
 * exist and match the instrument's recipients, caps are not negative, ladder
 * thresholds increase.
 *
 * ```yaml
 * instruments:
 *   - id: lc-investment-subsidy
 *     type: rate_with_cap
 *     rate: 10%
 *     base: investment
 *     exclude: [land]                       # 不含土地
 *     eligible: { investment: { at_least: 5000万 } }
 *     cap: { cumulative: 1000万 }            # 每个企业最高1000万元
 *     source: { doc: lc-it, clause: 三(三) }
 * ```
 */
import { suggest } from "../../messages.js";
import { point, type UncertainValue } from "../../model/distribution.js";
import { FIRM_ATTRIBUTES, type Firms, type NumericAttribute } from "../../model/firm.js";
import type { Caps, Instrument, SameYear } from "../../model/instrument.js";
import { type MagnitudeContext, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { InstrumentFile, ScenarioFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import type { NormaliseContext } from "./context.js";
import { type EligibilityEnv, isAmountAttribute, names, readEligibility } from "./firms.js";
import { YEAR_RANGE } from "./settings.js";

const CAP_SCOPES = [
  ["per_firm", "perFirm"],
  ["per_year", "perYear"],
  ["cumulative", "cumulative"],
] as const;

/**
 * Read `instruments:` against the firms read by `readFirms`, or undefined
 * when the file has none.
 *
 * @example
 * readInstruments(ctx, file, firms)
 * // [{ id: "lc-investment-subsidy", type: "rate_with_cap", rate: 0.1, base: "investment", exclude: ["land"], … }]
 */
export function readInstruments(
  ctx: NormaliseContext,
  file: ScenarioFile,
  firms: Firms | undefined,
): Instrument[] | undefined {
  const list = file.instruments;
  if (list === undefined) return undefined;
  if (!firms) {
    if (file.firms === undefined) ctx.report("E_INSTRUMENTS_WITHOUT_FIRMS", {}, ["instruments"], true);
    return undefined;
  }
  const money: MagnitudeContext = { kind: "amount", unit: firms.unit };
  const tags = new Set<string>();
  for (const f of firms.named) for (const t of f.tags) tags.add(t);
  for (const g of firms.generated) for (const t of g.tags) tags.add(t);
  for (const c of firms.entry) for (const t of c.tags) tags.add(t);
  const env = (recipients: string | null): EligibilityEnv => ({
    unit: firms.unit,
    sectors: [...firms.sectors.keys()],
    tags,
    recipients,
    cityAverage: firms.cityAverageGrowth !== undefined,
  });
  const orgIds = [...firms.organisations.keys()];
  const eventIds = [...firms.events.keys()];
  const firstLine = new Map<string, number>();
  const out: Instrument[] = [];

  list.forEach((def, i) => {
    const path: Path = ["instruments", i];
    let ok = true;
    const first = firstLine.get(def.id);
    if (first !== undefined) {
      ctx.report("E_DUPLICATE_POLICY_ID", { kind: "instrument", id: def.id, first }, [...path, "id"]);
      return;
    }
    firstLine.set(def.id, ctx.lineOf(path));

    // recipients: firms, or an organisation type
    const rawRecipients = "recipients" in def ? def.recipients : undefined;
    let recipients: string | null = null;
    if (rawRecipients !== undefined) {
      if (!orgIds.includes(rawRecipients)) {
        ctx.report(
          "E_FIRMS_UNKNOWN_REFERENCE",
          {
            kind: "organisation type",
            name: rawRecipients,
            suggestion: suggest(rawRecipients, orgIds),
            table: "organisations",
          },
          [...path, "recipients"],
        );
        return;
      }
      recipients = rawRecipients;
    }
    const eligible = readEligibility(ctx, def.eligible, [...path, "eligible"], env(recipients));
    if (!eligible) ok = false;
    const caps = readCaps(ctx, def.cap, [...path, "cap"]);
    if (!caps) ok = false;
    const years = { from: file.base_year + 1, to: file.horizon };
    if (def.years) {
      const yp: Path = [...path, "years"];
      for (const k of ["from", "to"] as const) {
        const y = def.years[k];
        if (y < YEAR_RANGE.min || y > YEAR_RANGE.max) {
          ctx.report("E_YEAR_RANGE", { year: y, ...YEAR_RANGE }, [...yp, k]);
          ok = false;
        }
      }
      if (def.years.to < def.years.from) {
        ctx.report("E_PERIOD_ORDER", { from: def.years.from, to: def.years.to }, yp);
        ok = false;
      }
      years.from = def.years.from;
      years.to = def.years.to;
    }
    const share = (v: unknown, key: string): UncertainValue | undefined =>
      v === undefined
        ? point(1)
        : ctx.attempt([...path, key], () => readUncertain(v, { kind: "share" }, ctx.lineOf([...path, key])));
    const takeUp = share(def.take_up, "take_up");
    const payout = share(def.payout, "payout");
    const amount = (v: unknown, p: Path): number | undefined => {
      const m = ctx.attempt(p, () => parseMagnitude(v, money));
      if (m && m.low !== m.high) {
        ctx.report("E_INVALID_VALUE", { detail: "an award is one number (the maximum), not a range" }, p);
        return undefined;
      }
      return m?.low;
    };
    /** An attribute that is an amount of money (base, exclusions). */
    const amountAttribute = (a: string, p: Path): NumericAttribute | undefined => {
      if (!(FIRM_ATTRIBUTES as readonly string[]).includes(a)) {
        ctx.report(
          "E_UNKNOWN_FIRM_ATTRIBUTE",
          { attribute: a, suggestion: suggest(a, FIRM_ATTRIBUTES), known: [...FIRM_ATTRIBUTES] },
          p,
        );
        return undefined;
      }
      if (!isAmountAttribute(a)) {
        ctx.report("E_BASE_NOT_AMOUNT", { attribute: a }, p);
        return undefined;
      }
      if (recipients !== null && a !== "event_cost") {
        ctx.report("E_RECIPIENT_ATTRIBUTE", { recipients, attribute: a }, p);
        return undefined;
      }
      return a;
    };
    /** An event that exists and happens to the instrument's recipients. */
    const eventOk = (name: string, p: Path): boolean => {
      const ev = firms.events.get(name);
      if (!ev) {
        ctx.report(
          "E_FIRMS_UNKNOWN_REFERENCE",
          { kind: "event", name, suggestion: suggest(name, eventIds), table: "events" },
          p,
        );
        return false;
      }
      if (ev.recipients !== recipients) {
        ctx.report(
          "E_EVENT_RECIPIENTS",
          { event: name, happensTo: ev.recipients ?? "firms", pays: recipients ?? "firms" },
          p,
        );
        return false;
      }
      return true;
    };

    const common = {
      id: def.id,
      names: names(def.name),
      recipients,
      eligible: eligible ?? [],
      caps: caps ?? {},
      years,
      takeUp: takeUp ?? point(1),
      payout: payout ?? point(1),
      line: ctx.lineOf(path),
    };
    if (!takeUp || !payout) ok = false;
    const inst = readType(def, path);
    if (!inst || !ok) return;
    const src = ctx.sourceOf(def.source);
    if (src) inst.source = src;
    if (def.note !== undefined) inst.note = def.note;
    out.push(inst);

    function readType(d: InstrumentFile, p: Path): Instrument | undefined {
      switch (d.type) {
        case "rate_with_cap": {
          const rm = ctx.attempt([...p, "rate"], () => parseMagnitude(d.rate, { kind: "rate" }));
          let rate: number | undefined;
          if (rm) {
            if (rm.low < 0)
              ctx.report("E_NEGATIVE", { what: "a rate", text: String(d.rate) }, [...p, "rate"]);
            else if (rm.low !== rm.high)
              ctx.report("E_INVALID_VALUE", { detail: "a rate is one number (the maximum), not a range" }, [
                ...p,
                "rate",
              ]);
            else rate = rm.low;
          }
          const base = amountAttribute(d.base, [...p, "base"]);
          const exclude = (d.exclude ?? []).map((a, k) => amountAttribute(a, [...p, "exclude", k]));
          let event: string | null = null;
          if (d.event !== undefined) {
            if (!eventOk(d.event, [...p, "event"])) return undefined;
            event = d.event;
          }
          const usesCost = d.base === "event_cost" || (d.exclude ?? []).includes("event_cost");
          if (usesCost && event === null) {
            ctx.report("E_EVENT_COST_WITHOUT_EVENT", {}, [...p, "base"]);
            return undefined;
          }
          if (recipients !== null && event === null) {
            ctx.report("E_RECIPIENT_ATTRIBUTE", { recipients, attribute: d.base }, [...p, "base"]);
            return undefined;
          }
          if (rate === undefined || !base || exclude.some((x) => x === undefined)) return undefined;
          return {
            ...common,
            type: "rate_with_cap",
            rate,
            base,
            exclude: exclude as NumericAttribute[],
            event,
          };
        }
        case "milestone_ladder": {
          const thresholds: Array<{ revenue: number; award: number; text: string }> = [];
          let good = true;
          d.thresholds.forEach((t, k) => {
            const tp: Path = [...p, "thresholds", k];
            const revenue = amount(t.revenue, [...tp, "revenue"]);
            const award = amount(t.award, [...tp, "award"]);
            if (revenue === undefined || award === undefined) {
              good = false;
              return;
            }
            const prev = thresholds[thresholds.length - 1];
            if (prev && !(revenue > prev.revenue)) {
              ctx.report("E_LADDER_ORDER", { index: k + 1, text: String(t.revenue), previous: prev.text }, [
                ...tp,
                "revenue",
              ]);
              good = false;
            }
            thresholds.push({ revenue, award, text: String(t.revenue) });
          });
          if (!good) return undefined;
          return {
            ...common,
            type: "milestone_ladder",
            thresholds,
            sameYear: (d.same_year ?? "all") as SameYear,
            revenueYear: d.revenue_year ?? "previous",
          };
        }
        case "tapering": {
          const base = amountAttribute(d.base, [...p, "base"]);
          const exclude = (d.exclude ?? []).map((a, k) => amountAttribute(a, [...p, "exclude", k]));
          if (d.base === "event_cost") {
            ctx.report("E_EVENT_COST_WITHOUT_EVENT", {}, [...p, "base"]);
            return undefined;
          }
          const rates = d.rates.map((r, k) =>
            ctx.attempt([...p, "rates", k], () => parseMagnitude(r, { kind: "share" }).low),
          );
          if (!base || exclude.some((x) => x === undefined) || rates.some((r) => r === undefined))
            return undefined;
          return {
            ...common,
            type: "tapering",
            base,
            exclude: exclude as NumericAttribute[],
            rates: rates as number[],
          };
        }
        case "event_award": {
          const awards: Array<{ event: string; award: number }> = [];
          let good = true;
          d.awards.forEach((a, k) => {
            const ap: Path = [...p, "awards", k];
            const award = amount(a.award, [...ap, "award"]);
            if (!eventOk(a.event, [...ap, "event"]) || award === undefined) {
              good = false;
              return;
            }
            awards.push({ event: a.event, award });
          });
          return good ? { ...common, type: "event_award", awards } : undefined;
        }
        case "grant": {
          const a = amount(d.amount, [...p, "amount"]);
          return a === undefined ? undefined : { ...common, type: "grant", amount: a };
        }
      }
    }
  });
  return out;

  function readCaps(c: NormaliseContext, raw: InstrumentFile["cap"], path: Path): Caps | undefined {
    const caps: Caps = {};
    let ok = true;
    for (const [key, field] of CAP_SCOPES) {
      const v = raw?.[key];
      if (v === undefined) continue;
      const p: Path = [...path, key];
      const m = c.attempt(p, () => parseMagnitude(v, { ...money, allowNegative: true }));
      if (!m) {
        ok = false;
        continue;
      }
      if (m.low < 0) {
        c.report("E_CAP_NEGATIVE", { scope: key, text: String(v) }, p);
        ok = false;
        continue;
      }
      if (m.low !== m.high) {
        c.report("E_INVALID_VALUE", { detail: "a cap is one number, not a range" }, p);
        ok = false;
        continue;
      }
      caps[field] = m.low;
    }
    return ok ? caps : undefined;
  }
}
