/**
 * Random streams. Every uncertain input has its own stream per block of
 * samples, seeded from (seed, input, block):
 *
 *     xoshiro128**(hash128(`${seed}:${input}:${block}`))
 *
 * so the uniforms an input gets depend only on the seed, the input's name
 * (`software.growth`, `software.growth@2024` for a yearly draw) and the block
 * number — not on the number of workers, on which other inputs exist, or on
 * the order blocks are computed in. Two runs with the same seed therefore use
 * the same uniforms for the same inputs (common random numbers across
 * variants and sweep points).
 *
 * xoshiro128** (Blackman and Vigna, "Scrambled Linear Pseudorandom Number
 * Generators", ACM TOMS 47(4), 2021; reference code at prng.di.unimi.it)
 * gives 32-bit integers from a 128-bit state, period 2¹²⁸ − 1, and passes
 * TestU01's BigCrush. Its step is 32-bit integer arithmetic (xors, shifts,
 * two multiplications), so the kernel runs it inline on local integers; a
 * normal draw costs about half what it did with the Alea generator
 * chainsim used until December 2026, whose multiply-with-carry runs in
 * doubles, each step waiting on the previous one's rounding. The state comes
 * from a 128-bit hash of the stream's name (`hash128`), so two streams share
 * a state with probability about 2⁻¹²⁸.
 *
 * A uniform is k/2³² for the 32-bit output k; each uniform handed to an
 * inverse CDF is shifted by half a step, u = (k + ½)/2³², so u is never 0 or
 * 1 and every quantile is finite.
 */

/** Samples per block: the unit of random streams, Latin hypercubes and accumulators. */
export const BLOCK_SIZE = 2048;

/** Half of 2⁻³²: keeps uniforms strictly inside (0, 1). */
export const HALF_STEP = 1.1641532182693481e-10;

/** 2⁻³². */
export const TWO_M32 = 2.3283064365386963e-10;

/** A uniform generator on [0, 1) with 32-bit resolution. */
export type Uniform = () => number;

/** MurmurHash3's 32-bit finaliser (Appleby): every input bit flips each output bit with probability near ½. */
function fmix32(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A 128-bit hash of a string into `out` (four 32-bit words, never all zero):
 * each UTF-16 code unit is multiplied into four lanes, each lane also taking
 * the previous lane's value so every unit reaches all 128 bits; then two
 * rounds of MurmurHash3's finaliser with the lanes added into each other, as
 * MurmurHash3_x86_128 finishes. Not a cryptographic hash: its job is to give
 * streams with different names unrelated states.
 *
 * @example
 * const s = new Int32Array(4);
 * hash128("1:software.growth:0", s) // four words; "1:software.growth:1" gives four unrelated ones
 */
export function hash128(key: string, out: Int32Array): void {
  // the first 32 bits of the fractional parts of √2, √3, √5, √7 (SHA-256's first initial values)
  let h0 = 0x6a09e667 | 0;
  let h1 = 0xbb67ae85 | 0;
  let h2 = 0x3c6ef372 | 0;
  let h3 = 0xa54ff53a | 0;
  for (let i = 0; i < key.length; i++) {
    const k = key.charCodeAt(i);
    h0 = (Math.imul(h0 ^ k, 0x9e3779b1) + h3) | 0;
    h1 = (Math.imul(h1 ^ k, 0x85ebca77) + h0) | 0;
    h2 = (Math.imul(h2 ^ k, 0xc2b2ae3d) + h1) | 0;
    h3 = (Math.imul(h3 ^ k, 0x27d4eb2f) + h2) | 0;
    h0 = (h0 << 13) | (h0 >>> 19);
    h1 = (h1 << 17) | (h1 >>> 15);
    h2 = (h2 << 11) | (h2 >>> 21);
    h3 = (h3 << 7) | (h3 >>> 25);
  }
  h0 ^= key.length;
  for (let round = 0; round < 2; round++) {
    h0 = (h0 + h1 + h2 + h3) | 0;
    h1 = (h1 + h0) | 0;
    h2 = (h2 + h0) | 0;
    h3 = (h3 + h0) | 0;
    h0 = fmix32(h0);
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h3 = fmix32(h3);
  }
  out[0] = h0 | (h0 === 0 && h1 === 0 && h2 === 0 && h3 === 0 ? 1 : 0);
  out[1] = h1;
  out[2] = h2;
  out[3] = h3;
}

/**
 * The xoshiro128** generator: `int32()` returns the next 32-bit output as a
 * signed integer, `next()` the uniform k/2³² in [0, 1).
 *
 * @example
 * const x = new Xoshiro("1:software.growth:0");
 * x.next() // a uniform; the same for the same name on every machine
 */
export class Xoshiro {
  /** s0, s1, s2, s3, in a typed array the kernel's inline loops read and write back. */
  readonly s = new Int32Array(4);

  /** The state is `hash128(name)`. */
  constructor(name: string) {
    hash128(name, this.s);
  }

  /** The next 32-bit output (as a signed integer): rotl(s1 · 5, 7) · 9, then one step of the state. */
  int32(): number {
    const s = this.s;
    const s1 = s[1]!;
    const m = Math.imul(s1, 5);
    const r = Math.imul((m << 7) | (m >>> 25), 9);
    const t = s1 << 9;
    const s2 = s[2]! ^ s[0]!;
    const s3 = s[3]! ^ s1;
    s[1] = s1 ^ s2;
    s[0] = s[0]! ^ s3;
    s[2] = s2 ^ t;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return r;
  }

  /** The next uniform k/2³² in [0, 1). */
  next(): number {
    return (this.int32() >>> 0) * TWO_M32;
  }
}

/**
 * The generator of one input in one block.
 *
 * @example
 * const x = xoshiroStream(1, "software.growth", 0);
 * x.next() // the first uniform of `stream(1, "software.growth", 0)`
 */
export function xoshiroStream(seed: number | string, input: string, block: number): Xoshiro {
  return new Xoshiro(`${seed}:${input}:${block}`);
}

/**
 * The stream of one input in one block.
 *
 * @example
 * const next = stream(1, "software.growth", 0);
 * next() // the same number on every machine and in every worker
 */
export function stream(seed: number | string, input: string, block: number): Uniform {
  const x = xoshiroStream(seed, input, block);
  return () => x.next();
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
 * `monteCarloColumn` from an `Xoshiro` (the same numbers, without a call through a closure).
 *
 * @example
 * const col = new Float64Array(4);
 * xoshiroColumn(xoshiroStream(1, "x", 0), 4, col, 0) // col as monteCarloColumn(stream(1, "x", 0), 4, col, 0)
 */
export function xoshiroColumn(x: Xoshiro, n: number, out: Float64Array, offset: number): void {
  for (let j = 0; j < n; j++) out[offset + j] = x.next() + HALF_STEP;
}
