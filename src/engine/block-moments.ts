/**
 * Count, mean and M2 of every statistic slot over one block of samples,
 * observed a row at a time (a chunk of one slot's values), by shifted sums:
 * a slot's shift K is the mean of its first row in the block, and every row
 * adds its count, Σ(x − K) and Σ(x − K)² (`shiftedSums`). At the end of the
 * block, mean = K + Σ(x − K)/n and M2 = Σ(x − K)² − (Σ(x − K))²/n.
 *
 * K is within a standard error of the block's mean, so the error of M2 is
 * about n·ε (n ≤ 2048 values per block), where Welford's update, which the
 * kernel used before, has n·ε·κ (κ the data's condition number, large when
 * the mean is large against the spread). Blocks are then merged as before
 * (Chan et al.'s pairwise formula, in block order).
 */
import { shiftedSums } from "../numeric/shifted-sums.js";

export class BlockMoments {
  readonly count: Float64Array;
  readonly shift: Float64Array;
  readonly sum: Float64Array;
  readonly squares: Float64Array;
  /** The last row's count, Σ(x − K), Σ(x − K)², min and max (see `shiftedSums`). */
  readonly row = new Float64Array(5);

  constructor(slots: number) {
    this.count = new Float64Array(slots);
    this.shift = new Float64Array(slots);
    this.sum = new Float64Array(slots);
    this.squares = new Float64Array(slots);
  }

  /** Start a block. */
  reset(): void {
    this.count.fill(0);
    this.sum.fill(0);
    this.squares.fill(0);
  }

  /**
   * Observe `x[off..off+c)` in slot i (NaN skipped); returns how many values
   * were not NaN (their min and max are `row[3]` and `row[4]`).
   *
   * @example
   * const m = new BlockMoments(1);
   * m.observeRow(0, Float64Array.of(1, 2, 4, 3), 0, 4) // 4; shift 2.5, sums 0 and 5
   */
  observeRow(i: number, x: Float64Array, off: number, c: number): number {
    if (this.count[i] === 0) this.shift[i] = meanOf(x, off, c);
    const row = this.row;
    shiftedSums(x, off, c, this.shift[i]!, row);
    const k = row[0]!;
    if (k > 0) {
      this.count[i]! += k;
      this.sum[i]! += row[1]!;
      this.squares[i]! += row[2]!;
    }
    return k;
  }

  /** Every slot's count, mean and M2 over the block, into the given arrays. */
  write(count: Float64Array, mean: Float64Array, m2: Float64Array): void {
    for (let i = 0; i < this.count.length; i++) {
      const n = this.count[i]!;
      count[i] = n;
      if (n === 0) {
        mean[i] = 0;
        m2[i] = 0;
        continue;
      }
      const s = this.sum[i]!;
      mean[i] = this.shift[i]! + s / n;
      m2[i] = this.squares[i]! - (s * s) / n;
    }
  }
}

/** The mean of the values that are not NaN (0 when there are none or it is not finite). */
function meanOf(x: Float64Array, off: number, c: number): number {
  let k = 0;
  let s = 0;
  for (let j = off; j < off + c; j++) {
    const v = x[j]!;
    if (!Number.isNaN(v)) {
      k++;
      s += v;
    }
  }
  const m = s / k;
  return Number.isFinite(m) ? m : 0;
}
