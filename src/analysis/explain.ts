/**
 * `chainsim explain`: how a goal's result is derived, step by step, each
 * number traced to a scenario line or a document clause. This returns the
 * steps as data (their numbers, units and references); the words are the
 * render layer's (report/explain-output.ts).
 */
import { fail } from "../diagnostics.js";
import { type Projection, project, valueAt } from "../engine/project.js";
import type { Bilingual } from "../i18n/lang.js";
import { suggest } from "../messages.js";
import type { ExplainFindings, ExplainStep } from "../model/findings.js";
import type { Quantity, SourceRef } from "../model/quantity.js";
import type { Scenario } from "../model/scenario.js";
import { citeSourceData } from "../model/source-citation.js";
import type { Target } from "../model/target.js";
import { checkConsistency } from "./consistency.js";
import { goalValueUnit, num } from "./findings/scenario-facts.js";
import { bindingGoals } from "./goal-pairs.js";
import { evaluateTarget } from "./targets.js";

/** The steps that derive one goal's result. */
export function explainFindings(s: Scenario, targetId: string, p: Projection = project(s)): ExplainFindings {
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
  const unit = q.unit.symbol;
  const goalUnit = goalValueUnit(s, t).symbol;
  const steps: ExplainStep[] = [];
  const src = t.source ? citeSourceData(t.source, true) : undefined;
  steps.push({ kind: "goal", values: { text: t.text }, line: t.line, ...(src ? { source: src } : {}) });
  steps.push(...startSteps(q));
  steps.push(...growthSteps(s, q, p, t));
  const r = evaluateTarget(s, p, t);
  if (r.projected !== null) {
    steps.push({
      kind: "projected",
      values: {
        projected: num(r.projected),
        goal: t.value,
        met: r.met,
        gap: num(r.gap),
        gap_relative: num(r.gapRelative),
      },
    });
  }
  if (r.requiredCagr !== null && r.start) {
    steps.push({
      kind: "required",
      values: {
        start_kind: r.start.kind,
        start_value: r.start.value,
        start_year: r.start.year,
        years: t.year - r.start.year,
        goal: t.value,
        required_cagr: num(r.requiredCagr),
      },
    });
  }
  for (const b of bindingGoals(s).filter((x) => x.levelTarget === t.id || x.growthTarget === t.id)) {
    steps.push({
      kind: "binding",
      values: {
        published_year: b.published.year,
        published_kind: b.published.kind,
        published_value: b.published.value,
        level_requires: num(b.levelRequires),
        growth_requires: num(b.growthRequires),
        binding: b.binding,
      },
    });
  }
  for (const v of checkConsistency(s, p).filter((x) => x.headlineTarget === t.id)) {
    steps.push({
      kind: "addup",
      values: {
        children_sum: num(v.childrenSum),
        children: v.children.map((c) => ({ id: c.id, value: num(c.value) })),
        net_low: num(v.net.low),
        net_high: num(v.net.high),
        verdict: v.verdict,
      },
    });
  }
  return { target: t.id, subject: q.id, unit, goal_unit: goalUnit, steps };
}

/** A step's `source` (as cited) and whether it is an assumption, when the scenario gives one. */
function sourceOfStep(src: SourceRef | undefined): { source?: string | Bilingual; assumed?: true } {
  if (!src) return {};
  const assumed = src.assumed !== undefined && !src.document && !src.publisher;
  const cited = citeSourceData(src);
  return { ...(cited ? { source: cited } : {}), ...(assumed ? { assumed } : {}) };
}

function startSteps(q: Quantity): ExplainStep[] {
  const steps: ExplainStep[] = [];
  const b = q.baseline;
  if (q.formula) {
    steps.push({ kind: "formula", values: { formula: q.formula.text }, line: q.formula.line });
  } else if (b?.implied) {
    steps.push({
      kind: "implied_baseline",
      values: {
        year: b.year,
        target: b.implied.target,
        goal: b.implied.goal,
        growth: b.implied.growth.central,
        years: b.implied.goalYear - b.year,
        value: b.value.central,
      },
      line: b.line,
    });
  } else if (b) {
    steps.push({
      kind: "baseline",
      values: {
        year: b.year,
        text: b.value.text,
        low: b.value.low,
        central: b.value.central,
        high: b.value.high,
      },
      line: b.line,
      ...sourceOfStep(b.source),
    });
  }
  for (const a of q.actuals) {
    steps.push({
      kind: "actual",
      values: {
        year: a.year,
        text: a.text,
        value: a.value,
        restarts: !q.formula && (!b || a.year >= b.year),
        formula: q.formula !== undefined,
      },
      line: a.line,
    });
  }
  return steps;
}

function growthSteps(s: Scenario, q: Quantity, p: Projection, t: Target): ExplainStep[] {
  const steps: ExplainStep[] = [];
  const g = q.growth;
  if (g?.type === "rate") {
    steps.push({
      kind: "growth_rate",
      values: { text: g.rate.text, low: g.rate.low, central: g.rate.central, high: g.rate.high },
      line: g.rate.line,
      ...sourceOfStep(g.source),
    });
  } else if (g?.type === "schedule") {
    steps.push({
      kind: "growth_schedule",
      values: { years: [...g.years], rates: g.rates.map((r) => r.central) },
      ...(g.rates[0]?.line !== undefined ? { line: g.rates[0].line } : {}),
      ...sourceOfStep(g.source),
    });
  } else if (g?.type === "formula") {
    steps.push({ kind: "growth_formula", values: { formula: g.formula.text }, line: g.formula.line });
  }
  const years: number[] = [];
  const values: Array<number | null> = [];
  for (let y = s.baseYear; y <= t.year; y++) {
    years.push(y);
    values.push(num(valueAt(p, q.id, y)));
  }
  steps.push({ kind: "projection", values: { years, values } });
  return steps;
}
