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
 * Write the draft scenario of an extraction.
 *
 * @example
 * draftYaml(extractText("到2025年，全省软件业务收入达到14000亿元。", "a.txt")) // "# Draft scenario … targets: …"
 */
export function draftYaml(r: ExtractResult): string {
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
    `# Draft scenario written by \`chainsim extract\` from ${r.document} (${r.encoding}).`,
    "# Every target cites its clause and the figure as printed: check each against the text.",
    "# Lines marked TO FILL are placeholders the loader accepts so that `chainsim check` runs now;",
    "# the add-up verdict uses only the goals, the growth and probability results need real",
    "# baselines and growth assumptions (see docs/extract.md).",
    `id: ${q(`draft-${slug || "document"}`)}`,
    `title: ${q(r.title || r.document)}`,
    "unit: 亿元",
    `base_year: ${baseYear} # TO FILL: the last year with published figures (read from the document's date)`,
    `horizon: ${horizon}${printedHorizon ? "" : " # TO FILL: the text prints no target year"}`,
    "documents:",
    `  ${docId}: ${q(r.document)}`,
  );
  const sectors = quantities.filter((x) => x.kind === "sector");
  const indicators = quantities.filter((x) => x.kind === "indicator");
  if (sectors.length) {
    lines.push("", "sectors:");
    for (const s of sectors) lines.push(...quantityLines(s, baseYear));
  }
  if (indicators.length) {
    lines.push("", "indicators:");
    for (const s of indicators) lines.push(...quantityLines(s, baseYear));
  }
  lines.push("", "targets:");
  for (const x of quantities)
    for (const g of x.goals) lines.push(...targetLines(g, x, baseYear, horizon, docId));
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
      head.why = grp.why;
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

function quantityLines(x: Quantity, baseYear: number): string[] {
  const out: string[] = [];
  const first = x.goals[0]!;
  out.push(`  ${x.id}:`);
  out.push(
    `    # ${x.subject || "(no subject found)"}: ${x.goals.map((g) => `${g.id} (clause ${g.clause || "lead"})`).join(", ")}`,
  );
  out.push(`    name: { zh: ${q(x.subject || x.id)} }`);
  if (x.kind === "indicator") out.push(`    unit: ${q(x.unit)}`);
  if (x.goals.some((g) => g.kind === "per_year" || g.kind === "cumulative"))
    out.push("    flow: true # values are yearly additions");
  const printedBase = x.goals.find((g) => g.baseline);
  const level = x.goals.some((g) => g.kind === "level" || g.kind === "count" || g.kind === "share");
  const growthGoal = x.goals.some((g) => g.kind === "growth");
  if (printedBase?.baseline) {
    const b = printedBase.baseline;
    out.push(
      `    baseline: { year: ${b.year}, value: ${q(figure(b.value, b.unit, x.unit) ?? String(printedBase.baselineValue))} } # printed: ${b.year}年 ${b.value}${b.unit}`,
    );
    if (!growthGoal) out.push("    growth: 0% # TO FILL: a growth assumption (placeholder: flat)");
  } else if (level && growthGoal) {
    out.push(
      "    baseline: implied # back-calculated from the level goal and the growth goal (chainsim check prints it)",
    );
  } else if (level) {
    out.push(
      `    # TO FILL: a published ${baseYear} value, e.g. baseline: { year: ${baseYear}, value: … }, and a growth assumption.`,
    );
    out.push("    baseline: { implied: { growth: 0% } } # PLACEHOLDER: the goal held flat");
  } else {
    const v = first.kind === "growth" ? 100 : first.low;
    out.push(`    # TO FILL: a published ${baseYear} value and a growth assumption.`);
    out.push(
      `    baseline: { year: ${baseYear}, value: ${v}, note: "PLACEHOLDER: ${first.kind === "growth" ? "any positive value serves a growth goal" : "the goal's own figure"}" }`,
    );
    out.push("    growth: 0% # PLACEHOLDER");
  }
  if (x.children.length) {
    out.push(
      `    # proposed: ${x.why ?? "parts of this headline"}. Remove children that are not parts of it.`,
    );
    out.push(`    children: [${x.children.join(", ")}]`);
    out.push("    exhaustive: false # the text does not say the parts make up the whole");
  }
  return out;
}

function targetLines(g: Goal, x: Quantity, baseYear: number, horizon: number, docId: string): string[] {
  const subjectKey = x.kind === "sector" ? "sector" : "indicator";
  const key = g.comparator.type;
  const printed = `${g.value}${g.unit}`;
  const range = g.low !== g.high;
  const value = range
    ? `${g.low}${g.dimension === "ratio" ? "%" : ""}`
    : (figure(g.value, g.unit, g.kind === "growth" ? "%" : x.unit) ?? String(g.low));
  const cmp = range ? "at_least" : key;
  const notes: string[] = [];
  if (g.comparator.words) notes.push(`printed ${g.comparator.words}`);
  else notes.push("no comparator printed: read as reach");
  if (g.comparator.striving) notes.push("力争");
  if (range) notes.push(`a range ${printed}: at least ${g.low}, at most ${g.high}`);
  if (!g.yearStated) notes.push(`no year printed: the document's horizon ${g.year ?? ""}`);
  if (g.kind === "share") notes.push("a share, modelled as an indicator in %");
  const year = g.year ?? horizon;
  const source = `source: { doc: ${docId}, clause: ${q(g.clause)}, figure: ${q(printed)} }`;
  let body: string;
  if (g.kind === "growth") body = `growth: { from: ${baseYear}, to: ${year}, ${cmp}: ${q(value)} }`;
  else if (g.kind === "per_year" || g.kind === "cumulative")
    body = `${g.kind}: { from: ${Math.min(Math.max(g.from ?? baseYear + 1, baseYear + 1), year)}, to: ${year}, ${cmp}: ${q(value)} }`;
  else body = `year: ${year}, ${cmp}: ${q(value)}`;
  return [
    `  # ${g.id} ${g.clause || "(lead)"} ${g.subject}: ${g.comparator.words ? "" : ""}${printed} — ${notes.join("; ")} (confidence ${g.confidence})`,
    `  - { id: ${g.id}, ${subjectKey}: ${x.id}, ${body}, ${source} }`,
  ];
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
