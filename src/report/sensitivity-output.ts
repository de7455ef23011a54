/**
 * Output of `chainsim sensitivity`, `discover` and `solve`: terminal tables
 * and JSON, each carrying the manifest.
 */
import type { ModelFunction } from "../analysis/sensitivity/model-function.js";
import type { MorrisRow } from "../analysis/sensitivity/morris.js";
import type { PrimResult } from "../analysis/sensitivity/prim.js";
import type { SobolResult } from "../analysis/sensitivity/sobol.js";
import type { SolveResult } from "../analysis/sensitivity/solve.js";
import type { TornadoResult } from "../analysis/sensitivity/tornado.js";
import type { Input } from "../model/inputs.js";
import type { Scenario } from "../model/scenario.js";
import { formatPercent, formatValue, roundForOutput } from "./format.js";
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
  return `Morris elementary effects of ${f.label} (r = ${r0} trajectories, p = ${p} levels; effects per unit of probability)\n\n${renderTable(
    [
      { header: "factor" },
      { header: "mu*", align: "right" },
      { header: "mu", align: "right" },
      { header: "sigma", align: "right" },
    ],
    rows.map((x) => [
      x.members.length > 1 ? `${x.factor} (${x.members.join(", ")})` : x.factor,
      num(x.muStar),
      num(x.mu),
      num(x.sigma),
    ]),
  )}\n`;
}

export function sobolTable(f: ModelFunction, res: SobolResult): string {
  const fmt = (v: number, ci: [number, number]) =>
    `${v.toFixed(3)} [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]`;
  const flags = res.indices.filter((i) => i.flags.length);
  return `Sobol indices of ${f.label} (N = ${res.samples}, ${res.evaluations} evaluations; 95% bootstrap intervals)\n\n${renderTable(
    [
      { header: "input" },
      { header: "first order", align: "right" },
      { header: "total order", align: "right" },
    ],
    res.indices.map((i) => [i.input, fmt(i.first, i.firstCi), fmt(i.total, i.totalCi)]),
  )}${flags.length ? `\n\n${flags.map((i) => `  ${i.input}: ${i.flags.join("; ")}`).join("\n")}` : ""}${
    res.second?.length
      ? `\n\nSecond order\n${res.second.map((x) => `  ${x.inputs.join(" × ")}: ${x.value.toFixed(3)}`).join("\n")}`
      : ""
  }\n`;
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

function roundDeep(v: unknown): unknown {
  if (typeof v === "number") return r(v);
  if (Array.isArray(v)) return v.map(roundDeep);
  if (v && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, roundDeep(x)]));
  return v;
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
