/**
 * Every baseline of every shipped scenario, and of each of its variants, says
 * where it comes from: a document and clause, a published statistic with its
 * publisher and date, or `assumed` with the reason (issue 18). Documents are
 * cited by their number (文号) where the scenario's `documents:` gives one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ChainsimError } from "../../src/diagnostics.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";
import { cli } from "../cli/helpers.js";

const DIR = new URL("../../scenarios/", import.meta.url).pathname;
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".yaml"));

/** Shipped scenarios give an assumption's reason as { zh, en }, so each reader sees their own language. */
const inBothLanguages = (a: string | { zh: string; en: string } | undefined): boolean =>
  a !== undefined && typeof a === "object" && a.zh.trim().length > 0 && a.en.trim().length > 0;

/** Every `assumed:` anywhere in a parsed file (sectors, indicators, variants), with its path. */
function assumedIn(v: unknown, path: string[] = []): Array<{ path: string; value: unknown }> {
  if (v === null || typeof v !== "object") return [];
  return Object.entries(v as Record<string, unknown>).flatMap(([k, x]) =>
    k === "assumed" ? [{ path: [...path, k].join("."), value: x }] : assumedIn(x, [...path, k]),
  );
}

const HEAD = `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2025
`;

describe("sources of baselines in the shipped scenarios", () => {
  it.each(FILES)("%s: every baseline, in the file and each variant, has a source", async (name) => {
    const base = await loadScenario(DIR + name);
    const missing: string[] = [];
    for (const variant of [undefined, ...base.variants]) {
      const s = variant ? await loadScenario(DIR + name, { variant }) : base;
      for (const q of s.quantities.values()) {
        const b = q.baseline;
        if (!b || b.implied) continue;
        const src = b.source;
        const ok =
          !!src &&
          (!!src.document ||
            (!!src.publisher && /^\d{4}/.test(src.published ?? "")) ||
            inBothLanguages(src.assumed));
        if (!ok) missing.push(`${variant ?? "(file)"} ${q.id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(FILES)("%s: every growth assumption (a rate or a schedule) has a source", async (name) => {
    // variants and --set replace a growth with their own value (the variant's description says why)
    const s = await loadScenario(DIR + name);
    const missing: string[] = [];
    for (const q of s.quantities.values()) {
      const g = q.growth;
      if (!g || g.type === "formula") continue; // a formula's inputs carry their own sources
      const src = g.source;
      const ok =
        !!src &&
        (!!src.document ||
          (!!src.publisher && /^\d{4}/.test(src.published ?? "")) ||
          inBothLanguages(src.assumed));
      if (!ok) missing.push(q.id);
    }
    expect(missing).toEqual([]);
  });

  it("a source: with no document, publisher or assumption is refused at its position", async () => {
    const text = `${HEAD}sectors:\n  a: { baseline: { value: 100, source: { note: x } }, growth: 5% }\n`;
    const e = await loadScenarioText(text, "s.yaml").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainsimError);
    const d = (e as ChainsimError).diagnostics.find((x) => x.code === "E_SOURCE_EMPTY")!;
    expect(d.loc).toMatchObject({ file: "s.yaml", line: 7 });
  });
});

describe("assumed: reasons in the shipped scenarios", () => {
  it.each(FILES)(
    "%s: every assumed: reason, in the file and its variants, is written in Chinese and English",
    (name) => {
      const found = assumedIn(parse(readFileSync(DIR + name, "utf8")));
      expect(found.length).toBeGreaterThan(0);
      const notBoth = found.filter((a) => !inBothLanguages(a.value as string | { zh: string; en: string }));
      expect(notBoth.map((a) => a.path)).toEqual([]);
      // the Chinese text is Chinese (not the English sentence copied)
      for (const a of found) expect((a.value as { zh: string }).zh, a.path).toMatch(/[\u4e00-\u9fff]/);
    },
  );
});

describe("sources of growth assumptions", () => {
  it("growth: { rate, source } and { schedule, source } keep the source; the rate is the bare form's", async () => {
    const s = await loadScenarioText(
      `${HEAD}documents: { p: plan.txt }\nsectors:\n  a: { baseline: 100, growth: { rate: 5%~9%, source: { assumed: "national +7%" } } }\n  b: { baseline: 100, growth: { schedule: { 2023: 5%, 2024: 6% }, source: { doc: p, clause: 二 } } }\n  c: { baseline: 100, growth: 5%~9% }\n`,
      "s.yaml",
    );
    const a = s.quantities.get("a")!.growth!;
    expect(a.source).toEqual({ document: "", assumed: "national +7%" });
    expect(s.quantities.get("b")!.growth!.source).toEqual({ document: "plan.txt", clause: "二" });
    const c = s.quantities.get("c")!.growth!;
    expect(c.source).toBeUndefined();
    // the same rate, draw and autocorrelation as the bare form
    const pick = (g: typeof a) =>
      g.type === "rate"
        ? [g.draw, g.autocorrelation, g.rate.text, g.rate.low, g.rate.central, g.rate.high, g.rate.dist.type]
        : [];
    expect(pick(a)).toEqual(pick(c));
    expect(pick(a)).toEqual(["once", 0, "5%~9%", 0.05, 0.07, 0.09, "uniform"]);
  });

  it.each([
    ["a source with only a note", "{ note: x }"],
    ["a blank assumption", '{ assumed: "  " }'],
  ])("%s on a growth is refused at its position (E_SOURCE_EMPTY)", async (_what, src) => {
    const text = `${HEAD}sectors:\n  a:\n    baseline: 100\n    growth: { rate: 5%, source: ${src} }\n`;
    const e = await loadScenarioText(text, "s.yaml").catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainsimError);
    const d = (e as ChainsimError).diagnostics.find((x) => x.code === "E_SOURCE_EMPTY")!;
    expect(d.loc).toMatchObject({ file: "s.yaml", line: 9 });
  });

  it("explain cites the growth's source next to the baseline's, as an assumption in either language", async () => {
    const zh = await cli("explain", "scenarios/shandong-it-2025.yaml", "sd-software-2025", "--lang", "zh");
    expect(zh.stdout).toContain(
      "假设：介于全国 2022 年 +11.2%、2023 年 +13.4% 与山东 2022 年 +18.9%、2023 年 +16.6% 之间",
    );
    expect(zh.stdout).not.toContain("between national");
    const en = await cli("explain", "scenarios/guangdong-it-2025.yaml", "gd-software-2025", "--lang", "en");
    expect(en.stdout).toMatch(/assumed: history \+14\.7% \(2018/);
    expect(en.stdout).not.toContain("历史增速");
  });
});

describe("documents: { file, title, number, issuer, date }", () => {
  it("the object form resolves goals' sources to the file and the number; the string form still loads", async () => {
    const s = await loadScenario(`${DIR}shandong-it-2025.yaml`);
    expect(s.documents["sd-it"]).toBe("000_4bf4d86db3557302.txt");
    expect(s.documentInfo?.["sd-it"]).toMatchObject({
      number: "鲁政发〔2023〕11号",
      issuer: "山东省人民政府",
      date: "2023-12-26",
    });
    expect(s.targets[0]!.source).toMatchObject({
      document: "000_4bf4d86db3557302.txt",
      number: "鲁政发〔2023〕11号",
      clause: "一",
    });
    const old = await loadScenarioText(
      `${HEAD}documents: { p: plan.txt }\nsectors:\n  a: { baseline: 100, growth: 5% }\ntargets:\n  - { sector: a, year: 2025, at_least: 110, source: { doc: p, clause: 一 } }\n`,
      "s.yaml",
    );
    expect(old.targets[0]!.source).toEqual({ document: "plan.txt", clause: "一" });
  });

  it("a document object without its file is refused", async () => {
    const e = await loadScenarioText(
      `${HEAD}documents: { p: { number: 鲁政发〔2023〕11号 } }\nsectors:\n  a: { baseline: 100, growth: 5% }\n`,
      "s.yaml",
    ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ChainsimError);
    expect((e as ChainsimError).diagnostics[0]!.loc?.line).toBe(6);
  });

  it("run and explain cite the number and the baseline's source (a publication, or an assumption and its reason)", async () => {
    const run = await cli("run", "scenarios/shandong-it-2025.yaml", "--lang", "en");
    expect(run.stdout).toMatch(/sd-software-2025 .* 鲁政发〔2023〕11号 二\(二\)/);
    const ex = await cli("explain", "scenarios/shandong-it-2025.yaml", "sd-software-2025", "--lang", "en");
    expect(ex.stdout).toContain("source: 鲁政发〔2023〕11号 二(二) 14000亿元");
    expect(ex.stdout).toContain("source: 大众日报 2023-01-15");
    const ic = await cli("explain", "scenarios/shandong-it-2025.yaml", "sd-ic-2025", "--lang", "zh");
    expect(ic.stdout).toContain("假设：无公开的 2022 年全省数据");
  });
});
