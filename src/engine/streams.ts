/**
 * Random streams. Every uncertain input has its own stream per block of
 * samples, seeded from (seed, input, block):
 *
 *     Alea(`${seed}:${input}:${block}`)
 *
 * so the uniforms an input gets depend only on the seed, the input's name
 * (`software.growth`, `software.growth@2024` for a yearly draw) and the block
 * number — not on the number of workers, on which other inputs exist, or on
 * the order blocks are computed in. Two runs with the same seed therefore use
 * the same uniforms for the same inputs (common random numbers across
 * variants and sweep points).
 *
 * Alea (Johannes Baagøe, 2010) gives 32-bit uniforms; `Alea` below is the
 * generator of `seedrandom.alea` (seedrandom 3.0.5, lib/alea.js) written as a
 * class, number for number the same stream (a test compares them), so that
 * the kernel's loops call a method V8 inlines instead of a closure. Each
 * uniform handed to an inverse CDF is shifted by half a step,
 * u = (k + ½)/2³², so u is never 0 or 1 and every quantile is finite.
 */

/** Samples per block: the unit of random streams, Latin hypercubes and accumulators. */
export const BLOCK_SIZE = 2048;

/** Half of 2⁻³²: keeps uniforms strictly inside (0, 1). */
export const HALF_STEP = 1.1641532182693481e-10;

/** 2⁻³². */
export const TWO_M32 = 2.3283064365386963e-10;

/** A uniform generator on [0, 1) with 32-bit resolution. */
export type Uniform = () => number;

/**
 * Baagøe's Mash hash, as seedrandom applies it to a seed string: returns the
 * hash function with its running state.
 */
function mash(): (data: string) => number {
  let n = 0xefc8249d;
  return (data) => {
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000;
    }
    return (n >>> 0) * TWO_M32;
  };
}

/**
 * The Alea generator (multiply-with-carry lagged by 3, period about 2¹¹⁶):
 * `next()` returns k/2³² for a 32-bit k, in [0, 1).
 *
 * @example
 * const a = new Alea("1:software.growth:0");
 * a.next() // the same number as seedrandom.alea("1:software.growth:0")()
 */
export class Alea {
  /**
   * s0, s1, s2 and the carry c, in a typed array: V8 then updates them in
   * place (as object fields, a carry beyond the small-integer range would be
   * boxed, an allocation per number).
   */
  readonly s = new Float64Array(4);

  constructor(seed: string) {
    const m = mash();
    const s = this.s;
    s[0] = m(" ");
    s[1] = m(" ");
    s[2] = m(" ");
    s[3] = 1;
    for (let k = 0; k < 3; k++) {
      s[k] = s[k]! - m(seed);
      if (s[k]! < 0) s[k] = s[k]! + 1;
    }
  }

  /** The next uniform k/2³² in [0, 1). */
  next(): number {
    const s = this.s;
    const t = 2091639 * s[0]! + s[3]! * TWO_M32;
    s[0] = s[1]!;
    s[1] = s[2]!;
    const c = t | 0;
    s[3] = c;
    const u = t - c;
    s[2] = u;
    return u;
  }
}

/**
 * The generator of one input in one block.
 *
 * @example
 * const a = aleaStream(1, "software.growth", 0);
 * a.next() // the first uniform of `stream(1, "software.growth", 0)`
 */
export function aleaStream(seed: number | string, input: string, block: number): Alea {
  return new Alea(`${seed}:${input}:${block}`);
}

/**
 * The stream of one input in one block.
 *
 * @example
 * const next = stream(1, "software.growth", 0);
 * next() // the same number on every machine and in every worker
 */
export function stream(seed: number | string, input: string, block: number): Uniform {
  const a = aleaStream(seed, input, block);
  return () => a.next();
}

/** The number of blocks for `samples` samples. */
export function blockCount(samples: number): number {
  return Math.ceil(samples / BLOCK_SIZE);
}

/** The number of samples in block `b`. */
export function blockLength(samples: number, b: number): number {
  return Math.min(BLOCK_SIZE, samples - b * BLOCK_SIZE);
}

/**
 * Fill `out[offset..offset+n)` with plain Monte Carlo uniforms in (0, 1).
 *
 * @example
 * const col = new Float64Array(4);
 * monteCarloColumn(stream(1, "x", 0), 4, col, 0)
 */
export function monteCarloColumn(next: Uniform, n: number, out: Float64Array, offset: number): void {
  for (let j = 0; j < n; j++) out[offset + j] = next() + HALF_STEP;
}

/**
 * `monteCarloColumn` from an `Alea` (the same numbers, without a call through a closure).
 *
 * @example
 * const col = new Float64Array(4);
 * aleaColumn(aleaStream(1, "x", 0), 4, col, 0) // col as monteCarloColumn(stream(1, "x", 0), 4, col, 0)
 */
export function aleaColumn(a: Alea, n: number, out: Float64Array, offset: number): void {
  for (let j = 0; j < n; j++) out[offset + j] = a.next() + HALF_STEP;
}
