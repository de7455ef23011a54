/**
 * A sample's firm population, drawn from `firms:`: named firms, generated
 * groups and entry cohorts become firm histories (revenue, investment, land,
 * rent and R&D by year, events); organisation types become organisation
 * histories (active years, events).
 *
 * Two kinds of randomness:
 * - **parameters**, one number per sample: the city's average growth and
 *   each sector's common growth in each year, a named firm's revenue, group
 *   sizes and yearly entries, chances (of investing, of being in a park, of
 *   an event), take-up and payout shares. Each has its own random stream
 *   (`firms.sectors.electronics.growth@2024`, `firms.named.pacific_fibre.revenue`,
 *   …), filled a block of samples at a time like the engine's inputs; they
 *   are the inputs ranked as drivers of the budget.
 * - **firm draws**: each firm's deviation from its sector's growth, project
 *   sizes and land shares, rent, R&D share, whether an event happens — from
 *   one stream per population (`firms.named.pacific_fibre`,
 *   `firms.entry.electronics_1`), read in a fixed order.
 *
 * Streams are seeded from (seed, name, block) (`engine/streams.ts`), so a
 * run is the same for the same seed and does not depend on other inputs.
 *
 * Years: the history starts the year before the base year (so a base-year
 * crossing or growth can be read) and runs to the last year costed.
 * Established firms have their stated revenue in the base year; the year
 * before is back-calculated with that year's growth. Entrants appear in
 * their entry year with their first-year revenue, and invest in it.
 */

import type { UncertainValue } from "../../model/distribution.js";
import type {
  Condition,
  EventOccurrence,
  FirmEvent,
  FirmHistory,
  FirmProfile,
  Firms,
  InvestmentSpec,
  OrganisationHistory,
} from "../../model/firm.js";
import { MAX_FIRMS } from "../../model/firm.js";
import type { Scenario } from "../../model/scenario.js";
import { normalQuantile, type Prepared, prepare, sampleAt } from "../distributions/index.js";
import { HALF_STEP, type Uniform } from "../streams.js";
import { eligibleAt, type PolicyContext } from "./history.js";

/** A number drawn once per sample, from its own stream. */
export interface Param {
  /** Stream name, e.g. `firms.sectors.electronics.growth@2024`. */
  key: string;
  /** Input name for rankings (yearly draws of one assumption share it). */
  input: string;
  value: UncertainValue;
  prepared: Prepared;
  /** Drawn as a whole number of firms or organisations. */
  count: boolean;
  /** Drawn as a probability or share (clamped to 0..1). */
  share: boolean;
}

interface PopSpec {
  kind: "named" | "generated" | "entry";
  /** Stream name of the population's firm draws. */
  key: string;
  id: string;
  sector: string;
  inScope: boolean;
  tags: string[];
  /** Param of the common growth by year index (−1 at index 0). */
  growth: Int32Array;
  spread: number;
  investment: { probability: number; amount: Prepared; land: Prepared } | null;
  rent: Prepared | null;
  inPark: number;
  rd: Prepared | null;
  /** Named: revenue param; others: per-firm revenue distribution. */
  revenueParam: number;
  revenue: Prepared | null;
  /** Generated: count param. */
  countParam: number;
  /** Entry: param of entries by year index (−1 outside the cohort's years). */
  perYear: Int32Array;
  supportingParam: number;
  supporting: boolean;
  /** Named: entry year or null. */
  entered: number | null;
}

interface EventSpec {
  event: FirmEvent;
  probability: number;
  cost: Prepared | null;
  /** Conditions that do not change from year to year (sector, tags, flags but above_scale and entry_year). */
  fixed: Condition[];
  /** Conditions tested each year. */
  yearly: Condition[];
}

interface OrgSpec {
  key: string;
  id: string;
  countParam: number;
  activeParam: number;
  events: EventSpec[];
}

/** `firms:` compiled for sampling. */
export interface PopulationPlan {
  firms: Firms;
  ctx: PolicyContext;
  /** Index of the base year in histories. */
  baseIndex: number;
  params: Param[];
  /** Param of the city's average growth by year index (−1 at index 0 or when not stated). */
  cityAverage: Int32Array;
  pops: PopSpec[];
  firmEvents: EventSpec[];
  orgs: OrgSpec[];
}

/** A firm history with buffers reused from sample to sample. */
export class FirmBuffer implements FirmHistory {
  id = "";
  sector = "";
  tags: readonly string[] = [];
  inScope = true;
  inPark = false;
  supporting = false;
  entry: number | null = null;
  readonly revenue: Float64Array;
  readonly investment: Float64Array;
  readonly land: Float64Array;
  readonly rent: Float64Array;
  readonly rd: Float64Array;
  readonly events: EventOccurrence[] = [];
  constructor(
    readonly firstYear: number,
    n: number,
  ) {
    this.revenue = new Float64Array(n);
    this.investment = new Float64Array(n);
    this.land = new Float64Array(n);
    this.rent = new Float64Array(n);
    this.rd = new Float64Array(n);
  }
}

export class OrganisationBuffer implements OrganisationHistory {
  id = "";
  type = "";
  readonly active: Float64Array;
  readonly events: EventOccurrence[] = [];
  constructor(
    readonly firstYear: number,
    n: number,
  ) {
    this.active = new Float64Array(n);
  }
}

/**
 * Compile the firm population for sampling up to year `to`.
 *
 * @example
 * const plan = populationPlan(scenario, 2027);
 * plan.params.map((p) => p.key) // ["firms.city_average_growth@2022", …, "firms.sectors.electronics.growth@2022", …]
 */
export function populationPlan(s: Scenario, to: number): PopulationPlan {
  const firms = s.firms!;
  const firstYear = s.baseYear - 1;
  const n = to - firstYear + 1;
  const params: Param[] = [];
  const byKey = new Map<string, number>();
  const param = (key: string, value: UncertainValue, kind: "value" | "count" | "share" = "value"): number => {
    const known = byKey.get(key);
    if (known !== undefined) return known;
    params.push({
      key,
      input: key.replace(/@\d+$/, ""),
      value,
      prepared: prepare(value.dist),
      count: kind === "count",
      share: kind === "share",
    });
    byKey.set(key, params.length - 1);
    return params.length - 1;
  };
  const yearly = (key: string, value: UncertainValue | undefined, from = 1, until = n - 1): Int32Array => {
    const out = new Int32Array(n).fill(-1);
    if (!value) return out;
    for (let i = Math.max(1, from); i <= until; i++) out[i] = param(`${key}@${firstYear + i}`, value);
    return out;
  };
  const cityAverage = yearly("firms.city_average_growth", firms.cityAverageGrowth);

  const sectorGrowth = new Map<string, Int32Array>();
  for (const sec of firms.sectors.values()) {
    if (sec.profile.growth)
      sectorGrowth.set(sec.id, yearly(`firms.sectors.${sec.id}.growth`, sec.profile.growth));
  }
  const ZERO: UncertainValue = {
    dist: { type: "point", value: 0 },
    central: 0,
    low: 0,
    high: 0,
    text: "0",
    line: 0,
  };
  const pops: PopSpec[] = [];
  const spec = (
    kind: PopSpec["kind"],
    id: string,
    sectorId: string,
    inScope: boolean,
    tags: string[],
    own: FirmProfile,
  ): PopSpec => {
    const sec = firms.sectors.get(sectorId)!;
    const key = `firms.${kind}.${id}`;
    const merged: FirmProfile = { ...sec.profile, ...stripUndefined(own) };
    const growth = own.growth ? yearly(`${key}.growth`, own.growth) : sectorGrowth.get(sectorId)!;
    const spreadKey = own.spread ? `${key}.spread` : `firms.sectors.${sectorId}.spread`;
    const inv: InvestmentSpec | undefined = merged.investment;
    const invKey = own.investment ? key : `firms.sectors.${sectorId}`;
    const parkKey = own.inPark ? key : `firms.sectors.${sectorId}`;
    return {
      kind,
      key,
      id,
      sector: sectorId,
      inScope,
      tags,
      growth,
      spread: param(spreadKey, merged.spread ?? ZERO, "share"),
      investment: inv
        ? {
            probability: param(`${invKey}.investment.probability`, inv.probability, "share"),
            amount: prepare(inv.amount.dist),
            land: prepare(inv.landShare.dist),
          }
        : null,
      rent: merged.rent ? prepare(merged.rent.dist) : null,
      inPark: param(`${parkKey}.in_park`, merged.inPark ?? ZERO, "share"),
      rd: merged.rdShare ? prepare(merged.rdShare.dist) : null,
      revenueParam: -1,
      revenue: null,
      countParam: -1,
      perYear: new Int32Array(n).fill(-1),
      supportingParam: -1,
      supporting: false,
      entered: null,
    };
  };
  for (const f of firms.named) {
    const p = spec("named", f.id, f.sector, f.inScope, f.tags, f.profile);
    p.revenueParam = param(`firms.named.${f.id}.revenue`, f.revenue);
    p.supporting = f.supporting;
    p.entered = f.entered;
    pops.push(p);
  }
  for (const g of firms.generated) {
    const p = spec("generated", g.id, g.sector, g.inScope, g.tags, g.profile);
    p.revenue = prepare(g.revenue.dist);
    p.countParam = param(`firms.generated.${g.id}.count`, g.count, "count");
    pops.push(p);
  }
  for (const c of firms.entry) {
    const p = spec("entry", c.id, c.sector, c.inScope, c.tags, c.profile);
    p.revenue = prepare(c.revenue.dist);
    for (let y = Math.max(c.from, firstYear + 1); y <= Math.min(c.to, to); y++) {
      p.perYear[y - firstYear] = param(`firms.entry.${c.id}.per_year@${y}`, c.perYear, "count");
    }
    p.supportingParam = param(`firms.entry.${c.id}.supporting`, c.supporting, "share");
    pops.push(p);
  }
  const eventSpec = (e: FirmEvent): EventSpec => ({
    event: e,
    probability: param(`firms.events.${e.id}.probability`, e.probability, "share"),
    cost: e.cost ? prepare(e.cost.dist) : null,
    fixed: e.eligible.filter(isFixed),
    yearly: e.eligible.filter((c) => !isFixed(c)),
  });
  const firmEvents = [...firms.events.values()].filter((e) => e.recipients === null).map(eventSpec);
  const orgs = [...firms.organisations.values()].map((o) => ({
    key: `firms.organisations.${o.id}`,
    id: o.id,
    countParam: param(`firms.organisations.${o.id}.count`, o.count, "count"),
    activeParam: param(`firms.organisations.${o.id}.active`, o.active, "share"),
    events: [...firms.events.values()].filter((e) => e.recipients === o.id).map(eventSpec),
  }));
  return {
    firms,
    ctx: {
      firstYear,
      nYears: n,
      baseYear: s.baseYear,
      threshold: firms.threshold,
      cityAverageGrowth: new Float64Array(n).fill(Number.NaN),
    },
    baseIndex: 1,
    params,
    cityAverage,
    pops,
    firmEvents,
    orgs,
  };
}

/** Whether a condition gives the same answer in every year of a firm's history. */
export function isFixed(c: Condition): boolean {
  return (
    c.kind === "set" || (c.kind === "flag" && c.attribute !== "above_scale" && c.attribute !== "entry_year")
  );
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/**
 * A parameter's value at uniform u: the quantile, rounded for counts
 * (a range of whole numbers 1~4 is a discrete uniform over 1, 2, 3, 4),
 * clamped to 0..1 for shares.
 *
 * @example
 * paramValue(entriesPerYear, 0.99) // 4, for per_year: 1~4
 */
export function paramValue(p: Param, u: number): number {
  const d = p.value.dist;
  if (p.count) {
    if (d.type === "uniform" && Number.isInteger(d.min) && Number.isInteger(d.max)) {
      return Math.min(d.max, Math.floor(d.min + u * (d.max - d.min + 1)));
    }
    return clamp(Math.round(sampleAt(p.prepared, u)), 0, MAX_FIRMS);
  }
  const v = sampleAt(p.prepared, u);
  if (p.share) return clamp01(v);
  return v;
}

/** The firms and organisations of one sample (buffers reused across samples). */
export class Population {
  readonly firms: FirmBuffer[] = [];
  readonly orgs: OrganisationBuffer[] = [];
  nFirms = 0;
  nOrgs = 0;

  constructor(readonly plan: PopulationPlan) {}

  private nextFirm(): FirmBuffer {
    const { firstYear, nYears } = this.plan.ctx;
    if (this.nFirms === this.firms.length) this.firms.push(new FirmBuffer(firstYear, nYears));
    const f = this.firms[this.nFirms++]!;
    f.events.length = 0;
    return f;
  }

  private nextOrg(): OrganisationBuffer {
    const { firstYear, nYears } = this.plan.ctx;
    if (this.nOrgs === this.orgs.length) this.orgs.push(new OrganisationBuffer(firstYear, nYears));
    const o = this.orgs[this.nOrgs++]!;
    o.events.length = 0;
    return o;
  }

  /**
   * Build the sample from its parameter values `x` and the populations'
   * streams (`streams[k]` for `plan.pops[k]`, then one per organisation type).
   */
  build(x: Float64Array, streams: readonly Uniform[]): void {
    const plan = this.plan;
    const ctx = plan.ctx;
    const n = ctx.nYears;
    const city = ctx.cityAverageGrowth as Float64Array;
    for (let i = 0; i < n; i++) city[i] = plan.cityAverage[i]! >= 0 ? x[plan.cityAverage[i]!]! : Number.NaN;
    this.nFirms = 0;
    this.nOrgs = 0;
    plan.pops.forEach((p, k) => {
      const next = streams[k]!;
      if (p.kind === "named") {
        const entered = p.entered;
        const later = entered !== null && entered > ctx.baseYear;
        if (later && entered - ctx.firstYear >= n) return; // enters after the last year costed
        const f = this.nextFirm();
        this.fillFirm(f, k, x, next, later ? entered - ctx.firstYear : null, x[p.revenueParam]!);
        if (!later && entered !== null) {
          // established before the plan: no revenue before it entered
          f.entry = entered;
          for (let i = 0; i < entered - ctx.firstYear && i < n; i++) f.revenue[i] = Number.NaN;
        }
        f.supporting = p.supporting;
      } else if (p.kind === "generated") {
        const count = x[p.countParam]!;
        for (let c = 0; c < count; c++) {
          const r = sampleAt(p.revenue!, u(next));
          this.fillFirm(this.nextFirm(), k, x, next, null, r);
        }
      } else {
        const support = x[p.supportingParam]!;
        for (let i = 1; i < n; i++) {
          if (p.perYear[i]! < 0) continue;
          const count = x[p.perYear[i]!]!;
          for (let c = 0; c < count; c++) {
            const r = sampleAt(p.revenue!, u(next));
            const f = this.nextFirm();
            this.fillFirm(f, k, x, next, i, r);
            f.supporting = next() < support;
          }
        }
      }
    });
    // events of firms, once every history is known, from each firm's population stream
    for (let j = 0; j < this.nFirms; j++) {
      this.drawEvents(this.firms[j]!, plan.firmEvents, x, streams[this.origin[j]!]!);
    }
    plan.orgs.forEach((o, j) => {
      const next = streams[plan.pops.length + j]!;
      const count = x[o.countParam]!;
      const active = x[o.activeParam]!;
      for (let c = 0; c < count; c++) {
        const org = this.nextOrg();
        org.id = `${o.id}_${c + 1}`;
        org.type = o.id;
        org.active.fill(0);
        for (let i = plan.baseIndex + 1; i < n; i++) org.active[i] = next() < active ? 1 : 0;
        this.drawEvents(org, o.events, x, next);
      }
    });
  }

  /** The population (index into `plan.pops`) each firm of the sample came from. */
  private origin = new Int32Array(64);

  private fillFirm(
    f: FirmBuffer,
    k: number,
    x: Float64Array,
    next: Uniform,
    entryIndex: number | null,
    revenue: number,
  ): void {
    const plan = this.plan;
    const ctx = plan.ctx;
    const n = ctx.nYears;
    const p = plan.pops[k]!;
    if (this.nFirms > this.origin.length) {
      const grown = new Int32Array(this.origin.length * 2);
      grown.set(this.origin);
      this.origin = grown;
    }
    this.origin[this.nFirms - 1] = k;
    f.id = p.kind === "named" ? p.id : `${p.id}#${this.nFirms}`;
    f.sector = p.sector;
    f.tags = p.tags;
    f.inScope = p.inScope;
    f.supporting = false;
    f.entry = entryIndex === null ? null : ctx.firstYear + entryIndex;
    let R = revenue;
    if (!(R > 0)) R = 0;
    const spread = x[p.spread]!;
    const rev = f.revenue;
    rev.fill(Number.NaN);
    const start = entryIndex ?? 0;
    // yearly growth: the population's common rate that year plus the firm's own deviation
    const b = plan.baseIndex;
    const g0 = entryIndex === null ? b : entryIndex + 1;
    for (let i = g0; i < n; i++) {
      let g = x[p.growth[i]!]!;
      if (spread > 0) g += spread * normalQuantile(next() + HALF_STEP);
      if (g < -0.95) g = -0.95;
      if (entryIndex === null && i === b) {
        rev[b] = R;
        rev[b - 1] = R / (1 + g);
      } else if (i === g0 && entryIndex !== null) {
        rev[entryIndex] = R;
        rev[i] = R * (1 + g);
      } else rev[i] = rev[i - 1]! * (1 + g);
    }
    if (entryIndex !== null) rev[entryIndex] = R;
    f.inPark = next() < x[p.inPark]!;
    const rent = f.inPark && p.rent ? Math.max(0, sampleAt(p.rent, u(next))) : 0;
    const rdShare = p.rd ? clamp01(sampleAt(p.rd, u(next))) : 0;
    f.investment.fill(0);
    f.land.fill(0);
    for (let i = 0; i < n; i++) {
      const exists = i >= start && Number.isFinite(rev[i]!);
      f.rent[i] = exists ? rent : 0;
      f.rd[i] = exists ? rev[i]! * rdShare : 0;
      if (!exists || i <= plan.baseIndex || !p.investment) continue;
      const invests = i === entryIndex || next() < x[p.investment.probability]!;
      if (!invests) continue;
      const amount = Math.max(0, sampleAt(p.investment.amount, u(next)));
      f.investment[i] = amount;
      f.land[i] = amount * clamp01(sampleAt(p.investment.land, u(next)));
    }
  }

  private drawEvents(
    h: FirmBuffer | OrganisationBuffer,
    events: readonly EventSpec[],
    x: Float64Array,
    next: Uniform,
  ): void {
    const plan = this.plan;
    const ctx = plan.ctx;
    const firm = h instanceof FirmBuffer;
    for (const e of events) {
      const p = x[e.probability]!;
      if (!(p > 0)) continue;
      if (e.fixed.length > 0 && !eligibleAt(e.fixed, h, ctx, 0)) continue;
      for (let i = plan.baseIndex + 1; i < ctx.nYears; i++) {
        // a firm must exist that year; an organisation's events do not depend on its active years
        if (firm && !Number.isFinite((h as FirmBuffer).revenue[i]!)) continue;
        if (e.yearly.length > 0 && !eligibleAt(e.yearly, h, ctx, i)) continue;
        if (next() < p) {
          h.events.push({
            event: e.event.id,
            year: ctx.firstYear + i,
            cost: e.cost ? Math.max(0, sampleAt(e.cost, u(next))) : 0,
          });
          if (e.event.once) break;
        }
      }
    }
  }
}

/** A uniform strictly inside (0, 1), for quantiles. */
function u(next: Uniform): number {
  return next() + HALF_STEP;
}

/** v within [lo, hi]; NaN gives lo. */
function clamp(v: number, lo: number, hi: number): number {
  if (!(v > lo)) return lo;
  if (v > hi) return hi;
  return v;
}

function clamp01(v: number): number {
  return clamp(v, 0, 1);
}
