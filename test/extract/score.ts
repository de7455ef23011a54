/**
 * Recall and precision of the extractor against the hand-built goal list
 * (seeds/goals.yaml): a found goal matches a listed goal of the same document
 * when the values agree in the same unit (亿元, %, the measure word, or a plain
 * number) and — for the strict score — the clause labels agree. Each listed
 * goal matches at most one found goal. Figures listed under `instruments`
 * (subsidy rates) are not goals: finding them counts against precision.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { extractDocument } from "../../src/extract/extract.js";
import type { Goal } from "../../src/extract/goals.js";

export interface GoldGoal {
  id: string;
  document: string;
  clause: string;
  value: number;
  unit: string;
  comparator: string;
  kind: string;
  year?: number;
}

export interface DocumentScore {
  document: string;
  listed: number;
  found: number;
  matched: number;
  matchedAnyClause: number;
  missed: string[];
  extra: string[];
  /** Among the strict matches: the same comparator, and the same kind (flow = per_year). */
  sameComparator: number;
  sameKind: number;
}

const SEEDS = new URL("../fixtures/extract/seeds/", import.meta.url);

export function goldGoals(): GoldGoal[] {
  const y = parse(readFileSync(new URL("../../seeds/goals.yaml", import.meta.url), "utf8")) as {
    goals: GoldGoal[];
  };
  return y.goals;
}

function sameValue(g: GoldGoal, e: Goal): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
  if (!close(g.value, e.low)) return false;
  if (g.unit === "亿元") return e.canonicalUnit === "亿元";
  if (g.unit === "%") return e.canonicalUnit === "%";
  if (/^[家个件项名人座所台户条张套部处只位支篇种点]$/.test(g.unit)) return e.canonicalUnit === g.unit;
  return e.dimension === "none" || e.dimension === "other";
}

/** Score one document: greedy one-to-one matching in text order. */
export function scoreDocument(file: string, gold: readonly GoldGoal[]): DocumentScore {
  const r = extractDocument(readFileSync(new URL(file, SEEDS)), file);
  const listed = gold.filter((g) => g.document === file);
  const match = (strict: boolean) => {
    const used = new Set<string>();
    const hits = new Set<string>();
    let sameComparator = 0;
    let sameKind = 0;
    for (const e of r.goals) {
      const g = listed.find((x) => !used.has(x.id) && sameValue(x, e) && (!strict || x.clause === e.clause));
      if (g) {
        used.add(g.id);
        hits.add(e.id);
        if (g.comparator === e.comparator.type) sameComparator++;
        const kind = g.kind === "flow" ? "per_year" : g.kind;
        if (kind === e.kind) sameKind++;
      }
    }
    return { used, hits, sameComparator, sameKind };
  };
  const strict = match(true);
  const loose = match(false);
  return {
    document: file,
    listed: listed.length,
    found: r.goals.length,
    matched: strict.used.size,
    matchedAnyClause: loose.used.size,
    missed: listed.filter((g) => !strict.used.has(g.id)).map((g) => `${g.id} (${g.clause})`),
    extra: r.goals
      .filter((e) => !strict.hits.has(e.id))
      .map((e) => `${e.id} ${e.clause} ${e.value}${e.unit}`),
    sameComparator: strict.sameComparator,
    sameKind: strict.sameKind,
  };
}

export const SEED_FILES = [
  "000_4bf4d86db3557302.txt",
  "001_675e57c38d26c4aa.txt",
  "002_a108ca76e60ef7cf.txt",
  "003_c817f5369cc77099.txt",
  "004_ff61dd1a8b816967.txt",
];
