/**
 * One call for `chainsim solve`: the goal's margin as a function of the
 * searched input (the others keep their joint distribution, correlations
 * included; the searched one is fixed, so it leaves the copula, as an input
 * fixed by --set does in simulate), the search range (given as text in the
 * input's own unit, or the default), and the search.
 */
import { fail } from "../../diagnostics.js";
import { USAGE } from "../../i18n/text/usage.js";
import type { Input } from "../../model/inputs.js";
import type { Scenario } from "../../model/scenario.js";
import type { Unit } from "../../model/units.js";
import { type ModelFunction, modelFunction } from "./model-function.js";
import { type SolveResult, solve } from "./solve.js";

export interface SolveRequest {
  target: string;
  /** The input searched, e.g. software.growth. */
  for: string;
  /** Required probability in (0, 1); omit for the deterministic search. */
  probability?: number;
  /** LOW:HIGH in the input's unit (e.g. 0%:40%); default −50%:200% for rates, 0 to 10× the high end for amounts. */
  range?: string;
  /**
   * Reads one end of `range` as printed (the loader's magnitude reader, which the
   * caller brings: analyses do not import the loader). Needed with `range`.
   */
  readRangeEnd?: (text: string, as: { kind: "rate" } | { kind: "amount"; unit: Unit }) => number;
  samples: number;
  seed: number | string;
}

export interface SolveRun {
  f: ModelFunction;
  input: Input;
  low: number;
  high: number;
  /** Samples used for the probability (0 for the deterministic search). */
  samples: number;
  result: SolveResult;
}

/**
 * @example
 * const run = await solveGoal(s, { target: "sd-software-2025", for: "software.growth", samples: 4000, seed: 1 });
 * run.result.value // 0.0788 (= (14000 / 11150)^(1/3) − 1)
 */
export async function solveGoal(s: Scenario, req: SolveRequest): Promise<SolveRun> {
  const p = req.probability;
  if (p !== undefined && (p <= 0 || p >= 1)) {
    fail("E_USAGE", { detail: USAGE.probabilityOpen(String(p)) });
  }
  const f = await modelFunction(
    s,
    { kind: "margin", target: req.target },
    { include: [req.for], correlate: { except: [req.for] } },
  );
  const index = f.inputs.findIndex((i) => i.name === req.for);
  const input = f.inputs[index]!;
  const [low, high] = searchRange(s, input, req.range, req.readRangeEnd);
  const result = solve(f, (x) => f.evaluate(x), {
    input: index,
    low,
    high,
    ...(p !== undefined
      ? { probability: p, samples: req.samples, seed: req.seed, metricMany: (xs, n) => f.evaluateMany(xs, n) }
      : {}),
  });
  return { f, input, low, high, samples: p !== undefined ? req.samples : 0, result };
}

/** The search range: `LOW:HIGH` read in the input's unit, or the default for its role. */
function searchRange(
  s: Scenario,
  inp: Input,
  text: string | undefined,
  readEnd: SolveRequest["readRangeEnd"],
): [number, number] {
  const isRate = inp.firm ? inp.firm.kind === "rate" : inp.role !== "baseline";
  if (!text) return isRate ? [-0.5, 2] : [0, 10 * Math.max(inp.value.high, 1)];
  const [a, b] = text.split(":");
  if (a === undefined || b === undefined) fail("E_USAGE", { detail: USAGE.rangeSyntax(text) });
  // a firm population's revenue is in the firms' unit; its counts and quantiles are plain numbers
  const unit = inp.firm ? s.firms!.unit : s.quantities.get(inp.quantity)!.unit;
  const plain = inp.firm?.kind === "count" || inp.firm?.kind === "quantile";
  const read = (t: string) => {
    if (!readEnd || plain) return Number(t);
    return isRate ? readEnd(t, { kind: "rate" }) : readEnd(t, { kind: "amount", unit });
  };
  const low = read(a);
  const high = read(b);
  if (!(low < high)) fail("E_USAGE", { detail: USAGE.rangeOrder(text) });
  return [low, high];
}
