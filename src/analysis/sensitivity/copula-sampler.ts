/**
 * Draws of the inputs under the Gaussian copula of their correlation matrix
 * R: jointly, or some inputs given the others (`conditional-gaussian.ts`),
 * as Shapley effects need. Inputs fall into blocks that R connects; a
 * conditional draw works block by block (inputs in other blocks are
 * independent of them), and each block's conditional factors are computed
 * once per set of drawn inputs.
 */
import { normalCdf, normalQuantile, quantile } from "../../engine/distributions/index.js";
import { HALF_STEP, type Uniform } from "../../engine/streams.js";
import type { DistributionSpec } from "../../model/distribution.js";
import { type ConditionalGaussian, conditionalGaussian } from "./conditional-gaussian.js";

const MIN_U = 1.1102230246251565e-16;

export class CopulaSampler {
  /** Inputs connected by non-zero correlations, each block in increasing order. */
  readonly blocks: number[][];
  private readonly cache = new Map<string, { J: number[]; K: number[]; g: ConditionalGaussian }>();
  private readonly e: Float64Array;

  constructor(
    private readonly r: readonly (readonly number[])[],
    private readonly dists: readonly DistributionSpec[],
    private readonly next: Uniform,
  ) {
    const k = r.length;
    const block = new Int32Array(k).fill(-1);
    this.blocks = [];
    for (let i = 0; i < k; i++) {
      if (block[i]! >= 0) continue;
      const members = [i];
      block[i] = this.blocks.length;
      for (let t = 0; t < members.length; t++)
        for (let j = 0; j < k; j++)
          if (block[j]! < 0 && r[members[t]!]![j]! !== 0) {
            block[j] = this.blocks.length;
            members.push(j);
          }
      this.blocks.push(members.sort((a, b) => a - b));
    }
    this.e = new Float64Array(k);
  }

  private normal(): number {
    return normalQuantile(this.next() + HALF_STEP);
  }

  /**
   * Draw the scores of the inputs with drawn[i] = 1 given the others' scores
   * in `z` (all of them when every flag is set), in place.
   *
   * @example
   * sampler.draw(z, Uint8Array.of(0, 1)); // z[1] | z[0] ~ N(ρ z[0], 1 − ρ²)
   */
  draw(z: Float64Array, drawn: Uint8Array): void {
    for (let b = 0; b < this.blocks.length; b++) {
      const members = this.blocks[b]!;
      let key = `${b}:`;
      for (const m of members) key += drawn[m] ? "1" : "0";
      let c = this.cache.get(key);
      if (!c) {
        const J = members.filter((m) => drawn[m]);
        const K = members.filter((m) => !drawn[m]);
        c = { J, K, g: conditionalGaussian(this.r, J, K) };
        this.cache.set(key, c);
      }
      const { J, K, g } = c;
      const nj = J.length;
      const nk = K.length;
      if (nj === 0) continue;
      const e = this.e;
      for (let p = 0; p < nj; p++) e[p] = this.normal();
      for (let p = 0; p < nj; p++) {
        let v = 0;
        for (let i = 0; i < nk; i++) v += g.a[p * nk + i]! * z[K[i]!]!;
        for (let q = 0; q <= p; q++) v += g.l[p * nj + q]! * e[q]!;
        z[J[p]!] = v;
      }
    }
  }

  /** Input i's value for score z (inverse CDF of Φ(z)). */
  value(i: number, z: number): number {
    const u = Math.min(1 - MIN_U, Math.max(MIN_U, normalCdf(z)));
    return quantile(this.dists[i]!, u);
  }
}
