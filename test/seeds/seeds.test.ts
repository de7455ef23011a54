import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const load = (name: string) => parse(readFileSync(new URL(`../../seeds/${name}`, import.meta.url), "utf8"));
const goals = load("goals.yaml") as {
  documents: Array<{ file: string }>;
  goals: Array<{
    id: string;
    document: string;
    clause: string;
    sector?: string;
    kind: string;
    comparator: string;
    figure: string;
    wording: string;
    value: number;
    unit: string;
    year?: number;
  }>;
};
const figures = load("figures.yaml") as {
  figures: Array<{ id: string; value: number; publisher: string; published: unknown }>;
};
const subsidies = load("liaocheng-subsidies.yaml") as {
  rules: Array<{ id: string; document: string; clause: string; type: string }>;
};

const TEN = [
  "ic",
  "software",
  "computing",
  "terminals",
  "ai",
  "vr",
  "space",
  "cloud",
  "energy_electronics",
  "materials",
];
const docText = (file: string) =>
  readFileSync(new URL(`../../../shared/seeds/${file}`, import.meta.url), "utf8");
const sharedAvailable = (() => {
  try {
    docText("000_4bf4d86db3557302.txt");
    return true;
  } catch {
    return false;
  }
})();

describe("seeds/goals.yaml", () => {
  it("has the ten Shandong sub-sector goals summing to 35,700亿元", () => {
    // 000 二(一)..(十): 1000 + 14000 + 3500 + 6000 + 600 + 2000 + 800 + 5000 + 2000 + 800 = 35,700
    const ten = goals.goals.filter(
      (g) => g.document === "000_4bf4d86db3557302.txt" && g.kind === "level" && TEN.includes(g.sector ?? ""),
    );
    expect(ten.map((g) => g.sector).sort()).toEqual([...TEN].sort());
    expect(ten.every((g) => g.unit === "亿元" && g.year === 2025)).toBe(true);
    expect(ten.reduce((a, g) => a + g.value, 0)).toBe(35700);
  });

  it("names a document and clause for every goal", () => {
    const files = new Set(goals.documents.map((d) => d.file));
    expect(goals.goals.length).toBeGreaterThan(40);
    for (const g of goals.goals) {
      expect(files.has(g.document), `${g.id}: ${g.document}`).toBe(true);
      expect(typeof g.clause === "string" && g.clause.length > 0, `${g.id} has a clause`).toBe(true);
      expect(["at_least", "reach", "about", "no_fewer_than", "below", "at_most"]).toContain(g.comparator);
    }
  });

  it("has unique ids", () => {
    const ids = goals.goals.map((g) => g.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.runIf(sharedAvailable)("quotes each figure exactly as the document prints it", () => {
    for (const g of goals.goals) {
      const text = docText(g.document);
      expect(text.includes(g.figure), `${g.id}: "${g.figure}" in ${g.document}`).toBe(true);
    }
  });
});

describe("seeds/figures.yaml", () => {
  it("gives every published figure a publisher, and its date where the source gives one", () => {
    expect(figures.figures.length).toBeGreaterThan(25);
    for (const f of figures.figures) {
      expect(Number.isFinite(f.value), f.id).toBe(true);
      expect(f.publisher, f.id).toBeTruthy();
      if (f.published !== undefined) expect(String(f.published), f.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
  });
});

describe("seeds/liaocheng-subsidies.yaml", () => {
  it("states each rule with its document, clause and a known type", () => {
    expect(subsidies.rules.length).toBeGreaterThan(10);
    for (const r of subsidies.rules) {
      expect(r.document, r.id).toBe("002_a108ca76e60ef7cf.txt");
      expect(r.clause, r.id).toBeTruthy();
      expect(["rate_with_cap", "milestone_ladder", "tapering", "event_award", "grant"]).toContain(r.type);
    }
  });
});
