/**
 * Share goals and scope breaks in the projection chart: a share goal gets
 * its own panel on a 0–100% axis with the goal; a series redefined from a
 * year on (an actual marked `scope_break: true`) gets a dashed rule before
 * that year, named, and a legend entry. Chart inputs are hand-made (SVG
 * snapshots); the figure's share values are checked against a hand
 * computation from the shipped digital-economy scenario.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseUnit } from "../../src/model/units.js";
import { type ChartDom, chartDom } from "../../src/report/charts/dom.js";
import { projectionChart } from "../../src/report/charts/projection.js";
import { labels } from "../../src/report/labels.js";
import { buildReport } from "../../src/report/report.js";
import { loadScenario } from "../../src/scenario/load.js";
import { assertSvgSnapshot } from "./snapshot.js";

const YI = parseUnit("亿元")!;
const PERCENT = parseUnit("%")!;
const zh = labels("zh");
const en = labels("en");
let dom: ChartDom;
beforeAll(async () => {
  dom = await chartDom();
});

const input = {
  panels: [
    {
      id: "it",
      name: "信息技术产业",
      unit: YI,
      points: [
        { year: 2022, value: 17650 },
        { year: 2023, value: 20000 },
        { year: 2024, value: 22000 },
        { year: 2025, value: 24200 },
      ],
      actuals: [
        { year: 2021, value: 12000 },
        { year: 2023, value: 20000 },
      ],
      goals: [{ id: "it-2025", year: 2025, value: 22000, met: true, label: "22,000" }],
      scopeBreaks: [2023],
    },
    {
      id: "de-share-gdp",
      name: "数字经济占地区生产总值比重",
      unit: PERCENT,
      points: [
        { year: 2022, value: 45.4 },
        { year: 2023, value: 47.5 },
        { year: 2024, value: 49.8 },
        { year: 2025, value: 52.1 },
      ],
      actuals: [],
      goals: [{ id: "de-share-2025", year: 2025, value: 50, met: true, label: "50.0%" }],
      domain: [0, 100] as [number, number],
    },
  ],
  note: "来源：test.yaml 第 3–9 行",
};

describe("share goals and scope breaks in the projection chart", () => {
  it("draws a share goal on a 0–100% axis, and a scope break as a named dashed rule (zh)", () => {
    const c = projectionChart(input, dom, zh);
    assertSvgSnapshot("projection-share-break-zh", c.svg);
    expect(c.svg).toContain("数字经济占地区生产总值比重 · %");
    // the fixed axis: 0% to 100% whatever the values (45–52%)
    expect(c.svg).toContain(">0%<");
    expect(c.svg).toContain(">100%<");
    expect(c.svg).toContain("目标 50.0%");
    // the break: its label, its legend entry, and one dashed rule
    expect(c.svg).toContain("2023年起新口径");
    expect(c.svg).toContain("统计口径调整（前后不可比）");
    expect(c.svg.match(/stroke-dasharray="4,3"/g)).toHaveLength(1);
    // a panel of the small multiple alone, for a slide, keeps the break
    expect(c.slides?.().find((x) => x.name === "projection-it")?.svg).toContain("2023年起新口径");
  });

  it("the same in English", () => {
    const c = projectionChart(input, dom, en);
    assertSvgSnapshot("projection-share-break-en", c.svg);
    expect(c.svg).toContain("new scope from 2023");
    expect(c.svg).toContain("scope change (not comparable across it)");
  });

  it("no break drawn, and no legend entry, without one", () => {
    const c = projectionChart({ panels: [{ ...input.panels[0]!, scopeBreaks: [] }] }, dom, zh);
    expect(c.svg).not.toContain("新口径");
    expect(c.svg).not.toContain("统计口径调整");
  });

  it("the digital-economy report draws its share goal, with the share computed from the projection", async () => {
    const s = await loadScenario("scenarios/shandong-digital-economy-2025.yaml");
    const r = await buildReport(s, { samples: 0, seed: 1, lang: "zh" });
    const file = (p: string) => String(r.files.find((f) => f.path === p)!.data);
    const svg = file("charts/projection.svg");
    expect(svg).toContain("数字经济总量占全省生产总值比重 · %");
    expect(svg).toContain("目标 50.0%");
    const rows = file("data/projection.csv")
      .trim()
      .split(/\r?\n/)
      .map((l) => l.split(","));
    const head = rows[0]!;
    const col = (name: string) => head.indexOf(name);
    const share = (year: number) =>
      Number(
        rows.find((x) => x[col("series")] === "share" && x[col("year")] === String(year))![col("value")],
      );
    // by hand, central values (ranges at their midpoint, triangulars at their mode):
    // 2022: digital economy 38,500~40,500 → 39,500; GDP 86,500~87,500 → 87,000; 39,500 / 87,000 = 45.402%
    expect(share(2022)).toBeCloseTo((100 * 39500) / 87000, 6);
    // 2025: from the 2023 actuals, 43,272~44,193 → 43,732.5 at +10%/yr, and 92,068.7 at +5%/yr:
    // 43,732.5 × 1.1² / (92,068.7 × 1.05²) = 52,916.325 / 101,505.742 = 52.131%
    expect(share(2025)).toBeCloseTo((100 * 43732.5 * 1.21) / (92068.7 * 1.1025), 6);
  }, 60_000);

  it("Shandong IT's 2023 variant marks the 2023 scope break of IT revenue", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml", { variant: "midterm-2023" });
    const r = await buildReport(s, { samples: 0, seed: 1, lang: "en" });
    const svg = String(r.files.find((f) => f.path === "charts/projection.svg")!.data);
    expect(svg).toContain("new scope from 2023");
  }, 60_000);
});
