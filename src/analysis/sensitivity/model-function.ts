/**
 * A scenario as a function of its uncertain inputs: y = f(x1, …, xk), where
 * each x is an assumption (a growth rate, a baseline) in its own unit and y is
 * one scalar output — a goal's gap, whether it is met, a quantity's value in
 * a year, or a formula over the quantities. Every sensitivity method and the
 * goal seeker evaluate the scenario through this.
 */
import { fail } from "../../diagnostics.js";
import { quantile } from "../../engine/distributions/index.js";
import { compileTarget, measureTargetRow } from "../../engine/measure.js";
import { derivedQuantities } from "../../engine/population/aggregates.js";
import { populationInputs } from "../../engine/population/inputs.js";
import { project } from "../../engine/project.js";
import { suggest } from "../../messages.js";
import type { UncertainValue } from "../../model/distribution.js";
import { type Input, scenarioInputs, uncertainInputs } from "../../model/inputs.js";
import type { Scenario } from "../../model/scenario.js";
import { margin, meets } from "../../model/target.js";
import { evaluateTarget } from "../targets.js";
import { inputCopula } from "./copula.js";
import { dependencies } from "./dependencies.js";
import { kernelEvaluator, type ManyEvaluator, type RowOutput } from "./kernel-evaluator.js";
import { populationEvaluator } from "./population-evaluator.js";

export type OutputSpec =
  /** The goal's gap (projected − goal), in the goal's unit. */
  | { kind: "gap"; target: string }
  /** 1 when the goal is met, 0 when missed. */
  | { kind: "met"; target: string }
  /** How far inside the goal (positive) or outside it (negative): see model/target.ts margin. */
  | { kind: "margin"; target: string }
  /** A quantity's value, or a formula over quantities, in `year`. */
  | { kind: "expr"; text: string; year: number };

export { dependencies } from "./dependencies.js";

export interface ModelFunction {
  inputs: Input[];
  /** A description of the output, for tables. */
  label: string;
  evaluate(x: ArrayLike<number>): number;
  /**
   * Evaluate n points at once — input i of point j at xs[i·n + j] — into
   * y[0..n): on the simulation kernel when every input is one of its drawn
   * dimensions (the same numbers as `evaluate`, much faster), else point by
   * point.
   */
  evaluateMany(xs: Float64Array, n: number, y?: Float64Array): Float64Array;
  /**
   * The inputs' values at cumulative probabilities u (inverse CDF of each
   * input's distribution), correlated first by the file's copula when the
   * function was made with `correlate`.
   */
  fromUniform(u: ArrayLike<number>, out?: Float64Array): Float64Array;
  /** Names of the inputs that `fromUniform` correlates (empty without `correlate`). */
  correlated: string[];
  /** Every input at its central value. */
  central(): Float64Array;
}

export interface ModelOptions {
  /** Limit the inputs to these names (default: every uncertain input). */
  inputs?: readonly string[];
  /** Also include these inputs, even when they are single numbers (the goal seeker's searched input). */
  include?: readonly string[];
  /**
   * Apply the file's `correlations:` in `fromUniform` (sampling methods that
   * need the joint distribution), leaving out the inputs in `except` (fixed
   * ones), as `simulate --set` does.
   */
  correlate?: { except?: readonly string[] };
}

/**
 * @example
 * const f = await modelFunction(shandong, { kind: "gap", target: "sd-software-2025" });
 * f.evaluate(f.central()) // 1664.9 (15,664.9 projected − 14,000)
 */
export async function modelFunction(
  s: Scenario,
  spec: OutputSpec,
  opts: ModelOptions = {},
): Promise<ModelFunction> {
  const out = await outputOf(s, spec);
  const inputs = selectInputs(s, opts.inputs, opts.include ?? [], dependencies(s, out.reads));
  const index = new Map<UncertainValue, number>();
  inputs.forEach((inp, i) => {
    index.set(inp.value, i);
  });
  // a group of firm revenues (engine/population/inputs.ts): each member at the group's quantile
  const member = new Map<UncertainValue, number>();
  inputs.forEach((inp, i) => {
    for (const m of inp.firm?.members ?? []) if (!member.has(m)) member.set(m, i);
  });
  let x: ArrayLike<number> = new Float64Array(inputs.length);
  const copula = opts.correlate ? inputCopula(s, inputs, opts.correlate.except ?? []) : null;
  const u2 = new Float64Array(inputs.length);
  const pick = (u: UncertainValue) => {
    const i = index.get(u);
    if (i !== undefined) return x[i]!;
    const g = member.get(u);
    if (g === undefined) return u.central;
    const q = x[g]!;
    // the group's centre is every member's central value (as in `check`)
    return q === 0.5 ? u.central : quantile(u.dist, q);
  };
  const setPoint = (values: ArrayLike<number>) => {
    x = values;
  };
  // an output of the firm population alone: the population without the rest of the projection
  let population: ManyEvaluator | null | undefined;
  const one = new Float64Array(1);
  const evaluate = (values: ArrayLike<number>) => {
    population ??= populationEvaluator(s, out.rows, pick, setPoint, inputs.length);
    if (population) {
      population(Float64Array.from(values), 1, one);
      return one[0]!;
    }
    x = values;
    return out.read(project(s, { pick, pickYear: (u) => pick(u) }));
  };
  let many: ManyEvaluator | null | undefined;
  const point = new Float64Array(inputs.length);
  return {
    inputs,
    label: out.label,
    evaluate,
    evaluateMany(xs, n, y = new Float64Array(n)) {
      many ??=
        populationEvaluator(s, out.rows, pick, setPoint, inputs.length) ??
        kernelEvaluator(s, inputs, out.rows);
      if (many) {
        many(xs, n, y);
        return y;
      }
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < point.length; i++) point[i] = xs[i * n + j]!;
        y[j] = evaluate(point);
      }
      return y;
    },
    fromUniform(u, into = new Float64Array(inputs.length)) {
      let v: ArrayLike<number> = u;
      if (copula) {
        u2.set(u);
        copula.apply(u2);
        v = u2;
      }
      for (let i = 0; i < inputs.length; i++) {
        const inp = inputs[i]!;
        into[i] = inp.firm ? inp.firm.at(v[i]!) : quantile(inp.value.dist, v[i]!);
      }
      return into;
    },
    correlated: copula ? copula.members.map((i) => inputs[i]!.name) : [],
    central() {
      return Float64Array.from(inputs, (i) => i.value.central);
    },
  };
}

function selectInputs(
  s: Scenario,
  names: readonly string[] | undefined,
  include: readonly string[],
  relevant: Set<string>,
): Input[] {
  // a quantity the firm population stands for moves with the population's parameters, not its own
  const derived = derivedQuantities(s);
  const population = [...relevant].some((id) => derived.has(id)) ? populationInputs(s) : [];
  const all = [...scenarioInputs(s.quantities.values()), ...population];
  // by default only the inputs that can move the output
  const uncertain = [
    ...uncertainInputs(s.quantities.values()).filter(
      (i) => names || (relevant.has(i.quantity) && !derived.has(i.quantity)),
    ),
    ...population.filter((i) => names || i.firm!.byDefault),
  ];
  const find = (n: string) => {
    const inp = all.find((i) => i.name === n);
    if (!inp)
      return fail("E_UNKNOWN_INPUT", {
        name: n,
        suggestion: suggest(
          n,
          all.map((i) => i.name),
        ),
      });
    return inp;
  };
  const extra = include.map(find);
  if (!names) {
    const chosen = [...uncertain, ...extra.filter((e) => !uncertain.some((u) => u.name === e.name))];
    if (chosen.length === 0) fail("E_NO_UNCERTAIN_INPUTS", {});
    return chosen;
  }
  return names.map((n) => {
    const inp = find(n);
    if (!uncertain.some((u) => u.name === n) && !include.includes(n))
      return fail("E_INPUT_NO_RANGE", { name: n });
    return inp;
  });
}

interface Output {
  label: string;
  reads: string[];
  read: (p: ReturnType<typeof project>) => number;
  /** The same output from the kernel's rows. */
  rows: RowOutput;
}

async function outputOf(s: Scenario, spec: OutputSpec): Promise<Output> {
  if (spec.kind === "gap" || spec.kind === "met" || spec.kind === "margin") {
    const t = s.targets.find((x) => x.id === spec.target);
    if (!t) {
      return fail("E_UNKNOWN_REFERENCE", {
        kind: "target",
        name: spec.target,
        suggestion: suggest(
          spec.target,
          s.targets.map((x) => x.id),
        ),
      });
    }
    const reads = t.of ? [t.subject, t.of] : [t.subject];
    const kind = spec.kind;
    const fromMeasure = (m: number) =>
      Number.isNaN(m)
        ? kind === "met"
          ? 0
          : Number.NaN
        : kind === "gap"
          ? m - t.value
          : kind === "met"
            ? meets(t.comparator, m, t.value, t.tolerance)
              ? 1
              : 0
            : margin(t.comparator, m, t.value, t.tolerance);
    const rows: RowOutput = {
      needs: reads,
      compute(values, stride, c, nYears, firstYear, out) {
        const index = new Map(reads.map((id, k) => [id, k]));
        const ct = compileTarget(s, t, index, firstYear, nYears);
        measureTargetRow(ct, values, stride, c, out, 0);
        for (let j = 0; j < c; j++) out[j] = fromMeasure(out[j]!);
      },
    };
    if (spec.kind === "gap") {
      return { label: `gap of ${t.id}`, reads, rows, read: (p) => evaluateTarget(s, p, t).gap ?? Number.NaN };
    }
    if (spec.kind === "met")
      return { label: `${t.id} met`, reads, rows, read: (p) => (evaluateTarget(s, p, t).met ? 1 : 0) };
    return {
      label: `margin of ${t.id}`,
      reads,
      rows,
      read: (p) => {
        const r = evaluateTarget(s, p, t);
        return r.projected === null ? Number.NaN : margin(t.comparator, r.projected, t.value, t.tolerance);
      },
    };
  }
  const year = spec.year;
  if (year < s.baseYear || year > s.horizon) fail("E_YEAR_RANGE", { year, min: s.baseYear, max: s.horizon });
  const q = s.quantities.get(spec.text.trim());
  if (q) {
    return {
      label: `${q.id} in ${year}`,
      reads: [q.id],
      read: (p) => p.series.get(q.id)![year - p.firstYear]!,
      rows: {
        needs: [q.id],
        compute(values, stride, c, _n, firstYear, out) {
          const o = (year - firstYear) * stride;
          for (let j = 0; j < c; j++) out[j] = values[o + j]!;
        },
      },
    };
  }
  // a formula over quantities: compiled with the restricted formula engine (loaded only now)
  const { compileFormula } = await import("../../formula/compile.js");
  // a bad formula is thrown without a position: the CLI names the flag it came from (cli/flags.ts)
  const f = compileFormula(spec.text, new Set(s.quantities.keys()));
  const scope: Record<string, number> = { year, t: year - s.baseYear };
  return {
    label: `${spec.text} in ${year}`,
    reads: f.refs,
    read: (p) => {
      for (const r of f.refs) scope[r] = p.series.get(r)![year - p.firstYear]!;
      return f.evaluate(scope);
    },
    rows: {
      needs: f.refs,
      compute(values, stride, c, nYears, firstYear, out) {
        const i = year - firstYear;
        for (let j = 0; j < c; j++) {
          for (let k = 0; k < f.refs.length; k++) scope[f.refs[k]!] = values[(k * nYears + i) * stride + j]!;
          out[j] = f.evaluate(scope);
        }
      },
    },
  };
}

/**
 * The inputs' values at n points of uniforms, both column-major (input i of
 * point j at [i·n + j]): `fromUniform` point by point.
 *
 * @example
 * valuesAt(f, Float64Array.of(0.5, 0.5), 1) // each input's median
 */
export function valuesAt(f: ModelFunction, u: Float64Array, n: number): Float64Array {
  const k = f.inputs.length;
  const out = new Float64Array(k * n);
  const p = new Float64Array(k);
  const x = new Float64Array(k);
  for (let j = 0; j < n; j++) {
    for (let i = 0; i < k; i++) p[i] = u[i * n + j]!;
    f.fromUniform(p, x);
    for (let i = 0; i < k; i++) out[i * n + j] = x[i]!;
  }
  return out;
}
