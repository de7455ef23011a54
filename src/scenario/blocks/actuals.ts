/**
 * `actuals:` of a sector or indicator — published outcomes by year, as the
 * documents print them, with what the publication leaves open:
 *
 * ```yaml
 * actuals:
 *   2021: 12000以上                                   # a floor, held at the floor
 *   2022: 20000~22500                                 # a range: drawn uniformly
 *   2024: { value: 20000以上, spread: 0%~12.5% }      # a floor with a stated spread above it
 *   2023: { value: 9730, through: 2023-06, share_of_year: 45%~50% }  # partial year, annualised
 *   2023: { value: 20000以上, publisher: 省工信厅, published: 2024-02-28, scope_break: true }
 * ```
 *
 * The full-year value a simulation starts from is drawn from `uncertain`
 * (docs/actuals.md); deterministic runs use its centre.
 */

import { EXPECTED, same } from "../../i18n/text/loader.js";
import type { UncertainValue } from "../../model/distribution.js";
import { publishedBy } from "../../model/published.js";
import type { Actual, Quantity } from "../../model/quantity.js";
import { convert } from "../../model/units.js";
import { type Magnitude, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import { annualise } from "./actuals-annualise.js";
import type { NormaliseContext } from "./context.js";
import { amountContext, type QuantityTable } from "./quantities.js";
import { checkRatioRange } from "./ratio-range.js";
import { checkYear } from "./settings.js";

/** An actual as written in the file (a magnitude, or the object form). */
type ActualFile =
  | string
  | number
  | {
      value: string | number;
      spread?: string | number;
      through?: string;
      share_of_year?: string | number;
      publisher?: string;
      published?: string;
      scope_break?: boolean;
      note?: string;
    };

export { publishedBy };

/** Options of the loader that act on actuals. */
export interface ActualsOptions {
  /** Ignore actuals published after this date (YYYY-MM or YYYY-MM-DD); see `publishedBy`. */
  asOf?: string;
}

/** `actuals:` — published figures by year, sorted by year. */
export function readActuals(
  ctx: NormaliseContext,
  table: QuantityTable,
  q: Quantity,
  opts: ActualsOptions = {},
): void {
  const { path, def } = table.raw.get(q.id)!;
  for (const [y, raw] of Object.entries((def.actuals ?? {}) as Record<string, ActualFile>)) {
    const ap: Path = [...path, "actuals", y];
    const year = Number(y);
    if (!Number.isInteger(year)) {
      ctx.report("E_WRONG_TYPE", { expected: EXPECTED.year, found: same(`"${y}"`) }, ap, true);
      continue;
    }
    if (!checkYear(ctx, year, ap)) continue;
    const a = readActual(ctx, table, q, year, raw, ap);
    if (!a) continue;
    if (opts.asOf !== undefined && !publishedBy(a, opts.asOf)) continue;
    q.actuals.push(a);
  }
  q.actuals.sort((a, b) => a.year - b.year);
}

function readActual(
  ctx: NormaliseContext,
  table: QuantityTable,
  q: Quantity,
  year: number,
  raw: ActualFile,
  ap: Path,
): Actual | undefined {
  const obj = typeof raw === "object" && raw !== null ? raw : undefined;
  const vp: Path = obj ? [...ap, "value"] : ap;
  const m = amountContext(table, q);
  const mag = ctx.attempt(vp, () => parseMagnitude(obj ? obj.value : raw, m));
  if (!mag) return undefined;
  const toQ = (x: number) => convert(x, m.unit!, q.unit);
  const range = spreadRange(ctx, mag, obj?.spread, [...ap, "spread"]);
  if (!range) return undefined;
  const [low, high] = [toQ(range[0]), toQ(range[1])];
  const line = ctx.lineOf(ap);
  const text = String(obj ? obj.value : raw);
  let uncertain: UncertainValue | undefined;
  let through: Actual["through"];
  if (obj?.through !== undefined) {
    const t = readThrough(ctx, year, obj, ap);
    if (!t) return undefined;
    uncertain = annualise(low, high, t.share.low, t.share.high, `${text} through ${obj.through}`, line);
    through = { year, month: t.month, published: (low + high) / 2, shareOfYear: t.share };
  } else if (low !== high) {
    uncertain = {
      dist: { type: "uniform", min: low, max: high },
      central: (low + high) / 2,
      low,
      high,
      text,
      line,
    };
  }
  const value = uncertain ? uncertain.central : low;
  if (!checkRatioRange(ctx, q, uncertain ?? value, text, vp)) return undefined;
  const a: Actual = { year, value, text, line };
  if (mag.qualifier) a.qualifier = mag.qualifier;
  if (uncertain) a.uncertain = uncertain;
  if (through) a.through = through;
  if (obj?.publisher !== undefined) a.publisher = obj.publisher;
  if (obj?.published !== undefined) a.published = obj.published;
  if (obj?.scope_break === true) a.scopeBreak = true;
  if (obj?.note !== undefined) a.note = obj.note;
  return a;
}

/**
 * The range a published figure allows, in the reading unit: a range as
 * written; a floor (以上) with `spread: a~b` is [v(1+a), v(1+b)] (one number
 * b: [v, v(1+b)]); 左右 with `spread: s` is [v(1−s), v(1+s)].
 */
function spreadRange(
  ctx: NormaliseContext,
  mag: Magnitude,
  spread: string | number | undefined,
  sp: Path,
): [number, number] | undefined {
  if (spread === undefined) return [mag.low, mag.high];
  const s = ctx.attempt(sp, () => parseMagnitude(spread, { kind: "share" }));
  if (!s) return undefined;
  const v = mag.low;
  const floor = mag.qualifier === "at_least" || mag.qualifier === "no_fewer_than";
  if (mag.low === mag.high && floor) {
    return s.low === s.high ? [v, v * (1 + s.high)] : [v * (1 + s.low), v * (1 + s.high)];
  }
  if (mag.low === mag.high && mag.qualifier === "about") return [v * (1 - s.high), v * (1 + s.high)];
  ctx.report("E_ACTUAL_SPREAD", { text: mag.text }, sp);
  return undefined;
}

/** `through:` and `share_of_year:` of a partial-year actual. */
function readThrough(
  ctx: NormaliseContext,
  year: number,
  obj: Exclude<ActualFile, string | number>,
  ap: Path,
): { month: number; share: { low: number; high: number } & UncertainValue } | undefined {
  const [ty, tm] = obj.through!.split("-").map(Number) as [number, number];
  if (ty !== year || !(tm >= 1 && tm <= 12)) {
    ctx.report("E_ACTUAL_THROUGH", { through: obj.through!, year }, [...ap, "through"]);
    return undefined;
  }
  if (obj.share_of_year === undefined) {
    ctx.report("E_MISSING_FIELD", { field: "share_of_year" }, ap);
    return undefined;
  }
  const sp: Path = [...ap, "share_of_year"];
  const s = ctx.attempt(sp, () => parseMagnitude(obj.share_of_year, { kind: "share" }));
  if (!s) return undefined;
  if (!(s.low > 0)) {
    ctx.report("E_ACTUAL_THROUGH", { through: obj.through!, year }, sp);
    return undefined;
  }
  const line = ctx.lineOf(sp);
  const dist =
    s.low === s.high
      ? { type: "point" as const, value: s.low }
      : { type: "uniform" as const, min: s.low, max: s.high };
  return {
    month: tm,
    share: {
      dist,
      central: (s.low + s.high) / 2,
      low: s.low,
      high: s.high,
      text: String(obj.share_of_year),
      line,
    },
  };
}
