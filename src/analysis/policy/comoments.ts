/**
 * Streaming co-moments of several variables x_k with one variable y (a
 * budget's parts and inputs against its total): counts, means, sums of
 * squares and cross-products, updated sample by sample (Welford) and merged
 * block by block (Chan, Golub & LeVeque), so memory does not grow with the
 * number of samples and the result does not depend on how samples are split
 * into blocks when blocks are merged in order.
 *
 * From them: cov(x_k, y) / var(y) — the share of y's variance that x_k
 * accounts for, which sums to 1 when y is the sum of the x_k — and the
 * correlation of x_k with y.
 */
export class CoMoments {
  n = 0;
  meanY = 0;
  m2Y = 0;
  readonly meanX: Float64Array;
  readonly m2X: Float64Array;
  readonly cXY: Float64Array;

  constructor(readonly size: number) {
    this.meanX = new Float64Array(size);
    this.m2X = new Float64Array(size);
    this.cXY = new Float64Array(size);
  }

  /**
   * Add one sample: x (size values) and y.
   *
   * @example
   * const c = new CoMoments(1);
   * c.observe([1], 3); c.observe([2], 5); c.observe([3], 7);
   * c.covariance(0) // 2 (x and y = 2x + 1: cov = 2 var(x) = 2 × 1)
   */
  observe(x: ArrayLike<number>, y: number): void {
    const n = ++this.n;
    const dy = y - this.meanY;
    this.meanY += dy / n;
    const dy2 = y - this.meanY;
    this.m2Y += dy * dy2;
    for (let k = 0; k < this.size; k++) {
      const dx = x[k]! - this.meanX[k]!;
      this.meanX[k]! += dx / n;
      this.m2X[k]! += dx * (x[k]! - this.meanX[k]!);
      this.cXY[k]! += dx * dy2;
    }
  }

  /** Merge another block's co-moments into these (pairwise formulas; exact up to rounding). */
  merge(b: CoMoments): void {
    if (b.n === 0) return;
    if (this.n === 0) {
      this.n = b.n;
      this.meanY = b.meanY;
      this.m2Y = b.m2Y;
      this.meanX.set(b.meanX);
      this.m2X.set(b.m2X);
      this.cXY.set(b.cXY);
      return;
    }
    const na = this.n;
    const nb = b.n;
    const n = na + nb;
    const f = (na * nb) / n;
    const dy = b.meanY - this.meanY;
    for (let k = 0; k < this.size; k++) {
      const dx = b.meanX[k]! - this.meanX[k]!;
      this.cXY[k] = this.cXY[k]! + b.cXY[k]! + dx * dy * f;
      this.m2X[k] = this.m2X[k]! + b.m2X[k]! + dx * dx * f;
      this.meanX[k] = this.meanX[k]! + (dx * nb) / n;
    }
    this.m2Y += b.m2Y + dy * dy * f;
    this.meanY += (dy * nb) / n;
    this.n = n;
  }

  /** Numbers in `write`'s layout: n, mean and M2 of y, then mean, M2 and co-moment of each x. */
  static length(size: number): number {
    return 3 + 3 * size;
  }

  /** Write these co-moments at out[off …] (see `length`); returns the offset after them. */
  write(out: Float64Array, off: number): number {
    out[off] = this.n;
    out[off + 1] = this.meanY;
    out[off + 2] = this.m2Y;
    out.set(this.meanX, off + 3);
    out.set(this.m2X, off + 3 + this.size);
    out.set(this.cXY, off + 3 + 2 * this.size);
    return off + CoMoments.length(this.size);
  }

  /** Merge co-moments written by `write` at x[off …] (blocks in order: see `merge`); returns the offset after them. */
  mergeWritten(x: Float64Array, off: number): number {
    const k = this.size;
    const b = new CoMoments(k);
    b.n = x[off]!;
    b.meanY = x[off + 1]!;
    b.m2Y = x[off + 2]!;
    b.meanX.set(x.subarray(off + 3, off + 3 + k));
    b.m2X.set(x.subarray(off + 3 + k, off + 3 + 2 * k));
    b.cXY.set(x.subarray(off + 3 + 2 * k, off + 3 + 3 * k));
    this.merge(b);
    return off + CoMoments.length(k);
  }

  reset(): void {
    this.n = 0;
    this.meanY = 0;
    this.m2Y = 0;
    this.meanX.fill(0);
    this.m2X.fill(0);
    this.cXY.fill(0);
  }

  /** Sample covariance of x_k and y (n − 1 in the denominator). */
  covariance(k: number): number {
    return this.n > 1 ? this.cXY[k]! / (this.n - 1) : Number.NaN;
  }

  /** cov(x_k, y) / var(y): x_k's share of y's variance (NaN when y does not vary). */
  varianceShare(k: number): number {
    return this.m2Y > 0 ? this.cXY[k]! / this.m2Y : Number.NaN;
  }

  /** Pearson correlation of x_k with y (NaN when either does not vary). */
  correlation(k: number): number {
    const d = Math.sqrt(this.m2X[k]! * this.m2Y);
    return d > 0 ? this.cXY[k]! / d : Number.NaN;
  }
}
