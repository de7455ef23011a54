/**
 * `firms:` — the firm population policy instruments pay: firm sectors (with
 * the defaults of their populations), named firms, generated groups, yearly
 * entry cohorts, events (certifications, listings) and organisations (parks,
 * associations), read into `model/firm.ts` with every problem positioned.
 *
 * ```yaml
 * firms:
 *   above_scale_threshold: 2000万        # 规上: the national threshold for industrial firms
 *   city_average_growth: 6%~10%          # 全市平均水平, for milestone conditions
 *   aggregates: { count: lc_above_scale_firms, revenue: lc_it_industry }
 *   sectors:
 *     electronics: { name: 电子信息制造业, growth: { triangular: [0%, 10%, 22%] }, spread: 15% }
 *   named:
 *     - { id: pacific_fibre, name: 太平洋光纤光缆, sector: electronics, revenue: 5亿~10亿 }
 *   generated:
 *     - { sector: electronics, count: 10~20, revenue: { lognormal: [1000万, 0.7] } }
 *   entry:
 *     - { sector: electronics, per_year: 1~4, revenue: { lognormal: [3000万, 0.8] }, in_park: 70% }
 *   events:
 *     cmmi_3: { eligible: { sector: software }, probability: 4%~10% }
 *   organisations:
 *     park: { count: 3~5 }
 * ```
 *
 * The populations are read by `firms-populations.ts`, organisations, events
 * and aggregates by `firms-events.ts`, `eligible:` mappings by
 * `firms-eligibility.ts`, profiles by `firms-reader.ts`.
 */

import { DIMENSION, INVALID } from "../../i18n/text/loader.js";
import type { UncertainValue } from "../../model/distribution.js";
import type { Firms } from "../../model/firm.js";
import { describeDimension, parseUnit, type Unit } from "../../model/units.js";
import { type MagnitudeContext, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import { ID_PATTERN, type ScenarioFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import type { NormaliseContext } from "./context.js";
import { readAggregates, readEvents, readOrganisations } from "./firms-events.js";
import { readEntry, readGenerated, readNamed } from "./firms-populations.js";
import { type FirmsReader, names, type ProfileFile, RATE, readProfile } from "./firms-reader.js";
import { YEAR_RANGE } from "./settings.js";

const DEFAULT_UNIT: Unit = { symbol: "万元", dimension: "money", exp: 4 };

/**
 * Read `firms:`, or undefined when the file has none.
 *
 * @example
 * readFirms(ctx, { ...file, firms: { above_scale_threshold: "2000万", sectors: { software: { growth: "10%" } } } })
 * // { unit: 万元, threshold: 2000, sectors: Map { software → … }, named: [], … }
 */
export function readFirms(ctx: NormaliseContext, file: ScenarioFile): Firms | undefined {
  const raw = file.firms;
  if (raw === undefined) return undefined;
  const P: Path = ["firms"];
  const u = (v: unknown, path: Path, m: MagnitudeContext): UncertainValue | undefined =>
    ctx.attempt(path, () => readUncertain(v, m, ctx.lineOf(path)));

  let unit = DEFAULT_UNIT;
  if (raw.unit !== undefined) {
    const parsed = parseUnit(raw.unit);
    if (!parsed) ctx.report("E_UNIT_UNKNOWN", { unit: raw.unit }, [...P, "unit"]);
    else if (parsed.dimension !== "money")
      ctx.report(
        "E_UNIT_MISMATCH",
        { text: raw.unit, found: describeDimension(parsed.dimension), expected: DIMENSION.money },
        [...P, "unit"],
      );
    else unit = parsed;
  }
  const money: MagnitudeContext = { kind: "amount", unit };
  const yearOk = (y: number, path: Path) => {
    if (y < YEAR_RANGE.min || y > YEAR_RANGE.max) {
      ctx.report("E_YEAR_RANGE", { year: y, ...YEAR_RANGE }, path);
      return false;
    }
    return true;
  };

  const tp: Path = [...P, "above_scale_threshold"];
  let threshold = 0;
  const tm = ctx.attempt(tp, () => parseMagnitude(raw.above_scale_threshold, money));
  if (tm) {
    if (tm.low !== tm.high)
      ctx.report("E_INVALID_VALUE", { detail: INVALID.oneNumber(INVALID.threshold) }, tp);
    threshold = tm.low;
  }
  const cityAverageGrowth =
    raw.city_average_growth === undefined
      ? undefined
      : u(raw.city_average_growth, [...P, "city_average_growth"], RATE);

  const r: FirmsReader = {
    ctx,
    file,
    raw,
    P,
    unit,
    money,
    u,
    yearOk,
    cityAverage: cityAverageGrowth !== undefined,
    sectors: new Map(),
    sectorIds: [],
    tags: new Set(),
    seen: new Map(),
    firmsHigh: 0,
  };
  readFirmSectors(r);
  const named = readNamed(r);
  const generated = readGenerated(r);
  const entry = readEntry(r);
  const organisations = readOrganisations(r);
  const events = readEvents(r);
  const aggregates = readAggregates(r);
  const out: Firms = {
    unit,
    threshold,
    thresholdText: String(raw.above_scale_threshold),
    aggregates,
    sectors: r.sectors,
    named,
    generated,
    entry,
    events,
    organisations,
    line: ctx.parsed.locate(P, { key: true }).line,
  };
  if (cityAverageGrowth) out.cityAverageGrowth = cityAverageGrowth;
  return out;
}

/** `firms.sectors`: the firm sectors and the defaults of their populations. */
function readFirmSectors(r: FirmsReader): void {
  const { ctx, raw, P, sectors } = r;
  for (const [id, def] of Object.entries(raw.sectors)) {
    const path: Path = [...P, "sectors", id];
    if (!ID_PATTERN.test(id)) {
      ctx.report("E_BAD_ID", { id }, path, true);
      continue;
    }
    sectors.set(id, {
      id,
      names: names(def.name),
      inScope: def.in_scope !== false,
      profile: readProfile(r, def as ProfileFile, path),
      line: ctx.parsed.locate(path, { key: true }).line,
    });
  }
  r.sectorIds = [...sectors.keys()];
}
