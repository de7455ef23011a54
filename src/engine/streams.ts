/**
 * Random streams. Every uncertain input has its own stream per block of
 * samples, seeded from (seed, input, block):
 *
 *     seedrandom.alea(`${seed}:${input}:${block}`)
 *
 * so the uniforms an input gets depend only on the seed, the input's name
 * (`software.growth`, `software.growth@2024` for a yearly draw) and the block
 * number — not on the number of workers, on which other inputs exist, or on
 * the order blocks are computed in. Two runs with the same seed therefore use
 * the same uniforms for the same inputs (common random numbers across
 * variants and sweep points).
 *
 * Alea (Johannes Baagøe) gives 32-bit uniforms; each is shifted by half a
 * step, u = (k + ½)/2³², so u is never 0 or 1 and every quantile is finite.
 */
import seedrandom from "seedrandom";

/** Samples per block: the unit of random streams, Latin hypercubes and accumulators. */
export const BLOCK_SIZE = 2048;

/** Half of 2⁻³²: keeps uniforms strictly inside (0, 1). */
export const HALF_STEP = 1.1641532182693481e-10;

/** A uniform generator on [0, 1) with 32-bit resolution. */
export type Uniform = () => number;

/**
 * The stream of one input in one block.
 *
 * @example
 * const next = stream(1, "software.growth", 0);
 * next() // the same number on every machine and in every worker
 */
export function stream(seed: number | string, input: string, block: number): Uniform {
  return seedrandom.alea(`${seed}:${input}:${block}`);
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
