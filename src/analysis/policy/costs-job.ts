/**
 * One thread's share of a costing: the engine's runner hands it block
 * numbers; per sample it draws the parameters, builds the firm population,
 * pays every instrument on every recipient and records the sample.
 *
 * A block's numbers are its accumulator's (Welford means and M2 per slot,
 * goal counts) followed by the co-moments of instruments and of inputs with
 * the total; they are merged in block order by the caller. The sketches keep
 * counting across blocks (exact to merge in any order) and are sent once.
 * Streams are seeded from (seed, name, block), so a block's numbers depend
 * only on the block: any number of threads or shards gives the same bytes.
 *
 * A worker thread builds this job with `createJob` (see `engine/block-job.ts`).
 */
import { Accumulator } from "../../engine/accumulator.js";
import type { BlockJob } from "../../engine/block-job.js";
import { aboveScaleRevenue, countAt } from "../../engine/population/aggregates.js";
import { holds } from "../../engine/population/history.js";
import { Population, paramValue } from "../../engine/population/population.js";
import { LogSketch } from "../../engine/sketch.js";
import { BLOCK_SIZE, blockLength, monteCarloColumn, stream, type Uniform } from "../../engine/streams.js";
import type { FirmHistory } from "../../model/firm.js";
import type { Instrument } from "../../model/instrument.js";
import type { Scenario } from "../../model/scenario.js";
import { meets } from "../../model/target.js";
import { CoMoments } from "./comoments.js";
import { type CostPlan, type CostSettings, costPlan } from "./costs-plan.js";
import { evaluateInstrument } from "./evaluate.js";

/** Samples per step of a block (so a thread that also answers workers never holds them up long). */
const STEP = 64;

/** Build the costing job for a worker thread (the `JobSpec` entry point). */
export function createJob(s: Scenario, options: unknown): BlockJob {
  return new CostsJob(costPlan(s, options as CostSettings));
}

export class CostsJob implements BlockJob {
  readonly sketches: LogSketch[];
  private readonly acc: Accumulator;
  private readonly instCo: CoMoments;
  private readonly inputCo: CoMoments;
  private readonly population: Population;
  private readonly columns: Float64Array;
  private readonly x: Float64Array;
  private readonly scratch: Float64Array;
  private readonly instYear: Float64Array;
  private readonly sectYear: Float64Array;
  private readonly instAll: Float64Array;
  private readonly inputValues: Float64Array;
  private streams: Uniform[] = [];
  private applies: Uniform[] = [];
  private n = 0;
  private next = 0;

  constructor(readonly plan: CostPlan) {
    const K = plan.instruments.length;
    const T = plan.years.length;
    this.sketches = Array.from({ length: plan.shape.stats }, () => new LogSketch());
    this.acc = new Accumulator(plan.shape, this.sketches);
    this.instCo = new CoMoments(K);
    this.inputCo = new CoMoments(plan.inputs.length);
    this.population = new Population(plan.pop);
    this.columns = new Float64Array(Math.max(1, plan.drawn.length) * BLOCK_SIZE);
    this.x = Float64Array.from(plan.constants);
    this.scratch = new Float64Array(plan.pop.ctx.nYears);
    this.instYear = new Float64Array(K * T);
    this.sectYear = new Float64Array(plan.sectorRows.length * T);
    this.instAll = new Float64Array(K);
    this.inputValues = new Float64Array(plan.inputs.length);
  }

  runBlock(block: number): Float64Array {
    this.beginBlock(block);
    while (!this.runChunk());
    return this.endBlock();
  }

  /** Draw block `b`'s parameters and open its streams. */
  beginBlock(b: number): void {
    const { plan } = this;
    const { seed, samples } = plan.settings;
    const nb = blockLength(samples, b);
    plan.drawn.forEach((k, d) => {
      monteCarloColumn(stream(seed, plan.params[k]!.key, b), nb, this.columns, d * nb);
    });
    this.streams = [
      ...plan.pop.pops.map((p) => stream(seed, p.key, b)),
      ...plan.pop.orgs.map((p) => stream(seed, p.key, b)),
    ];
    this.applies = plan.instruments.map((i) => stream(seed, `instruments.${i.id}.applies`, b));
    this.acc.resetNumbers();
    this.instCo.reset();
    this.inputCo.reset();
    this.n = nb;
    this.next = 0;
  }

  /** The block's next samples; true when the block is done. */
  runChunk(): boolean {
    const end = Math.min(this.n, this.next + STEP);
    for (let j = this.next; j < end; j++) this.sample(j);
    this.next = end;
    return end >= this.n;
  }

  endBlock(): Float64Array {
    const out = new Float64Array(this.plan.width);
    out.set(this.acc.serializeNumbers());
    const off = this.instCo.write(out, Accumulator.numbersLength(this.plan.shape));
    this.inputCo.write(out, off);
    return out;
  }

  sketchState(): { sketchHeader: Float64Array; sketchData: Float64Array } {
    return this.acc.serializeSketches();
  }

  /** Sample j of the block: draw, build, pay, record. */
  private sample(j: number): void {
    const { plan, x } = this;
    plan.drawn.forEach((k, d) => {
      x[k] = paramValue(plan.params[k]!, this.columns[d * this.n + j]!);
    });
    const population = this.population;
    population.build(x, this.streams);
    this.instYear.fill(0);
    this.sectYear.fill(0);
    const ctx = plan.pop.ctx;
    for (let f = 0; f < population.nFirms; f++) {
      const h = population.firms[f]!;
      const row = plan.sectorIndex.get(`firms:${h.sector}`)!;
      for (const { inst, k } of plan.firmInsts) {
        if (!staticOk(plan.staticConds[k]!, h, ctx)) continue;
        this.pay(inst, k, h, row);
      }
    }
    for (let g = 0; g < population.nOrgs; g++) {
      const h = population.orgs[g]!;
      const row = plan.sectorIndex.get(`organisations:${h.type}`)!;
      plan.instruments.forEach((inst, k) => {
        if (inst.recipients === h.type) this.pay(inst, k, h, row);
      });
    }
    this.record();
  }

  private pay(inst: Instrument, k: number, h: FirmHistory | Population["orgs"][number], row: number): void {
    const { plan, x, scratch } = this;
    const take = x[plan.takeUp[k]!]!;
    if (take < 1 && this.applies[k]!() >= take) return;
    evaluateInstrument(inst, h, plan.pop.ctx, scratch);
    const factor = x[plan.payout[k]!]!;
    const T = plan.years.length;
    for (let t = 0; t < T; t++) {
      const v = scratch[plan.yo + t]! * factor;
      if (v === 0) continue;
      this.instYear[k * T + t]! += v;
      this.sectYear[row * T + t]! += v;
    }
  }

  /** Record the sample: outlays, aggregates, goals, co-moments. */
  private record(): void {
    const { plan, acc: block, instYear, sectYear } = this;
    const { TOTAL, INST, SECT, ALL, INST_ALL, SECT_ALL, PLAN_OUTLAY } = plan.slots;
    const T = plan.years.length;
    const K = plan.instruments.length;
    block.n++;
    let all = 0;
    let planOutlay = 0;
    for (let t = 0; t < T; t++) {
      let sum = 0;
      for (let k = 0; k < K; k++) sum += instYear[k * T + t]!;
      block.observe(TOTAL + t, sum);
      all += sum;
      if (plan.years[t]! <= plan.planTo) planOutlay += sum;
    }
    block.observe(ALL, all);
    block.observe(PLAN_OUTLAY, planOutlay);
    for (let k = 0; k < K; k++) {
      let sum = 0;
      for (let t = 0; t < T; t++) {
        block.observe(INST + k * T + t, instYear[k * T + t]!);
        sum += instYear[k * T + t]!;
      }
      this.instAll[k] = sum;
      block.observe(INST_ALL + k, sum);
    }
    for (let r = 0; r < plan.sectorRows.length; r++) {
      let sum = 0;
      for (let t = 0; t < T; t++) {
        block.observe(SECT + r * T + t, sectYear[r * T + t]!);
        sum += sectYear[r * T + t]!;
      }
      block.observe(SECT_ALL + r, sum);
    }
    this.recordAggregates();
    this.instCo.observe(this.instAll, all);
    const { inputValues } = this;
    inputValues.fill(0);
    for (const k of plan.drawn)
      inputValues[plan.inputOf[k]!]! += this.x[k]! / plan.inputCount[plan.inputOf[k]!]!;
    this.inputCo.observe(inputValues, all);
  }

  /** Above-scale firms and revenue by year, added revenue, and the goals on them. */
  private recordAggregates(): void {
    const { plan, acc: block, population } = this;
    const { COUNT, REVENUE, ADDED, GOAL } = plan.slots;
    const threshold = plan.pop.ctx.threshold;
    const s = plan.scenario;
    const A = plan.aggYears.length;
    for (let a = 0; a < A; a++) {
      block.observe(COUNT + a, countAt(population, plan.ao + a, threshold));
      block.observe(REVENUE + a, aboveScaleRevenue(population, plan.ao + a, threshold) * plan.toRevenueUnit);
    }
    const added =
      aboveScaleRevenue(population, plan.ao + plan.planTo - s.baseYear, threshold) -
      aboveScaleRevenue(population, plan.ao, threshold);
    block.observe(ADDED, added * plan.toRevenueUnit);
    const G = plan.goals.length;
    let allMet = G > 0;
    for (let g = 0; g < G; g++) {
      const tg = plan.goals[g]!;
      const i = plan.ao + tg.year - s.baseYear;
      const m =
        tg.subject === plan.countQuantity
          ? countAt(population, i, threshold)
          : aboveScaleRevenue(population, i, threshold) * plan.toRevenueUnit;
      block.observe(GOAL + g, m);
      block.known[g]!++;
      if (meets(tg.comparator, m, tg.value, tg.tolerance)) block.met[g]!++;
      else allMet = false;
    }
    if (allMet) block.allMet++;
  }
}

/** Static conditions (sector, tags, flags other than above_scale) hold for the firm. */
function staticOk(
  conds: CostPlan["staticConds"][number],
  h: FirmHistory,
  ctx: CostPlan["pop"]["ctx"],
): boolean {
  for (const c of conds) if (!holds(c, h, ctx, 0)) return false;
  return true;
}
