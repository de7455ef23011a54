/**
 * Output of `chainsim sensitivity`, `discover` and `solve`: terminal tables
 * and JSON, each carrying the manifest.
 */
import type { SensitivityRun } from "../analysis/sensitivity/analyse.js";
import type { ModelFunction } from "../analysis/sensitivity/model-function.js";
import type { MorrisRow } from "../analysis/sensitivity/morris.js";
import type { PrimResult } from "../analysis/sensitivity/prim.js";
import type { ShapleyResult } from "../analysis/sensitivity/shapley.js";
import type { SobolResult } from "../analysis/sensitivity/sobol.js";
import type { SolveResult } from "../analysis/sensitivity/solve.js";
import type { SolveRun } from "../analysis/sensitivity/solve-goal.js";
import type { TornadoResult } from "../analysis/sensitivity/tornado.js";
import type { Input } from "../model/inputs.js";
import type { Scenario } from "../model/scenario.js";
import { formatPercent, formatValue, roundForOutput } from "./format.js";
import { toJsonText } from "./json.js";
import { manifest } from "./manifest.js";
import { renderTable } from "./table.js";

const r = roundForOutput;

/** An input's value in its own unit: rates as %, amounts in the quantity's unit. */
export function formatInput(s: Scenario, inp: Input, v: number): string {
  if (inp.role === "growth" || inp.role === "schedule" || inp.role === "implied") return formatPercent(v, 2);
  return formatValue(v, s.quantities.get(inp.quantity)!.unit);
}

const num = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(3) : v.toFixed(4);

export function tornadoTable(s: Scenario, f: ModelFunction, t: TornadoResult): string {
  const byName = new Map(f.inputs.map((i) => [i.name, i]));
  return `Tornado of ${f.label} (${t.range === "full" ? "full stated ranges" : "each input from P10 to P90"}; base ${num(t.base)})\n\n${renderTable(
    [
      { header: "input" },
      { header: "low value", align: "right" },
      { header: "output", align: "right" },
      { header: "high value", align: "right" },
      { header: "output", align: "right" },
      { header: "swing", align: "right" },
    ],
    t.bars.map((b) => {
      const inp = byName.get(b.input)!;
      return [
        b.input,
        formatInput(s, inp, b.low.value),
        num(b.low.output),
        formatInput(s, inp, b.high.value),
        num(b.high.output),
        num(b.swing),
      ];
    }),
  )}\n`;
}

export function morrisTable(f: ModelFunction, rows: MorrisRow[], r0: number, p: number): string {
  const ci = (c: [number, number]) => `[${num(c[0])}, ${num(c[1])}]`;
  return `Morris elementary effects of ${f.label} (r = ${r0} trajectories, p = ${p} levels; effects per unit of probability; 95% bootstrap intervals)\n\n${renderTable(
    [
      { header: "factor" },
      { header: "mu*", align: "right" },
      { header: "mu* 95%", align: "right" },
      { header: "mu", align: "right" },
      { header: "sigma", align: "right" },
      { header: "sigma 95%", align: "right" },
    ],
    rows.map((x) => [
      x.members.length > 1 ? `${x.factor} (${x.members.join(", ")})` : x.factor,
      num(x.muStar),
      ci(x.muStarCi),
      num(x.mu),
      num(x.sigma),
      ci(x.sigmaCi),
    ]),
  )}\n`;
}

export function sobolTable(f: ModelFunction, res: SobolResult): string {
  const fmt = (v: number, ci: [number, number]) =>
    `${v.toFixed(3)} [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]`;
  const flags = res.indices.filter((i) => i.flags.length);
  const design =
    res.sampling === "qmc"
      ? `scrambled Sobol' points${res.replicates > 1 ? `, ${res.replicates} independent scramblings` : ""}`
      : "plain Monte Carlo";
  const intervals =
    res.interval === "replicates"
      ? "95% intervals from the replicates (Student t)"
      : res.interval === "bootstrap"
        ? "95% bootstrap intervals"
        : "no intervals";
  return `Sobol indices of ${f.label} (N = ${res.samples}, ${res.evaluations} evaluations; ${design}; ${intervals})\n\n${renderTable(
    [
      { header: "input" },
      { header: "first order", align: "right" },
      { header: "total order", align: "right" },
    ],
    res.indices.map((i) => [i.input, fmt(i.first, i.firstCi), fmt(i.total, i.totalCi)]),
  )}${flags.length ? `\n\n${flags.map((i) => `  ${i.input}: ${i.flags.join("; ")}`).join("\n")}` : ""}${
    res.second?.length
      ? `\n\nSecond order\n${res.second.map((x) => `  ${x.inputs.join(" × ")}: ${fmt(x.value, x.ci)}`).join("\n")}`
      : ""
  }\n`;
}

export function shapleyTable(f: ModelFunction, res: ShapleyResult): string {
  const how =
    res.estimator === "exact"
      ? `every subset of inputs, ${res.outer} × ${res.inner} draws each`
      : `${res.permutations} random orders of the inputs, ${res.outer} × ${res.inner} draws per step`;
  const joint = res.correlated.length
    ? `correlations among ${res.correlated.join(", ")} applied`
    : "no correlated inputs";
  return `Shapley effects of ${f.label} (shares of its variance, summing to 1; ${joint}; ${how}; ${res.evaluations} evaluations; 95% intervals)\n\n${renderTable(
    [
      { header: "input" },
      { header: "Shapley effect", align: "right" },
      { header: "95% interval", align: "right" },
    ],
    res.rows.map((x) => [x.input, x.shapley.toFixed(3), `[${x.ci[0].toFixed(3)}, ${x.ci[1].toFixed(3)}]`]),
  )}\n`;
}

/**
 * `chainsim sensitivity`'s output for a finished run: its table, or its JSON.
 *
 * @example
 * renderSensitivity(s, run, "json") // { method: "sobol", output: …, result: { indices: [{ first_ci: … }] }, manifest }
 */
export function renderSensitivity(s: Scenario, run: SensitivityRun, format: "table" | "json"): string {
  if (format === "json") return toJsonText(sensitivityJson(s, run.f, run.method, run.result, run.params));
  switch (run.method) {
    case "tornado":
      return tornadoTable(s, run.f, run.result);
    case "morris":
      return morrisTable(
        run.f,
        run.result.rows,
        run.params.trajectories as number,
        run.params.levels as number,
      );
    case "sobol":
      return sobolTable(run.f, run.result);
    case "shapley":
      return shapleyTable(run.f, run.result);
  }
}

export function sensitivityJson(
  s: Scenario,
  f: ModelFunction,
  method: string,
  result: unknown,
  extra: Record<string, unknown>,
) {
  return {
    method,
    output: f.label,
    inputs: f.inputs.map((i) => ({
      name: i.name,
      central: r(i.value.central),
      low: r(i.value.low),
      high: r(i.value.high),
    })),
    result: roundDeep(result),
    manifest: manifest(s, extra),
  };
}

export function primTable(s: Scenario, f: ModelFunction, res: PrimResult, target: string): string {
  const byName = new Map(f.inputs.map((i) => [i.name, i]));
  const box = res.chosen;
  const lines = [
    `Scenario discovery for ${target}: missed in ${formatPercent(res.missRate)} of ${res.samples} samples.`,
  ];
  if (!box) {
    lines.push(
      res.missRate === 0
        ? "The goal is never missed: nothing to discover."
        : "No box covers at least half of the misses with restricted inputs.",
    );
  } else {
    lines.push(
      `The goal is missed in ${formatPercent(box.density)} of cases inside this box, which holds ${formatPercent(box.coverage)} of all misses (${formatPercent(box.support)} of samples):`,
      ...box.limits.map((l) => {
        const inp = byName.get(l.input)!;
        return `  ${l.input}: ${formatInput(s, inp, l.low)} to ${formatInput(s, inp, l.high)}`;
      }),
    );
  }
  lines.push(
    "",
    `Peeling trajectory (${res.trajectory.length} steps; the full trajectory is in --format json)`,
    renderTable(
      [
        { header: "step", align: "right" },
        { header: "coverage", align: "right" },
        { header: "density", align: "right" },
        { header: "support", align: "right" },
        { header: "restricted inputs" },
      ],
      shownSteps(res).map(([b, i]) => [
        String(i),
        formatPercent(b.coverage),
        formatPercent(b.density),
        formatPercent(b.support),
        b.limits.map((l) => l.input).join(", "),
      ]),
    ),
  );
  return `${lines.join("\n")}\n`;
}

export function solveText(
  s: Scenario,
  inp: Input,
  target: string,
  res: SolveResult,
  probability?: number,
): string {
  const want =
    probability === undefined
      ? `to just meet ${target}`
      : `for a ${formatPercent(probability, 0)} chance of ${target}`;
  const at = (v: number) => (probability === undefined ? num(v) : formatPercent(v));
  if (res.status === "unreachable") {
    return `No value of ${inp.name} in the searched range reaches ${target}${probability === undefined ? "" : ` with probability ${formatPercent(probability, 0)}`} (at the low end: ${at(res.atLow)}; at the high end: ${at(res.atHigh)}). Widen --range or change other assumptions.\n`;
  }
  if (res.status === "met-throughout") {
    return `${target} is met across the whole searched range of ${inp.name} (at the low end: ${at(res.atLow)}).\n`;
  }
  return `${inp.name} must be ${formatInput(s, inp, res.value!)} ${want}${probability === undefined ? "" : ` (reached: ${formatPercent(res.achieved!)})`}.\n`;
}

/** Numbers rounded for output and keys in snake_case (`firstCi` → `first_ci`), all the way down. */
/**
 * `chainsim solve`'s output: a sentence, or JSON with the manifest.
 *
 * @example
 * renderSolve(s, run, "sd-software-2025", 0.8, "1", "table") // "software.growth must be 8.67% for a 80% chance of sd-software-2025 (reached: 80.0%).\n"
 */
export function renderSolve(
  s: Scenario,
  run: SolveRun,
  target: string,
  probability: number | undefined,
  seed: string,
  format: "table" | "json",
): string {
  if (format !== "json") return solveText(s, run.input, target, run.result, probability);
  const json = sensitivityJson(
    s,
    run.f,
    "solve",
    {
      for: run.input.name,
      target,
      probability: probability ?? null,
      range: [run.low, run.high],
      ...run.result,
    },
    { seed, samples: run.samples },
  );
  return `${JSON.stringify(json, null, 2)}\n`;
}

function roundDeep(v: unknown): unknown {
  if (typeof v === "number") return r(v);
  if (Array.isArray(v)) return v.map(roundDeep);
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [snakeCase(k), roundDeep(x)]));
  return v;
}

/**
 * @example
 * snakeCase("muStarCi") // "mu_star_ci"
 */
export function snakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** At most a dozen steps of the peeling trajectory: evenly spaced, with the chosen box and the last. */
function shownSteps(res: PrimResult): Array<[PrimResult["trajectory"][number], number]> {
  const n = res.trajectory.length;
  const every = Math.max(1, Math.ceil(n / 10));
  const chosen = res.chosen ? res.trajectory.indexOf(res.chosen) : -1;
  return res.trajectory
    .map((b, i) => [b, i] as [PrimResult["trajectory"][number], number])
    .filter(([, i]) => i % every === 0 || i === n - 1 || i === chosen);
}
