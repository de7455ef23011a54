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
import type { Lang } from "../i18n/lang.js";
import { COMMON, codeText, inLang } from "../i18n/text/tables.js";
import { OUTPUT_LABEL, SENS, SOBOL_FLAG } from "../i18n/text/tables-sensitivity.js";
import type { Input } from "../model/inputs.js";
import type { Scenario } from "../model/scenario.js";
import { formatPercent, formatValue, roundForOutput } from "./format.js";
import { toJsonText } from "./json.js";
import { manifest } from "./manifest.js";
import { inputInSentence, inputLabels, withInputLabels } from "./sensitivity-labels.js";
import { renderTable } from "./table.js";

const r = roundForOutput;

/** An input's value in its own unit: rates as %, amounts in the quantity's unit. */
export function formatInput(s: Scenario, inp: Input, v: number): string {
  if (inp.firm) return formatFirmInput(s, inp.firm.kind, v);
  if (inp.role === "growth" || inp.role === "schedule" || inp.role === "implied") return formatPercent(v, 2);
  return formatValue(v, s.quantities.get(inp.quantity)!.unit);
}

/**
 * A firm population's parameter: a quantile as P10, whole firms, revenue in the firms' unit.
 *
 * @example
 * formatFirmInput(liaocheng, "quantile", 0.1) // "P10"
 */
export function formatFirmInput(s: Scenario, kind: NonNullable<Input["firm"]>["kind"], v: number): string {
  if (kind === "rate") return formatPercent(v, 2);
  if (kind === "quantile") return `P${Math.round(v * 100)}`;
  if (kind === "count") return String(Math.round(v));
  return formatValue(v, s.firms!.unit);
}

/**
 * The analysed output's label in `lang`. The analysis labels it in English
 * ("gap of ID", "ID met", "margin of ID", "EXPR in YEAR":
 * analysis/sensitivity/model-function.ts); this reads those four forms.
 *
 * @example
 * outputLabel("gap of sd-ic-2025", "zh") // "sd-ic-2025 的差距"
 */
export function outputLabel(label: string, lang: Lang): string {
  const t = inLang(OUTPUT_LABEL, lang);
  let m = /^gap of (.+)$/.exec(label);
  if (m) return t.gap(m[1]!);
  m = /^margin of (.+)$/.exec(label);
  if (m) return t.margin(m[1]!);
  m = /^(\S+) met$/.exec(label);
  if (m) return t.met(m[1]!);
  m = /^(.+) in (\d{4})$/.exec(label);
  if (m) return t.inYear(m[1]!, m[2]!);
  return label;
}

const num = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(3) : v.toFixed(4);

export function tornadoTable(s: Scenario, f: ModelFunction, t: TornadoResult, lang: Lang = "zh"): string {
  const byName = new Map(f.inputs.map((i) => [i.name, i]));
  const x = inLang(SENS, lang);
  const w = inLang(COMMON, lang);
  const table = withInputLabels(
    [
      { header: w.input },
      { header: x.lowValue, align: "right" },
      { header: w.output, align: "right" },
      { header: x.highValue, align: "right" },
      { header: w.output, align: "right" },
      { header: x.swing, align: "right" },
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
    inputLabels(
      s,
      t.bars.map((b) => b.input),
      lang,
    ),
    lang,
  );
  return `${x.tornadoTitle(outputLabel(f.label, lang), t.range === "full", num(t.base))}\n\n${renderTable(table.columns, table.rows)}\n`;
}

export function morrisTable(
  f: ModelFunction,
  rows: MorrisRow[],
  r0: number,
  p: number,
  lang: Lang = "zh",
  s?: Scenario,
): string {
  const ci = (c: [number, number]) => `[${num(c[0])}, ${num(c[1])}]`;
  const x = inLang(SENS, lang);
  const table = withInputLabels(
    [
      { header: x.factor },
      { header: x.muStar, align: "right" },
      { header: x.muStarCi, align: "right" },
      { header: x.mu, align: "right" },
      { header: x.sigma, align: "right" },
      { header: x.sigmaCi, align: "right" },
    ],
    rows.map((m) => [
      m.members.length > 1 ? `${m.factor} (${m.members.join(", ")})` : m.factor,
      num(m.muStar),
      ci(m.muStarCi),
      num(m.mu),
      num(m.sigma),
      ci(m.sigmaCi),
    ]),
    inputLabels(
      s,
      rows.map((m) => (m.members.length > 1 ? "" : m.factor)),
      lang,
    ),
    lang,
  );
  return `${x.morrisTitle(outputLabel(f.label, lang), r0, p)}\n\n${renderTable(table.columns, table.rows)}\n`;
}

export function sobolTable(f: ModelFunction, res: SobolResult, lang: Lang = "zh", s?: Scenario): string {
  const fmt = (v: number, ci: [number, number]) =>
    `${v.toFixed(3)} [${ci[0].toFixed(3)}, ${ci[1].toFixed(3)}]`;
  const t = inLang(SENS, lang);
  const w = inLang(COMMON, lang);
  const flags = res.indices.filter((i) => i.flags.length);
  const design =
    res.sampling === "qmc" ? t.sobolPoints(res.replicates > 1 ? res.replicates : null) : t.plainMonteCarlo;
  const intervals =
    res.interval === "replicates"
      ? t.intervalsReplicates
      : res.interval === "bootstrap"
        ? t.intervalsBootstrap
        : t.noIntervals;
  const flagLine = (i: SobolResult["indices"][number]) =>
    `  ${i.input}: ${i.flags.map((fl) => codeText(SOBOL_FLAG, fl, lang)).join(w.clauseSep)}`;
  const table = withInputLabels(
    [{ header: w.input }, { header: t.firstOrder, align: "right" }, { header: t.totalOrder, align: "right" }],
    res.indices.map((i) => [i.input, fmt(i.first, i.firstCi), fmt(i.total, i.totalCi)]),
    inputLabels(
      s,
      res.indices.map((i) => i.input),
      lang,
    ),
    lang,
  );
  return `${t.sobolTitle(outputLabel(f.label, lang), res.samples, res.evaluations, design, intervals)}\n\n${renderTable(table.columns, table.rows)}${flags.length ? `\n\n${flags.map(flagLine).join("\n")}` : ""}${
    res.second?.length
      ? `\n\n${t.secondOrder}\n${res.second.map((x) => `  ${x.inputs.join(" × ")}: ${fmt(x.value, x.ci)}`).join("\n")}`
      : ""
  }\n`;
}

export function shapleyTable(f: ModelFunction, res: ShapleyResult, lang: Lang = "zh", s?: Scenario): string {
  const t = inLang(SENS, lang);
  const w = inLang(COMMON, lang);
  const how =
    res.estimator === "exact"
      ? t.shapleyExact(res.outer, res.inner)
      : t.shapleyRandom(res.permutations, res.outer, res.inner);
  const joint = res.correlated.length ? t.correlatedApplied(res.correlated.join(w.listSep)) : t.noCorrelated;
  const table = withInputLabels(
    [
      { header: w.input },
      { header: t.shapleyEffect, align: "right" },
      { header: w.interval95, align: "right" },
    ],
    res.rows.map((x) => [x.input, x.shapley.toFixed(3), `[${x.ci[0].toFixed(3)}, ${x.ci[1].toFixed(3)}]`]),
    inputLabels(
      s,
      res.rows.map((x) => x.input),
      lang,
    ),
    lang,
  );
  return `${t.shapleyTitle(outputLabel(f.label, lang), joint, how, res.evaluations)}\n\n${renderTable(table.columns, table.rows)}\n`;
}

/**
 * `chainsim sensitivity`'s output for a finished run: its table, or its JSON.
 *
 * @example
 * renderSensitivity(s, run, "json") // { method: "sobol", output: …, result: { indices: [{ first_ci: … }] }, manifest }
 */
export function renderSensitivity(
  s: Scenario,
  run: SensitivityRun,
  format: "table" | "json",
  lang: Lang = "zh",
): string {
  if (format === "json") return toJsonText(sensitivityJson(s, run.f, run.method, run.result, run.params));
  switch (run.method) {
    case "tornado":
      return tornadoTable(s, run.f, run.result, lang);
    case "morris":
      return morrisTable(
        run.f,
        run.result.rows,
        run.params.trajectories as number,
        run.params.levels as number,
        lang,
        s,
      );
    case "sobol":
      return sobolTable(run.f, run.result, lang, s);
    case "shapley":
      return shapleyTable(run.f, run.result, lang, s);
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

export function primTable(
  s: Scenario,
  f: ModelFunction,
  res: PrimResult,
  target: string,
  lang: Lang = "zh",
): string {
  const byName = new Map(f.inputs.map((i) => [i.name, i]));
  const box = res.chosen;
  const t = inLang(SENS, lang);
  const lines = [t.discoverHead(target, formatPercent(res.missRate), res.samples)];
  if (!box) {
    lines.push(res.missRate === 0 ? t.neverMissed : t.noBox);
  } else {
    lines.push(
      t.box(formatPercent(box.density), formatPercent(box.coverage), formatPercent(box.support)),
      ...box.limits.map((l) => {
        const inp = byName.get(l.input)!;
        return `  ${t.limit(inputInSentence(s, l.input, lang), formatInput(s, inp, l.low), formatInput(s, inp, l.high))}`;
      }),
    );
  }
  lines.push(
    "",
    t.peeling(res.trajectory.length),
    renderTable(
      [
        { header: t.step, align: "right" },
        { header: t.coverage, align: "right" },
        { header: t.density, align: "right" },
        { header: t.support, align: "right" },
        { header: t.restrictedInputs },
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
  lang: Lang = "zh",
): string {
  const t = inLang(SENS, lang);
  const p = probability === undefined ? null : formatPercent(probability, 0);
  const at = (v: number) => (probability === undefined ? num(v) : formatPercent(v));
  const name = inputInSentence(s, inp.name, lang);
  if (res.status === "unreachable") {
    return `${t.unreachable(name, target, p, at(res.atLow), at(res.atHigh))}\n`;
  }
  if (res.status === "met-throughout") {
    return `${t.metThroughout(target, name, at(res.atLow))}\n`;
  }
  const reached = probability === undefined ? null : formatPercent(res.achieved!);
  return `${t.solved(name, formatInput(s, inp, res.value!), target, p, reached)}\n`;
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
  lang: Lang = "zh",
): string {
  if (format !== "json") return solveText(s, run.input, target, run.result, probability, lang);
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
