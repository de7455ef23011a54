/**
 * The goals a shipped scenario deliberately leaves out (`out_of_scope:`) are
 * shown wherever the goals it models are: `check`'s text (zh and en), its
 * Markdown and JSON, and the report's page and summary.md — so a reader can
 * tell a goal was left out on purpose. Expected values are read from the
 * YAML files themselves with a plain YAML parser, not from chainsim's loader.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { analyse } from "../../src/analysis/analyse.js";
import type { Findings } from "../../src/model/findings.js";
import { checkJson, checkMarkdown, checkTable } from "../../src/report/check-output.js";
import { escapeHtml } from "../../src/report/html-escape.js";
import { buildReport } from "../../src/report/report.js";
import { loadScenario } from "../../src/scenario/load.js";

const DIR = new URL("../../scenarios/", import.meta.url).pathname;
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));

interface Listed {
  goal: string;
  reason: string | { zh: string; en: string };
  source?: { doc: string; clause?: string; figure?: string };
}

/** A scenario's `out_of_scope:` as written in the file. */
const listed = (f: string): Listed[] =>
  ((parse(readFileSync(DIR + f, "utf8")) as { out_of_scope?: Listed[] }).out_of_scope ?? []).map((o) => o);

/** The reason as a reader of `lang` sees it (a single text is the same in both). */
const reasonIn = (o: Listed, lang: "zh" | "en"): string =>
  typeof o.reason === "string" ? o.reason : o.reason[lang];

async function findings(f: string): Promise<Findings> {
  return analyse(await loadScenario(DIR + f), { parts: ["check"] });
}

describe("out-of-scope goals are shown by check", () => {
  it("at least one shipped scenario lists goals out of scope and one lists none", () => {
    expect(FILES.filter((f) => listed(f).length > 0).length).toBeGreaterThanOrEqual(4);
    expect(FILES.filter((f) => listed(f).length === 0).length).toBeGreaterThanOrEqual(1);
  });

  for (const f of FILES) {
    it(`${f}: JSON, text (zh and en) and Markdown list each goal with its clause, figure and reason`, async () => {
      const fd = await findings(f);
      const want = listed(f);
      const json = JSON.parse(JSON.stringify(checkJson(fd))) as {
        out_of_scope: Array<{
          goal: string;
          reason: string | { zh: string; en: string };
          source: { document: string; clause: string | null; figure?: string; number?: string } | null;
        }>;
      };
      // the JSON field is always present (empty when the scenario leaves nothing out), keys stable
      expect(json.out_of_scope.map((o) => o.goal)).toEqual(want.map((o) => o.goal));
      for (const [i, o] of json.out_of_scope.entries()) {
        expect(Object.keys(o)).toEqual(["goal", "source", "reason"]);
        // as the file writes it: { zh, en } stays bilingual in JSON
        expect(o.reason).toEqual(want[i]!.reason);
        expect(o.source?.clause ?? null).toBe(want[i]!.source?.clause ?? null);
        expect(o.source?.figure).toBe(want[i]!.source?.figure);
      }
      const zh = checkTable(fd, "zh");
      const en = checkTable(fd, "en");
      const md = checkMarkdown(fd, "zh");
      const titles = [
        "原文中有、本情景有意未纳入的目标",
        "Goals of the documents this scenario deliberately leaves out",
      ];
      expect(zh.includes(titles[0]!)).toBe(want.length > 0);
      expect(en.includes(titles[1]!)).toBe(want.length > 0);
      expect(md.includes(`## ${titles[0]}`)).toBe(want.length > 0);
      for (const o of want) {
        const clause = `${o.source!.clause} ${o.source!.figure}`;
        expect(zh).toContain(`  ${o.goal}（`);
        expect(zh).toContain(`${clause}）：${reasonIn(o, "zh")}\n`);
        expect(en).toContain(`  ${o.goal} (`);
        expect(en).toContain(`${clause}): ${reasonIn(o, "en")}\n`);
        expect(md).toContain(`- \`${o.goal}\`（`);
      }
    });
  }
});

describe("out-of-scope goals are shown by the report", () => {
  it("report.html has a table and summary.md a section of each left-out goal, in either language", async () => {
    const f = "shandong-it-2025.yaml";
    const want = listed(f);
    const s = await loadScenario(DIR + f);
    for (const lang of ["zh", "en"] as const) {
      const r = await buildReport(s, { samples: 0, seed: 1, lang });
      const text = (p: string) => String(r.files.find((x) => x.path === p)!.data);
      const html = text("report.html");
      const md = text("summary.md");
      const caption =
        lang === "zh"
          ? "原文中有、本情景有意未纳入的目标"
          : "Goals of the documents this scenario deliberately leaves out";
      expect(html).toContain(`<caption>${caption}</caption>`);
      expect(md).toContain(`## ${caption}`);
      for (const o of want) {
        expect(html).toContain(`<td class="id">${o.goal}</td>`);
        expect(html).toContain(`<td>${escapeHtml(reasonIn(o, lang))}</td>`);
        expect(md).toContain(`| \`${o.goal}\` | `);
      }
      expect(r.findings.check?.out_of_scope?.length).toBe(want.length);
    }
  }, 120_000);

  it("a scenario that leaves nothing out shows no such table", async () => {
    const f = FILES.find((x) => listed(x).length === 0)!;
    const r = await buildReport(await loadScenario(DIR + f), { samples: 0, seed: 1, lang: "zh" });
    const html = String(r.files.find((x) => x.path === "report.html")!.data);
    expect(html).not.toContain("原文中有、本情景有意未纳入的目标");
  }, 120_000);
});

describe("an out-of-scope reason written as one text", () => {
  it("is shown as written in either language (files before { zh, en } reasons still load)", async () => {
    const { loadScenarioText } = await import("../../src/scenario/load.js");
    const s = await loadScenarioText(
      `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  a: { baseline: 100, growth: 5% }
targets:
  - { sector: a, year: 2025, at_least: 110 }
out_of_scope:
  - { goal: some-goal, reason: "a quota the province sets itself; nothing to project" }
`,
      "t.yaml",
    );
    const fd = await analyse(s, { parts: ["check"] });
    for (const lang of ["zh", "en"] as const)
      expect(checkTable(fd, lang)).toContain("a quota the province sets itself; nothing to project\n");
    expect(fd.check?.out_of_scope?.[0]?.reason).toBe("a quota the province sets itself; nothing to project");
  });
});
