/**
 * The draft scenario: YAML a person can read and finish. Sectors (money
 * quantities) and indicators (everything else) from the goals' subjects, the
 * goals as targets with their `source` clause and printed figure, proposed
 * headline/children groupings, and baselines marked TO FILL. Placeholders are
 * ones the loader accepts, so `chainsim check draft.yaml` runs at once: the
 * add-up verdict needs only the goals.
 *
 * Placeholder baselines (docs/extract.md):
 * - a level goal and a growth goal on one quantity: `baseline: implied` (the
 *   loader back-calculates it: a real reading of the two goals, not a placeholder);
 * - a level goal only: `baseline: { implied: { growth: 0% } }` — the goal held
 *   flat, marked TO FILL;
 * - flows, sums and growth-only goals: `{ year, value, note: PLACEHOLDER }` with `growth: 0%`;
 * - a printed starting value (由2020年的X提高到Y): `{ year: 2020, value: X }`.
 */

import type { Lang } from "../i18n/lang.js";
import { EXTRACT_TEXT, encodingName } from "../i18n/text/extract.js";
import { inLang } from "../i18n/text/tables.js";
import { parseUnit } from "../model/units.js";
import { parseMagnitude } from "../scenario/magnitude.js";
import type { ExtractResult } from "./extract.js";
import type { Goal } from "./goals.js";
import { idFor } from "./ids.js";
import { foldForMatching } from "./script.js";

interface Quantity {
  id: string;
  kind: "sector" | "indicator";
  subject: string;
  unit: string;
  goals: Goal[];
  children: string[];
  why?: string;
}

const q = (s: string): string => JSON.stringify(s);

/**
 * Write the draft scenario of an extraction, its comments and notes in `lang`
 * (the markers TO FILL / 待填写 and PLACEHOLDER / 占位: src/i18n/text/extract.ts).
 *
 * @example
 * draftYaml(extractText("到2025年，全省软件业务收入达到14000亿元。", "a.txt")) // "# Draft scenario … targets: …"
 * draftYaml(extractText("到2025年，全省软件业务收入达到14000亿元。", "a.txt"), "zh") // "# 情景草稿：… targets: …"
 */
export function draftYaml(r: ExtractResult, lang: Lang = "en"): string {
  const w = inLang(EXTRACT_TEXT, lang);
  const goals = r.goals;
  const quantities = assign(goals);
  const printedHorizon = Math.max(...goals.map((g) => g.year ?? 0), r.frame.horizon ?? 0);
  // no year anywhere in the text: a stated convention (two years after the date of issue, else 2030), marked TO FILL
  const horizon = printedHorizon || (r.frame.issued !== undefined ? r.frame.issued + 2 : 2030);
  const baseYear = baseYearOf(r, goals, horizon);
  const lines: string[] = [];
  const docId = "doc";
  const slug = r.document
    .replace(/\.[^.]*$/, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  lines.push(
    w.header(r.document, encodingName(r.encoding, lang)),
    `id: ${q(`draft-${slug || "document"}`)}`,
    `title: ${q(r.title || r.document)}${r.title ? "" : ` ${w.noTitle}`}`,
    "unit: 亿元",
    `base_year: ${baseYear} ${w.baseYear}`,
    `horizon: ${horizon}${printedHorizon ? "" : ` ${w.noHorizon}`}`,
    "documents:",
    `  ${docId}: ${q(r.document)}`,
  );
  const sectors = quantities.filter((x) => x.kind === "sector");
  const indicators = quantities.filter((x) => x.kind === "indicator");
  if (sectors.length) {
    lines.push("", "sectors:");
    for (const s of sectors) lines.push(...quantityLines(s, baseYear, lang));
  }
  if (indicators.length) {
    lines.push("", "indicators:");
    for (const s of indicators) lines.push(...quantityLines(s, baseYear, lang));
  }
  lines.push("", "targets:");
  for (const x of quantities)
    for (const g of x.goals) lines.push(...targetLines(g, x, { baseYear, horizon, docId, lang }));
  return `${lines.join("\n")}\n`;

  function assign(list: readonly Goal[]): Quantity[] {
    const out: Quantity[] = [];
    const taken = new Set<string>();
    const byKey = new Map<string, Quantity>();
    for (const g of list) {
      const kind =
        g.dimension === "money" && (g.kind === "level" || g.kind === "growth") ? "sector" : "indicator";
      const unit = unitOf(g);
      const partner =
        g.kind === "growth"
          ? list.find((h) => h.subject === g.subject && h.kind === "level" && h.dimension === "money")
          : undefined;
      const key = partner
        ? `sector|${foldForMatching(g.subject)}|亿元`
        : `${kind}|${foldForMatching(g.subject) || g.id}|${unit}`;
      let x = byKey.get(key);
      if (!x) {
        const k = partner ? "sector" : g.kind === "growth" ? "sector" : kind;
        x = {
          id: idFor(g.subject, k, taken),
          kind: k,
          subject: g.subject,
          unit: partner ? "亿元" : unit,
          goals: [],
          children: [],
        };
        byKey.set(key, x);
        out.push(x);
      }
      x.goals.push(g);
    }
    for (const grp of r.groups) {
      const head = out.find((x) => x.goals.some((g) => g.id === grp.headline));
      if (head?.kind !== "sector") continue;
      for (const c of grp.children) {
        const child = out.find((x) => x.goals.some((g) => g.id === c));
        if (child && child !== head && child.kind === "sector" && !head.children.includes(child.id))
          head.children.push(child.id);
      }
      head.why = grp.why[lang];
    }
    return out;
  }
}

function unitOf(g: Goal): string {
  if (g.kind === "growth") return "%";
  if (g.dimension === "money") return "亿元";
  if (g.dimension === "ratio") return "%";
  if (g.dimension === "count") return g.canonicalUnit;
  return "1";
}

function baseYearOf(r: ExtractResult, goals: readonly Goal[], horizon: number): number {
  let base =
    r.frame.issued !== undefined
      ? r.frame.issued - 1
      : r.frame.period
        ? r.frame.period.from - 1
        : horizon - 3;
  for (const g of goals) {
    if (g.baseline && g.baseline.year < base) base = g.baseline.year;
    if (g.year !== null && g.year <= base) base = g.year - 1;
  }
  return base;
}

function quantityLines(x: Quantity, baseYear: number, lang: Lang): string[] {
  const w = inLang(EXTRACT_TEXT, lang);
  const out: string[] = [];
  const first = x.goals[0]!;
  out.push(`  ${x.id}:`);
  const refs = x.goals.map((g) => w.goalInClause(g.id, g.clause || w.lead));
  out.push(`    # ${x.subject || w.noSubject}${lang === "zh" ? "：" : ": "}${refs.join(w.listSeparator)}`);
  out.push(`    name: { zh: ${q(x.subject || x.id)} }`);
  if (x.kind === "indicator") out.push(`    unit: ${q(x.unit)}`);
  if (x.goals.some((g) => g.kind === "per_year" || g.kind === "cumulative"))
    out.push(`    flow: true ${w.flow}`);
  const printedBase = x.goals.find((g) => g.baseline);
  const level = x.goals.some((g) => g.kind === "level" || g.kind === "count" || g.kind === "share");
  const growthGoal = x.goals.some((g) => g.kind === "growth");
  if (printedBase?.baseline) {
    const b = printedBase.baseline;
    out.push(
      `    baseline: { year: ${b.year}, value: ${q(figure(b.value, b.unit, x.unit) ?? String(printedBase.baselineValue))} } ${w.printedBaseline(b.year, `${b.value}${b.unit}`)}`,
    );
    if (!growthGoal) out.push(`    growth: 0% ${w.growthToFill}`);
  } else if (level && growthGoal) {
    out.push(`    baseline: implied ${w.impliedBaseline}`);
  } else if (level) {
    out.push(`    ${w.levelToFill(baseYear)}`);
    out.push(`    baseline: { implied: { growth: 0% } } ${w.levelPlaceholder}`);
  } else {
    const v = first.kind === "growth" ? 100 : first.low;
    out.push(`    ${w.flowToFill(baseYear)}`);
    const note = first.kind === "growth" ? w.noteGrowthGoal : w.noteOwnFigure;
    out.push(`    baseline: { year: ${baseYear}, value: ${v}, note: ${q(note)} }`);
    out.push(`    growth: 0% ${w.growthPlaceholder}`);
  }
  if (x.children.length) {
    out.push(`    ${w.proposedChildren(x.why ?? w.partsOfHeadline)}`);
    out.push(`    children: [${x.children.join(", ")}]`);
    out.push(`    exhaustive: false ${w.notExhaustive}`);
  }
  return out;
}

interface TargetFrame {
  baseYear: number;
  horizon: number;
  docId: string;
  lang: Lang;
}

function targetLines(g: Goal, x: Quantity, f: TargetFrame): string[] {
  const { baseYear, horizon, docId, lang } = f;
  const w = inLang(EXTRACT_TEXT, lang);
  const subjectKey = x.kind === "sector" ? "sector" : "indicator";
  const key = g.comparator.type;
  const printed = `${g.value}${g.unit}`;
  const range = g.low !== g.high;
  const value = range
    ? `${g.low}${g.dimension === "ratio" ? "%" : ""}`
    : (figure(g.value, g.unit, g.kind === "growth" ? "%" : x.unit) ?? String(g.low));
  const cmp = range ? "at_least" : key;
  const notes: string[] = [];
  if (g.comparator.words) notes.push(w.printedComparator(g.comparator.words));
  else notes.push(w.noComparator);
  if (g.comparator.striving) notes.push(w.striving);
  if (range) notes.push(w.range(printed, g.low, g.high));
  if (!g.yearStated) notes.push(w.noYear(g.year ?? ""));
  if (g.kind === "share") notes.push(w.share);
  const year = g.year ?? horizon;
  const source = `source: { doc: ${docId}, clause: ${q(g.clause)}, figure: ${q(printed)} }`;
  let body: string;
  if (g.kind === "growth") body = `growth: { from: ${baseYear}, to: ${year}, ${cmp}: ${q(value)} }`;
  else if (g.kind === "per_year" || g.kind === "cumulative")
    body = `${g.kind}: { from: ${Math.min(Math.max(g.from ?? baseYear + 1, baseYear + 1), year)}, to: ${year}, ${cmp}: ${q(value)} }`;
  else body = `year: ${year}, ${cmp}: ${q(value)}`;
  const comment = w.targetComment({
    id: g.id,
    clause: g.clause || w.leadClause,
    subject: g.subject,
    printed,
    notes: notes.join(w.noteSeparator),
    confidence: g.confidence,
  });
  return [`  ${comment}`, `  - { id: ${g.id}, ${subjectKey}: ${x.id}, ${body}, ${source} }`];
}

/** The printed figure when the magnitude reader reads it in the quantity's unit, else undefined. */
function figure(value: string, unit: string, target: string): string | undefined {
  const text = `${value}${unit}`;
  try {
    if (target === "%") parseMagnitude(text, { kind: "rate" });
    else {
      const u = parseUnit(target);
      if (!u) return undefined;
      parseMagnitude(text, { kind: "amount", unit: u });
    }
    return text;
  } catch {
    return undefined;
  }
}
