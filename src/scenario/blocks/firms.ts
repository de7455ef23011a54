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
 * Eligibility mappings (`eligible:` on events and instruments) are read here
 * too: they name firm attributes, checked with did-you-mean.
 */
import { suggest } from "../../messages.js";
import { point, type UncertainValue } from "../../model/distribution.js";
import {
  COMPARE_OPS,
  type CompareOp,
  type Condition,
  type EntryCohort,
  FIRM_ATTRIBUTES,
  type FirmAttribute,
  type FirmEvent,
  type FirmGroup,
  type FirmProfile,
  type FirmSector,
  type Firms,
  FLAG_ATTRIBUTES,
  type FlagAttribute,
  MAX_FIRMS,
  type NamedFirm,
  NUMERIC_ATTRIBUTES,
  type NumericAttribute,
  type OrganisationType,
  SET_ATTRIBUTES,
  type SetAttribute,
} from "../../model/firm.js";
import type { Names } from "../../model/quantity.js";
import { describeDimension, parseUnit, type Unit } from "../../model/units.js";
import { type MagnitudeContext, parseMagnitude } from "../magnitude.js";
import type { Path } from "../parse.js";
import { ID_PATTERN, type ScenarioFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import type { NormaliseContext } from "./context.js";
import { YEAR_RANGE } from "./settings.js";

const FIRM_COUNT: Unit = { symbol: "家", dimension: "count:家", exp: 0 };
const ORG_COUNT: Unit = { symbol: "个", dimension: "count:个", exp: 0 };
const DEFAULT_UNIT: Unit = { symbol: "万元", dimension: "money", exp: 4 };

type ProfileFile = Record<string, unknown> & {
  growth?: unknown;
  spread?: unknown;
  investment?: { probability?: unknown; amount: unknown; land_share?: unknown };
  rent?: unknown;
  in_park?: unknown;
  rd_share?: unknown;
};

/** What reading an `eligible:` mapping needs to know. */
export interface EligibilityEnv {
  unit: Unit;
  sectors: readonly string[];
  tags: ReadonlySet<string>;
  /** An organisation type when the rule pays organisations (they have no firm attributes). */
  recipients: string | null;
  /** Whether `city_average` can be used (firms.city_average_growth is given). */
  cityAverage: boolean;
}

export function names(raw: unknown): Names {
  if (typeof raw === "string") return { zh: raw };
  if (raw && typeof raw === "object") return { ...(raw as Names) };
  return {};
}

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
  const share: MagnitudeContext = { kind: "share" };
  const rate: MagnitudeContext = { kind: "rate" };

  let unit = DEFAULT_UNIT;
  if (raw.unit !== undefined) {
    const parsed = parseUnit(raw.unit);
    if (!parsed) ctx.report("E_UNIT_UNKNOWN", { unit: raw.unit }, [...P, "unit"]);
    else if (parsed.dimension !== "money")
      ctx.report(
        "E_UNIT_MISMATCH",
        { text: raw.unit, found: describeDimension(parsed.dimension), expected: "money (元)" },
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
      ctx.report("E_INVALID_VALUE", { detail: "a threshold is one number, not a range" }, tp);
    threshold = tm.low;
  }
  const cityAverageGrowth =
    raw.city_average_growth === undefined
      ? undefined
      : u(raw.city_average_growth, [...P, "city_average_growth"], rate);

  // ── profiles ──────────────────────────────────────────────────────────
  const readProfile = (def: ProfileFile, path: Path): FirmProfile => {
    const p: FirmProfile = {};
    if (def.growth !== undefined) {
      const g = u(def.growth, [...path, "growth"], rate);
      if (g) p.growth = g;
    }
    if (def.spread !== undefined) {
      const s = u(def.spread, [...path, "spread"], share);
      if (s) p.spread = s;
    }
    if (def.investment !== undefined) {
      const ip = [...path, "investment"];
      const inv = def.investment;
      const probability =
        inv.probability === undefined ? point(0) : u(inv.probability, [...ip, "probability"], share);
      const amount = u(inv.amount, [...ip, "amount"], money);
      const landShare =
        inv.land_share === undefined ? point(0) : u(inv.land_share, [...ip, "land_share"], share);
      if (probability && amount && landShare) p.investment = { probability, amount, landShare };
    }
    if (def.rent !== undefined) {
      const r = u(def.rent, [...path, "rent"], money);
      if (r) p.rent = r;
    }
    if (def.in_park !== undefined) {
      const v = def.in_park;
      const ip = typeof v === "boolean" ? point(v ? 1 : 0, String(v)) : u(v, [...path, "in_park"], share);
      if (ip) p.inPark = ip;
    }
    if (def.rd_share !== undefined) {
      const r = u(def.rd_share, [...path, "rd_share"], share);
      if (r) p.rdShare = r;
    }
    return p;
  };

  // ── sectors ───────────────────────────────────────────────────────────
  const sectors = new Map<string, FirmSector>();
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
      profile: readProfile(def as ProfileFile, path),
      line: ctx.parsed.locate(path, { key: true }).line,
    });
  }
  const sectorIds = [...sectors.keys()];
  const sectorOk = (id: string, path: Path): FirmSector | undefined => {
    const s = sectors.get(id);
    if (!s)
      ctx.report(
        "E_FIRMS_UNKNOWN_REFERENCE",
        { kind: "firm sector", name: id, suggestion: suggest(id, sectorIds), table: "sectors" },
        path,
      );
    return s;
  };
  /** A population needs a growth, its own or its sector's (one written but unreadable was reported already). */
  const growthOk = (own: unknown, sector: FirmSector | undefined, label: string, path: Path) => {
    if (sector && own === undefined && raw.sectors[sector.id]?.growth === undefined)
      ctx.report("E_FIRM_NO_GROWTH", { population: label, sector: sector.id }, path);
  };
  const tags = new Set<string>();
  const seen = new Map<string, number>();
  const unique = (kind: string, id: string, path: Path): boolean => {
    const first = seen.get(`${kind}:${id}`);
    if (first !== undefined) {
      ctx.report("E_DUPLICATE_POLICY_ID", { kind, id, first }, path);
      return false;
    }
    seen.set(`${kind}:${id}`, ctx.lineOf(path));
    return true;
  };
  let firmsHigh = 0;

  // ── named firms ───────────────────────────────────────────────────────
  const named: NamedFirm[] = [];
  (raw.named ?? []).forEach((def, i) => {
    const path: Path = [...P, "named", i];
    if (!unique("firm", def.id, [...path, "id"])) return;
    const sector = sectorOk(def.sector, [...path, "sector"]);
    const revenue = u(def.revenue, [...path, "revenue"], money);
    const profile = readProfile(def as ProfileFile, path);
    growthOk(def.growth, sector, `named firm "${def.id}"`, path);
    if (def.entered !== undefined) yearOk(def.entered, [...path, "entered"]);
    for (const t of def.tags ?? []) tags.add(t);
    firmsHigh += 1;
    if (!sector || !revenue) return;
    const f: NamedFirm = {
      id: def.id,
      names: names(def.name),
      sector: sector.id,
      inScope: def.in_scope ?? sector.inScope,
      revenue,
      tags: [...(def.tags ?? [])],
      entered: def.entered ?? null,
      supporting: def.supporting === true,
      profile,
      line: ctx.lineOf(path),
    };
    const src = ctx.sourceOf(def.source);
    if (src) f.source = src;
    named.push(f);
  });

  // ── generated groups ──────────────────────────────────────────────────
  const generated: FirmGroup[] = [];
  (raw.generated ?? []).forEach((def, i) => {
    const path: Path = [...P, "generated", i];
    const id = def.id ?? `${def.sector}_${i + 1}`;
    if (def.id !== undefined && !unique("group", def.id, [...path, "id"])) return;
    const sector = sectorOk(def.sector, [...path, "sector"]);
    const count = u(def.count, [...path, "count"], { kind: "amount", unit: FIRM_COUNT });
    const revenue = u(def.revenue, [...path, "revenue"], money);
    const profile = readProfile(def as ProfileFile, path);
    growthOk(def.growth, sector, `generated group ${id}`, path);
    for (const t of def.tags ?? []) tags.add(t);
    if (count) firmsHigh += Math.max(0, count.high);
    if (!sector || !count || !revenue) return;
    generated.push({
      id,
      names: names(def.name),
      sector: sector.id,
      inScope: def.in_scope ?? sector.inScope,
      count,
      revenue,
      tags: [...(def.tags ?? [])],
      profile,
      line: ctx.lineOf(path),
    });
  });

  // ── entry cohorts ─────────────────────────────────────────────────────
  const entry: EntryCohort[] = [];
  (raw.entry ?? []).forEach((def, i) => {
    const path: Path = [...P, "entry", i];
    const id = def.id ?? `${def.sector}_${i + 1}`;
    if (def.id !== undefined && !unique("cohort", def.id, [...path, "id"])) return;
    const sector = sectorOk(def.sector, [...path, "sector"]);
    const perYear = u(def.per_year, [...path, "per_year"], { kind: "amount", unit: FIRM_COUNT });
    const revenue = u(def.revenue, [...path, "revenue"], money);
    const supporting =
      def.supporting === undefined ? point(0) : u(def.supporting, [...path, "supporting"], share);
    const from = def.from ?? file.base_year + 1;
    const to = def.to ?? file.horizon;
    let yearsOk = true;
    if (def.from !== undefined) yearsOk = yearOk(def.from, [...path, "from"]) && yearsOk;
    if (def.to !== undefined) yearsOk = yearOk(def.to, [...path, "to"]) && yearsOk;
    if (yearsOk && to < from) {
      ctx.report("E_PERIOD_ORDER", { from, to }, path);
      yearsOk = false;
    }
    const profile = readProfile(def as ProfileFile, path);
    growthOk(def.growth, sector, `entry cohort ${id}`, path);
    for (const t of def.tags ?? []) tags.add(t);
    if (perYear && yearsOk) firmsHigh += Math.max(0, perYear.high) * (to - from + 1);
    if (!sector || !perYear || !revenue || !supporting || !yearsOk) return;
    entry.push({
      id,
      names: names(def.name),
      sector: sector.id,
      inScope: def.in_scope ?? sector.inScope,
      perYear,
      from,
      to,
      revenue,
      supporting,
      tags: [...(def.tags ?? [])],
      profile,
      line: ctx.lineOf(path),
    });
  });
  if (firmsHigh > MAX_FIRMS) {
    ctx.report("E_FIRMS_TOO_MANY", { count: Math.round(firmsHigh), max: MAX_FIRMS }, P, true);
  }

  // ── organisations ─────────────────────────────────────────────────────
  const organisations = new Map<string, OrganisationType>();
  for (const [id, def] of Object.entries(raw.organisations ?? {})) {
    const path: Path = [...P, "organisations", id];
    if (!ID_PATTERN.test(id)) {
      ctx.report("E_BAD_ID", { id }, path, true);
      continue;
    }
    const count = u(def.count, [...path, "count"], { kind: "amount", unit: ORG_COUNT });
    const active = def.active === undefined ? point(1) : u(def.active, [...path, "active"], share);
    if (count && count.high > MAX_FIRMS) {
      ctx.report("E_FIRMS_TOO_MANY", { count: Math.round(count.high), max: MAX_FIRMS }, [...path, "count"]);
      continue;
    }
    if (!count || !active) continue;
    organisations.set(id, {
      id,
      names: names(def.name),
      count,
      active,
      line: ctx.parsed.locate(path, { key: true }).line,
    });
  }
  const orgIds = Object.keys(raw.organisations ?? {});
  const env = (recipients: string | null): EligibilityEnv => ({
    unit,
    sectors: sectorIds,
    tags,
    recipients,
    cityAverage: cityAverageGrowth !== undefined,
  });

  // ── events ────────────────────────────────────────────────────────────
  const events = new Map<string, FirmEvent>();
  for (const [id, def] of Object.entries(raw.events ?? {})) {
    const path: Path = [...P, "events", id];
    if (!ID_PATTERN.test(id)) {
      ctx.report("E_BAD_ID", { id }, path, true);
      continue;
    }
    let recipients: string | null = null;
    if (def.recipients !== undefined) {
      recipients = def.recipients;
      if (!orgIds.includes(recipients)) {
        ctx.report(
          "E_FIRMS_UNKNOWN_REFERENCE",
          {
            kind: "organisation type",
            name: recipients,
            suggestion: suggest(recipients, orgIds),
            table: "organisations",
          },
          [...path, "recipients"],
        );
        continue;
      }
    }
    const eligible = readEligibility(ctx, def.eligible, [...path, "eligible"], env(recipients));
    const probability = u(def.probability, [...path, "probability"], share);
    const cost = def.cost === undefined ? undefined : u(def.cost, [...path, "cost"], money);
    if (!eligible || !probability || (def.cost !== undefined && !cost)) continue;
    const ev: FirmEvent = {
      id,
      names: names(def.name),
      recipients,
      eligible,
      probability,
      once: def.once !== false,
      line: ctx.parsed.locate(path, { key: true }).line,
    };
    if (cost) ev.cost = cost;
    events.set(id, ev);
  }

  // ── aggregates: the scenario quantities the population stands for ──────
  const aggregates: Firms["aggregates"] = {};
  const agg = raw.aggregates ?? {};
  const quantityIds = [...ctx.quantities.keys()];
  if (agg.count !== undefined) {
    const ap: Path = [...P, "aggregates", "count"];
    const q = ctx.quantities.get(agg.count);
    if (q?.kind !== "indicator") {
      ctx.report(
        "E_UNKNOWN_REFERENCE",
        {
          kind: "indicator",
          name: agg.count,
          suggestion: suggest(
            agg.count,
            quantityIds.filter((x) => ctx.quantities.get(x)!.kind === "indicator"),
          ),
        },
        ap,
      );
    } else if (!q.unit.dimension.startsWith("count:")) {
      ctx.report(
        "E_UNIT_MISMATCH",
        { text: agg.count, found: describeDimension(q.unit.dimension), expected: "a count of firms (家)" },
        ap,
      );
    } else aggregates.count = agg.count;
  }
  if (agg.revenue !== undefined) {
    const ap: Path = [...P, "aggregates", "revenue"];
    const q = ctx.quantities.get(agg.revenue);
    if (q?.kind !== "sector") {
      ctx.report(
        "E_UNKNOWN_REFERENCE",
        {
          kind: "sector",
          name: agg.revenue,
          suggestion: suggest(
            agg.revenue,
            quantityIds.filter((x) => ctx.quantities.get(x)!.kind === "sector"),
          ),
        },
        ap,
      );
    } else aggregates.revenue = agg.revenue;
  }

  const out: Firms = {
    unit,
    threshold,
    thresholdText: String(raw.above_scale_threshold),
    aggregates,
    sectors,
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

/**
 * Read an `eligible:` mapping (firm attribute → test) into conditions, or
 * undefined when a problem was reported.
 *
 * @example
 * readEligibility(ctx, { sector: "electronics", investment: { at_least: "5000万" } }, path, env)
 * // [{ kind: "set", attribute: "sector", values: ["electronics"] },
 * //  { kind: "compare", attribute: "investment", op: "at_least", value: 5000 }]
 */
export function readEligibility(
  ctx: NormaliseContext,
  raw: Record<string, unknown> | undefined,
  path: Path,
  env: EligibilityEnv,
): Condition[] | undefined {
  const out: Condition[] = [];
  let ok = true;
  for (const [key, value] of Object.entries(raw ?? {})) {
    const kp: Path = [...path, key];
    const line = ctx.lineOf(kp);
    if (!(FIRM_ATTRIBUTES as readonly string[]).includes(key)) {
      ctx.report(
        "E_UNKNOWN_FIRM_ATTRIBUTE",
        { attribute: key, suggestion: suggest(key, FIRM_ATTRIBUTES), known: [...FIRM_ATTRIBUTES] },
        kp,
        true,
      );
      ok = false;
      continue;
    }
    const attribute = key as FirmAttribute;
    if (env.recipients !== null) {
      ctx.report("E_RECIPIENT_ATTRIBUTE", { recipients: env.recipients, attribute }, kp, true);
      ok = false;
      continue;
    }
    if ((SET_ATTRIBUTES as readonly string[]).includes(attribute)) {
      const values =
        typeof value === "string" ? [value] : Array.isArray(value) ? value.map(String) : undefined;
      if (!values) {
        ctx.report("E_WRONG_TYPE", { expected: `a ${attribute} or a list of them`, found: typeof value }, kp);
        ok = false;
        continue;
      }
      const pool = attribute === "sector" ? env.sectors : [...env.tags];
      values.forEach((v, i) => {
        if (!pool.includes(v)) {
          ctx.report(
            "E_FIRMS_UNKNOWN_REFERENCE",
            {
              kind: attribute === "sector" ? "firm sector" : "tag",
              name: v,
              suggestion: suggest(v, pool),
              table: attribute === "sector" ? "sectors" : "named, generated or entry (tags)",
            },
            typeof value === "string" ? kp : [...kp, i],
          );
          ok = false;
        }
      });
      out.push({ kind: "set", attribute: attribute as SetAttribute, values, line });
      continue;
    }
    if ((FLAG_ATTRIBUTES as readonly string[]).includes(attribute)) {
      if (typeof value !== "boolean") {
        ctx.report(
          "E_WRONG_TYPE",
          { expected: "true or false", found: JSON.stringify(value) ?? "nothing" },
          kp,
        );
        ok = false;
        continue;
      }
      out.push({ kind: "flag", attribute: attribute as FlagAttribute, value, line });
      continue;
    }
    // numeric attributes take a test: { at_least: 5000万 }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      ctx.report(
        "E_WRONG_TYPE",
        {
          expected: `a test such as { at_least: … } for ${attribute}`,
          found: JSON.stringify(value) ?? "nothing",
        },
        kp,
      );
      ok = false;
      continue;
    }
    const m: MagnitudeContext =
      attribute === "growth" ? { kind: "rate" } : { kind: "amount", unit: env.unit };
    for (const [op, v] of Object.entries(value as Record<string, unknown>)) {
      if (v === undefined || !(COMPARE_OPS as readonly string[]).includes(op)) continue;
      const vp: Path = [...kp, op];
      if (v === "city_average") {
        if (attribute !== "growth") {
          ctx.report(
            "E_WRONG_TYPE",
            { expected: "an amount (city_average is a growth rate)", found: '"city_average"' },
            vp,
          );
          ok = false;
        } else if (!env.cityAverage) {
          ctx.report("E_MISSING_FIELD", { field: "firms.city_average_growth" }, vp);
          ok = false;
        } else
          out.push({
            kind: "compare",
            attribute: "growth",
            op: op as CompareOp,
            value: "city_average",
            line,
          });
        continue;
      }
      const parsed = ctx.attempt(vp, () => parseMagnitude(v, m));
      if (!parsed) {
        ok = false;
        continue;
      }
      out.push({
        kind: "compare",
        attribute: attribute as NumericAttribute,
        op: op as CompareOp,
        value: parsed.low,
        line,
      });
    }
  }
  return ok ? out : undefined;
}

/** Whether an attribute is an amount of money (what a rate can apply to). */
export function isAmountAttribute(a: string): a is NumericAttribute {
  return (NUMERIC_ATTRIBUTES as readonly string[]).includes(a) && a !== "growth";
}
