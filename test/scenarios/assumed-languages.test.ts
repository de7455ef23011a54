/**
 * An assumption's reason (`source: { assumed: … }`) in both languages: a file may
 * write it as one text (shown as written, in either language; files written
 * before the bilingual form still load) or as `{ zh, en }` (each reader sees
 * their own language; JSON keeps what the file wrote). A `{ zh }` without `en`
 * is refused at its position.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { explainFindings } from "../../src/analysis/explain.js";
import { loadScenario } from "../../src/scenario/load.js";
import { cli } from "../cli/helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-assumed-"));

const ZH_BASE = "无公开的 2022 年全省数据；按全国增速倒推";
const EN_BASE = "no published 2022 provincial figure; taken back at the national rate";
const ONE_TEXT = "national +5% (2023), held for 2024-2025";
const ZH_GOAL = "原文未给出口径，按营业收入理解";
const EN_GOAL = "the document gives no scope; read as operating revenue";

const SCENARIO = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
sectors:
  a:
    name: { zh: 甲产业, en: sector a }
    baseline: { year: 2022, value: 100, source: { assumed: { zh: "${ZH_BASE}", en: "${EN_BASE}" } } }
    growth: { rate: 5%, source: { assumed: "${ONE_TEXT}" } }
targets:
  - id: a-2025
    sector: a
    year: 2025
    at_least: 110
    source: { assumed: { zh: "${ZH_GOAL}", en: "${EN_GOAL}" } }
`;

function write(name: string, text: string): string {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
}

describe("assumed: { zh, en } and a single text", () => {
  const file = write("t.yaml", SCENARIO);

  it("both forms load: { zh, en } as written, a single text as written", async () => {
    const s = await loadScenario(file);
    const a = s.quantities.get("a")!;
    expect(a.baseline?.source).toEqual({ document: "", assumed: { zh: ZH_BASE, en: EN_BASE } });
    expect(a.growth?.source).toEqual({ document: "", assumed: ONE_TEXT });
  });

  it("explain shows each language its own reason, and a single text as written in both", async () => {
    const zh = await cli("explain", file, "a-2025", "--lang", "zh");
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain(`假设：${ZH_BASE}]`);
    expect(zh.stdout).toContain(`假设：${ONE_TEXT}]`);
    expect(zh.stdout).toContain(ZH_GOAL);
    expect(zh.stdout).not.toContain(EN_BASE);
    expect(zh.stdout).not.toContain(EN_GOAL);
    const en = await cli("explain", file, "a-2025", "--lang", "en");
    expect(en.code, en.stderr).toBe(0);
    expect(en.stdout).toContain(`assumed: ${EN_BASE}]`);
    expect(en.stdout).toContain(`assumed: ${ONE_TEXT}]`);
    expect(en.stdout).toContain(EN_GOAL);
    expect(en.stdout).not.toContain(ZH_BASE);
    expect(en.stdout).not.toContain(ZH_GOAL);
  });

  it("explain's findings (what JSON carries) keep the reason as the file writes it", async () => {
    const f = explainFindings(await loadScenario(file), "a-2025");
    const steps = JSON.parse(JSON.stringify(f.steps)) as Array<{
      kind: string;
      source?: unknown;
      assumed?: boolean;
    }>;
    const by = (kind: string) => steps.find((s) => s.kind === kind)!;
    expect(by("baseline")).toMatchObject({ source: { zh: ZH_BASE, en: EN_BASE }, assumed: true });
    expect(by("growth_rate")).toMatchObject({ source: ONE_TEXT, assumed: true });
    expect(by("goal").source).toEqual({ zh: ZH_GOAL, en: EN_GOAL });
  });

  it("the report's summary.md cites a goal's assumed source in the reader's language", async () => {
    for (const [lang, want, not] of [
      ["zh", ZH_GOAL, EN_GOAL],
      ["en", EN_GOAL, ZH_GOAL],
    ] as const) {
      const out = join(dir, `report-${lang}`);
      const r = await cli("report", file, "-o", out, "--samples", "0", "--lang", lang);
      expect(r.code, r.stderr).toBe(0);
      const md = readFileSync(join(out, "summary.md"), "utf8");
      expect(md).toContain(want);
      expect(md).not.toContain(not);
      const html = readFileSync(join(out, "report.html"), "utf8");
      expect(html).toContain(want);
      expect(html).not.toContain(not);
    }
  }, 120_000);

  it("survives yaml → xlsx → yaml with both languages", async () => {
    const x = join(dir, "t.xlsx");
    const back = join(dir, "back.yaml");
    expect((await cli("convert", file, "--to", "xlsx", "-o", x)).code).toBe(0);
    expect((await cli("convert", x, "--to", "yaml", "-o", back)).code).toBe(0);
    const s = await loadScenario(back);
    expect(s.quantities.get("a")!.baseline?.source?.assumed).toEqual({ zh: ZH_BASE, en: EN_BASE });
    expect(s.quantities.get("a")!.growth?.source?.assumed).toBe(ONE_TEXT);
    expect(s.targets[0]!.source?.assumed).toEqual({ zh: ZH_GOAL, en: EN_GOAL });
  });
});

describe("a reason in one language only", () => {
  it("{ zh } without en: E_MISSING_FIELD at its line and column, exit 2", async () => {
    const text = SCENARIO.replace(`{ zh: "${ZH_BASE}", en: "${EN_BASE}" }`, `{ zh: "${ZH_BASE}" }`);
    const file = write("zh-only.yaml", text);
    const r = await cli("check", file);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    // line 9 is the baseline's; the column is that of the { zh } mapping
    const col = text.split("\n")[8]!.indexOf("{ zh:") + 1;
    expect(r.stderr).toContain(`zh-only.yaml:9:${col}: error E_MISSING_FIELD`);
    expect(r.stderr).toContain('"en"');
  });

  it("a blank { zh, en } reason names no assumption: E_SOURCE_EMPTY", async () => {
    const file = write(
      "blank.yaml",
      SCENARIO.replace(`{ zh: "${ZH_BASE}", en: "${EN_BASE}" }`, `{ zh: " ", en: "" }`),
    );
    const r = await cli("check", file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("blank.yaml:9:");
    expect(r.stderr).toContain("E_SOURCE_EMPTY");
  });
});
