/**
 * `chainsim explain`: how a goal's result is derived, step by step, each
 * number traced to a scenario line or a document clause.
 */
import { fail } from "../diagnostics.js";
import { type Projection, project, valueAt } from "../engine/project.js";
import { suggest } from "../messages.js";
import { displayName, type Quantity } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import type { Target } from "../model/target.js";
import { formatPercent, formatValue } from "../report/format.js";
import { describeGoal, goalUnit } from "../report/run-output.js";
import { checkConsistency } from "./consistency.js";
import { bindingGoals } from "./goal-pairs.js";
import { evaluateTarget } from "./targets.js";

export interface Step {
  text: string;
  /** The scenario line the number comes from. */
  line?: number;
  /** The document clause it comes from. */
  source?: string;
}

export function explain(s: Scenario, targetId: string, p: Projection = project(s)): Step[] {
  const t = s.targets.find((x) => x.id === targetId);
  if (!t) {
    return fail("E_UNKNOWN_REFERENCE", {
      kind: "target",
      name: targetId,
      suggestion: suggest(
        targetId,
        s.targets.map((x) => x.id),
      ),
    });
  }
  const q = s.quantities.get(t.subject)!;
  const u = q.unit;
  const f = (v: number) => `${formatValue(v, u)} ${u.symbol}`;
  const steps: Step[] = [];
  const src = t.source
    ? [t.source.document, t.source.clause, t.source.figure].filter(Boolean).join(" ")
    : undefined;
  steps.push({
    text: `Goal ${t.id}: ${displayName(q)} (${q.id}) ${describeGoal(s, t)} in ${t.year}, written "${t.text}".`,
    line: t.line,
    ...(src ? { source: src } : {}),
  });
  steps.push(...startSteps(q, f));
  steps.push(...growthSteps(s, q, p, t, f));
  const r = evaluateTarget(s, p, t);
  const gu = goalUnit(s, t);
  if (r.projected !== null) {
    steps.push({
      text: `Projected ${t.kind === "level" ? `value in ${t.year}` : t.kind}: ${formatValue(r.projected, gu)} against ${formatValue(t.value, gu)} → ${r.met ? "met" : "missed"}, gap ${formatValue(r.gap, gu)} (${formatPercent(r.gapRelative)}).`,
    });
  }
  if (r.requiredCagr !== null && r.start) {
    const n = t.year - r.start.year;
    const how =
      t.kind === "level"
        ? `(${formatValue(t.value, u)} / ${formatValue(r.start.value, u)})^(1/${n}) − 1`
        : `over ${n} years`;
    steps.push({
      text: `Required average growth from the ${r.start.kind} ${f(r.start.value)} in ${r.start.year}: ${how} = ${formatPercent(r.requiredCagr, 2)} a year.`,
    });
  }
  for (const b of bindingGoals(s).filter((x) => x.levelTarget === t.id || x.growthTarget === t.id)) {
    steps.push({
      text: `With the ${b.published.year} ${b.published.kind} ${f(b.published.value)}, the level goal needs ${formatPercent(b.levelRequires, 2)} a year and the growth goal ${formatPercent(b.growthRequires, 2)}: the ${b.binding} goal binds.`,
    });
  }
  for (const v of checkConsistency(s, p).filter((x) => x.headlineTarget === t.id)) {
    steps.push({
      text: `Its children's goals sum to ${f(v.childrenSum)} (${v.children.map((c) => `${c.id} ${formatValue(c.value, u)}`).join(" + ")}); net of stated overlaps ${v.net.low === v.net.high ? f(v.net.low) : `${f(v.net.low)}–${f(v.net.high)}`}: ${v.verdict}.`,
    });
  }
  return steps;
}

function startSteps(q: Quantity, f: (v: number) => string): Step[] {
  const steps: Step[] = [];
  const b = q.baseline;
  if (q.formula) {
    steps.push({ text: `${q.id} is computed by the formula ${q.formula.text}.`, line: q.formula.line });
  } else if (b?.implied) {
    const n = b.implied.goalYear - b.year;
    steps.push({
      text: `Baseline ${b.year} implied from goal ${b.implied.target}: ${f(b.implied.goal)} / (1 + ${formatPercent(b.implied.growth.central, 1)})^${n} = ${f(b.value.central)}.`,
      line: b.line,
    });
  } else if (b) {
    const range =
      b.value.low !== b.value.high
        ? ` (range ${f(b.value.low)}–${f(b.value.high)}; the deterministic run uses ${f(b.value.central)})`
        : "";
    const source = b.source ? [b.source.document, b.source.clause].filter(Boolean).join(" ") : undefined;
    steps.push({
      text: `Baseline ${b.year}: "${b.value.text}" = ${f(b.value.central)}${range}.`,
      line: b.line,
      ...(source ? { source } : {}),
    });
  }
  for (const a of q.actuals) {
    const restarts = !q.formula && (!b || a.year >= b.year);
    steps.push({
      text: `Actual ${a.year}: "${a.text}" = ${f(a.value)}${restarts ? "; the projection restarts from it" : q.formula ? "; a published figure, compared with the goals (the value here is computed)" : "; before the baseline, so it is used only to compare with the goals"}.`,
      line: a.line,
    });
  }
  return steps;
}

function growthSteps(s: Scenario, q: Quantity, p: Projection, t: Target, f: (v: number) => string): Step[] {
  const steps: Step[] = [];
  const g = q.growth;
  if (g?.type === "rate") {
    steps.push({
      text: `Growth "${g.rate.text}": the deterministic run uses ${formatPercent(g.rate.central, 1)} a year${g.rate.low !== g.rate.high ? ` (range ${formatPercent(g.rate.low, 1)}–${formatPercent(g.rate.high, 1)})` : ""}.`,
      line: g.rate.line,
    });
  } else if (g?.type === "schedule") {
    steps.push({
      text: `Growth by schedule: ${g.years.map((y, i) => `${y}: ${formatPercent(g.rates[i]!.central, 1)}`).join(", ")}.`,
      line: g.rates[0]?.line,
    });
  } else if (g?.type === "formula") {
    steps.push({ text: `Growth by the formula ${g.formula.text}.`, line: g.formula.line });
  }
  const years: string[] = [];
  for (let y = s.baseYear; y <= t.year; y++) years.push(`${y}: ${f(valueAt(p, q.id, y))}`);
  steps.push({ text: `Projection: ${years.join(" → ")}.` });
  return steps;
}

export function renderExplain(s: Scenario, steps: Step[]): string {
  const file = s.provenance.file;
  return `${steps
    .map((st, i) => {
      const refs = [st.line ? `${file}:${st.line}` : "", st.source ? `source: ${st.source}` : ""]
        .filter(Boolean)
        .join("; ");
      return `${i + 1}. ${st.text}${refs ? `\n   [${refs}]` : ""}`;
    })
    .join("\n")}\n`;
}
