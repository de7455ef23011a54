/**
 * The simulation kernel: one block of samples at a time, on typed arrays
 * allocated once per run (no allocation per sample on the fast path).
 *
 * Per block: every dimension's uniforms come from its own stream (plain
 * Monte Carlo or a Latin hypercube column). Per sample:
 * 1. copula: the normal scores z = Φ⁻¹(u) of each correlated group are mixed,
 *    z' = L z (L the Cholesky factor of the correlation matrix);
 * 2. yearly draws with autocorrelation ρ: z_t = ρ z_{t−1} + √(1−ρ²) e_t,
 *    e_t the year's (possibly correlated) innovation, so every year keeps the
 *    input's marginal distribution and successive years correlate by ρ on the
 *    normal-score scale;
 * 3. scores go back to uniforms u = Φ(z) and every input is drawn by its
 *    inverse CDF;
 * 4. the projection runs from the operations table, quantity by quantity in
 *    dependency order (formulas with one reused scope), and every
 *    quantity-year and goal is accumulated.
 */

import { fail } from "../diagnostics.js";
import type { UncertainValue } from "../model/distribution.js";
import { meets } from "../model/target.js";
import { Accumulator, type SerializedAccumulator } from "./accumulator.js";
import { normalCdf, normalQuantile, sampleAt } from "./distributions/index.js";
import { latinHypercubeColumn } from "./lhs.js";
import { measureTarget } from "./measure.js";
import {
  type CompiledFormula,
  OP_FORMULA,
  OP_GROW,
  OP_GROW_FORMULA,
  OP_IMPLIED,
  OP_SET,
  type Plan,
} from "./plan.js";
import { project } from "./project.js";
import { BLOCK_SIZE, blockLength, monteCarloColumn, stream } from "./streams.js";
import type { VerdictSample } from "./verdicts.js";

/** Uniforms are kept inside [2⁻⁵³, 1 − 2⁻⁵³] after a copula round trip. */
const MIN_U = 1.1102230246251565e-16;
const MAX_U = 1 - 1.1102230246251565e-16;

export interface KernelSettings {
  samples: number;
  seed: number | string;
  /** Latin hypercube sampling (per block) instead of plain Monte Carlo. */
  lhs: boolean;
  /** Project each sample with `project()` instead of the operations table (slow; the reference in tests). */
  reference?: boolean;
}

export class Kernel {
  readonly acc: Accumulator;
  private readonly columns: Float64Array;
  private readonly perm: Int32Array;
  private readonly u: Float64Array;
  private readonly score: Float64Array;
  private readonly z: Float64Array;
  /** Value slots: draws then constants. */
  readonly x: Float64Array;
  /** One sample's values: quantity × year. */
  readonly values: Float64Array;
  private readonly metFlags: Uint8Array;
  private readonly nShown: number;
  private readonly view: VerdictSample;
  private verdictIndex = 0;
  private readonly scope: Record<string, number> = {};
  /** Samples per chunk: values are buffered per chunk and observed one statistic slot at a time. */
  private readonly chunk: number;
  /** The chunk's values, slot-major: slot i's at [i·chunk, (i+1)·chunk). */
  private readonly buffer: Float64Array;

  constructor(
    readonly plan: Plan,
    readonly settings: KernelSettings,
  ) {
    const D = plan.dims.length;
    this.columns = new Float64Array(Math.max(1, D) * BLOCK_SIZE);
    this.perm = new Int32Array(BLOCK_SIZE);
    this.u = new Float64Array(D);
    this.score = new Float64Array(D);
    this.z = new Float64Array(Math.max(1, ...plan.groups.map((g) => g.size)));
    this.x = Float64Array.from(plan.slots);
    this.values = new Float64Array(plan.ids.length * plan.nYears);
    this.metFlags = new Uint8Array(plan.targets.length);
    this.nShown = plan.years.length;
    this.acc = new Accumulator({
      stats: plan.ids.length * this.nShown + plan.targets.length,
      targets: plan.targets.length,
      groups: plan.groupNames.length,
      verdicts: plan.verdicts.length,
    });
    // about 4 MB of buffer at most, 16 to 256 samples per chunk
    const stats = this.acc.count.length;
    this.chunk = Math.max(16, Math.min(256, 2 ** Math.floor(Math.log2(2 ** 19 / Math.max(1, stats)))));
    this.buffer = new Float64Array(Math.max(1, stats) * this.chunk);
    const values = this.values;
    const x = this.x;
    this.view = {
      value: (id, year) => {
        const q = plan.index.get(id);
        const i = year - plan.firstYear;
        return q === undefined || i < 0 || i >= plan.nYears ? Number.NaN : values[q * plan.nYears + i]!;
      },
      input: (k) => {
        const d = plan.verdictDims[this.verdictIndex]![k];
        return d === undefined || d < 0
          ? (plan.verdicts[this.verdictIndex]!.inputs?.[k]?.value.central ?? Number.NaN)
          : x[d]!;
      },
    };
  }

  /** Fill the block's uniforms, one column per dimension. */
  private fillColumns(block: number, n: number): void {
    const { dims } = this.plan;
    for (let d = 0; d < dims.length; d++) {
      const next = stream(this.settings.seed, dims[d]!.key, block);
      if (this.settings.lhs) latinHypercubeColumn(next, n, this.columns, d * n, this.perm);
      else monteCarloColumn(next, n, this.columns, d * n);
    }
  }

  /** Draw sample j of a block of n into `x`. */
  private draw(j: number, n: number): void {
    const plan = this.plan;
    const D = plan.dims.length;
    const u = this.u;
    const cols = this.columns;
    for (let d = 0; d < D; d++) u[d] = cols[d * n + j]!;
    if (plan.groups.length > 0 || plan.chains.length > 0) {
      const score = this.score;
      const z = this.z;
      for (const g of plan.groups) {
        const k = g.size;
        for (let r = 0; r < k; r++) z[r] = normalQuantile(u[g.dims[r]!]!);
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
          const e = plan.grouped[d] ? score[d]! : normalQuantile(u[d]!);
          const zt = t === 0 ? e : ch.rho * prev + ch.scale * e;
          score[d] = zt;
          prev = zt;
        }
      }
      const scored = plan.scored;
      for (let d = 0; d < D; d++) {
        if (scored[d]) {
          const v = normalCdf(score[d]!);
          u[d] = Math.min(MAX_U, Math.max(MIN_U, v));
        }
      }
    }
    const x = this.x;
    const dims = plan.dims;
    for (let d = 0; d < D; d++) x[d] = sampleAt(dims[d]!.prepared, u[d]!);
  }

  /** Project one sample from the drawn slots into `values`. */
  private projectSample(): void {
    const plan = this.plan;
    const values = this.values;
    if (this.settings.reference) {
      this.projectReference();
      return;
    }
    const { ops, args, impliedGoal, impliedYears, nYears } = plan;
    const x = this.x;
    const Q = plan.ids.length;
    for (let q = 0; q < Q; q++) {
      const base = q * nYears;
      for (let i = 0; i < nYears; i++) {
        const k = base + i;
        const op = ops[k];
        values[k] =
          op === OP_GROW
            ? values[k - 1]! * (1 + x[args[k]!]!)
            : op === OP_SET
              ? x[args[k]!]!
              : op === OP_IMPLIED
                ? impliedGoal[q]! / (1 + x[args[k]!]!) ** impliedYears[q]!
                : op === OP_FORMULA || op === OP_GROW_FORMULA
                  ? this.formula(args[k]!, i, values[k - 1]!)
                  : Number.NaN;
      }
    }
  }

  /**
   * A level formula's value, or a growth formula's next value, in year index
   * i — with the semantics of `project()`: references are read as fractions
   * for ratio quantities, an unknown reference gives NaN, a non-finite result
   * is an error naming the formula's line.
   */
  private formula(index: number, i: number, previous: number): number {
    const plan = this.plan;
    const f = plan.formulas[index]!;
    if (f.growth && Number.isNaN(previous)) return Number.NaN;
    const scope = this.scope;
    const year = plan.firstYear + i;
    scope.year = year;
    scope.t = year - plan.scenario.baseYear;
    const values = this.values;
    for (let r = 0; r < f.refs.length; r++) {
      const v = values[f.offsets[r]! + i]! * f.fractions[r]!;
      if (Number.isNaN(v)) return Number.NaN;
      scope[f.refs[r]!] = v;
    }
    if (f.growth) scope[f.id] = previous * f.ownFraction;
    let v: number;
    try {
      v = f.spec.evaluate(scope);
    } catch (e) {
      return this.formulaError(f, year, (e as Error).message);
    }
    if (!Number.isFinite(v)) this.formulaError(f, year, `the result is ${v}`);
    return f.growth ? previous * (1 + v) : v / f.ownFraction;
  }

  private formulaError(f: CompiledFormula, year: number, detail: string): never {
    const loc = { file: this.plan.scenario.provenance.file, line: f.spec.line, col: 0 };
    return fail("E_FORMULA_EVAL", { id: f.id, year, detail }, loc);
  }

  private projectReference(): void {
    const plan = this.plan;
    const x = this.x;
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
    const p = project(plan.scenario, { pick, pickYear });
    plan.ids.forEach((id, q) => {
      this.values.set(p.series.get(id)!, q * plan.nYears);
    });
  }

  /**
   * Record sample `jj` of the current chunk: its shown values and goal
   * measures go to the chunk buffer (slot-major), its goal, group and verdict
   * counts (integers, order-free) straight to the accumulator.
   */
  private collect(jj: number): void {
    const plan = this.plan;
    const acc = this.acc;
    const values = this.values;
    const nShown = this.nShown;
    const C = this.chunk;
    const buf = this.buffer;
    const Q = plan.ids.length;
    const { nYears, shownOffset } = plan;
    acc.n++;
    for (let q = 0; q < Q; q++) {
      const src = q * nYears + shownOffset;
      const dst = q * nShown;
      for (let k = 0; k < nShown; k++) buf[(dst + k) * C + jj] = values[src + k]!;
    }
    const T = plan.targets.length;
    const S = Q * nShown;
    let all = T > 0;
    for (let t = 0; t < T; t++) {
      const ct = plan.targets[t]!;
      const m = measureTarget(ct, values);
      buf[(S + t) * C + jj] = m;
      let ok = false;
      if (Number.isFinite(m)) {
        acc.known[t]!++;
        const tg = ct.target;
        ok = meets(tg.comparator, m, tg.value, tg.tolerance);
        if (ok) acc.met[t]!++;
      }
      this.metFlags[t] = ok ? 1 : 0;
      if (!ok) all = false;
    }
    if (all) acc.allMet++;
    for (let g = 0; g < plan.groupTargets.length; g++) {
      const members = plan.groupTargets[g]!;
      let held = true;
      for (let k = 0; k < members.length; k++) if (!this.metFlags[members[k]!]) held = false;
      if (held) acc.groupMet[g]!++;
    }
    for (let v = 0; v < plan.verdicts.length; v++) {
      this.verdictIndex = v;
      if (plan.verdicts[v]!.holds(this.view)) acc.verdictHeld[v]!++;
    }
  }

  /**
   * Observe the chunk's first `c` samples, one statistic slot at a time (each
   * slot still sees its values in sample order, so the statistics are those
   * of observing sample by sample; a slot's sketch stays in cache).
   */
  private flush(c: number): void {
    const acc = this.acc;
    const { count, mean, m2, sketches } = acc;
    const C = this.chunk;
    const buf = this.buffer;
    const slots = count.length;
    for (let i = 0; i < slots; i++) {
      const sk = sketches[i]!;
      const base = i * C;
      let n = count[i]!;
      let mu = mean[i]!;
      let M2 = m2[i]!;
      for (let jj = 0; jj < c; jj++) {
        const x = buf[base + jj]!;
        if (Number.isNaN(x)) continue;
        n++;
        const d = x - mu;
        mu += d / n;
        M2 += d * (x - mu);
        sk.add(x);
      }
      count[i] = n;
      mean[i] = mu;
      m2[i] = M2;
    }
  }

  /** Simulate block `b` and return its statistics. */
  runBlock(block: number): SerializedAccumulator {
    const n = blockLength(this.settings.samples, block);
    this.fillColumns(block, n);
    this.acc.reset();
    const C = this.chunk;
    for (let j0 = 0; j0 < n; j0 += C) {
      const c = Math.min(C, n - j0);
      for (let jj = 0; jj < c; jj++) {
        this.draw(j0 + jj, n);
        this.projectSample();
        this.collect(jj);
      }
      this.flush(c);
    }
    return this.acc.serialize();
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
    for (let j = 0; j < n; j++) {
      this.draw(j, n);
      out.set(this.x.subarray(0, D), j * D);
    }
    return out;
  }

  /** The uniforms of block `b` before the copula (for tests): column d at [d·n, (d+1)·n). */
  uniforms(block: number): Float64Array {
    const n = blockLength(this.settings.samples, block);
    this.fillColumns(block, n);
    return this.columns.slice(0, this.plan.dims.length * n);
  }

  /** Project one sample from given draws (for tests): the values, quantity × year. */
  projectDraws(draws: ArrayLike<number>): Float64Array {
    for (let d = 0; d < this.plan.dims.length; d++) this.x[d] = draws[d]!;
    this.projectSample();
    return this.values;
  }
}
