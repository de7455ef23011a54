/**
 * A streaming, mergeable quantile sketch in the style of DDSketch (Masson,
 * Rim & Lee, "DDSketch: a fast and fully-mergeable quantile sketch with
 * relative-error guarantees", VLDB 2019).
 *
 * Values are counted in logarithmic buckets: positive values by their
 * approximate log2, negative values by that of their magnitude, and values
 * within 2.2e-308 of zero in a zero bucket. The approximate log2 is read from
 * the bits of the double (exponent + linear interpolation of the mantissa, the
 * "linearly interpolated mapping" of DDSketch), 100 buckets per power of two,
 * with integer arithmetic only: no `Math.log` per value. Every bucket spans a
 * ratio of at most 1.01 (plus 2⁻²⁰) between its bounds, and reporting the
 * bucket's harmonic midpoint 2·lo·hi/(lo + hi) is within
 * (1.01 − 1)/(1.01 + 1) ≈ 0.4975% < 0.5% of any value in it.
 *
 * Counts are integers (held in Uint32Arrays: at most 2³² − 1 values per
 * sketch, far above `MAX_SAMPLES` = 10⁸; merging beyond that throws), so
 * merging two sketches adds counts: exact and independent of order. Memory
 * depends on the spread of the values (about 100 buckets per doubling, 4 bytes
 * each), not on their number.
 *
 * Quantile definition: `quantile(q)` estimates the ⌈qN⌉-th smallest of the N
 * values (the lower empirical quantile, Hyndman–Fan type 1), within a relative
 * error of 0.5% (`SKETCH_RELATIVE_ACCURACY`), and never outside [min, max].
 */

/** Relative accuracy of every quantile the sketch reports. */
export const SKETCH_RELATIVE_ACCURACY = 0.005;
/** Buckets per unit of approximate log2 (per doubling). */
const PER_OCTAVE = 100;
/** Smallest positive normal double: smaller magnitudes count as zero. */
const MIN_NORMAL = 2.2250738585072014e-308;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
/** Values of the top 20 bits of the mantissa. */
const MANTISSA_STEPS = 1048576;
/** The most values one sketch counts (its counts are 32-bit). */
const MAX_COUNT = 0xffffffff;

/**
 * The bucket of a positive normal double: 100 × (exponent + mantissa − 1),
 * rounded down, read from the high 32 bits with integer arithmetic only (no
 * logarithm): the top 20 bits of the mantissa place the value among the 100
 * buckets of its power of two.
 *
 * @example
 * bucketIndex(1) // 0
 * bucketIndex(1.5) // 50
 * bucketIndex(3) // 150 (2¹ × 1.5)
 */
export function bucketIndex(x: number): number {
  F64[0] = x;
  const hi = U32[HI]!;
  return ((hi >>> 20) - 1023) * PER_OCTAVE + (((hi & 0xfffff) * PER_OCTAVE) >>> 20);
}

/** Lower bound of bucket k within its power of two, as 1 + j/2^20 with j the first 20-bit mantissa in it. */
function bucketStart(k: number): number {
  return 1 + Math.ceil((k * MANTISSA_STEPS) / PER_OCTAVE) / MANTISSA_STEPS;
}

/**
 * The value reported for a bucket: the harmonic midpoint 2·lo·hi/(lo + hi)
 * of its bounds, within 0.5% of every value in the bucket (the widest bucket,
 * the first of each power of two, spans a ratio just over 1.01:
 * (1.01 − 1)/(1.01 + 1) = 0.4975%).
 *
 * @example
 * bucketValue(0) // 1.004975… (bucket [1, 1.01))
 */
export function bucketValue(index: number): number {
  const e = Math.floor(index / PER_OCTAVE);
  const k = index - e * PER_OCTAVE;
  const p = 2 ** e;
  const lo = p * bucketStart(k);
  const hi = p * bucketStart(k + 1);
  return (2 * lo * hi) / (lo + hi);
}

/** Dense counts over a contiguous range of bucket indexes, grown on demand. */
class Store {
  offset = 0;
  counts = new Uint32Array(0);

  add(index: number, n: number): void {
    const i = index - this.offset;
    if (i >= 0 && i < this.counts.length) this.counts[i]! += n;
    else this.grow(index, index)[index - this.offset]! += n;
  }

  /** Make room for [lo, hi]; returns the counts array. */
  grow(lo: number, hi: number): Uint32Array {
    const len = this.counts.length;
    if (len === 0) {
      const size = Math.max(64, hi - lo + 33);
      this.offset = lo - ((size - (hi - lo + 1)) >> 1);
      this.counts = new Uint32Array(size);
      return this.counts;
    }
    const from = Math.min(lo, this.offset);
    const to = Math.max(hi, this.offset + len - 1);
    if (from >= this.offset && to < this.offset + len) return this.counts;
    const need = to - from + 1;
    const size = Math.max(need + 32, len * 2);
    const slack = size - need;
    // leave the slack on the side that grew
    const newOffset = lo < this.offset ? from - slack : from;
    const next = new Uint32Array(size);
    next.set(this.counts, this.offset - newOffset);
    this.offset = newOffset;
    this.counts = next;
    return next;
  }

  clear(): void {
    this.counts.fill(0);
  }

  /** First and last non-empty index, or null. */
  bounds(): [number, number] | null {
    const c = this.counts;
    let a = 0;
    while (a < c.length && c[a] === 0) a++;
    if (a === c.length) return null;
    let b = c.length - 1;
    while (c[b] === 0) b--;
    return [this.offset + a, this.offset + b];
  }

  mergeCounts(offset: number, counts: ArrayLike<number>, start: number, length: number): void {
    if (length === 0) return;
    const dst = this.grow(offset, offset + length - 1);
    const shift = offset - this.offset;
    for (let i = 0; i < length; i++) dst[shift + i]! += counts[start + i]!;
  }
}

/** Fields of a serialized sketch header (see `LogSketch.writeHeader`). */
export const SKETCH_HEADER = 8;

/**
 * @example
 * const s = new LogSketch();
 * for (let i = 1; i <= 1000; i++) s.add(i);
 * s.quantile(0.5) // 500 ± 0.5% (the 500th smallest)
 */
export class LogSketch {
  count = 0;
  zero = 0;
  min = Number.POSITIVE_INFINITY;
  max = Number.NEGATIVE_INFINITY;
  private readonly pos = new Store();
  private readonly neg = new Store();

  /** Count one value (NaN is ignored). */
  add(x: number): void {
    if (x > MIN_NORMAL) {
      F64[0] = x;
      const hi = U32[HI]!;
      const index = ((hi >>> 20) - 1023) * PER_OCTAVE + (((hi & 0xfffff) * PER_OCTAVE) >>> 20);
      const store = this.pos;
      const i = index - store.offset;
      if (i >= 0 && i < store.counts.length) store.counts[i]!++;
      else store.add(index, 1);
    } else if (x < -MIN_NORMAL) this.neg.add(bucketIndex(-x), 1);
    else if (!Number.isNaN(x)) this.zero++;
    else return;
    this.count++;
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /**
   * Count the values `x[off..off+c)` (NaN ignored), exactly as `add` would
   * one by one. `words` is a Uint32Array view of the same buffer as `x` (both
   * at byte offset 0), from which the bucket is read without a store.
   * `count`, `min` and `max`, when given, are those of the row's non-NaN
   * values (as `rowMoments` finds them): when every value is a positive
   * normal double, the buckets' range is known in advance and each value
   * costs its bucket index and one increment, with no test.
   *
   * @example
   * const x = new Float64Array([1, 1.5, 3]);
   * s.addRow(x, new Uint32Array(x.buffer), 0, 3) // buckets 0, 50, 150
   */
  addRow(x: Float64Array, words: Uint32Array, off: number, c: number, count = -1, min = 0, max = 0): void {
    if (count !== c || !(min > MIN_NORMAL)) {
      for (let j = off; j < off + c; j++) this.add(x[j]!);
      return;
    }
    if (c === 0) return;
    if (this.count + c > MAX_COUNT) throw new RangeError("a sketch counts at most 2³² − 1 values");
    const counts = this.pos.grow(bucketIndex(min), bucketIndex(max));
    const base = this.pos.offset;
    for (let j = off, end = off + c; j < end; j++) {
      const hi = words[2 * j + HI]!;
      counts[((hi >>> 20) - 1023) * PER_OCTAVE + (((hi & 0xfffff) * PER_OCTAVE) >>> 20) - base]!++;
    }
    this.count += c;
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
  }

  /** How many of the values counted were negative (below −2.2e-308), exactly. */
  negatives(): number {
    let n = 0;
    for (const c of this.neg.counts) n += c;
    return n;
  }

  /** Forget every value, keeping the allocated buckets. */
  clear(): void {
    this.count = 0;
    this.zero = 0;
    this.min = Number.POSITIVE_INFINITY;
    this.max = Number.NEGATIVE_INFINITY;
    this.pos.clear();
    this.neg.clear();
  }

  /** Add another sketch's counts (exact; the result does not depend on the order of merges). */
  merge(other: LogSketch): void {
    this.mergeParts(
      other.count,
      other.zero,
      other.min,
      other.max,
      other.pos.offset,
      other.pos.counts,
      0,
      other.pos.counts.length,
      other.neg.offset,
      other.neg.counts,
      0,
      other.neg.counts.length,
    );
  }

  private mergeParts(
    count: number,
    zero: number,
    min: number,
    max: number,
    posOffset: number,
    pos: ArrayLike<number>,
    posStart: number,
    posLength: number,
    negOffset: number,
    neg: ArrayLike<number>,
    negStart: number,
    negLength: number,
  ): void {
    if (count === 0) return;
    if (this.count + count > MAX_COUNT) throw new RangeError("a sketch counts at most 2³² − 1 values");
    this.count += count;
    this.zero += zero;
    if (min < this.min) this.min = min;
    if (max > this.max) this.max = max;
    this.pos.mergeCounts(posOffset, pos, posStart, posLength);
    this.neg.mergeCounts(negOffset, neg, negStart, negLength);
  }

  /**
   * The ⌈qN⌉-th smallest value, within 0.5% (relative), clamped to [min, max].
   * NaN when the sketch is empty.
   */
  quantile(q: number): number {
    if (this.count === 0) return Number.NaN;
    const rank = Math.max(1, Math.ceil(q * this.count - 1e-9));
    let seen = 0;
    const clamp = (v: number) => Math.min(this.max, Math.max(this.min, v));
    const nb = this.neg.bounds();
    if (nb) {
      for (let i = nb[1]; i >= nb[0]; i--) {
        seen += this.neg.counts[i - this.neg.offset]!;
        if (seen >= rank) return clamp(-bucketValue(i));
      }
    }
    seen += this.zero;
    if (seen >= rank) return clamp(0);
    const pb = this.pos.bounds();
    if (pb) {
      for (let i = pb[0]; i <= pb[1]; i++) {
        seen += this.pos.counts[i - this.pos.offset]!;
        if (seen >= rank) return clamp(bucketValue(i));
      }
    }
    return this.max;
  }

  /**
   * Several quantiles in one walk over the buckets: `out[k] = quantile(qs[k])`
   * for ascending `qs` (the same numbers, each bucket visited once).
   *
   * @example
   * s.quantiles([0.05, 0.5, 0.95], out) // out = [p5, p50, p95]
   */
  quantiles(qs: readonly number[], out: number[]): void {
    if (this.count === 0 || qs.length === 0) {
      for (let k = 0; k < qs.length; k++) out[k] = Number.NaN;
      return;
    }
    let k = 0;
    for (let a = 1; a < qs.length; a++) if (!(qs[a]! >= qs[a - 1]!)) k = -1;
    if (k < 0) {
      for (let a = 0; a < qs.length; a++) out[a] = this.quantile(qs[a]!);
      return;
    }
    const rankOf = (q: number) => Math.max(1, Math.ceil(q * this.count - 1e-9));
    const clamp = (v: number) => Math.min(this.max, Math.max(this.min, v));
    let rank = rankOf(qs[0]!);
    let seen = 0;
    const emit = (v: number) => {
      while (k < qs.length && seen >= rank) {
        out[k++] = clamp(v);
        if (k < qs.length) rank = rankOf(qs[k]!);
      }
    };
    const nb = this.neg.bounds();
    if (nb) {
      for (let i = nb[1]; i >= nb[0] && k < qs.length; i--) {
        seen += this.neg.counts[i - this.neg.offset]!;
        if (seen >= rank) emit(-bucketValue(i));
      }
    }
    seen += this.zero;
    if (k < qs.length && seen >= rank) emit(0);
    const pb = this.pos.bounds();
    if (pb) {
      for (let i = pb[0]; i <= pb[1] && k < qs.length; i++) {
        seen += this.pos.counts[i - this.pos.offset]!;
        if (seen >= rank) emit(bucketValue(i));
      }
    }
    while (k < qs.length) out[k++] = this.max;
  }

  /** Number of non-empty-range buckets to serialize (positive, negative). */
  serializedLength(): number {
    const p = this.pos.bounds();
    const n = this.neg.bounds();
    return (p ? p[1] - p[0] + 1 : 0) + (n ? n[1] - n[0] + 1 : 0);
  }

  /**
   * Write the header (8 numbers) at `header[h..]` and the bucket counts at
   * `data[d..]`; returns the next free position in `data`.
   */
  write(header: Float64Array, h: number, data: Float64Array, d: number): number {
    const p = this.pos.bounds();
    const n = this.neg.bounds();
    const pl = p ? p[1] - p[0] + 1 : 0;
    const nl = n ? n[1] - n[0] + 1 : 0;
    header[h] = this.count;
    header[h + 1] = this.zero;
    header[h + 2] = this.min;
    header[h + 3] = this.max;
    header[h + 4] = p ? p[0] : 0;
    header[h + 5] = pl;
    header[h + 6] = n ? n[0] : 0;
    header[h + 7] = nl;
    if (p) data.set(this.pos.counts.subarray(p[0] - this.pos.offset, p[1] - this.pos.offset + 1), d);
    if (n) data.set(this.neg.counts.subarray(n[0] - this.neg.offset, n[1] - this.neg.offset + 1), d + pl);
    return d + pl + nl;
  }

  /** Merge a sketch written by `write`; returns the next position in `data`. */
  mergeWritten(header: Float64Array, h: number, data: Float64Array, d: number): number {
    const pl = header[h + 5]!;
    const nl = header[h + 7]!;
    this.mergeParts(
      header[h]!,
      header[h + 1]!,
      header[h + 2]!,
      header[h + 3]!,
      header[h + 4]!,
      data,
      d,
      pl,
      header[h + 6]!,
      data,
      d + pl,
      nl,
    );
    return d + pl + nl;
  }
}
