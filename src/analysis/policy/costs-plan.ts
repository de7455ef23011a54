/**
 * Everything a costing needs before it draws a sample: the years costed,
 * the parameters (the population's, then take-up and payout of each
 * instrument), the rows (instruments, sectors), the goals on the quantities
 * the population stands for, and where each statistic lives in the
 * accumulator. Built once per thread from the scenario and the options, so
 * every thread and shard lays out the same statistics.
 */
import { fail } from "../../diagnostics.js";
import type { AccumulatorShape } from "../../engine/accumulator.js";
import { prepare } from "../../engine/distributions/index.js";
import {
  isFixed,
  type Param,
  type PopulationPlan,
  paramValue,
  populationPlan,
} from "../../engine/population/population.js";
import { isUncertain } from "../../model/distribution.js";
import type { Condition } from "../../model/firm.js";
import type { Instrument } from "../../model/instrument.js";
import type { Names } from "../../model/quantity.js";
import type { Scenario } from "../../model/scenario.js";
import type { Target } from "../../model/target.js";
import { CoMoments } from "./comoments.js";

/** The most samples a costing may ask for. */
export const MAX_COST_SAMPLES = 10_000_000;

/** The settings of a costing run (structured-cloneable: workers receive them). */
export interface CostSettings {
  samples: number;
  seed: number;
  /** Last year costed (default: two years past the horizon, for commitments that run on). */
  to?: number;
}

export interface SectorRow {
  id: string;
  names: Names;
  kind: "firms" | "organisations";
}

/** Offsets of the statistic slots in the accumulator. */
export interface CostSlots {
  TOTAL: number;
  INST: number;
  SECT: number;
  ALL: number;
  INST_ALL: number;
  SECT_ALL: number;
  COUNT: number;
  REVENUE: number;
  PLAN_OUTLAY: number;
  ADDED: number;
  GOAL: number;
}

export interface CostPlan {
  scenario: Scenario;
  settings: CostSettings;
  instruments: Instrument[];
  pop: PopulationPlan;
  /** First year paid … last year costed. */
  from: number;
  to: number;
  years: number[];
  /** Last year of the plan period (the horizon, or `to` if earlier). */
  planTo: number;
  /** Index of `from` in the population's years. */
  yo: number;
  params: Param[];
  takeUp: number[];
  payout: number[];
  /** Params drawn per sample (uncertain), by index into `params`. */
  drawn: number[];
  constants: Float64Array;
  /** Inputs ranked as drivers (yearly draws of one assumption share one). */
  inputs: string[];
  inputOf: Int32Array;
  inputCount: Float64Array;
  sectorRows: SectorRow[];
  sectorIndex: Map<string, number>;
  /** Instruments paid to firms (not to organisations), with their index. */
  firmInsts: Array<{ inst: Instrument; k: number }>;
  staticConds: Condition[][];
  goals: Target[];
  countQuantity: string | undefined;
  revenueUnit: Scenario["unit"];
  /** Firms' unit → revenue unit. */
  toRevenueUnit: number;
  aggYears: number[];
  /** Index of the base year in the population's years. */
  ao: number;
  slots: CostSlots;
  shape: AccumulatorShape;
  /** Length of a block's numbers: the accumulator's, then the co-moments of instruments and of inputs. */
  width: number;
}

/** Years a … b. */
export function yearRange(a: number, b: number): number[] {
  return Array.from({ length: b - a + 1 }, (_, k) => a + k);
}

/**
 * Plan a costing: check the options and lay out parameters and statistics.
 *
 * @example
 * const plan = costPlan(liaocheng, { samples: 10_000, seed: 1 });
 * plan.years // [2023, 2024, 2025, 2026, 2027]
 */
export function costPlan(s: Scenario, settings: CostSettings): CostPlan {
  const instruments = s.instruments ?? [];
  if (!s.firms || instruments.length === 0) fail("E_COSTS_NO_POLICY", { file: s.provenance.file });
  const firms = s.firms;
  const samples = settings.samples;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_COST_SAMPLES) {
    fail("E_TOO_MANY_SAMPLES", { samples, max: MAX_COST_SAMPLES });
  }
  const to = settings.to ?? s.horizon + 2;
  if (to <= s.baseYear || to > s.horizon + 30) {
    fail("E_YEAR_OUT_OF_RANGE", { year: to, from: s.baseYear + 1, to: s.horizon + 30 });
  }
  const pop = populationPlan(s, to);
  const ctx = pop.ctx;
  let first = Number.POSITIVE_INFINITY;
  for (const i of instruments) first = Math.min(first, i.years.from);
  const from = Math.max(ctx.firstYear + 1, first);
  if (from > to) fail("E_YEAR_BEFORE_PAYMENT", { year: to, first: from });

  // ── parameters: the population's, then take-up and payout of each instrument ──
  const params: Param[] = [...pop.params];
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
  const sectorRows: SectorRow[] = [
    ...[...firms.sectors.values()].map((x) => ({ id: x.id, names: x.names, kind: "firms" as const })),
    ...[...firms.organisations.values()].map((x) => ({
      id: x.id,
      names: x.names,
      kind: "organisations" as const,
    })),
  ];

  // ── goals on the quantities the population stands for ──
  const agg = firms.aggregates;
  const revenueQ = agg.revenue ? s.quantities.get(agg.revenue) : undefined;
  const revenueUnit = revenueQ?.unit ?? s.unit;
  const goals = populationGoals(s, to);
  const aggYears = yearRange(s.baseYear, to);
  const years = yearRange(from, to);
  const slots = costSlots(years.length, instruments.length, sectorRows.length, aggYears.length, goals.length);
  const shape = { stats: slots.GOAL + goals.length, targets: goals.length, groups: 0, verdicts: 0 };
  return {
    scenario: s,
    settings,
    instruments,
    pop,
    from,
    to,
    years,
    planTo: Math.min(s.horizon, to),
    yo: from - ctx.firstYear,
    params,
    takeUp,
    payout,
    drawn,
    constants,
    inputs,
    inputOf,
    inputCount,
    sectorRows,
    sectorIndex: new Map(sectorRows.map((r, k) => [`${r.kind}:${r.id}`, k])),
    firmInsts: instruments.map((inst, k) => ({ inst, k })).filter((x) => x.inst.recipients === null),
    staticConds: instruments.map((inst) => inst.eligible.filter(isFixed)),
    goals,
    countQuantity: agg.count,
    revenueUnit,
    toRevenueUnit: 10 ** (firms.unit.exp - revenueUnit.exp),
    aggYears,
    ao: s.baseYear - ctx.firstYear,
    slots,
    shape,
    width:
      2 +
      3 * shape.stats +
      2 * shape.targets +
      CoMoments.length(instruments.length) +
      CoMoments.length(inputs.length),
  };
}

/**
 * The level goals on the quantities a firm population stands for
 * (`firms.aggregates`), from the base year to `to`: the population decides them.
 */
export function populationGoals(s: Scenario, to: number): Target[] {
  const agg = s.firms?.aggregates;
  if (!agg) return [];
  return s.targets.filter(
    (t) =>
      t.kind === "level" &&
      (t.subject === agg.count || t.subject === agg.revenue) &&
      t.year >= s.baseYear &&
      t.year <= to,
  );
}

/** Slot offsets: totals by year, instruments × years, sectors × years, sums over years, aggregates by year, goals. */
function costSlots(T: number, K: number, S: number, A: number, G: number): CostSlots {
  let o = 0;
  const take = (n: number) => {
    const at = o;
    o += n;
    return at;
  };
  const TOTAL = take(T);
  const INST = take(K * T);
  const SECT = take(S * T);
  const ALL = take(1);
  const INST_ALL = take(K);
  const SECT_ALL = take(S);
  const COUNT = take(A);
  const REVENUE = take(A);
  const PLAN_OUTLAY = take(1);
  const ADDED = take(1);
  const GOAL = take(G);
  return { TOTAL, INST, SECT, ALL, INST_ALL, SECT_ALL, COUNT, REVENUE, PLAN_OUTLAY, ADDED, GOAL };
}
