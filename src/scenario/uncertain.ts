/**
 * Read an assumption that may be uncertain: a number, a range (uniform), or
 * a distribution, into an `UncertainValue` in the context unit.
 */
import { fail } from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import { DISTRIBUTION, EXPECTED } from "../i18n/text/loader.js";
import { suggest } from "../messages.js";
import type { DistributionSpec, UncertainValue } from "../model/distribution.js";
import { centre, describeValue, type MagnitudeContext, parseMagnitude } from "./magnitude.js";
import { DISTRIBUTION_NAMES } from "./schema.js";

/** A distribution's list of parameters on one line: `triangular: [8%， 12%， 17%]`. */
const PARAM_LIST = new RegExp(`\\b(?:${DISTRIBUTION_NAMES.join("|")})\\s*:\\s*\\[[^\\]\\n]*\\]`, "g");

/**
 * Full-width (，) and ideographic (、) commas typed with a Chinese input method
 * inside a distribution's parameter list are read as the commas they stand
 * for (in YAML they separate nothing, and the list would be one string).
 * One character for another, so every position in the file stays; returns
 * the offsets changed, for a warning.
 *
 * @example
 * fullWidthCommas("growth: { triangular: [8%， 12%， 17%] }").text
 * // "growth: { triangular: [8%,  12%,  17%] }"
 */
export function fullWidthCommas(text: string): { text: string; offsets: number[] } {
  if (!/[\uff0c\u3001]/.test(text)) return { text, offsets: [] };
  const offsets: number[] = [];
  const out = text.replace(PARAM_LIST, (m, at: number) =>
    m.replace(/[\uff0c\u3001]/g, (_c, i: number) => {
      offsets.push(at + i);
      return ",";
    }),
  );
  return { text: out, offsets };
}

/** z for the 5th and 95th percentiles of a normal distribution. */
const Z95 = 1.6448536269514722;

/**
 * A value as a scenario file writes it, in YAML's flow style: a distribution
 * `{ triangular: [8%, 12%, 17%] }` reads `triangular: [8%, 12%, 17%]`, its
 * parameters by name `normal: { mean: 10%, sd: 2% }`; a text that YAML would
 * read otherwise is quoted.
 *
 * @example
 * writtenText({ triangular: ["8%", "12%", "17%"] }) // "triangular: [8%, 12%, 17%]"
 * writtenText({ normal: { mean: 0.1, sd: 0.02 } }) // "normal: { mean: 0.1, sd: 0.02 }"
 */
export function writtenText(raw: unknown): string {
  const flow = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(flow).join(", ")}]`;
    if (v !== null && typeof v === "object")
      return `{ ${Object.entries(v)
        .map(([k, x]) => `${k}: ${flow(x)}`)
        .join(", ")} }`;
    if (typeof v === "string")
      return /^[^\s,[\]{}:#"'][^,[\]{}#"]*$/.test(v) && !/:\s/.test(v) ? v : JSON.stringify(v);
    return String(v);
  };
  if (raw !== null && typeof raw === "object" && !Array.isArray(raw)) {
    const entries = Object.entries(raw);
    if (entries.length === 1) return `${entries[0]![0]}: ${flow(entries[0]![1])}`;
  }
  return flow(raw);
}

/**
 * @example
 * readUncertain({ triangular: ["8%", "12%", "17%"] }, { kind: "rate" }, 12)
 * // { dist: { type: "triangular", min: 0.08, mode: 0.12, max: 0.17 }, central: 0.12, low: 0.08, high: 0.17, … }
 */
export function readUncertain(raw: unknown, ctx: MagnitudeContext, line: number): UncertainValue {
  if (typeof raw === "number" || typeof raw === "string") {
    const m = parseMagnitude(raw, ctx);
    const dist: DistributionSpec =
      m.low === m.high ? { type: "point", value: m.low } : { type: "uniform", min: m.low, max: m.high };
    return { dist, central: centre(m), low: m.low, high: m.high, text: String(raw), line };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
    return fail("E_WRONG_TYPE", { expected: EXPECTED.uncertain, found: describeValue(raw) });
  }
  const keys = Object.keys(raw);
  const name = keys[0] ?? "";
  if (keys.length !== 1 || !(DISTRIBUTION_NAMES as readonly string[]).includes(name)) {
    return fail("E_DISTRIBUTION_UNKNOWN", {
      name,
      suggestion: suggest(name, DISTRIBUTION_NAMES),
      known: [...DISTRIBUTION_NAMES],
    });
  }
  const params = (raw as Record<string, unknown>)[name];
  const num = (v: unknown) => parseMagnitude(v, ctx).low;
  const rate = ctx.kind === "rate";
  const text = writtenText(raw);
  const out = (dist: DistributionSpec, central: number, low: number, high: number): UncertainValue => ({
    dist,
    central,
    low,
    high,
    text,
    line,
  });
  const bad = (detail: Bilingual): never => fail("E_DISTRIBUTION_PARAMS", { name, detail });
  const ordered = (min: number, mode: number, max: number) => {
    if (!(min <= mode && mode <= max)) bad(DISTRIBUTION.modeOrder);
    if (!(min < max)) bad(DISTRIBUTION.minBelowMax);
  };
  switch (name) {
    case "normal": {
      const [mean, sd] = Array.isArray(params)
        ? [num(params[0]), sdOf(params[1])]
        : [num((params as { mean: unknown }).mean), sdOf((params as { sd: unknown }).sd)];
      if (!(sd > 0)) bad(DISTRIBUTION.sdPositive);
      return out({ type: "normal", mean, sd }, mean, mean - Z95 * sd, mean + Z95 * sd);
    }
    case "truncnormal": {
      const p = params as unknown[] | Record<string, unknown>;
      const [mean, sd, min, max] = Array.isArray(p)
        ? [num(p[0]), sdOf(p[1]), num(p[2]), num(p[3])]
        : [num(p.mean), sdOf(p.sd), num(p.min), num(p.max)];
      if (!(sd > 0)) bad(DISTRIBUTION.sdPositive);
      if (!(min < max)) bad(DISTRIBUTION.minBelowMax);
      const central = Math.min(max, Math.max(min, mean));
      return out(
        { type: "truncnormal", mean, sd, min, max },
        central,
        Math.max(min, mean - Z95 * sd),
        Math.min(max, mean + Z95 * sd),
      );
    }
    case "lognormal": {
      const p = params as unknown[] | Record<string, unknown>;
      const median = Array.isArray(p) ? num(p[0]) : num(p.median);
      const sigma = Number(Array.isArray(p) ? p[1] : p.sigma);
      if (!(sigma > 0) || !Number.isFinite(sigma)) bad(DISTRIBUTION.sigmaPositive);
      const shift = rate ? -1 : 0;
      const m = median - shift;
      if (!(m > 0)) bad(rate ? DISTRIBUTION.medianGrowth : DISTRIBUTION.medianPositive);
      return out(
        { type: "lognormal", median: m, sigma, shift },
        median,
        m * Math.exp(-Z95 * sigma) + shift,
        m * Math.exp(Z95 * sigma) + shift,
      );
    }
    case "uniform": {
      const [min, max] = (params as unknown[]).map(num) as [number, number];
      if (!(min < max)) bad(DISTRIBUTION.minBelowMax);
      return out({ type: "uniform", min, max }, (min + max) / 2, min, max);
    }
    case "triangular":
    case "pert": {
      const [min, mode, max] = (params as unknown[]).map(num) as [number, number, number];
      ordered(min, mode, max);
      return out({ type: name, min, mode, max }, mode, min, max);
    }
    case "choice": {
      let values: number[];
      let weights: number[];
      if (Array.isArray(params)) {
        values = params.map((x) => num((x as { value: unknown }).value));
        weights = params.map((x) => Number((x as { weight: unknown }).weight));
      } else {
        const p = params as { values: unknown[]; weights?: number[] };
        values = p.values.map(num);
        weights = p.weights ?? values.map(() => 1);
      }
      if (weights.length !== values.length) bad(DISTRIBUTION.weightsCount(values.length, weights.length));
      if (weights.some((w) => !(w > 0) || !Number.isFinite(w))) bad(DISTRIBUTION.weightsPositive);
      let best = 0;
      weights.forEach((w, i) => {
        if (w > weights[best]!) best = i;
      });
      return out(
        { type: "choice", values, weights },
        values[best]!,
        Math.min(...values),
        Math.max(...values),
      );
    }
    case "empirical": {
      const values = (params as unknown[]).map(num);
      const sorted = [...values].sort((a, b) => a - b);
      const n = sorted.length;
      const median = n % 2 ? sorted[(n - 1) / 2]! : (sorted[n / 2 - 1]! + sorted[n / 2]!) / 2;
      return out({ type: "empirical", values }, median, sorted[0]!, sorted[n - 1]!);
    }
  }
  return bad(DISTRIBUTION.unsupported);

  /** A standard deviation is a spread in the context's unit; for rates it may exceed 100% only as a typo. */
  function sdOf(v: unknown): number {
    return parseMagnitude(v, rate ? { kind: "rate" } : { ...ctx, allowNegative: true }).low;
  }
}
