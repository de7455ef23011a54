/**
 * Streaming moments: a block's count, mean and M2 from rows of values by
 * shifted sums (`BlockMoments`, `shiftedSums`; Chan, Golub & LeVeque 1983),
 * blocks merged by Chan et al.'s pairwise formula, against exact values
 * computed in integer arithmetic, and against Welford's per-value update
 * (what the kernel used within a block before) on the same data.
 */
import { describe, expect, it } from "vitest";
import { Accumulator } from "../../src/engine/accumulator.js";
import { BlockMoments } from "../../src/engine/block-moments.js";
import { monteCarloColumn, stream } from "../../src/engine/streams.js";
import { shiftedSums } from "../../src/numeric/shifted-sums.js";

const SHAPE = { stats: 1, targets: 0, groups: 0, verdicts: 0 };
const BLOCK = 2048;

/**
 * n values x = offset + k/1024 with integer k in [0, 2²⁰): each is exact in a
 * double (offset ≤ 10⁹ < 2³⁰ leaves 23 bits below the unit), so the exact
 * mean and M2 follow from Σk and Σk² in BigInt:
 * mean = offset + Σk/(1024 n), M2 = (n Σk² − (Σk)²)/(1024² n).
 */
function exactData(n: number, offset: number, seed: number) {
  const u = new Float64Array(n);
  monteCarloColumn(stream(seed, "k", 0), n, u, 0);
  const ks = Array.from(u, (v) => Math.floor(v * 2 ** 20));
  const x = Float64Array.from(ks, (k) => offset + k / 1024);
  let s = 0n;
  let s2 = 0n;
  for (const k of ks) {
    s += BigInt(k);
    s2 += BigInt(k) * BigInt(k);
  }
  const N = BigInt(n);
  const m2 = Number(N * s2 - s * s) / n / 1024 ** 2;
  const mean = offset + Number(s) / n / 1024;
  return { x, mean, m2 };
}

/** The kernel's way: per block of 2048, rows of `chunk` values into BlockMoments; blocks merged in order. */
function viaBlocks(x: Float64Array, chunk: number): Accumulator {
  const total = new Accumulator(SHAPE);
  const block = new Accumulator(SHAPE);
  const m = new BlockMoments(1);
  for (let b = 0; b < x.length; b += BLOCK) {
    const n = Math.min(BLOCK, x.length - b);
    m.reset();
    for (let j = 0; j < n; j += chunk) m.observeRow(0, x, b + j, Math.min(chunk, n - j));
    block.resetNumbers();
    m.write(block.count, block.mean, block.m2);
    block.n = n;
    total.mergeNumbers(block.serializeNumbers());
  }
  return total;
}

/** The previous kernel's way: Welford's update within each block; blocks merged in order. */
function viaWelford(x: Float64Array): Accumulator {
  const total = new Accumulator(SHAPE);
  const block = new Accumulator(SHAPE);
  for (let b = 0; b < x.length; b += BLOCK) {
    block.reset();
    for (let j = b; j < Math.min(x.length, b + BLOCK); j++) block.observe(0, x[j]!);
    total.merge(block.serialize());
  }
  return total;
}

describe("shiftedSums", () => {
  it("count, Σ(x − K), Σ(x − K)², min and max, NaN skipped (worked by hand)", () => {
    const out = new Float64Array(5);
    shiftedSums(Float64Array.of(1, 2, Number.NaN, 4, 3), 0, 5, 2, out);
    // x − 2 = −1, 0, 2, 1: sum 2, squares 1 + 0 + 4 + 1 = 6
    expect(Array.from(out)).toEqual([4, 2, 6, 1, 4]);
    shiftedSums(Float64Array.of(9, 1, 2, 3, 4, 5, 9), 1, 5, 3, out);
    // 1..5 around 3: four partial sums plus a tail of one; sum 0, squares 4 + 1 + 0 + 1 + 4 = 10
    expect(Array.from(out)).toEqual([5, 0, 10, 1, 5]);
    shiftedSums(Float64Array.of(Number.NaN), 0, 1, 0, out);
    expect(Array.from(out)).toEqual([0, 0, 0, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]);
  });
});

describe("BlockMoments", () => {
  it("mean 2.5 and M2 5 for 1, 2, 4, 3 in two rows (worked by hand)", () => {
    const m = new BlockMoments(1);
    const x = Float64Array.of(1, 2, 4, 3);
    m.observeRow(0, x, 0, 2); // shift = 1.5
    m.observeRow(0, x, 2, 2);
    const [count, mean, m2] = [new Float64Array(1), new Float64Array(1), new Float64Array(1)];
    m.write(count, mean, m2);
    expect([count[0], mean[0], m2[0]]).toEqual([4, 2.5, 5]);
  });

  it("mean and M2 within a few ulps of the exact values, at least as close as Welford's update", () => {
    const worst = { rows: 0, welford: 0 };
    for (const offset of [0, 1e3, 1e6, 1e9])
      for (const seed of [1, 2, 3]) {
        const n = 20_000; // ten blocks (the last one short)
        const { x, mean, m2 } = exactData(n, offset, seed);
        const welford = viaWelford(x);
        const wMean = Math.abs(welford.mean[0]! - mean) / mean;
        const wM2 = Math.abs(welford.m2[0]! - m2) / m2;
        for (const chunk of [16, 256]) {
          const acc = viaBlocks(x, chunk);
          expect(acc.count[0]).toBe(n);
          const errMean = Math.abs(acc.mean[0]! - mean) / mean;
          const errM2 = Math.abs(acc.m2[0]! - m2) / m2;
          expect(errMean).toBeLessThanOrEqual(Math.max(wMean, 2 * Number.EPSILON));
          expect(errM2).toBeLessThanOrEqual(Math.max(wM2, 64 * Number.EPSILON));
          worst.rows = Math.max(worst.rows, errM2);
        }
        worst.welford = Math.max(worst.welford, wM2);
      }
    // M2 to 1e-11 even with the mean 3·10⁶ times the spread (offset 10⁹, sd ≈ 296)
    expect(worst.rows).toBeLessThan(1e-11);
    expect(worst.rows).toBeLessThanOrEqual(worst.welford);
  });

  it("rows with NaN, negatives and zeros: the same count, mean and sd as value by value", () => {
    const u = new Float64Array(1000);
    monteCarloColumn(stream(4, "u", 0), 1000, u, 0);
    const x = Float64Array.from(u, (v, j) => (j % 97 === 0 ? Number.NaN : j % 31 === 0 ? 0 : (v - 0.3) * 50));
    const rows = viaBlocks(x, 64);
    const one = viaWelford(x);
    expect(rows.count[0]).toBe(one.count[0]);
    expect(rows.mean[0]).toBeCloseTo(one.mean[0]!, 12);
    expect(rows.sd(0)).toBeCloseTo(one.sd(0), 12);
  });
});
