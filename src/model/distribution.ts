/**
 * Distribution specifications, after units are applied. Sampling lives in
 * `engine/`; this is only the description every stage shares.
 */
export type DistributionSpec =
  | { type: "point"; value: number }
  | { type: "uniform"; min: number; max: number }
  | { type: "normal"; mean: number; sd: number }
  | { type: "truncnormal"; mean: number; sd: number; min: number; max: number }
  /** X = exp(N(ln median, sigma)) + shift (shift -1 for growth rates: the factor 1+g is lognormal). */
  | { type: "lognormal"; median: number; sigma: number; shift: number }
  | { type: "triangular"; min: number; mode: number; max: number }
  | { type: "pert"; min: number; mode: number; max: number }
  | { type: "choice"; values: number[]; weights: number[] }
  | { type: "empirical"; values: number[] };

/**
 * An assumption that may be uncertain: its distribution, the value a
 * deterministic run uses (`central`), and a plausible interval (`low`..`high`:
 * the support, or P5..P95 for unbounded distributions).
 */
export interface UncertainValue {
  dist: DistributionSpec;
  central: number;
  low: number;
  high: number;
  /** As written in the file. */
  text: string;
  /** Line in the scenario file (0 when set on the command line). */
  line: number;
}

/** A certain value. */
export function point(value: number, text = String(value), line = 0): UncertainValue {
  return { dist: { type: "point", value }, central: value, low: value, high: value, text, line };
}

/** Whether the value is uncertain (anything but a point). */
export function isUncertain(u: UncertainValue): boolean {
  return u.dist.type !== "point";
}

/**
 * An uncertain value under a positive scaling f (a unit conversion, a division
 * by a total): every parameter in the value's unit is mapped, shapes kept.
 *
 * @example
 * scaleUncertain(u, (x) => x / 1000) // uniform 150..200 becomes 0.15..0.2
 */
export function scaleUncertain(u: UncertainValue, f: (x: number) => number): UncertainValue {
  const d = u.dist;
  const dist = ((): DistributionSpec => {
    switch (d.type) {
      case "point":
        return { type: "point", value: f(d.value) };
      case "uniform":
        return { type: "uniform", min: f(d.min), max: f(d.max) };
      case "normal":
        return { type: "normal", mean: f(d.mean), sd: f(d.sd) };
      case "truncnormal":
        return { type: "truncnormal", mean: f(d.mean), sd: f(d.sd), min: f(d.min), max: f(d.max) };
      case "lognormal":
        return { type: "lognormal", median: f(d.median), sigma: d.sigma, shift: f(d.shift) };
      case "triangular":
      case "pert":
        return { type: d.type, min: f(d.min), mode: f(d.mode), max: f(d.max) };
      case "choice":
        return { type: "choice", values: d.values.map(f), weights: d.weights };
      case "empirical":
        return { type: "empirical", values: d.values.map(f) };
    }
  })();
  return { ...u, dist, central: f(u.central), low: f(u.low), high: f(u.high) };
}
