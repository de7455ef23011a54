/**
 * Streaming statistics of a simulation, mergeable block by block, in memory
 * that does not grow with the number of samples.
 *
 * For every statistic slot (a quantity in a year, or a goal's measure):
 * count, mean and M2 (Welford's update value by value in `observe`; the
 * simulation kernel computes a block's with `BlockMoments`), and a
 * `LogSketch` for min, max and quantiles. Per goal: how often it was known and met; how often all goals
 * were met together; per goal group and per verdict check, how often they held.
 *
 * Blocks are merged in block order with Chan, Golub & LeVeque's pairwise
 * formula (n = na + nb, δ = mb − ma, mean = ma + δ·nb/n,
 * M2 = M2a + M2b + δ²·na·nb/n). Because every block's statistics depend
 * only on the block's samples, and blocks are merged in the same order
 * whatever computed them, the result is identical for any number of workers.
 * Counts and sketch buckets are integers, so their merge is exact.
 */
import { LogSketch, SKETCH_HEADER } from "./sketch.js";

export interface AccumulatorShape {
  /** Statistic slots (quantity-years, then goal measures). */
  stats: number;
  targets: number;
  groups: number;
  verdicts: number;
}

/** A block's statistics in three flat arrays (transferable to and from workers). */
export interface SerializedAccumulator {
  /** n, allMet, then count, mean, m2 per slot, then met, known per goal, group and verdict counts. */
  numbers: Float64Array;
  /** Eight numbers per sketch (see `LogSketch.write`). */
  sketchHeader: Float64Array;
  sketchData: Float64Array;
}

export class Accumulator {
  /** Samples seen. */
  n = 0;
  /** Samples where every goal was met. */
  allMet = 0;
  readonly count: Float64Array;
  readonly mean: Float64Array;
  readonly m2: Float64Array;
  readonly sketches: LogSketch[];
  readonly met: Float64Array;
  readonly known: Float64Array;
  readonly groupMet: Float64Array;
  readonly verdictHeld: Float64Array;

  /** `sketches`: use these (one per slot) instead of new ones, e.g. to share a kernel's. */
  constructor(
    readonly shape: AccumulatorShape,
    sketches?: LogSketch[],
  ) {
    this.count = new Float64Array(shape.stats);
    this.mean = new Float64Array(shape.stats);
    this.m2 = new Float64Array(shape.stats);
    if (sketches && sketches.length !== shape.stats) throw new RangeError("one sketch per statistic slot");
    this.sketches = sketches ?? Array.from({ length: shape.stats }, () => new LogSketch());
    this.met = new Float64Array(shape.targets);
    this.known = new Float64Array(shape.targets);
    this.groupMet = new Float64Array(shape.groups);
    this.verdictHeld = new Float64Array(shape.verdicts);
  }

  /** Welford's update of slot i with x (NaN is skipped). */
  observe(i: number, x: number): void {
    if (Number.isNaN(x)) return;
    const n = ++this.count[i]!;
    const d = x - this.mean[i]!;
    this.mean[i]! += d / n;
    this.m2[i]! += d * (x - this.mean[i]!);
    this.sketches[i]!.add(x);
  }

  /**
   * Merge nb values with mean mb and M2 m2b into slot i (Chan, Golub &
   * LeVeque's pairwise formula): n = na + nb, δ = mb − ma,
   * mean = ma + δ·nb/n, M2 = M2a + M2b + δ²·na·nb/n.
   */
  private combine(i: number, nb: number, mb: number, m2b: number): void {
    const na = this.count[i]!;
    if (na === 0) {
      this.count[i] = nb;
      this.mean[i] = mb;
      this.m2[i] = m2b;
      return;
    }
    const n = na + nb;
    const delta = mb - this.mean[i]!;
    this.mean[i] = this.mean[i]! + (delta * nb) / n;
    this.m2[i] = this.m2[i]! + m2b + (delta * delta * na * nb) / n;
    this.count[i] = n;
  }

  reset(): void {
    this.resetNumbers();
    for (const s of this.sketches) s.clear();
  }

  /** Forget the counts, means and M2 and every goal, group and verdict count, keeping the sketches. */
  resetNumbers(): void {
    this.n = 0;
    this.allMet = 0;
    this.count.fill(0);
    this.mean.fill(0);
    this.m2.fill(0);
    this.met.fill(0);
    this.known.fill(0);
    this.groupMet.fill(0);
    this.verdictHeld.fill(0);
  }

  serialize(): SerializedAccumulator {
    return { numbers: this.serializeNumbers(), ...this.serializeSketches() };
  }

  /** Everything but the sketches, as one array (see `SerializedAccumulator.numbers`). */
  serializeNumbers(): Float64Array {
    const { stats, targets, groups, verdicts } = this.shape;
    const numbers = new Float64Array(2 + 3 * stats + 2 * targets + groups + verdicts);
    numbers[0] = this.n;
    numbers[1] = this.allMet;
    const oc = 2;
    const om = oc + stats;
    const o2 = om + stats;
    const ot = o2 + stats;
    const ok = ot + targets;
    const og = ok + targets;
    numbers.set(this.count, oc);
    numbers.set(this.mean, om);
    numbers.set(this.m2, o2);
    numbers.set(this.met, ot);
    numbers.set(this.known, ok);
    numbers.set(this.groupMet, og);
    numbers.set(this.verdictHeld, og + groups);
    return numbers;
  }

  /** The sketches (see `LogSketch.write`). */
  serializeSketches(): { sketchHeader: Float64Array; sketchData: Float64Array } {
    const stats = this.shape.stats;
    const sketchHeader = new Float64Array(stats * SKETCH_HEADER);
    let total = 0;
    for (const s of this.sketches) total += s.serializedLength();
    const sketchData = new Float64Array(total);
    let d = 0;
    this.sketches.forEach((s, i) => {
      d = s.write(sketchHeader, i * SKETCH_HEADER, sketchData, d);
    });
    return { sketchHeader, sketchData };
  }

  /** Merge a block's statistics into these (Chan et al. for mean and M2, exact for counts and sketches). */
  merge(b: SerializedAccumulator): void {
    this.mergeNumbers(b.numbers);
    this.mergeSketches(b.sketchHeader, b.sketchData);
  }

  /**
   * Merge a block's counts, means and M2 (the `numbers` of a serialized
   * accumulator). Means and M2 are floating point: merge blocks in block order
   * for results that do not depend on how the blocks were computed.
   */
  mergeNumbers(x: Float64Array): void {
    const { stats, targets, groups, verdicts } = this.shape;
    this.n += x[0]!;
    this.allMet += x[1]!;
    const oc = 2;
    const om = oc + stats;
    const o2 = om + stats;
    for (let i = 0; i < stats; i++) {
      const nb = x[oc + i]!;
      if (nb !== 0) this.combine(i, nb, x[om + i]!, x[o2 + i]!);
    }
    let o = o2 + stats;
    for (let t = 0; t < targets; t++) this.met[t]! += x[o + t]!;
    o += targets;
    for (let t = 0; t < targets; t++) this.known[t]! += x[o + t]!;
    o += targets;
    for (let g = 0; g < groups; g++) this.groupMet[g]! += x[o + g]!;
    o += groups;
    for (let v = 0; v < verdicts; v++) this.verdictHeld[v]! += x[o + v]!;
  }

  /** Merge serialized sketches (integer counts: exact in any order). */
  mergeSketches(header: Float64Array, data: Float64Array): void {
    let d = 0;
    for (let i = 0; i < this.shape.stats; i++)
      d = this.sketches[i]!.mergeWritten(header, i * SKETCH_HEADER, data, d);
  }

  /** The length of `numbers` in a serialized accumulator of this shape. */
  static numbersLength(shape: AccumulatorShape): number {
    return 2 + 3 * shape.stats + 2 * shape.targets + shape.groups + shape.verdicts;
  }

  /** Sample standard deviation of slot i (n − 1 in the denominator; 0 for a single value). */
  sd(i: number): number {
    const n = this.count[i]!;
    return n > 1 ? Math.sqrt(Math.max(0, this.m2[i]!) / (n - 1)) : n === 1 ? 0 : Number.NaN;
  }
}
