/**
 * The quantile sketch: relative accuracy against exact sorted quantiles
 * (the ⌈qN⌉-th smallest value), exact and order-independent merges.
 */
import { describe, expect, it } from "vitest";
import { bucketIndex, bucketValue, LogSketch, SKETCH_RELATIVE_ACCURACY } from "../../src/engine/sketch.js";
import { monteCarloColumn, stream } from "../../src/engine/streams.js";

const QS = [0, 0.001, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.999, 1];

function data(n: number, seed: number, f: (u: number, v: number) => number): number[] {
  const u = new Float64Array(n);
  const v = new Float64Array(n);
  monteCarloColumn(stream(seed, "u", 0), n, u, 0);
  monteCarloColumn(stream(seed, "v", 0), n, v, 0);
  return Array.from(u, (x, i) => f(x, v[i]!));
}

function exact(sorted: number[], q: number): number {
  return sorted[Math.max(1, Math.ceil(q * sorted.length - 1e-9)) - 1]!;
}

function expectAccurate(values: number[]) {
  const s = new LogSketch();
  for (const x of values) s.add(x);
  const sorted = [...values].sort((a, b) => a - b);
  for (const q of QS) {
    const e = exact(sorted, q);
    const got = s.quantile(q);
    expect(Math.abs(got - e)).toBeLessThanOrEqual(SKETCH_RELATIVE_ACCURACY * Math.abs(e) + 1e-300);
  }
  expect(s.count).toBe(values.length);
  expect(s.min).toBe(sorted[0]);
  expect(s.max).toBe(sorted[sorted.length - 1]);
}

describe("LogSketch", () => {
  it("reads the bucket from the bits: 100 per power of two, each spanning at most 1%", () => {
    expect(bucketIndex(1)).toBe(0);
    expect(bucketIndex(1.5)).toBe(50);
    expect(bucketIndex(3)).toBe(150);
    expect(bucketIndex(0.5)).toBe(-100);
    // consecutive buckets: bounds 2^e(1 + k/100); the reported value is within 0.5% of both ends
    for (const i of [-5000, -1, 0, 1, 99, 100, 1234, 5000]) {
      const v = bucketValue(i);
      expect(bucketIndex(v)).toBe(i);
    }
  });

  it("is within 0.5% of the exact quantile: lognormal-like positive values", () => {
    expectAccurate(data(100_000, 1, (u, v) => 15000 * Math.exp(0.2 * (u + v - 1))));
  });
  it("with negative values, zeros and a wide range", () => {
    expectAccurate(data(50_000, 2, (u, v) => (u < 0.1 ? 0 : (v - 0.4) * 10 ** (6 * u - 3))));
  });
  it("a single value and tiny samples", () => {
    expectAccurate([42]);
    expectAccurate([-3, 5]);
    expectAccurate([0, 0, 0, 1e-10]);
  });

  it("merging sketches gives exactly the sketch of all values, in any order", () => {
    const values = data(30_000, 3, (u, v) => (u - 0.2) * 1000 * v);
    const whole = new LogSketch();
    for (const x of values) whole.add(x);
    const parts = [0, 1, 2].map((k) => {
      const s = new LogSketch();
      for (const x of values.slice(k * 10_000, (k + 1) * 10_000)) s.add(x);
      return s;
    });
    const forward = new LogSketch();
    for (const p of parts) forward.merge(p);
    const backward = new LogSketch();
    for (const p of [...parts].reverse()) backward.merge(p);
    for (const q of QS) {
      expect(forward.quantile(q)).toBe(whole.quantile(q));
      expect(backward.quantile(q)).toBe(whole.quantile(q));
    }
    expect([forward.count, forward.min, forward.max, forward.zero]).toEqual([
      whole.count,
      whole.min,
      whole.max,
      whole.zero,
    ]);
  });

  it("serialised sketches merge like the objects (what workers send)", () => {
    const values = data(5000, 4, (u, v) => u * 100 - v * 10);
    const a = new LogSketch();
    const b = new LogSketch();
    values.forEach((x, i) => {
      (i % 2 ? a : b).add(x);
    });
    const header = new Float64Array(16);
    const buf = new Float64Array(a.serializedLength() + b.serializedLength());
    const d = a.write(header, 0, buf, 0);
    b.write(header, 8, buf, d);
    const merged = new LogSketch();
    const next = merged.mergeWritten(header, 0, buf, 0);
    merged.mergeWritten(header, 8, buf, next);
    const direct = new LogSketch();
    direct.merge(a);
    direct.merge(b);
    for (const q of QS) expect(merged.quantile(q)).toBe(direct.quantile(q));
  });

  it("a row at a time (with or without its count, min and max) counts exactly what add() counts", () => {
    const rows = [
      data(4096, 5, (u, v) => 15000 * Math.exp(0.3 * (u + v - 1))), // positive: the fast path
      data(4096, 6, (u, v) => (u < 0.05 ? Number.NaN : u < 0.1 ? 0 : (v - 0.4) * 10 ** (6 * u - 3))),
    ];
    for (const values of rows) {
      const x = Float64Array.from(values);
      const words = new Uint32Array(x.buffer);
      const one = new LogSketch();
      for (const v of values) one.add(v);
      const plain = new LogSketch();
      const known = new LogSketch();
      for (let j = 0; j < x.length; j += 256) {
        plain.addRow(x, words, j, 256);
        const row = values.slice(j, j + 256).filter((v) => !Number.isNaN(v));
        known.addRow(x, words, j, 256, row.length, Math.min(...row), Math.max(...row));
      }
      for (const s of [plain, known]) {
        expect([s.count, s.zero, s.min, s.max]).toEqual([one.count, one.zero, one.min, one.max]);
        for (const q of QS) expect(s.quantile(q)).toBe(one.quantile(q));
      }
    }
  });

  it("quantiles() gives quantile() of each probability in one walk", () => {
    const s = new LogSketch();
    for (const x of data(20_000, 7, (u, v) => (u < 0.1 ? 0 : (v - 0.3) * 10 ** (4 * u - 2)))) s.add(x);
    const qs = [0, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 1];
    const out: number[] = [];
    s.quantiles(qs, out);
    expect(out).toEqual(qs.map((q) => s.quantile(q)));
    new LogSketch().quantiles([0.5], out);
    expect(out[0]).toBeNaN();
  });

  it("counts are 32-bit: a merge past 2³² − 1 values is refused, not wrapped", () => {
    const header = Float64Array.of(2 ** 32, 0, 1, 1, 0, 1, 0, 0);
    const s = new LogSketch();
    expect(() => s.mergeWritten(header, 0, Float64Array.of(2 ** 32), 0)).toThrow(RangeError);
  });

  it("ignores NaN and is NaN when empty", () => {
    const s = new LogSketch();
    expect(s.quantile(0.5)).toBeNaN();
    s.add(Number.NaN);
    expect(s.count).toBe(0);
  });
});
