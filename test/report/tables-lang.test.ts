/**
 * Every command's terminal output speaks one language (issue 16, "Done
 * when": `chainsim check … --lang zh` prints Chinese only, apart from ids,
 * file names and numbers; `--lang en` gives the English).
 *
 * zh: after removing what the scenario itself supplies (its ids, names,
 * title, quoted document text), file names, flags and a short list of
 * method names that are written in Latin letters in Chinese literature too
 * (Sobol, Shapley, Morris, bootstrap, Rasmussen), no word of three or more
 * ASCII letters may remain.
 * en: after removing what the scenario supplies (title, Chinese names used
 * as a fallback, units, document clauses and quotes), no CJK character may
 * remain.
 */
import { describe, expect, it } from "vitest";
import { displayName } from "../../src/model/quantity.js";
import type { Scenario } from "../../src/model/scenario.js";
import { assumedIn } from "../../src/model/source-citation.js";
import { loadScenario } from "../../src/scenario/load.js";
import { cli } from "../cli/helpers.js";

const SHANDONG = "scenarios/shandong-it-2025.yaml";
const LIAOCHENG = "scenarios/liaocheng-it-2025.yaml";
const ALL = [
  SHANDONG,
  LIAOCHENG,
  "scenarios/guangdong-it-2025.yaml",
  "scenarios/shandong-digital-economy-2025.yaml",
  "scenarios/shandong-innovation-2025.yaml",
];

/** Method names that Chinese texts print in Latin letters. */
const METHOD_NAMES = new Set([
  "Sobol",
  "Shapley",
  "Morris",
  "bootstrap",
  "Rasmussen",
  "links",
  "chainsim",
  "run",
]);

/** Units, which stay as the scenario writes them in both languages. */
const UNITS = ["万亿元", "亿元", "万元", "元", "万家", "家", "个", "件", "点"];

/** What the scenario supplies: ids (single words) and names in a language. */
function supplied(s: Scenario, lang: "zh" | "en") {
  const ids = new Set<string>([
    s.id,
    ...s.quantities.keys(),
    ...s.targets.map((t) => t.id),
    ...s.variants,
    ...(s.instruments ?? []).map((i) => i.id),
    ...(s.firms?.sectors.keys() ?? []),
    ...(s.firms?.organisations.keys() ?? []),
    "base", // the column of the scenario without a variant (compare)
  ]);
  const texts = [
    s.title,
    ...[...s.quantities.values()].map((q) => displayName(q, lang)),
    ...(s.instruments ?? []).map((i) => displayName({ id: i.id, names: i.names }, lang)),
    ...[...(s.firms?.sectors.values() ?? [])].map((x) => displayName(x, lang)),
    ...[...(s.firms?.organisations.values() ?? [])].map((x) => displayName(x, lang)),
    ...UNITS,
    ...s.targets.flatMap((t) => [
      t.source?.clause ?? "",
      t.source?.figure ?? "",
      t.source?.document ?? "",
      t.source?.number ?? "",
    ]),
    // a baseline's source as the scenario writes it (publisher, figure as printed, reason for an assumption)
    ...[...s.quantities.values()].flatMap((q) => {
      const b = q.baseline?.source;
      return b
        ? [
            b.publisher ?? "",
            b.published ?? "",
            b.figure ?? "",
            assumedIn(b.assumed, lang) ?? "",
            b.clause ?? "",
          ]
        : [];
    }),
    // a growth assumption's source, likewise
    ...[...s.quantities.values()].flatMap((q) => {
      const g = q.growth?.source;
      return g
        ? [
            g.publisher ?? "",
            g.published ?? "",
            g.figure ?? "",
            assumedIn(g.assumed, lang) ?? "",
            g.clause ?? "",
          ]
        : [];
    }),
    ...(s.instruments ?? []).map((i) => i.source?.clause ?? ""),
    // a goal left out of the scenario: its reason and where it is printed, as the scenario writes them
    ...(s.outOfScope ?? []).flatMap((o) => [
      typeof o.reason === "string" ? o.reason : o.reason[lang],
      o.source?.clause ?? "",
      o.source?.figure ?? "",
    ]),
    ...[...s.quantities.values()].map((q) => q.unit.symbol),
    s.unit.symbol,
  ].filter((x) => x && x.length > 0);
  // longest first, so that a name is removed before a shorter one inside it
  texts.sort((a, b) => b.length - a.length);
  return { ids, texts };
}

const removeAll = (out: string, texts: readonly string[]) =>
  texts.reduce((o, t) => o.split(t).join(" "), out);

/** ASCII words left in a Chinese output once ids, names, files, flags and quotes are removed. */
function englishLeft(out: string, s: Scenario): string[] {
  const { ids, texts } = supplied(s, "zh");
  const stripped = removeAll(out, texts)
    .replace(/“[^”]*”/g, " ") // quoted document text
    .replace(/\S+\.(yaml|json|txt|csv|md)\b(:\d+)?/g, " ") // file names and lines
    .replace(/--[a-z-]+( [a-z]+)?/g, " ") // flags ("--format json")
    .replace(/[A-Za-z0-9]*[._-][A-Za-z0-9._-]*/g, " "); // ids and paths (sd-ic-2025, software.growth)
  return (stripped.match(/[A-Za-z]{3,}/g) ?? []).filter((w) => !ids.has(w) && !METHOD_NAMES.has(w));
}

/** CJK characters left in an English output once the scenario's own texts are removed. */
function chineseLeft(out: string, s: Scenario): string[] {
  const { texts } = supplied(s, "en");
  const zhNames = [...s.quantities.values()].map((q) => displayName(q, "zh"));
  const stripped = removeAll(
    out,
    [...texts, ...zhNames].sort((a, b) => b.length - a.length),
  ).replace(/"[^"]*"/g, " ");
  return stripped.match(/[\u3000-\u9fff\uff00-\uffef]+/g) ?? [];
}

async function both(args: string[], file: string) {
  const s = await loadScenario(file);
  const zh = await cli(...args, "--lang", "zh");
  const en = await cli(...args, "--lang", "en");
  expect(zh.code, zh.stderr).toBe(0);
  expect(en.code, en.stderr).toBe(0);
  return { s, zh: zh.stdout, en: en.stdout };
}

async function expectOneLanguage(args: string[], file = SHANDONG) {
  const { s, zh, en } = await both(args, file);
  expect(englishLeft(zh, s)).toEqual([]);
  expect(chineseLeft(en, s)).toEqual([]);
  // the two are different texts (not the same text with the names swapped)
  expect(zh).not.toBe(en);
  return { zh, en };
}

describe("the checker itself", () => {
  it("finds an English word in a Chinese line and a Chinese word in an English line", async () => {
    const s = await loadScenario(SHANDONG);
    expect(englishLeft("信息技术产业 it_industry 2025：超出 OVERSHOOT", s)).toEqual(["OVERSHOOT"]);
    expect(englishLeft("sd-ic-2025 未达成；software.growth 8.0%；ic 集成电路", s)).toEqual([]);
    expect(chineseLeft("integrated circuits ic: 超出", s)).toEqual(["超出"]);
  });
});

describe("each command prints Chinese with --lang zh and English with --lang en", () => {
  for (const file of ALL) {
    it(`check ${file}`, async () => {
      const { zh } = await expectOneLanguage(["check", file], file);
      expect(zh).toContain("项目标中");
    });
    it(`check --format markdown ${file}`, async () => {
      await expectOneLanguage(["check", file, "--format", "markdown"], file);
    });
  }
  it("run", async () => {
    const { zh, en } = await expectOneLanguage(["run", SHANDONG]);
    expect(zh).toMatch(/sd-cloud-2025 .* 未达成/);
    expect(en).toMatch(/sd-cloud-2025 .* MISSED/);
  });
  it("simulate", async () => {
    const { zh } = await expectOneLanguage(["simulate", SHANDONG, "--samples", "300"]);
    expect(zh).toContain("达成概率");
    expect(zh).toContain("结论为“超出”");
  });
  it("costs", async () => {
    const { zh } = await expectOneLanguage(["costs", LIAOCHENG, "--samples", "300"], LIAOCHENG);
    expect(zh).toContain("逐年支出（万元）");
  });
  it("chain, with a demand and a supply shock", async () => {
    await expectOneLanguage([
      "chain",
      SHANDONG,
      "--shock",
      "terminals=-10%",
      "--supply-shock",
      "ic=-5%",
      "--samples",
      "100",
    ]);
  });
  it("explain, for a sum with children, a goal pair and a growth goal", async () => {
    for (const goal of ["sd-it-2025", "sd-ic-2025", "sd-it-growth", "sd-patents"]) {
      await expectOneLanguage(["explain", SHANDONG, goal]);
    }
  });
  it("sweep (probabilities and central projections)", async () => {
    await expectOneLanguage(["sweep", SHANDONG, "--set", "software.growth=5%:15%:5%", "--samples", "100"]);
    await expectOneLanguage([
      "sweep",
      SHANDONG,
      "--set",
      "cloud.growth=30%:50%:10%",
      "--set",
      "cloud.baseline=1500:1900:200",
      "--goals",
      "sd-cloud-2025",
      "--samples",
      "0",
    ]);
  });
  it("compare (central and simulated)", async () => {
    await expectOneLanguage(["compare", SHANDONG, "--samples", "0"]);
    const { zh } = await expectOneLanguage([
      "compare",
      SHANDONG,
      "--variants",
      "base,pessimistic",
      "--samples",
      "300",
    ]);
    expect(zh).toContain("个百分点");
  });
  it("solve", async () => {
    await expectOneLanguage(["solve", SHANDONG, "--target", "sd-software-2025", "--for", "software.growth"]);
    await expectOneLanguage([
      "solve",
      SHANDONG,
      "--target",
      "sd-software-2025",
      "--for",
      "software.growth",
      "--probability",
      "80%",
      "--samples",
      "300",
    ]);
  });
  it("discover", async () => {
    await expectOneLanguage(["discover", SHANDONG, "--target", "sd-it-2025", "--samples", "300"]);
  });
  it("sensitivity: tornado, morris, sobol, shapley", async () => {
    await expectOneLanguage(["sensitivity", SHANDONG, "--method", "tornado", "--target", "sd-software-2025"]);
    await expectOneLanguage([
      "sensitivity",
      SHANDONG,
      "--method",
      "morris",
      "--output",
      "it_industry",
      "--trajectories",
      "4",
    ]);
    await expectOneLanguage([
      "sensitivity",
      SHANDONG,
      "--method",
      "sobol",
      "--target",
      "sd-ic-2025",
      "--inputs",
      "ic.growth,ic.baseline",
      "--samples",
      "64",
    ]);
    await expectOneLanguage([
      "sensitivity",
      SHANDONG,
      "--method",
      "shapley",
      "--target",
      "sd-ic-2025",
      "--inputs",
      "ic.growth,ic.baseline",
      "--samples",
      "60",
    ]);
  });
});
