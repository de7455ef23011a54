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

import { capScope, INVALID } from "../../i18n/text/loader.js";
import { suggest } from "../../messages.js";
import { point, type UncertainValue } from "../../model/distribution.js";
import type { Firms } from "../../model/firm.js";
import type { Caps, Instrument } from "../../model/instrument.js";
import { type MagnitudeContext, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { InstrumentFile, ScenarioFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import type { NormaliseContext } from "./context.js";
import { type EligibilityEnv, readEligibility } from "./firms-eligibility.js";
import { names } from "./firms-reader.js";
import { readInstrumentType } from "./instrument-types.js";
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
  const firstLine = new Map<string, number>();
  const out: Instrument[] = [];

  list.forEach((def, i) => {
    const inst = readInstrument({ ctx, file, firms, money, env, orgIds, firstLine }, def, ["instruments", i]);
    if (inst) out.push(inst);
  });
  return out;
}

/** What reading each instrument shares. */
interface InstrumentsReader {
  ctx: NormaliseContext;
  file: ScenarioFile;
  firms: Firms;
  money: MagnitudeContext;
  env: (recipients: string | null) => EligibilityEnv;
  orgIds: string[];
  /** id → line, for E_DUPLICATE_POLICY_ID. */
  firstLine: Map<string, number>;
}

/** One instrument: recipients, eligibility, caps, years, take-up and payout, then its type's fields. */
function readInstrument(r: InstrumentsReader, def: InstrumentFile, path: Path): Instrument | undefined {
  const { ctx, file, firms, money, env, orgIds, firstLine } = r;
  let ok = true;
  const first = firstLine.get(def.id);
  if (first !== undefined) {
    ctx.report("E_DUPLICATE_POLICY_ID", { kind: "instrument", id: def.id, first }, [...path, "id"]);
    return undefined;
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
      return undefined;
    }
    recipients = rawRecipients;
  }
  const eligible = readEligibility(ctx, def.eligible, [...path, "eligible"], env(recipients));
  if (!eligible) ok = false;
  const caps = readCaps(ctx, money, def.cap, [...path, "cap"]);
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
  const inst = readInstrumentType({ ctx, firms, money, recipients, common }, def, path);
  if (!inst || !ok) return undefined;
  const src = ctx.sourceOf(def.source);
  if (src) inst.source = src;
  if (def.note !== undefined) inst.note = def.note;
  return inst;
}

/** `cap:` — per firm, per year, cumulative; each one non-negative number. */
function readCaps(
  c: NormaliseContext,
  money: MagnitudeContext,
  raw: InstrumentFile["cap"],
  path: Path,
): Caps | undefined {
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
      c.report("E_CAP_NEGATIVE", { scope: capScope(key), text: String(v) }, p);
      ok = false;
      continue;
    }
    if (m.low !== m.high) {
      c.report("E_INVALID_VALUE", { detail: INVALID.oneNumber(INVALID.cap) }, p);
      ok = false;
      continue;
    }
    caps[field] = m.low;
  }
  return ok ? caps : undefined;
}
