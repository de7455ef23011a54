/**
 * A scenario compiled for simulation: its uncertain inputs as numbered
 * dimensions (each with a prepared distribution and a stream name), the
 * projection as a table of operations per quantity and year on a flat array
 * of values, the copula's Cholesky factors, AR(1) chains of yearly draws, and
 * the goals with their years as indexes.
 *
 * The kernel runs the projection from these tables, quantity by quantity in
 * dependency order; formulas (and `sum:` values) are evaluated with one
 * reused scope. `project()` per sample (`reference: true` in the kernel
 * settings) gives the same numbers and is kept as the reference in tests.
 */
import { ChainsimError, diagnostic } from "../diagnostics.js";
import { type FormulaFunction, formulaFunction } from "../formula/formula-function.js";
import { isUncertain, type UncertainValue } from "../model/distribution.js";
import { type Input, scenarioInputs } from "../model/inputs.js";
import type { FormulaSpec, Quantity } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { cholesky } from "../numeric/cholesky.js";
import { type Prepared, prepare } from "./distributions/index.js";
import { type CompiledTarget, compileTarget } from "./measure.js";
import { type AggregateKind, derivedQuantities, populationTo } from "./population/aggregates.js";
import { type VerdictCheck, verdictChecks } from "./verdicts.js";

/** Operations per quantity and year. */
export const OP_NAN = 0;
/** value = slots[arg] (an actual, a baseline). */
export const OP_SET = 1;
/** value = previous × (1 + slots[arg]). */
export const OP_GROW = 2;
/** value = goal / (1 + slots[arg])^years (an implied baseline). */
export const OP_IMPLIED = 3;
/** value = formulas[arg] evaluated in the year (a level formula or a sum). */
export const OP_FORMULA = 4;
/** value = previous × (1 + formulas[arg]) (a growth formula; its own name reads the previous value). */
export const OP_GROW_FORMULA = 5;
/**
 * value = the sample's firm population's aggregate (`firms.aggregates`), arg =
 * aggregate × population years + population year index (`population/aggregates.ts`).
 */
export const OP_DERIVED = 6;

/** A formula with its function (compiled in this thread) and its references turned into offsets in the sample's values. */
export interface CompiledFormula {
  spec: FormulaSpec & { evaluate: FormulaFunction };
  /** Quantity id of the formula's owner. */
  id: string;
  /** Whether it is a growth formula (its own name is the previous year's value). */
  growth: boolean;
  refs: string[];
  offsets: Int32Array;
  /** Formulas see ratio quantities as fractions (see project.ts). */
  fractions: Float64Array;
  ownFraction: number;
}

/** One drawn number per sample. */
export interface Dim {
  /** Stream name: the input's name, `@year` for a yearly draw. */
  key: string;
  /** The input's name (for correlations and reports). */
  input: string;
  year: number | null;
  value: UncertainValue;
  prepared: Prepared;
}

/** Inputs correlated through the copula in one draw: z' = L z over `dims`. */
export interface CopulaGroup {
  dims: Int32Array;
  /** Row-major lower-triangular Cholesky factor, size × size. */
  factor: Float64Array;
  size: number;
}

/** A yearly input whose normal scores follow z_t = ρ z_{t−1} + √(1−ρ²) e_t. */
export interface Chain {
  dims: Int32Array;
  rho: number;
  scale: number;
}

export interface Plan {
  scenario: Scenario;
  /** Quantity ids in `scenario.order`. */
  ids: string[];
  index: Map<string, number>;
  firstYear: number;
  /** Years held per quantity (from `firstYear`). */
  nYears: number;
  /** Years reported: base year to horizon. */
  years: number[];
  /** Index of the base year in each quantity's values. */
  shownOffset: number;
  /** Whether the scenario has formulas (or sums). */
  hasFormulas: boolean;
  formulas: CompiledFormula[];
  dims: Dim[];
  /** Template of the value slots: draws first (filled per sample), then constants. */
  slots: Float64Array;
  ops: Uint8Array;
  args: Int32Array;
  impliedGoal: Float64Array;
  impliedYears: Float64Array;
  groups: CopulaGroup[];
  chains: Chain[];
  /** 1 where a dim's uniform comes from a normal score (copula or chain). */
  scored: Uint8Array;
  /** 1 where a dim's normal score comes from a copula group. */
  grouped: Uint8Array;
  targets: CompiledTarget[];
  /** Goal groups (`group:` on goals) and the indexes of their goals. */
  groupNames: string[];
  groupTargets: Int32Array[];
  verdicts: VerdictCheck[];
  /** Per verdict check: the dims of its extra inputs. */
  verdictDims: Int32Array[];
  /** For the reference path (`project()` per sample): the dim of an input drawn once, by value object. */
  onceDim: Map<UncertainValue, number>;
  yearDim: Map<UncertainValue, Map<number, number>>;
  implied: Map<UncertainValue, { goal: number; years: number; growth: UncertainValue }>;
  /**
   * The aggregates derived from the firm population (`firms.aggregates`), in
   * the order of OP_DERIVED's args; empty without firms. From the base year
   * on, these quantities are the population's, not their own baseline and growth.
   */
  derived: AggregateKind[];
}

/** The years a plan holds: from the earliest baseline or actual to the horizon. */
function planYears(s: Scenario): { first: number; nYears: number; years: number[] } {
  let first = s.baseYear;
  for (const q of s.quantities.values()) {
    if (q.baseline) first = Math.min(first, q.baseline.year);
    if (q.actuals.length) first = Math.min(first, q.actuals[0]!.year);
  }
  const years = Array.from({ length: s.horizon - s.baseYear + 1 }, (_, k) => s.baseYear + k);
  return { first, nYears: s.horizon - first + 1, years };
}

/** Each formula compiled in this thread, its references turned into offsets in a sample's values. */
function compileFormulas(
  s: Scenario,
  quantities: Quantity[],
  index: Map<string, number>,
  nYears: number,
): { formulas: CompiledFormula[]; formulaIndex: Map<string, number> } {
  const fraction = (q: Quantity) => (q.unit.dimension === "ratio" ? 10 ** q.unit.exp : 1);
  const formulas: CompiledFormula[] = [];
  const formulaIndex = new Map<string, number>();
  for (const q of quantities) {
    const spec = q.formula ?? (q.growth?.type === "formula" ? q.growth.formula : undefined);
    if (!spec) continue;
    const refs = spec.refs.filter((r) => r !== q.id);
    formulaIndex.set(q.id, formulas.length);
    formulas.push({
      spec: { ...spec, evaluate: formulaFunction(spec) },
      id: q.id,
      growth: q.formula === undefined,
      refs,
      offsets: Int32Array.from(refs.map((r) => index.get(r)! * nYears)),
      fractions: Float64Array.from(refs.map((r) => fraction(s.quantities.get(r)!))),
      ownFraction: fraction(q),
    });
  }
  return { formulas, formulaIndex };
}

interface PlanDims {
  dims: Dim[];
  onceDim: Map<UncertainValue, number>;
  yearDim: Map<UncertainValue, Map<number, number>>;
  byName: Map<string, Input>;
  verdicts: VerdictCheck[];
  verdictDims: Int32Array[];
}

/** The drawn numbers, in file order of the inputs, then the verdict checks' extra inputs. */
function planDims(s: Scenario, growthYears: Map<string, number[]>): PlanDims {
  const dims: Dim[] = [];
  const onceDim = new Map<UncertainValue, number>();
  const yearDim = new Map<UncertainValue, Map<number, number>>();
  const byName = new Map<string, Input>();
  const addDim = (key: string, input: string, year: number | null, value: UncertainValue) => {
    dims.push({ key, input, year, value, prepared: prepare(value.dist) });
    return dims.length - 1;
  };
  for (const input of scenarioInputs(s.quantities.values())) {
    byName.set(input.name, input);
    if (!isUncertain(input.value)) continue;
    if (input.yearly) {
      const m = new Map<number, number>();
      for (const y of growthYears.get(input.quantity) ?? [])
        m.set(y, addDim(`${input.name}@${y}`, input.name, y, input.value));
      yearDim.set(input.value, m);
    } else if (!onceDim.has(input.value)) {
      onceDim.set(input.value, addDim(input.name, input.name, null, input.value));
    }
  }
  const verdicts = verdictChecks(s);
  const verdictDims = verdicts.map((v) =>
    Int32Array.from(
      (v.inputs ?? []).map((i) => (isUncertain(i.value) ? addDim(i.name, i.name, null, i.value) : -1)),
    ),
  );
  return { dims, onceDim, yearDim, byName, verdicts, verdictDims };
}

interface PlanOps {
  slots: Float64Array;
  ops: Uint8Array;
  args: Int32Array;
  impliedGoal: Float64Array;
  impliedYears: Float64Array;
  implied: Plan["implied"];
}

/** The operation table (one per quantity and year) and the value slots: draws first, then constants. */
function planOps(
  quantities: Quantity[],
  kinds: YearKind[][],
  d: PlanDims,
  formulaIndex: Map<string, number>,
  first: number,
  nYears: number,
): PlanOps {
  const { dims, onceDim, yearDim } = d;
  const constants: number[] = [];
  const constSlot = (v: number) => {
    constants.push(v);
    return dims.length + constants.length - 1;
  };
  const slotOf = (u: UncertainValue) => onceDim.get(u) ?? constSlot(u.central);
  /** An actual with uncertainty is drawn like any input (evaluation: docs/actuals.md). */
  const actualSlot = (a: Quantity["actuals"][number]) =>
    a.uncertain ? slotOf(a.uncertain) : constSlot(a.value);
  const rateSlot = (q: Quantity, year: number): number => {
    const g = q.growth!;
    if (g.type === "rate") {
      if (g.draw === "yearly") return yearDim.get(g.rate)?.get(year) ?? constSlot(g.rate.central);
      return slotOf(g.rate);
    }
    if (g.type === "schedule") {
      let k = 0;
      while (k + 1 < g.years.length && g.years[k + 1]! <= year) k++;
      return slotOf(g.rates[k]!);
    }
    return constSlot(Number.NaN); // growth formulas have their own operation
  };
  const Q = quantities.length;
  const ops = new Uint8Array(Q * nYears);
  const args = new Int32Array(Q * nYears);
  const impliedGoal = new Float64Array(Q);
  const impliedYears = new Float64Array(Q);
  const implied: Plan["implied"] = new Map();
  quantities.forEach((q, qi) => {
    const b = q.baseline;
    if (b?.implied) {
      impliedGoal[qi] = b.implied.goal;
      impliedYears[qi] = b.implied.goalYear - b.year;
      implied.set(b.value, {
        goal: b.implied.goal,
        years: b.implied.goalYear - b.year,
        growth: b.implied.growth,
      });
    }
    for (let i = 0; i < nYears; i++) {
      const year = first + i;
      const k = qi * nYears + i;
      const set = (op: number, arg: number) => {
        ops[k] = op;
        args[k] = arg;
      };
      switch (kinds[qi]![i]) {
        case "actual":
          set(OP_SET, actualSlot(q.actuals.find((a) => a.year === year)!));
          break;
        case "baseline":
          if (b!.implied) set(OP_IMPLIED, slotOf(b!.implied.growth));
          else set(OP_SET, slotOf(b!.value));
          break;
        case "formula":
          set(OP_FORMULA, formulaIndex.get(q.id)!);
          break;
        case "grow":
          if (q.growth!.type === "formula") set(OP_GROW_FORMULA, formulaIndex.get(q.id)!);
          else set(OP_GROW, rateSlot(q, year));
          break;
        default:
          ops[k] = OP_NAN;
      }
    }
  });
  const slots = new Float64Array(dims.length + constants.length);
  slots.set(constants, dims.length);
  return { slots, ops, args, impliedGoal, impliedYears, implied };
}

/** Which dims take their uniform from a normal score (copula or chain), and which from a copula group. */
function scoredDims(n: number, groups: CopulaGroup[], chains: Chain[]) {
  const scored = new Uint8Array(n);
  const grouped = new Uint8Array(n);
  for (const g of groups) for (const d of g.dims) scored[d] = grouped[d] = 1;
  for (const c of chains) for (const d of c.dims) scored[d] = 1;
  return { scored, grouped };
}

/** The goals with their years as indexes, and goal groups with their goals' indexes. */
function planTargets(s: Scenario, index: Map<string, number>, first: number, nYears: number) {
  const targets = s.targets.map((t) => compileTarget(s, t, index, first, nYears));
  const groupNames: string[] = [];
  for (const t of s.targets)
    if (t.group !== undefined && !groupNames.includes(t.group)) groupNames.push(t.group);
  const groupTargets = groupNames.map((g) =>
    Int32Array.from(s.targets.flatMap((t, i) => (t.group === g ? [i] : []))),
  );
  return { targets, groupNames, groupTargets };
}

/**
 * Compile a scenario for simulation: years, formulas, drawn dims, the
 * operation table, the firm population's aggregates, the copula and chains,
 * and the goals — each a named step above.
 *
 * @example
 * const plan = compilePlan(scenario);
 * plan.dims.map((d) => d.key) // ["software.baseline", "software.growth", …]
 */
export function compilePlan(s: Scenario): Plan {
  const ids = [...s.order];
  const index = new Map(ids.map((id, i) => [id, i]));
  const quantities = ids.map((id) => s.quantities.get(id)!);
  const { first, nYears, years } = planYears(s);
  const hasFormulas = quantities.some((q) => q.formula !== undefined || q.growth?.type === "formula");
  const { formulas, formulaIndex } = compileFormulas(s, quantities, index, nYears);
  // which years each quantity grows in (static: values are unknown only before a start)
  const kinds = quantities.map((q) => yearKinds(q, first, nYears));
  const growthYears = new Map(
    quantities.map((q, qi) => [q.id, kinds[qi]!.flatMap((k, i) => (k === "grow" ? [first + i] : []))]),
  );
  const d = planDims(s, growthYears);
  const table = planOps(quantities, kinds, d, formulaIndex, first, nYears);
  const derived = deriveFromPopulation(s, index, table.ops, table.args, first, nYears);
  const { groups, chains } = copula(s, d.byName, d.onceDim, d.yearDim);
  return {
    scenario: s,
    derived,
    ids,
    index,
    firstYear: first,
    nYears,
    years,
    shownOffset: s.baseYear - first,
    hasFormulas,
    formulas,
    dims: d.dims,
    ...table,
    groups,
    chains,
    ...scoredDims(d.dims.length, groups, chains),
    ...planTargets(s, index, first, nYears),
    verdicts: d.verdicts,
    verdictDims: d.verdictDims,
    onceDim: d.onceDim,
    yearDim: d.yearDim,
  };
}

type YearKind = "nan" | "actual" | "baseline" | "grow" | "formula";

/** What determines a quantity's value in each year, exactly as `project()` decides it. */
function yearKinds(q: Quantity, first: number, n: number): YearKind[] {
  const out: YearKind[] = [];
  for (let i = 0; i < n; i++) {
    const year = first + i;
    if (q.formula) out.push("formula");
    else if (q.actuals.some((a) => a.year === year)) out.push("actual");
    else if (q.baseline && q.baseline.year === year) out.push("baseline");
    else if (i > 0 && out[i - 1] !== "nan" && out[i - 1] !== "formula" && q.growth) out.push("grow");
    else out.push("nan");
  }
  return out;
}

/**
 * The copula's groups: inputs drawn once are correlated in one group; a
 * yearly input is correlated through its yearly innovations, year by year,
 * with the other yearly inputs of the same year (and, in its first year, with
 * the inputs drawn once). Each group's factor is the Cholesky factor of the
 * principal submatrix of the stated correlations.
 */
function copula(
  s: Scenario,
  byName: Map<string, Input>,
  onceDim: Map<UncertainValue, number>,
  yearDim: Map<UncertainValue, Map<number, number>>,
): { groups: CopulaGroup[]; chains: Chain[] } {
  const groups: CopulaGroup[] = [];
  const chains: Chain[] = [];
  for (const input of byName.values()) {
    if (!input.yearly || input.autocorrelation === 0 || !isUncertain(input.value)) continue;
    const m = yearDim.get(input.value);
    if (!m || m.size < 2) continue;
    const rho = input.autocorrelation;
    chains.push({
      dims: Int32Array.from([...m.entries()].sort((a, b) => a[0] - b[0]).map(([, d]) => d)),
      rho,
      scale: Math.sqrt(1 - rho * rho),
    });
  }
  const c = s.correlations;
  if (!c) return { groups, chains };
  const members = c.inputs
    .map((name, k) => ({ k, input: byName.get(name) }))
    .filter((m): m is { k: number; input: Input } => m.input !== undefined && isUncertain(m.input.value));
  const once = members.filter((m) => !m.input.yearly);
  const yearly = members.filter((m) => m.input.yearly);
  const slots: Array<Array<{ k: number; dim: number }>> = [];
  if (yearly.length === 0) {
    slots.push(once.map((m) => ({ k: m.k, dim: onceDim.get(m.input.value)! })));
  } else {
    const years = [...new Set(yearly.flatMap((m) => [...(yearDim.get(m.input.value)?.keys() ?? [])]))].sort(
      (a, b) => a - b,
    );
    years.forEach((y, t) => {
      const slot = yearly.flatMap((m) => {
        const d = yearDim.get(m.input.value)?.get(y);
        return d === undefined ? [] : [{ k: m.k, dim: d }];
      });
      if (t === 0) slot.push(...once.map((m) => ({ k: m.k, dim: onceDim.get(m.input.value)! })));
      slots.push(slot);
    });
  }
  for (const slot of slots) {
    if (slot.length < 2) continue;
    const sub = slot.map((a) => slot.map((b) => c.matrix[a.k]![b.k]!));
    const l = cholesky(sub);
    if (!l) {
      throw new ChainsimError([
        diagnostic(
          "E_CORRELATION_NOT_PSD",
          { eigenvalue: "below 0" },
          { file: s.provenance.file, line: c.line, col: 1 },
        ),
      ]);
    }
    groups.push({
      dims: Int32Array.from(slot.map((m) => m.dim)),
      factor: Float64Array.from(l.flat()),
      size: slot.length,
    });
  }
  return { groups, chains };
}

/**
 * Point the quantities a firm population stands for at the population
 * (OP_DERIVED) from the base year on; returns the aggregates in arg order.
 */
function deriveFromPopulation(
  s: Scenario,
  index: Map<string, number>,
  ops: Uint8Array,
  args: Int32Array,
  first: number,
  nYears: number,
): AggregateKind[] {
  const kinds: AggregateKind[] = [];
  const popFirst = s.baseYear - 1;
  const popYears = populationTo(s) - popFirst + 1;
  for (const [id, kind] of derivedQuantities(s)) {
    const q = index.get(id);
    if (q === undefined) continue;
    const d = kinds.length;
    kinds.push(kind);
    for (let i = 0; i < nYears; i++) {
      const year = first + i;
      if (year < s.baseYear || year - popFirst >= popYears) continue;
      ops[q * nYears + i] = OP_DERIVED;
      args[q * nYears + i] = d * popYears + (year - popFirst);
    }
  }
  return kinds;
}
