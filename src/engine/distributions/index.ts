/**
 * Every distribution of the scenario format, drawn by inverse CDF: an input
 * is `quantile(spec, u)` of a uniform u in (0, 1), so plain Monte Carlo,
 * Latin hypercube sampling and the Gaussian copula all share one path.
 *
 * `prepare` precomputes what does not depend on u (truncation masses, PERT
 * shapes, sorted tables) for the simulation's hot loop; `sampleAt` is the
 * monomorphic evaluation used there.
 */
import type { DistributionSpec } from "../../model/distribution.js";
import { inverseIncompleteBeta } from "../../numeric/inverse-incomplete-beta.js";
import { choiceQuantile, choiceTable } from "./choice.js";
import { empiricalQuantile } from "./empirical.js";
import { lognormalCdf, lognormalQuantile } from "./lognormal.js";
import { normalCdf, normalQuantile } from "./normal.js";
import { pertCdf, pertQuantile, pertShape } from "./pert.js";
import { triangularCdf, triangularQuantile } from "./triangular.js";
import { truncnormalCdf, truncnormalQuantile } from "./truncnormal.js";
import { uniformCdf, uniformQuantile } from "./uniform.js";

export { choiceQuantile, choiceTable } from "./choice.js";
export { empiricalQuantile } from "./empirical.js";
export { lognormalCdf, lognormalQuantile } from "./lognormal.js";
export { normalCdf, normalQuantile } from "./normal.js";
export { pertCdf, pertQuantile, pertShape } from "./pert.js";
export { triangularCdf, triangularQuantile } from "./triangular.js";
export { truncnormalCdf, truncnormalQuantile } from "./truncnormal.js";
export { uniformCdf, uniformQuantile } from "./uniform.js";

/**
 * The value of a distribution at cumulative probability u (its inverse CDF).
 *
 * @example
 * quantile({ type: "triangular", min: 0.08, mode: 0.12, max: 0.17 }, 0.5) // 0.1240
 * quantile({ type: "normal", mean: 0.1, sd: 0.02 }, 0.975) // 0.1392
 */
export function quantile(spec: DistributionSpec, u: number): number {
  switch (spec.type) {
    case "point":
      return spec.value;
    case "uniform":
      return uniformQuantile(u, spec.min, spec.max);
    case "normal":
      return spec.mean + spec.sd * normalQuantile(u);
    case "truncnormal":
      return truncnormalQuantile(u, spec.mean, spec.sd, spec.min, spec.max);
    case "lognormal":
      return lognormalQuantile(u, spec.median, spec.sigma, spec.shift);
    case "triangular":
      return triangularQuantile(u, spec.min, spec.mode, spec.max);
    case "pert":
      return pertQuantile(u, spec.min, spec.mode, spec.max);
    case "choice": {
      const t = choiceTable(spec.values, spec.weights);
      return choiceQuantile(u, t.values, t.cumulative);
    }
    case "empirical":
      return empiricalQuantile(
        u,
        [...spec.values].sort((a, b) => a - b),
      );
  }
}

/**
 * P(X ≤ x) for a distribution.
 *
 * @example
 * cdf({ type: "uniform", min: 0, max: 4 }, 1) // 0.25
 */
export function cdf(spec: DistributionSpec, x: number): number {
  switch (spec.type) {
    case "point":
      return x >= spec.value ? 1 : 0;
    case "uniform":
      return uniformCdf(x, spec.min, spec.max);
    case "normal":
      return normalCdf((x - spec.mean) / spec.sd);
    case "truncnormal":
      return truncnormalCdf(x, spec.mean, spec.sd, spec.min, spec.max);
    case "lognormal":
      return lognormalCdf(x, spec.median, spec.sigma, spec.shift);
    case "triangular":
      return triangularCdf(x, spec.min, spec.mode, spec.max);
    case "pert":
      return pertCdf(x, spec.min, spec.mode, spec.max);
    case "choice": {
      let below = 0;
      let total = 0;
      spec.values.forEach((v, i) => {
        total += spec.weights[i]!;
        if (v <= x) below += spec.weights[i]!;
      });
      return below / total;
    }
    case "empirical":
      return spec.values.filter((v) => v <= x).length / spec.values.length;
  }
}

// Kinds of prepared distributions (plain constants so the hot switch compares small integers).
export const POINT = 0;
export const UNIFORM = 1;
export const NORMAL = 2;
export const TRUNC_LOWER = 3;
export const TRUNC_UPPER = 4;
export const LOGNORMAL = 5;
const TRIANGULAR = 6;
const PERT = 7;
const CHOICE = 8;
const EMPIRICAL = 9;

/** A distribution with everything that does not depend on u computed once. */
export class Prepared {
  kind = POINT;
  a = 0;
  b = 0;
  c = 0;
  d = 0;
  e = 0;
  f = 0;
  values: Float64Array = new Float64Array(0);
  cumulative: Float64Array = new Float64Array(0);
}

/**
 * Precompute a distribution for `sampleAt`.
 *
 * @example
 * sampleAt(prepare({ type: "uniform", min: 0, max: 10 }), 0.3) // 3
 */
export function prepare(spec: DistributionSpec): Prepared {
  const p = new Prepared();
  switch (spec.type) {
    case "point":
      p.kind = POINT;
      p.a = spec.value;
      break;
    case "uniform":
      p.kind = UNIFORM;
      p.a = spec.min;
      p.b = spec.max - spec.min;
      break;
    case "normal":
      p.kind = NORMAL;
      p.a = spec.mean;
      p.b = spec.sd;
      break;
    case "truncnormal": {
      const alpha = (spec.min - spec.mean) / spec.sd;
      const beta = (spec.max - spec.mean) / spec.sd;
      p.a = spec.mean;
      p.b = spec.sd;
      p.e = spec.min;
      p.f = spec.max;
      if (alpha > 0) {
        p.kind = TRUNC_UPPER;
        p.c = normalCdf(-alpha);
        p.d = normalCdf(-alpha) - normalCdf(-beta);
      } else {
        p.kind = TRUNC_LOWER;
        p.c = normalCdf(alpha);
        p.d = normalCdf(beta) - normalCdf(alpha);
      }
      break;
    }
    case "lognormal":
      p.kind = LOGNORMAL;
      p.a = spec.shift;
      p.b = spec.median;
      p.c = spec.sigma;
      break;
    case "triangular": {
      p.kind = TRIANGULAR;
      const range = spec.max - spec.min;
      p.a = spec.min;
      p.b = spec.max;
      p.c = (spec.mode - spec.min) / range;
      p.d = range * (spec.mode - spec.min);
      p.e = range * (spec.max - spec.mode);
      break;
    }
    case "pert": {
      p.kind = PERT;
      const s = pertShape(spec.min, spec.mode, spec.max);
      p.a = spec.min;
      p.b = spec.max - spec.min;
      p.c = s.alpha;
      p.d = s.beta;
      p.e = s.logBeta;
      break;
    }
    case "choice": {
      p.kind = CHOICE;
      const t = choiceTable(spec.values, spec.weights);
      p.values = t.values;
      p.cumulative = t.cumulative;
      break;
    }
    case "empirical":
      p.kind = EMPIRICAL;
      p.values = Float64Array.from(spec.values).sort();
      break;
  }
  return p;
}

/**
 * The quantile of a prepared distribution at u; equal to `quantile(spec, u)`.
 *
 * @example
 * sampleAt(prepare({ type: "triangular", min: 0, mode: 1, max: 2 }), 0.5) // 1
 */
export function sampleAt(p: Prepared, u: number): number {
  switch (p.kind) {
    case POINT:
      return p.a;
    case UNIFORM:
      return p.a + u * p.b;
    case NORMAL:
      return p.a + p.b * normalQuantile(u);
    case TRUNC_LOWER: {
      const x = p.a + p.b * normalQuantile(p.c + u * p.d);
      return Math.min(p.f, Math.max(p.e, x));
    }
    case TRUNC_UPPER: {
      const x = p.a - p.b * normalQuantile(p.c - u * p.d);
      return Math.min(p.f, Math.max(p.e, x));
    }
    case LOGNORMAL:
      return p.a + p.b * Math.exp(p.c * normalQuantile(u));
    case TRIANGULAR:
      return u < p.c ? p.a + Math.sqrt(u * p.d) : p.b - Math.sqrt((1 - u) * p.e);
    case PERT:
      return p.a + p.b * inverseIncompleteBeta(u, p.c, p.d, p.e);
    case CHOICE:
      return choiceQuantile(u, p.values, p.cumulative);
    default:
      return empiricalQuantile(u, p.values);
  }
}

/**
 * Replace the uniforms `u[off..off+n)` by the quantiles of a prepared
 * distribution, in place: `u[j] = sampleAt(p, u[j])`, with the same
 * arithmetic (so the same numbers), the distribution's kind chosen once per
 * column instead of once per value.
 *
 * @example
 * const col = Float64Array.of(0.25, 0.5);
 * sampleColumn(prepare({ type: "uniform", min: 0, max: 4 }), col, 0, 2);
 * col // Float64Array [1, 2]
 */
export function sampleColumn(p: Prepared, u: Float64Array, off: number, n: number): void {
  const end = off + n;
  switch (p.kind) {
    case POINT:
      u.fill(p.a, off, end);
      return;
    case UNIFORM: {
      const { a, b } = p;
      for (let j = off; j < end; j++) u[j] = a + u[j]! * b;
      return;
    }
    case TRIANGULAR: {
      const { a, b, c, d, e } = p;
      for (let j = off; j < end; j++) {
        const v = u[j]!;
        u[j] = v < c ? a + Math.sqrt(v * d) : b - Math.sqrt((1 - v) * e);
      }
      return;
    }
    case NORMAL: {
      const { a, b } = p;
      for (let j = off; j < end; j++) u[j] = a + b * normalQuantile(u[j]!);
      return;
    }
    case LOGNORMAL: {
      const { a, b, c } = p;
      for (let j = off; j < end; j++) u[j] = a + b * Math.exp(c * normalQuantile(u[j]!));
      return;
    }
    default:
      for (let j = off; j < end; j++) u[j] = sampleAt(p, u[j]!);
  }
}
