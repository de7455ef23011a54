/**
 * What a subsidy schedule costs, year by year, under uncertainty — and
 * whether the firm goals it serves hold.
 *
 * Each sample draws a firm population (`population.ts`), evaluates every
 * instrument on every recipient (the rules of `evaluate.ts`), applies
 * take-up and payout, and records: outlays by year in total, by instrument
 * and by sector (organisations are their own rows); the above-scale firm
 * count and revenue by year; whether each level goal on the quantities the
 * population stands for (`firms.aggregates`) is met.
 *
 * Samples run in blocks of 2048 whose random streams are seeded from (seed,
 * name, block); each block's statistics (the engine's `Accumulator`: Welford
 * means, quantile sketches, counts) are merged in block order, so the same
 * seed gives the same bytes, and memory does not grow with the number of
 * samples. P50 and P90 come from the sketches, within 0.5%.
 *
 * Which instruments dominate the budget: each instrument's share of the
 * variance of the total over all years costed, cov(instrument, total) /
 * var(total) (the shares sum to 1). Which assumptions drive it: the
 * correlation of each sampled parameter (yearly draws averaged) with the
 * total.
 */
import { fail } from "../../diagnostics.js";
import { Accumulator } from "../../engine/accumulator.js";
import { prepare } from "../../engine/distributions/index.js";
import {
  BLOCK_SIZE,
  blockCount,
  blockLength,
  monteCarloColumn,
  stream,
  type Uniform,
} from "../../engine/streams.js";
import { isUncertain } from "../../model/distribution.js";
import type { Condition, FirmHistory } from "../../model/firm.js";
import type { Instrument } from "../../model/instrument.js";
import type { Names } from "../../model/quantity.js";
import type { Scenario } from "../../model/scenario.js";
import { meets, type Target } from "../../model/target.js";
import { wilsonInterval } from "../../numeric/wilson-interval.js";
import { CoMoments } from "./comoments.js";
import { evaluateInstrument } from "./evaluate.js";
import { holds, type PolicyContext } from "./history.js";
import { isFixed, type Param, Population, paramValue, populationPlan } from "./population.js";

/** The most samples a costing may ask for. */
export const MAX_COST_SAMPLES = 10_000_000;

export interface CostOptions {
  samples: number;
  seed: number;
  /** Last year costed (default: two years past the horizon, for commitments that run on). */
  to?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Statistics of one number across samples. */
export interface Summary {
  mean: number;
  sd: number;
  p10: number;
  p50: number;
  p90: number;
}

/** Statistics by year, one entry per year. */
export type YearStats = Record<keyof Summary, number[]>;

export interface Probability {
  count: number;
  probability: number;
  ci95: [number, number];
}

export interface CostResult {
  samples: number;
  seed: number;
  /** Money unit of outlays (the firms' unit). */
  unit: string;
  /** Years costed. */
  years: number[];
  /** The plan's years: first year paid to the horizon. */
  planYears: { from: number; to: number };
  total: YearStats;
  /** The sum over every year costed. */
  allYears: Summary;
  instruments: Array<{
    instrument: Instrument;
    byYear: YearStats;
    allYears: Summary;
    /** Share of the expected total. */
    share: number;
    /** cov(instrument, total) / var(total), over all years costed. */
    varianceShare: number;
  }>;
  sectors: Array<{
    id: string;
    names: Names;
    kind: "firms" | "organisations";
    byYear: YearStats;
    allYears: Summary;
    share: number;
  }>;
  aggregates: {
    years: number[];
    count: YearStats;
    /** In `revenueUnit`. */
    revenue: YearStats;
    revenueUnit: string;
    countQuantity: string | null;
    revenueQuantity: string | null;
  };
  goals: Array<Probability & { target: Target; known: number; measure: Summary }>;
  /** Every goal above met in the same sample; null without goals. */
  allGoals: Probability | null;
  /** Expected plan-period outlays per unit of expected added above-scale revenue. */
  costPerAddedRevenue: {
    outlay: number;
    added: number;
    /** outlay / added, in `unit` per `revenueUnit`. */
    value: number;
    from: number;
    to: number;
  };
  drivers: Array<{ input: string; correlation: number }>;
}

/**
 * Cost a scenario's instruments.
 *
 * @example
 * const r = simulateCosts(await loadScenario("scenarios/liaocheng-it-2025.yaml"), { samples: 10_000, seed: 1 });
 * r.total.p90 // P90 budget by year, 万元
 */
export function simulateCosts(s: Scenario, opts: CostOptions): CostResult {
  const instruments = s.instruments ?? [];
  if (!s.firms || instruments.length === 0) fail("E_COSTS_NO_POLICY", { file: s.provenance.file });
  const firms = s.firms;
  const samples = opts.samples;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_COST_SAMPLES) {
    fail("E_USAGE", {
      detail: `samples must be a whole number from 1 to ${MAX_COST_SAMPLES}, not ${samples}`,
    });
  }
  const to = opts.to ?? s.horizon + 2;
  if (to <= s.baseYear || to > s.horizon + 30) {
    fail("E_YEAR_OUT_OF_RANGE", { year: to, from: s.baseYear + 1, to: s.horizon + 30 });
  }
  const plan = populationPlan(s, to);
  const ctx = plan.ctx;
  const from = Math.max(ctx.firstYear + 1, Math.min(...instruments.map((i) => i.years.from)));
  if (from > to) fail("E_YEAR_BEFORE_PAYMENT", { year: to, first: from });
  const years = range(from, to);
  const T = years.length;
  const yo = from - ctx.firstYear;
  const planTo = Math.min(s.horizon, to);

  // ── parameters: the population's, then take-up and payout of each instrument ──
  const params: Param[] = [...plan.params];
  const instParam = (inst: Instrument, what: "take_up" | "payout") => {
    const value = what === "take_up" ? inst.takeUp : inst.payout;
    params.push({
      key: `instruments.${inst.id}.${what}`,
      input: `instruments.${inst.id}.${what}`,
      value,
      prepared: prepare(value.dist),
      count: false,
      share: true,
    });
    return params.length - 1;
  };
  const takeUp = instruments.map((i) => instParam(i, "take_up"));
  const payout = instruments.map((i) => instParam(i, "payout"));
  const P = params.length;
  const drawn = params.map((p, k) => (isUncertain(p.value) ? k : -1)).filter((k) => k >= 0);
  const constants = new Float64Array(P);
  params.forEach((p, k) => {
    constants[k] = paramValue(p, 0.5);
  });
  const inputs = [...new Set(drawn.map((k) => params[k]!.input))];
  const inputOf = new Int32Array(P).fill(-1);
  for (const k of drawn) inputOf[k] = inputs.indexOf(params[k]!.input);
  const inputCount = new Float64Array(inputs.length);
  for (const k of drawn) inputCount[inputOf[k]!]!++;

  // ── rows: instruments, sectors (firm sectors, then organisation types) ──
  const K = instruments.length;
  const sectorRows = [
    ...[...firms.sectors.values()].map((x) => ({ id: x.id, names: x.names, kind: "firms" as const })),
    ...[...firms.organisations.values()].map((x) => ({
      id: x.id,
      names: x.names,
      kind: "organisations" as const,
    })),
  ];
  const S = sectorRows.length;
  const sectorIndex = new Map(sectorRows.map((r, k) => [`${r.kind}:${r.id}`, k]));
  const firmInsts = instruments.map((inst, k) => ({ inst, k })).filter((x) => x.inst.recipients === null);
  const staticConds: Condition[][] = instruments.map((inst) => inst.eligible.filter(isFixed));

  // ── goals on the quantities the population stands for ──
  const agg = firms.aggregates;
  const revenueQ = agg.revenue ? s.quantities.get(agg.revenue) : undefined;
  const revenueUnit = revenueQ?.unit ?? s.unit;
  const toRevenueUnit = 10 ** (firms.unit.exp - revenueUnit.exp);
  const goals = s.targets.filter(
    (t) =>
      t.kind === "level" &&
      (t.subject === agg.count || t.subject === agg.revenue) &&
      t.year >= s.baseYear &&
      t.year <= to,
  );
  const G = goals.length;
  const aggYears = range(s.baseYear, to);
  const A = aggYears.length;
  const ao = s.baseYear - ctx.firstYear;

  // ── statistic slots ──
  let o = 0;
  const TOTAL = o;
  o += T;
  const INST = o;
  o += K * T;
  const SECT = o;
  o += S * T;
  const ALL = o;
  o += 1;
  const INST_ALL = o;
  o += K;
  const SECT_ALL = o;
  o += S;
  const COUNT = o;
  o += A;
  const REVENUE = o;
  o += A;
  const PLAN_OUTLAY = o;
  o += 1;
  const ADDED = o;
  o += 1;
  const GOAL = o;
  o += G;
  const shape = { stats: o, targets: G, groups: 0, verdicts: 0 };
  const acc = new Accumulator(shape);
  const block = new Accumulator(shape);
  const instCo = new CoMoments(K);
  const inputCo = new CoMoments(inputs.length);
  const blockInstCo = new CoMoments(K);
  const blockInputCo = new CoMoments(inputs.length);

  const population = new Population(plan);
  const columns = new Float64Array(Math.max(1, drawn.length) * BLOCK_SIZE);
  const x = Float64Array.from(constants);
  const scratch = new Float64Array(ctx.nYears);
  const instYear = new Float64Array(K * T);
  const sectYear = new Float64Array(S * T);
  const instAll = new Float64Array(K);
  const inputValues = new Float64Array(inputs.length);
  const goalMet = new Uint8Array(G);

  const pay = (
    inst: Instrument,
    k: number,
    h: FirmHistory | Population["orgs"][number],
    row: number,
    applies: Uniform,
  ) => {
    const take = x[takeUp[k]!]!;
    if (take < 1 && applies() >= take) return;
    evaluateInstrument(inst, h, ctx, scratch);
    const factor = x[payout[k]!]!;
    for (let t = 0; t < T; t++) {
      const v = scratch[yo + t]! * factor;
      if (v === 0) continue;
      instYear[k * T + t]! += v;
      sectYear[row * T + t]! += v;
    }
  };

  const blocks = blockCount(samples);
  for (let b = 0; b < blocks; b++) {
    const nb = blockLength(samples, b);
    drawn.forEach((k, d) => {
      monteCarloColumn(stream(opts.seed, params[k]!.key, b), nb, columns, d * nb);
    });
    const streams = [
      ...plan.pops.map((p) => stream(opts.seed, p.key, b)),
      ...plan.orgs.map((p) => stream(opts.seed, p.key, b)),
    ];
    const applies = instruments.map((i) => stream(opts.seed, `instruments.${i.id}.applies`, b));
    block.reset();
    blockInstCo.reset();
    blockInputCo.reset();
    for (let j = 0; j < nb; j++) {
      drawn.forEach((k, d) => {
        x[k] = paramValue(params[k]!, columns[d * nb + j]!);
      });
      population.build(x, streams);
      instYear.fill(0);
      sectYear.fill(0);
      for (let f = 0; f < population.nFirms; f++) {
        const h = population.firms[f]!;
        const row = sectorIndex.get(`firms:${h.sector}`)!;
        for (const { inst, k } of firmInsts) {
          if (!staticOk(staticConds[k]!, h, ctx)) continue;
          pay(inst, k, h, row, applies[k]!);
        }
      }
      for (let g = 0; g < population.nOrgs; g++) {
        const h = population.orgs[g]!;
        const row = sectorIndex.get(`organisations:${h.type}`)!;
        for (let k = 0; k < K; k++) {
          if (instruments[k]!.recipients === h.type) pay(instruments[k]!, k, h, row, applies[k]!);
        }
      }
      // ── record the sample ──
      block.n++;
      let all = 0;
      let planOutlay = 0;
      for (let t = 0; t < T; t++) {
        let sum = 0;
        for (let k = 0; k < K; k++) sum += instYear[k * T + t]!;
        block.observe(TOTAL + t, sum);
        all += sum;
        if (years[t]! <= planTo) planOutlay += sum;
      }
      block.observe(ALL, all);
      block.observe(PLAN_OUTLAY, planOutlay);
      for (let k = 0; k < K; k++) {
        let sum = 0;
        for (let t = 0; t < T; t++) {
          block.observe(INST + k * T + t, instYear[k * T + t]!);
          sum += instYear[k * T + t]!;
        }
        instAll[k] = sum;
        block.observe(INST_ALL + k, sum);
      }
      for (let r = 0; r < S; r++) {
        let sum = 0;
        for (let t = 0; t < T; t++) {
          block.observe(SECT + r * T + t, sectYear[r * T + t]!);
          sum += sectYear[r * T + t]!;
        }
        block.observe(SECT_ALL + r, sum);
      }
      for (let a = 0; a < A; a++) {
        let count = 0;
        let revenue = 0;
        for (let f = 0; f < population.nFirms; f++) {
          const h = population.firms[f]!;
          const r = h.revenue[ao + a]!;
          if (h.inScope && r >= ctx.threshold) {
            count++;
            revenue += r;
          }
        }
        block.observe(COUNT + a, count);
        block.observe(REVENUE + a, revenue * toRevenueUnit);
      }
      const added =
        aboveScaleRevenue(population, ao + planTo - s.baseYear, ctx.threshold) -
        aboveScaleRevenue(population, ao, ctx.threshold);
      block.observe(ADDED, added * toRevenueUnit);
      let allMet = G > 0;
      goals.forEach((tg, g) => {
        const i = ao + tg.year - s.baseYear;
        const m =
          tg.subject === agg.count
            ? countAt(population, i, ctx.threshold)
            : aboveScaleRevenue(population, i, ctx.threshold) * toRevenueUnit;
        block.observe(GOAL + g, m);
        block.known[g]!++;
        const ok = meets(tg.comparator, m, tg.value, tg.tolerance);
        goalMet[g] = ok ? 1 : 0;
        if (ok) block.met[g]!++;
        else allMet = false;
      });
      if (allMet) block.allMet++;
      blockInstCo.observe(instAll, all);
      inputValues.fill(0);
      for (const k of drawn) inputValues[inputOf[k]!]! += x[k]! / inputCount[inputOf[k]!]!;
      blockInputCo.observe(inputValues, all);
    }
    acc.merge(block.serialize());
    instCo.merge(blockInstCo);
    inputCo.merge(blockInputCo);
    opts.onProgress?.(Math.min(samples, (b + 1) * BLOCK_SIZE), samples);
  }

  // ── summaries ──
  /** Counts are whole numbers and the sketch is within 0.5%: below 100, rounding gives them exactly. */
  const summary = (i: number, whole = false): Summary => {
    const sk = acc.sketches[i]!;
    const q = (p: number) => (whole ? Math.round(sk.quantile(p)) : sk.quantile(p));
    return {
      mean: acc.count[i]! > 0 ? acc.mean[i]! : Number.NaN,
      sd: acc.sd(i),
      p10: q(0.1),
      p50: q(0.5),
      p90: q(0.9),
    };
  };
  const series = (start: number, len: number, whole = false): YearStats => {
    const out: YearStats = { mean: [], sd: [], p10: [], p50: [], p90: [] };
    for (let t = 0; t < len; t++) {
      const sm = summary(start + t, whole);
      for (const key of Object.keys(out) as Array<keyof Summary>) out[key].push(sm[key]);
    }
    return out;
  };
  const N = acc.n;
  const probability = (count: number): Probability => ({
    count,
    probability: count / N,
    ci95: wilsonInterval(count, N),
  });
  const allMean = acc.mean[ALL]!;
  const share = (m: number) => (allMean > 0 ? m / allMean : Number.NaN);
  const outlay = acc.mean[PLAN_OUTLAY]!;
  const added = acc.mean[ADDED]!;
  return {
    samples: N,
    seed: opts.seed,
    unit: firms.unit.symbol,
    years,
    planYears: { from, to: planTo },
    total: series(TOTAL, T),
    allYears: summary(ALL),
    instruments: instruments.map((instrument, k) => ({
      instrument,
      byYear: series(INST + k * T, T),
      allYears: summary(INST_ALL + k),
      share: share(acc.mean[INST_ALL + k]!),
      varianceShare: instCo.varianceShare(k),
    })),
    sectors: sectorRows.map((r, k) => ({
      ...r,
      byYear: series(SECT + k * T, T),
      allYears: summary(SECT_ALL + k),
      share: share(acc.mean[SECT_ALL + k]!),
    })),
    aggregates: {
      years: aggYears,
      count: series(COUNT, A, true),
      revenue: series(REVENUE, A),
      revenueUnit: revenueUnit.symbol,
      countQuantity: agg.count ?? null,
      revenueQuantity: agg.revenue ?? null,
    },
    goals: goals.map((target, g) => ({
      target,
      known: acc.known[g]!,
      ...probability(acc.met[g]!),
      measure: summary(GOAL + g, target.subject === agg.count),
    })),
    allGoals: G > 0 ? probability(acc.allMet) : null,
    costPerAddedRevenue: { outlay, added, value: added > 0 ? outlay / added : Number.NaN, from, to: planTo },
    drivers: inputs
      .map((input, k) => ({ input, correlation: inputCo.correlation(k) }))
      .filter((d) => Number.isFinite(d.correlation))
      .sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation) || (a.input < b.input ? -1 : 1)),
  };
}

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/** Static conditions (sector, tags, flags other than above_scale) hold for the firm. */
function staticOk(conds: readonly Condition[], h: FirmHistory, ctx: PolicyContext): boolean {
  for (const c of conds) if (!holds(c, h, ctx, 0)) return false;
  return true;
}

function countAt(p: Population, i: number, threshold: number): number {
  let c = 0;
  for (let f = 0; f < p.nFirms; f++) {
    const h = p.firms[f]!;
    if (h.inScope && h.revenue[i]! >= threshold) c++;
  }
  return c;
}

/** Above-scale revenue of in-scope firms in year index i (firms' unit). */
function aboveScaleRevenue(p: Population, i: number, threshold: number): number {
  let sum = 0;
  for (let f = 0; f < p.nFirms; f++) {
    const h = p.firms[f]!;
    const r = h.revenue[i]!;
    if (h.inScope && r >= threshold) sum += r;
  }
  return sum;
}
