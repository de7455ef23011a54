/**
 * `chainsim explain` output: the steps that derive a goal's result, in
 * words, each with the scenario line or document clause its number comes
 * from — read from Findings (part `explain`).
 */
import type { ExplainStep, Findings } from "../model/findings.js";
import { describeGoal, goalOf, nameOf, quantityOf, unitOf } from "./facts.js";
import { formatPercent, formatValue } from "./format.js";

type V = Record<string, unknown>;
const n = (v: unknown) => v as number;

/** One step's sentence. */
function stepText(f: Findings, st: ExplainStep): string {
  const sc = f.scenario;
  const e = f.explain!;
  const u = unitOf(sc, e.unit);
  const gu = unitOf(sc, e.goal_unit);
  const t = goalOf(sc, e.target)!;
  const fv = (v: unknown) => `${formatValue(v as number | null, u)} ${u.symbol}`;
  const v: V = st.values;
  switch (st.kind) {
    case "goal": {
      const q = quantityOf(sc, e.subject)!;
      return `Goal ${t.id}: ${nameOf(sc, q.id)} (${q.id}) ${describeGoal(sc, t)} in ${t.year}, written "${v.text}".`;
    }
    case "formula":
      return `${e.subject} is computed by the formula ${v.formula}.`;
    case "implied_baseline":
      return `Baseline ${v.year} implied from goal ${v.target}: ${fv(v.goal)} / (1 + ${formatPercent(n(v.growth), 1)})^${v.years} = ${fv(v.value)}.`;
    case "baseline": {
      const range =
        v.low !== v.high
          ? ` (range ${fv(v.low)}–${fv(v.high)}; the deterministic run uses ${fv(v.central)})`
          : "";
      return `Baseline ${v.year}: "${v.text}" = ${fv(v.central)}${range}.`;
    }
    case "actual":
      return `Actual ${v.year}: "${v.text}" = ${fv(v.value)}${v.restarts ? "; the projection restarts from it" : v.formula ? "; a published figure, compared with the goals (the value here is computed)" : "; before the baseline, so it is used only to compare with the goals"}.`;
    case "growth_rate":
      return `Growth "${v.text}": the deterministic run uses ${formatPercent(n(v.central), 1)} a year${v.low !== v.high ? ` (range ${formatPercent(n(v.low), 1)}–${formatPercent(n(v.high), 1)})` : ""}.`;
    case "growth_schedule": {
      const rates = v.rates as number[];
      return `Growth by schedule: ${(v.years as number[]).map((y, i) => `${y}: ${formatPercent(rates[i]!, 1)}`).join(", ")}.`;
    }
    case "growth_formula":
      return `Growth by the formula ${v.formula}.`;
    case "projection": {
      const values = v.values as Array<number | null>;
      return `Projection: ${(v.years as number[]).map((y, i) => `${y}: ${fv(values[i])}`).join(" → ")}.`;
    }
    case "projected":
      return `Projected ${t.kind === "level" ? `value in ${t.year}` : t.kind}: ${formatValue(n(v.projected), gu)} against ${formatValue(n(v.goal), gu)} → ${v.met ? "met" : "missed"}, gap ${formatValue(n(v.gap), gu)} (${formatPercent(n(v.gap_relative))}).`;
    case "required": {
      const how =
        t.kind === "level"
          ? `(${formatValue(n(v.goal), u)} / ${formatValue(n(v.start_value), u)})^(1/${v.years}) − 1`
          : `over ${v.years} years`;
      return `Required average growth from the ${v.start_kind} ${fv(v.start_value)} in ${v.start_year}: ${how} = ${formatPercent(n(v.required_cagr), 2)} a year.`;
    }
    case "binding":
      return `With the ${v.published_year} ${v.published_kind} ${fv(v.published_value)}, the level goal needs ${formatPercent(n(v.level_requires), 2)} a year and the growth goal ${formatPercent(n(v.growth_requires), 2)}: the ${v.binding} goal binds.`;
    case "addup": {
      const children = v.children as Array<{ id: string; value: number | null }>;
      const net = v.net_low === v.net_high ? fv(v.net_low) : `${fv(v.net_low)}–${fv(v.net_high)}`;
      return `Its children's goals sum to ${fv(v.children_sum)} (${children.map((c) => `${c.id} ${formatValue(c.value, u)}`).join(" + ")}); net of stated overlaps ${net}: ${v.verdict}.`;
    }
    default:
      return st.kind;
  }
}

/** The numbered steps, each with its scenario line and document clause. */
export function explainText(f: Findings): string {
  const file = String(f.manifest.scenario ?? f.scenario.file);
  return `${f
    .explain!.steps.map((st, i) => {
      const refs = [st.line ? `${file}:${st.line}` : "", st.source ? `source: ${st.source}` : ""]
        .filter(Boolean)
        .join("; ");
      return `${i + 1}. ${stepText(f, st)}${refs ? `\n   [${refs}]` : ""}`;
    })
    .join("\n")}\n`;
}
