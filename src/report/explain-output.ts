/**
 * `chainsim explain` output: the steps that derive a goal's result, in
 * words, each with the scenario line or document clause its number comes
 * from — read from Findings (part `explain`).
 */

import { type Lang, pick } from "../i18n/lang.js";
import { ADDUP_VERDICT, codeText, inLang } from "../i18n/text/tables.js";
import { EXPLAIN } from "../i18n/text/tables-explain.js";
import type { ExplainStep, Findings } from "../model/findings.js";
import { describeGoal, goalOf, nameOf, quantityOf, unitOf } from "./facts.js";
import { formatPercent, formatValue } from "./format.js";
import { formatAmountZh } from "./format-zh.js";

type V = Record<string, unknown>;
const n = (v: unknown) => v as number;

/** What every step's sentence needs: the goal, its units and number formats, and the texts. */
function stepContext(f: Findings, lang: Lang) {
  const sc = f.scenario;
  const e = f.explain!;
  const u = unitOf(sc, e.unit);
  const fv = (v: unknown) =>
    lang === "zh"
      ? formatAmountZh(v as number | null, u)
      : `${formatValue(v as number | null, u)} ${u.symbol}`;
  return {
    f,
    sc,
    e,
    u,
    gu: unitOf(sc, e.goal_unit),
    t: goalOf(sc, e.target)!,
    fv,
    x: inLang(EXPLAIN, lang),
    lang,
  };
}
type StepContext = ReturnType<typeof stepContext>;

/** The steps about where the numbers start: the goal, formulas, baselines, actuals. */
function inputStep(c: StepContext, st: ExplainStep): string | undefined {
  const { sc, e, t, fv, x, lang } = c;
  const v: V = st.values;
  switch (st.kind) {
    case "goal": {
      const q = quantityOf(sc, e.subject)!;
      return x.goal(t.id, nameOf(sc, q.id, lang), q.id, describeGoal(sc, t, lang), t.year, String(v.text));
    }
    case "formula":
      return x.formula(e.subject, String(v.formula));
    case "implied_baseline":
      return x.impliedBaseline(
        String(v.year),
        String(v.target),
        fv(v.goal),
        formatPercent(n(v.growth), 1),
        String(v.years),
        fv(v.value),
      );
    case "baseline": {
      const range = v.low !== v.high ? x.baselineRange(fv(v.low), fv(v.high), fv(v.central)) : "";
      return x.baseline(String(v.year), String(v.text), fv(v.central), range);
    }
    case "actual": {
      const note = v.restarts ? x.actualRestarts : v.formula ? x.actualComputed : x.actualBefore;
      return x.actual(String(v.year), String(v.text), fv(v.value), note);
    }
    case "growth_rate":
      return x.growthRate(
        String(v.text),
        formatPercent(n(v.central), 1),
        v.low !== v.high ? `${formatPercent(n(v.low), 1)}–${formatPercent(n(v.high), 1)}` : null,
      );
    case "growth_schedule": {
      const rates = v.rates as number[];
      return x.growthSchedule(
        (v.years as number[]).map((y, i) => `${y}: ${formatPercent(rates[i]!, 1)}`).join(", "),
      );
    }
    case "growth_formula":
      return x.growthFormula(String(v.formula));
    default:
      return undefined;
  }
}

/** The steps about results: projection, comparison with the goal, required growth, pairs, add-up. */
function resultStep(c: StepContext, st: ExplainStep): string {
  const { u, gu, t, fv, x, lang } = c;
  const v: V = st.values;
  switch (st.kind) {
    case "projection": {
      const values = v.values as Array<number | null>;
      return x.projection((v.years as number[]).map((y, i) => `${y}: ${fv(values[i])}`).join(" → "));
    }
    case "projected":
      return x.projected(
        x.projectedWhat(t.kind, t.year),
        formatValue(n(v.projected), gu),
        formatValue(n(v.goal), gu),
        Boolean(v.met),
        formatValue(n(v.gap), gu),
        formatPercent(n(v.gap_relative)),
      );
    case "required": {
      const how =
        t.kind === "level"
          ? `(${formatValue(n(v.goal), u)} / ${formatValue(n(v.start_value), u)})^(1/${v.years}) − 1`
          : x.overYears(String(v.years));
      return x.required(
        x.startKind(String(v.start_kind)),
        fv(v.start_value),
        String(v.start_year),
        how,
        formatPercent(n(v.required_cagr), 2),
      );
    }
    case "binding":
      return x.binding(
        String(v.published_year),
        x.startKind(String(v.published_kind)),
        fv(v.published_value),
        formatPercent(n(v.level_requires), 2),
        formatPercent(n(v.growth_requires), 2),
        String(v.binding),
      );
    case "addup": {
      const children = v.children as Array<{ id: string; value: number | null }>;
      const net = v.net_low === v.net_high ? fv(v.net_low) : `${fv(v.net_low)}–${fv(v.net_high)}`;
      return x.addup(
        fv(v.children_sum),
        children.map((ch) => `${ch.id} ${formatValue(ch.value, u)}`).join(" + "),
        net,
        codeText(ADDUP_VERDICT, String(v.verdict), lang),
      );
    }
    default:
      return st.kind;
  }
}

/** A step's document clause or assumption, in `lang` ("" when it has none). */
function stepSource(c: ReturnType<typeof stepContext>, st: ExplainStep, lang: Lang): string {
  if (!st.source) return "";
  const text = typeof st.source === "string" ? st.source : pick(st.source, lang);
  return st.assumed ? c.x.assumed(text) : c.x.source(text);
}

/** The numbered steps, each with its scenario line and document clause. */
export function explainText(f: Findings, lang: Lang = "zh"): string {
  const file = String(f.manifest.scenario ?? f.scenario.file);
  const c = stepContext(f, lang);
  return `${f
    .explain!.steps.map((st, i) => {
      const refs = [st.line ? `${file}:${st.line}` : "", stepSource(c, st, lang)].filter(Boolean).join("; ");
      return `${i + 1}. ${inputStep(c, st) ?? resultStep(c, st)}${refs ? `\n   [${refs}]` : ""}`;
    })
    .join("\n")}\n`;
}
