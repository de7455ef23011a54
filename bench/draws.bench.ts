/**
 * Normal draws per second in one thread, each way chainsim draws them:
 * the ziggurat on xoshiro128** streams (plain Monte Carlo: normal,
 * lognormal and wide truncated normal inputs), and the inverse CDF (AS 241)
 * of the same streams' uniforms (Latin hypercubes, copulas, quasi-random
 * points). Reference: V8's own `Math.random` (xorshift128+, unseeded, so
 * unusable for reproducible runs) through the Box–Muller transform, the
 * textbook way a JavaScript program draws a normal. Best of three timed
 * runs of 2·10⁷ draws (10⁶ in quick mode), in columns of one block.
 */
import { normalQuantile } from "../src/engine/distributions/normal.js";
import { zigguratColumn } from "../src/engine/distributions/ziggurat.js";
import { BLOCK_SIZE, HALF_STEP, xoshiroColumn, xoshiroStream } from "../src/engine/streams.js";
import type { Benchmark, Row } from "./harness.js";

const col = new Float64Array(BLOCK_SIZE);

/** Draws per second of `fill` (one call fills one block's column), best of three runs. */
function rate(draws: number, fill: (block: number) => void): number {
  const blocks = Math.ceil(draws / BLOCK_SIZE);
  for (let b = 0; b < 50; b++) fill(b); // warm-up: compiled before timing
  let best = Number.POSITIVE_INFINITY;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    for (let b = 0; b < blocks; b++) fill(b);
    best = Math.min(best, performance.now() - t0);
  }
  return (blocks * BLOCK_SIZE) / (best / 1000);
}

export const draws: Benchmark = {
  name: "draws",
  async run({ quick }) {
    const n = quick ? 1_000_000 : 20_000_000;
    const ziggurat = rate(n, (b) => zigguratColumn(xoshiroStream(1, "x", b), col, 0, BLOCK_SIZE));
    const inverse = rate(n, (b) => {
      xoshiroColumn(xoshiroStream(1, "x", b), BLOCK_SIZE, col, 0);
      for (let j = 0; j < BLOCK_SIZE; j++) col[j] = normalQuantile(col[j]!);
    });
    const boxMuller = rate(n, () => {
      for (let j = 0; j < BLOCK_SIZE; j += 2) {
        const r = Math.sqrt(-2 * Math.log(Math.random() + HALF_STEP));
        const t = 2 * Math.PI * Math.random();
        col[j] = r * Math.cos(t);
        col[j + 1] = r * Math.sin(t);
      }
    });
    const M = 1e6;
    const rows: Row[] = [
      {
        benchmark: "draws",
        case: "normal draws, ziggurat on xoshiro128** streams (ratio to Box–Muller on Math.random)",
        value: ziggurat / M,
        unit: "M/s",
        reference: boxMuller / M,
        ratio: ziggurat / boxMuller,
      },
      {
        benchmark: "draws",
        case: "normal draws, inverse CDF (AS 241) of xoshiro128** uniforms (ratio to Box–Muller on Math.random)",
        value: inverse / M,
        unit: "M/s",
        reference: boxMuller / M,
        ratio: inverse / boxMuller,
      },
      {
        benchmark: "draws",
        case: "ziggurat against inverse CDF, same streams",
        value: ziggurat / M,
        unit: "M/s",
        reference: inverse / M,
        ratio: ziggurat / inverse,
      },
    ];
    return rows;
  },
};
