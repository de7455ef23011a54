/**
 * The simulation kernel: one block of samples at a time, on typed arrays
 * allocated once per run (no allocation per sample on the fast path).
 *
 * Per block:
 * 1. every dimension's uniforms come from its own stream (plain Monte Carlo
 *    or a Latin hypercube column), one column per dimension; in plain Monte
 *    Carlo, normal, lognormal and truncated normal inputs outside the copula
 *    and AR(1) chains are drawn from their stream by the ziggurat
 *    (`drawColumn`) instead;
 * 2. copula, sample by sample: the normal scores z = Φ⁻¹(u) of each
 *    correlated group are mixed, z' = L z (L the Cholesky factor of the
 *    correlation matrix); yearly draws with autocorrelation ρ follow
 *    z_t = ρ z_{t−1} + √(1−ρ²) e_t, e_t the year's (possibly correlated)
 *    innovation, so every year keeps the input's marginal distribution and
 *    successive years correlate by ρ on the normal-score scale; scores go
 *    back to uniforms u = Φ(z);
 * 3. every other column is drawn by its inverse CDF, in place (`sampleColumn`: the
 *    distribution's kind chosen once per column).
 *
 * Then chunk by chunk (16 to 256 samples, `chunkSize`), slot-major: the
 * projection runs from the operations table quantity by quantity in
 * dependency order, each year one row over the chunk's samples (formulas
 * sample by sample with one reused scope); right after a quantity is
 * projected, each of its reported years is observed as a row (shifted sums
 * for the block's mean and M2, `BlockMoments`; bucket increments in the
 * slot's sketch, `LogSketch.addRow`) while the row is in cache, and so are
 * the measures of the goals that need nothing projected later; then goals,
 * groups and verdict checks are counted. Quantities that nothing reads
 * later share one set of rows (`rowLayout`), so a chunk's values stay in
 * cache however many quantities there are.
 *
 * Sketches keep counting across blocks (their counts are integers, exact in
 * any order); a block returns only its numbers (counts, means, M2, goal
 * counts), merged in block order by the caller.
 */

import { ChainsimError, diagnostic } from "../diagnostics.js";
import type { EvaluateWithCode, FormulaRow } from "../formula/codegen.js";
import type { Bilingual } from "../i18n/lang.js";
import { FORMULA, formulaEvalError } from "../i18n/text/formula.js";
import type { UncertainValue } from "../model/distribution.js";
import { meets } from "../model/target.js";
import { Accumulator } from "./accumulator.js";
import { BlockMoments } from "./block-moments.js";
import { drawColumn, drawsDirectly } from "./distributions/draw-column.js";
import { normalCdf, normalQuantile, sampleColumn } from "./distributions/index.js";
import { latinHypercubeColumn } from "./lhs.js";
import { measureTargetRow } from "./measure.js";
import {
  type CompiledFormula,
  OP_DERIVED,
  OP_FORMULA,
  OP_GROW,
  OP_GROW_FORMULA,
  OP_IMPLIED,
  OP_SET,
  type Plan,
} from "./plan.js";
import { PopulationAggregates } from "./population/aggregates.js";
import { project } from "./project.js";
import { sobolSequence } from "./qmc/sobol-sequence.js";
import { type RowLayout, rowLayout } from "./row-layout.js";
import { LogSketch } from "./sketch.js";
import { BLOCK_SIZE, blockLength, type Xoshiro, xoshiroColumn, xoshiroStream } from "./streams.js";
import type { VerdictSample } from "./verdicts.js";

/** Uniforms are kept inside [2⁻⁵³, 1 − 2⁻⁵³] after a copula round trip. */
const MIN_U = 1.1102230246251565e-16;
const MAX_U = 1 - 1.1102230246251565e-16;

/** Receives a quantity's rows right after the kernel projected them (see `Kernel.projectGiven`). */
export type RowsTaker = (q: number, rows: Float64Array, row: number, chunk: number) => void;

export interface KernelSettings {
  samples: number;
  seed: number | string;
  /** Latin hypercube sampling (per block) instead of plain Monte Carlo. */
  lhs: boolean;
  /**
   * Quasi-Monte Carlo: sample i's uniforms are point i of one scrambled
   * Sobol' sequence (qmc/sobol-sequence.ts, scrambled by the seed), through
   * the inverse CDFs; blocks take consecutive runs of points, so the result
   * does not depend on workers or shards.
   */
  qmc?: boolean;
  /** Project each sample with `project()` instead of the operations table (slow; the reference in tests). */
  reference?: boolean;
}

export class Kernel {
  /** The current block's counts, means and M2 and goal counts; its sketches are `sketches`. */
  readonly acc: Accumulator;
  /**
   * One sketch per statistic slot, counting every block this kernel has run
   * (bucket counts are integers: sketches merge exactly in any order, so
   * they need not travel with each block).
   */
  readonly sketches: LogSketch[];
  /** The block's count, mean and M2 per statistic slot, a row at a time. */
  private readonly moments: BlockMoments;
  /**
   * A whole block's uniforms, column d at [d·n, (d+1)·n), turned into draws
   * in place: for Latin hypercubes (each column is a permutation of the
   * block's strata) and the test helpers; allocated when first needed.
   */
  private blockColumns: Float64Array | undefined;
  /** Plain Monte Carlo: each dimension's stream for the current block, read a chunk at a time. */
  private readonly streams: Xoshiro[];
  /**
   * Plain Monte Carlo: 1 for the dimensions drawn straight from their stream
   * (normal, lognormal, truncated normal outside the copula and AR(1)
   * chains: the ziggurat, `drawColumn`), 0 for those drawn by inverse CDF.
   */
  private readonly direct: Uint8Array;
  /** Plain Monte Carlo: the chunk's draws, column d at [d·chunk, d·chunk + c). */
  private readonly chunkColumns: Float64Array;
  private readonly perm: Int32Array;
  private readonly score: Float64Array;
  private readonly z: Float64Array;
  /** One sample's value slots, draws then constants (the reference path). */
  readonly x: Float64Array;
  /** Samples per chunk (fixed by the plan's size, so the same in every thread and shard). */
  readonly chunk: number;
  /** Where each quantity's rows are (most quantities share one set: see `rowLayout`). */
  private readonly layout: RowLayout;
  /** The chunk's values, slot-major: year i of quantity q, sample j at rows[(layout.base[q] + i)·chunk + j]. */
  private readonly rows: Float64Array;
  private readonly rowWords: Uint32Array;
  /** The chunk's goal measures: goal t of sample j at measures[t·chunk + j]. */
  private readonly measures: Float64Array;
  private readonly measureWords: Uint32Array;
  /** Whether goal t was met in sample j, at [t·chunk + j]. */
  private readonly metFlags: Uint8Array;
  /** Goals met per sample of the chunk. */
  private readonly metCount: Int32Array;
  private readonly nShown: number;
  private readonly view: VerdictSample;
  private verdictIndex = 0;
  private readonly scope: Record<string, number> = {};
  /** Per formula, its generated code (codegen.ts) if it has one, and the code's argument array. */
  private readonly codes: (
    | { row: FormulaRow; offs: Int32Array; scale: Float64Array; slots: Int32Array; own: number }
    | undefined
  )[];
  /** Where the chunk's draws are: slot d < D of sample j at src[d·stride + at + j]. */
  private src: Float64Array;
  private stride = 0;
  private at = 0;
  /** The sample of the chunk that formulas and verdict checks read. */
  private sample = 0;
  /** The block's firm-population aggregates, for quantities derived from them (OP_DERIVED). */
  private readonly aggregates: PopulationAggregates | undefined;
  /** The chunk's first sample within the block. */
  private chunkStart = 0;

  constructor(
    readonly plan: Plan,
    readonly settings: KernelSettings,
  ) {
    const D = plan.dims.length;
    this.streams = new Array<Xoshiro>(D);
    this.direct = Uint8Array.from(plan.dims, (dim, d) =>
      !settings.lhs && !settings.qmc && !plan.scored[d] && drawsDirectly(dim.prepared) ? 1 : 0,
    );
    this.perm = new Int32Array(BLOCK_SIZE);
    this.score = new Float64Array(D);
    this.z = new Float64Array(Math.max(1, ...plan.groups.map((g) => g.size)));
    this.x = Float64Array.from(plan.slots);
    this.nShown = plan.years.length;
    const T = plan.targets.length;
    const shape = {
      stats: plan.ids.length * this.nShown + T,
      targets: T,
      groups: plan.groupNames.length,
      verdicts: plan.verdicts.length,
    };
    this.codes = plan.formulas.map((f) => {
      const code = (f.spec.evaluate as EvaluateWithCode).code;
      if (!code) return undefined;
      const slots = Int32Array.from(f.refs, (r) => code.refs.indexOf(r));
      const own = code.refs.indexOf(f.id);
      const scale = new Float64Array(code.refs.length);
      slots.forEach((k, r) => {
        scale[k] = f.fractions[r]!;
      });
      if (own >= 0) scale[own] = f.ownFraction;
      return { row: code.row, offs: new Int32Array(code.refs.length), scale, slots, own };
    });
    this.sketches = Array.from({ length: shape.stats }, () => new LogSketch());
    this.acc = new Accumulator(shape, this.sketches);
    this.moments = new BlockMoments(shape.stats);
    this.layout = rowLayout(plan, settings.reference === true);
    const R = this.layout.rows;
    this.chunk = chunkSize(R + T);
    const C = this.chunk;
    this.rows = new Float64Array(Math.max(1, R) * C);
    this.rowWords = new Uint32Array(this.rows.buffer);
    this.measures = new Float64Array(Math.max(1, T) * C);
    this.measureWords = new Uint32Array(this.measures.buffer);
    this.metFlags = new Uint8Array(Math.max(1, T) * C);
    this.metCount = new Int32Array(C);
    this.chunkColumns = new Float64Array(Math.max(1, D) * C);
    this.src = this.chunkColumns;
    if (plan.derived.length > 0)
      this.aggregates = new PopulationAggregates(
        plan.scenario,
        plan.derived,
        settings.seed,
        settings.samples,
      );
    const rows = this.rows;
    const base = this.layout.base;
    this.view = {
      // verdict checks keep every quantity's rows (see rowLayout)
      value: (id, year) => {
        const q = plan.index.get(id);
        const i = year - plan.firstYear;
        return q === undefined || i < 0 || i >= plan.nYears
          ? Number.NaN
          : rows[(base[q]! + i) * C + this.sample]!;
      },
      input: (k) => {
        const d = plan.verdictDims[this.verdictIndex]![k];
        return d === undefined || d < 0
          ? (plan.verdicts[this.verdictIndex]!.inputs?.[k]?.value.central ?? Number.NaN)
          : this.src[d * this.stride + this.at + this.sample]!;
      },
    };
  }

  /** The block-sized columns, allocated when first needed. */
  private get columns(): Float64Array {
    this.blockColumns ??= new Float64Array(Math.max(1, this.plan.dims.length) * BLOCK_SIZE);
    return this.blockColumns;
  }

  /** Fill the block's uniforms, one column per dimension. */
  private fillColumns(block: number, n: number): void {
    const { dims } = this.plan;
    const cols = this.columns;
    if (this.settings.qmc) {
      cols.set(sobolSequence(n, dims.length, { seed: this.settings.seed, skip: block * BLOCK_SIZE }));
      return;
    }
    for (let d = 0; d < dims.length; d++) {
      const a = xoshiroStream(this.settings.seed, dims[d]!.key, block);
      if (this.settings.lhs) latinHypercubeColumn(() => a.next(), n, cols, d * n, this.perm);
      else if (this.direct[d]) drawColumn(dims[d]!.prepared, a, cols, d * n, n);
      else xoshiroColumn(a, n, cols, d * n);
    }
  }

  /**
   * Turn uniforms into draws, in place, in columns of `stride` from `cols[0]`
   * (c samples each): the copula and AR(1) chains, then every inverse CDF.
   */
  private drawColumns(cols: Float64Array, stride: number, c: number): void {
    const plan = this.plan;
    if (plan.groups.length > 0 || plan.chains.length > 0)
      for (let j = 0; j < c; j++) this.copula(cols, stride, j);
    const dims = plan.dims;
    const direct = this.direct;
    for (let d = 0; d < dims.length; d++)
      if (!direct[d]) sampleColumn(dims[d]!.prepared, cols, d * stride, c);
  }

  /** Plain Monte Carlo: the chunk's next c uniforms of every stream, drawn into `chunkColumns`. */
  private drawChunk(c: number): void {
    const C = this.chunk;
    const cols = this.chunkColumns;
    const dims = this.plan.dims;
    for (let d = 0; d < dims.length; d++) {
      if (this.direct[d]) drawColumn(dims[d]!.prepared, this.streams[d]!, cols, d * C, c);
      else xoshiroColumn(this.streams[d]!, c, cols, d * C);
    }
    this.drawColumns(cols, C, c);
  }

  /** Sample j (column stride `stride`): mix the normal scores of correlated inputs and chains, and put back their uniforms. */
  private copula(cols: Float64Array, n: number, j: number): void {
    const plan = this.plan;
    const score = this.score;
    const z = this.z;
    for (const g of plan.groups) {
      const k = g.size;
      for (let r = 0; r < k; r++) z[r] = normalQuantile(cols[g.dims[r]! * n + j]!);
      for (let r = 0; r < k; r++) {
        let s = 0;
        for (let c = 0; c <= r; c++) s += g.factor[r * k + c]! * z[c]!;
        score[g.dims[r]!] = s;
      }
    }
    for (const ch of plan.chains) {
      let prev = 0;
      for (let t = 0; t < ch.dims.length; t++) {
        const d = ch.dims[t]!;
        const e = plan.grouped[d] ? score[d]! : normalQuantile(cols[d * n + j]!);
        const zt = t === 0 ? e : ch.rho * prev + ch.scale * e;
        score[d] = zt;
        prev = zt;
      }
    }
    const scored = plan.scored;
    for (let d = 0; d < scored.length; d++) {
      if (scored[d]) {
        const v = normalCdf(score[d]!);
        cols[d * n + j] = Math.min(MAX_U, Math.max(MIN_U, v));
      }
    }
  }

  /**
   * Project the chunk's c samples, quantity by quantity in dependency order,
   * each year as one row over the samples. With `observe`, right after a
   * quantity is projected (while its rows are in cache) its reported years
   * go to the statistics, and so do the measures of the goals that need
   * nothing later. With `copyTo`, each quantity's values in the chunk's first
   * sample are copied there (quantity × year) before its rows may be reused.
   */
  private projectChunk(c: number, observe: boolean, copyTo?: Float64Array, take?: RowsTaker): void {
    const plan = this.plan;
    const Q = plan.ids.length;
    const { nYears, shownOffset } = plan;
    const nShown = this.nShown;
    const C = this.chunk;
    const { base, after, targets } = this.layout;
    const S = Q * nShown;
    const reference = this.settings.reference === true;
    if (reference) this.projectReference(c);
    for (let q = 0; q < Q; q++) {
      if (!reference) for (let i = 0; i < nYears; i++) this.projectRow(q, i, c);
      const b = base[q]!;
      if (copyTo) for (let i = 0; i < nYears; i++) copyTo[q * nYears + i] = this.rows[(b + i) * C]!;
      if (take) take(q, this.rows, b, C);
      if (!observe) continue;
      for (let k = 0; k < nShown; k++)
        this.observe(q * nShown + k, this.rows, this.rowWords, (b + shownOffset + k) * C, c);
      const goals = after[q]!;
      for (let g = 0; g < goals.length; g++) {
        const t = goals[g]!;
        measureTargetRow(targets[t]!, this.rows, C, c, this.measures, t * C);
        this.observe(S + t, this.measures, this.measureWords, t * C, c);
      }
    }
  }

  /** Observe a row of statistic slot i: its moments for the block, and every value in the slot's sketch. */
  private observe(i: number, x: Float64Array, words: Uint32Array, off: number, c: number): void {
    const m = this.moments;
    const k = m.observeRow(i, x, off, c);
    this.sketches[i]!.addRow(x, words, off, c, k, m.row[3]!, m.row[4]!);
  }

  /** The row of quantity q in year index i for the chunk, from the operations table. */
  private projectRow(q: number, i: number, c: number): void {
    const plan = this.plan;
    const rows = this.rows;
    const C = this.chunk;
    const k = q * plan.nYears + i;
    const o = (this.layout.base[q]! + i) * C;
    const p = o - C;
    const op = plan.ops[k]!;
    const a = plan.args[k]!;
    const drawn = a < plan.dims.length;
    const src = this.src;
    const s = a * this.stride + this.at;
    if (op === OP_GROW) {
      if (drawn) for (let j = 0; j < c; j++) rows[o + j] = rows[p + j]! * (1 + src[s + j]!);
      else {
        const g = 1 + this.x[a]!;
        for (let j = 0; j < c; j++) rows[o + j] = rows[p + j]! * g;
      }
    } else if (op === OP_SET) {
      if (drawn) for (let j = 0; j < c; j++) rows[o + j] = src[s + j]!;
      else rows.fill(this.x[a]!, o, o + c);
    } else if (op === OP_IMPLIED) {
      const goal = plan.impliedGoal[q]!;
      const years = plan.impliedYears[q]!;
      for (let j = 0; j < c; j++) rows[o + j] = goal / (1 + (drawn ? src[s + j]! : this.x[a]!)) ** years;
    } else if (op === OP_DERIVED) {
      const ext = this.aggregates?.values;
      const from = a * BLOCK_SIZE + this.chunkStart;
      for (let j = 0; j < c; j++) rows[o + j] = ext ? ext[from + j]! : Number.NaN;
    } else if (op === OP_FORMULA || op === OP_GROW_FORMULA) {
      if (this.codes[a]) this.formulaRow(a, i, o, p, c);
      else
        for (let j = 0; j < c; j++) {
          this.sample = j;
          rows[o + j] = this.formula(a, i, op === OP_GROW_FORMULA ? rows[p + j]! : Number.NaN);
        }
    } else rows.fill(Number.NaN, o, o + c);
  }

  /**
   * A level formula's value, or a growth formula's next value, in year index
   * i for the chunk's current sample — with the semantics of `project()`:
   * references are read as fractions for ratio quantities, an unknown
   * reference gives NaN, a non-finite result is an error naming the
   * formula's line.
   */
  private formula(index: number, i: number, previous: number): number {
    const plan = this.plan;
    const f = plan.formulas[index]!;
    if (f.growth && Number.isNaN(previous)) return Number.NaN;
    const scope = this.scope;
    const year = plan.firstYear + i;
    scope.year = year;
    scope.t = year - plan.scenario.baseYear;
    const rows = this.rows;
    const C = this.chunk;
    const j = this.sample;
    const at = this.layout.formulaRows[index]!;
    for (let r = 0; r < f.refs.length; r++) {
      const v = rows[(at[r]! + i) * C + j]! * f.fractions[r]!;
      if (Number.isNaN(v)) return Number.NaN;
      scope[f.refs[r]!] = v;
    }
    if (f.growth) scope[f.id] = previous * f.ownFraction;
    let v: number;
    try {
      v = f.spec.evaluate(scope);
    } catch (e) {
      return this.formulaError(f, year, formulaEvalError((e as Error).message));
    }
    if (!Number.isFinite(v)) this.formulaError(f, year, FORMULA.notFinite(v));
    return f.growth ? previous * (1 + v) : v / f.ownFraction;
  }

  /**
   * `formula` for the chunk's c samples at once through the formula's
   * generated code (`FormulaRow`, a loop of its own per formula): the same
   * values, since the code computes what mathjs does. A non-finite value is
   * reported by `formula`, through mathjs, with its message.
   */
  private formulaRow(index: number, i: number, o: number, p: number, c: number): void {
    const plan = this.plan;
    const f = plan.formulas[index]!;
    const { row, offs, scale, slots, own } = this.codes[index]!;
    const C = this.chunk;
    const at = this.layout.formulaRows[index]!;
    for (let r = 0; r < slots.length; r++) offs[slots[r]!] = (at[r]! + i) * C;
    if (own >= 0) offs[own] = p;
    const year = plan.firstYear + i;
    let bad: number;
    try {
      bad = row(
        this.rows,
        offs,
        scale,
        c,
        year,
        year - plan.scenario.baseYear,
        o,
        p,
        f.growth,
        f.ownFraction,
      );
    } catch (e) {
      this.formulaError(f, year, formulaEvalError((e as Error).message));
    }
    if (bad >= 0) {
      this.sample = bad;
      this.formula(index, i, f.growth ? this.rows[p + bad]! : Number.NaN); // reports the error, as project() does
    }
  }

  private formulaError(f: CompiledFormula, year: number, detail: Bilingual): never {
    const loc = { file: this.plan.scenario.provenance.file, line: f.spec.line, col: f.spec.col ?? 0 };
    const d = diagnostic("E_FORMULA_EVAL", { id: f.id, year, detail }, loc);
    if (f.spec.excerpt !== undefined) d.excerpt = f.spec.excerpt;
    throw new ChainsimError([d]);
  }

  /** The chunk by `project()` per sample (the reference the operations table is tested against). */
  private projectReference(c: number): void {
    const plan = this.plan;
    const x = this.x;
    const D = plan.dims.length;
    const C = this.chunk;
    const pick = (u: UncertainValue): number => {
      const d = plan.onceDim.get(u);
      if (d !== undefined) return x[d]!;
      const imp = plan.implied.get(u);
      if (imp) return imp.goal / (1 + pick(imp.growth)) ** imp.years;
      return u.central;
    };
    const pickYear = (u: UncertainValue, year: number): number => {
      const d = plan.yearDim.get(u)?.get(year);
      return d !== undefined ? x[d]! : u.central;
    };
    for (let j = 0; j < c; j++) {
      for (let d = 0; d < D; d++) x[d] = this.src[d * this.stride + this.at + j]!;
      const p = project(plan.scenario, { pick, pickYear });
      plan.ids.forEach((id, q) => {
        const series = p.series.get(id)!;
        const b = this.layout.base[q]!; // every quantity keeps its rows on this path
        for (let i = 0; i < plan.nYears; i++) this.rows[(b + i) * C + j] = series[i]!;
      });
    }
  }

  /**
   * The chunk's counts, from the goals' measures (`projectChunk` computed
   * and observed them): how often each goal was known and met, all goals
   * met, goal groups, and verdict checks (integer counts, order-free).
   */
  private checkChunk(c: number): void {
    const plan = this.plan;
    const acc = this.acc;
    const C = this.chunk;
    const T = plan.targets.length;
    const measures = this.measures;
    const flags = this.metFlags;
    const metCount = this.metCount;
    acc.n += c;
    metCount.fill(0, 0, c);
    for (let t = 0; t < T; t++) {
      const o = t * C;
      const tg = plan.targets[t]!.target;
      let known = 0;
      let met = 0;
      for (let j = 0; j < c; j++) {
        const m = measures[o + j]!;
        let ok = false;
        if (Number.isFinite(m)) {
          known++;
          ok = meets(tg.comparator, m, tg.value, tg.tolerance);
          if (ok) {
            met++;
            metCount[j]!++;
          }
        }
        flags[o + j] = ok ? 1 : 0;
      }
      acc.known[t]! += known;
      acc.met[t]! += met;
    }
    if (T > 0) for (let j = 0; j < c; j++) if (metCount[j] === T) acc.allMet++;
    for (let g = 0; g < plan.groupTargets.length; g++) {
      const members = plan.groupTargets[g]!;
      for (let j = 0; j < c; j++) {
        let held = true;
        for (let k = 0; k < members.length; k++) if (!flags[members[k]! * C + j]) held = false;
        if (held) acc.groupMet[g]!++;
      }
    }
    for (let j = 0; j < c; j++) {
      this.sample = j;
      for (let v = 0; v < plan.verdicts.length; v++) {
        this.verdictIndex = v;
        if (plan.verdicts[v]!.holds(this.view)) acc.verdictHeld[v]!++;
      }
    }
  }

  /**
   * Simulate block `b`: its counts, means and M2 and goal counts (see
   * `Accumulator.serializeNumbers`); its values are also counted in
   * `sketches`, which keep accumulating (`sketchState` serializes them).
   */
  runBlock(block: number): Float64Array {
    this.beginBlock(block);
    while (!this.runChunk());
    return this.endBlock();
  }

  /** The block in progress (`beginBlock` … `endBlock`): its length and next chunk. */
  private blockSamples = 0;
  private nextSample = 0;

  /**
   * `runBlock` in steps, for a thread that must answer messages between
   * them: draw block `b`, then `runChunk` until it returns true, then
   * `endBlock` for the block's numbers.
   */
  beginBlock(block: number): void {
    const n = blockLength(this.settings.samples, block);
    if (this.settings.lhs || this.settings.qmc) {
      this.fillColumns(block, n);
      this.drawColumns(this.columns, n, n);
      this.src = this.columns;
      this.stride = n;
    } else {
      const { dims } = this.plan;
      for (let d = 0; d < dims.length; d++)
        this.streams[d] = xoshiroStream(this.settings.seed, dims[d]!.key, block);
      this.src = this.chunkColumns;
      this.stride = this.chunk;
    }
    this.aggregates?.fill(block);
    this.acc.resetNumbers();
    this.moments.reset();
    this.blockSamples = n;
    this.nextSample = 0;
  }

  /** Project and observe the block's next chunk; true when the block is done. */
  runChunk(): boolean {
    const n = this.blockSamples;
    const j0 = this.nextSample;
    if (j0 < n) {
      const c = Math.min(this.chunk, n - j0);
      this.chunkStart = j0;
      if (this.settings.lhs || this.settings.qmc) this.at = j0;
      else {
        this.drawChunk(c);
        this.at = 0;
      }
      this.projectChunk(c, true);
      this.checkChunk(c);
      this.nextSample = j0 + c;
    }
    return this.nextSample >= n;
  }

  /** The finished block's numbers (see `runBlock`). */
  endBlock(): Float64Array {
    this.moments.write(this.acc.count, this.acc.mean, this.acc.m2);
    return this.acc.serializeNumbers();
  }

  /** The sketches of every block run so far (see `LogSketch.write`). */
  sketchState(): { sketchHeader: Float64Array; sketchData: Float64Array } {
    return this.acc.serializeSketches();
  }

  /**
   * The draws of block `b` (for tests and diagnostics): one row per sample,
   * one column per dimension (`plan.dims`), row-major.
   */
  drawBlock(block: number): Float64Array {
    const n = blockLength(this.settings.samples, block);
    const D = this.plan.dims.length;
    const out = new Float64Array(n * D);
    this.fillColumns(block, n);
    this.drawColumns(this.columns, n, n);
    for (let j = 0; j < n; j++) for (let d = 0; d < D; d++) out[j * D + d] = this.columns[d * n + j]!;
    return out;
  }

  /**
   * The uniforms of block `b` before the copula (for tests): column d at
   * [d·n, (d+1)·n); for a dimension drawn straight from its stream (plain
   * Monte Carlo, see `direct`) the column holds its draws.
   */
  uniforms(block: number): Float64Array {
    const n = blockLength(this.settings.samples, block);
    this.fillColumns(block, n);
    return this.columns.slice(0, this.plan.dims.length * n);
  }

  /**
   * Project c ≤ `chunk` samples from given draws — dimension d (`plan.dims`)
   * of sample j at `draws[d·stride + at + j]` — without statistics: right
   * after quantity q is projected, `take(q, rows, row, chunk)` may copy its
   * values (year i of sample j at `rows[(row + i)·chunk + j]`) before its rows
   * are reused. For callers that choose their own points (sensitivity designs).
   *
   * @example
   * kernel.projectGiven(cols, n, 0, c, (q, rows, row, C) => { if (q === wanted) out.set(rows.subarray(row * C, row * C + c)); });
   */
  projectGiven(draws: Float64Array, stride: number, at: number, c: number, take: RowsTaker): void {
    if (c > this.chunk) throw new RangeError(`at most ${this.chunk} samples at a time, not ${c}`);
    this.src = draws;
    this.stride = stride;
    this.at = at;
    this.projectChunk(c, false, undefined, take);
  }

  /** Project one sample from given draws (for tests): the values, quantity × year. */
  projectDraws(draws: ArrayLike<number>): Float64Array {
    const plan = this.plan;
    this.src = Float64Array.from({ length: plan.dims.length }, (_, d) => draws[d]!);
    this.stride = 1;
    this.at = 0;
    const out = new Float64Array(plan.ids.length * plan.nYears);
    this.projectChunk(1, false, out);
    return out;
  }
}

/**
 * Samples per chunk for a plan with `rows` values per sample (quantity-years
 * and goal measures): a power of two from 16 to 256, so that a chunk's values
 * take at most about 8 MB. It depends only on the plan, so every thread and
 * shard cuts blocks into the same chunks (the statistics depend on the cut).
 *
 * @example
 * chunkSize(3100) // 256 (100 sectors × 30 years and 100 goals)
 * chunkSize(31000) // 32
 */
export function chunkSize(rows: number): number {
  return Math.max(16, Math.min(256, 2 ** Math.floor(Math.log2(2 ** 23 / Math.max(1, rows)))));
}
