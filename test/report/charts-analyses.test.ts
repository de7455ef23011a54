/**
 * Charts 8 and 9 (industry chain; policy costs) drawn from small hand-made
 * inputs and compared with their SVG snapshots (test/report/snapshots/).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { parseUnit } from "../../src/model/units.js";
import { multipliersChart, shockChart } from "../../src/report/charts/chain.js";
import { costBreakdownChart, costFanChart } from "../../src/report/charts/costs.js";
import { type ChartDom, chartDom } from "../../src/report/charts/dom.js";
import { labels } from "../../src/report/labels.js";
import { assertSvgSnapshot } from "./snapshot.js";

const YI = parseUnit("亿元")!;
const WAN = parseUnit("万元")!;
const zh = labels("zh");
const en = labels("en");
let dom: ChartDom;
beforeAll(async () => {
  dom = await chartDom();
});

const multipliers = {
  sectors: ["集成电路", "软件 <b>", "终端"],
  matrix: [
    [1.06, 0.02, 0.13],
    [0.01, 1.08, 0.02],
    [0, 0.01, 1.0],
  ],
  year: 2025,
  note: "来源：test.yaml 第 12 行",
};

const shock = {
  shock: "终端 −10%",
  unit: YI,
  year: 2025,
  rows: [
    { sector: "终端", direct: -600, indirect: -6, total: -606 },
    { sector: "集成电路", direct: 0, indirect: -79, total: -79 },
    { sector: "软件 <b>", direct: 0, indirect: -12.5, total: -12.5 },
  ],
  note: "来源：test.yaml 第 12 行",
};

const fan = {
  unit: WAN,
  samples: 10000,
  points: [
    { year: 2023, p10: 1400, p50: 3000, p90: 5000, mean: 3100 },
    { year: 2024, p10: 1500, p50: 3200, p90: 5100, mean: 3250 },
    { year: 2025, p10: 1500, p50: 3150, p90: 5100, mean: 3300 },
    { year: 2026, p10: 0, p50: 60, p90: 120, mean: 65 },
  ],
  note: "Instruments: test.yaml lines 40–52",
};

const breakdown = {
  unit: WAN,
  instruments: ["investment subsidy", "first-sales subsidy", "2 others"],
  rows: [2023, 2024, 2025].flatMap((year, i) => [
    { year, instrument: "investment subsidy", value: 2400 + 100 * i },
    { year, instrument: "first-sales subsidy", value: 250 },
    { year, instrument: "2 others", value: 300 + 20 * i },
  ]),
  note: "Instruments: test.yaml lines 40–52",
};

describe("chart modules 8, 9 (SVG snapshots)", () => {
  it("8. chain multipliers: a heat map with every cell labelled, names escaped", () => {
    const c = multipliersChart(multipliers, dom, zh);
    assertSvgSnapshot("chain-multipliers-zh", c.svg);
    expect(c.svg).toContain("产业链乘数 (2025)");
    // the strongest upstream pull, by hand: column 3 less its own unit, 0.13 + 0.02 = 0.15
    expect(c.svg).toContain("每单位最终需求带动上游产出 0.15");
    expect(c.svg).toContain(">0.13<");
    expect(c.svg).toContain("软件 &lt;b&gt;");
    expect(c.svg).not.toContain("<b>");
    expect(c.svg).toContain("test.yaml");
    expect(c.inline).not.toContain("test.yaml");
  });

  it("8. chain shock: direct and indirect effects in their own panels, the finding as the title", () => {
    const c = shockChart(shock, dom, en);
    assertSvgSnapshot("chain-shock-en", c.svg);
    // indirect effects summed by hand: 6 + 79 + 12.5 = 97.5, the largest in 集成电路
    expect(c.svg).toContain("终端 -10%: -97.5 亿元 of indirect effects along the chain, most in 集成电路");
    expect(c.svg).toContain(">-600<");
    expect(c.svg).toContain("indirect effect (along the chain, own scale)");
    // sorted by indirect effect, the largest first
    expect(c.svg.indexOf(">-79<")).toBeLessThan(c.svg.indexOf(">-12.5<"));
    expect(c.svg).not.toContain("\u2212");
  });

  it("9. cost fan: P10–P90 band, median and expected value by year", () => {
    const c = costFanChart(fan, dom, en);
    assertSvgSnapshot("costs-fan-en", c.svg);
    expect(c.svg).toContain("Total cost by year, 10,000 samples");
    // the finding as the title, by hand: expected costs 3,100 + 3,250 + 3,300 + 65 = 9,715 万元;
    // the highest expected cost is 2025's 3,300, with P10 1,500 and P90 5,100
    expect(c.title).toBe(
      "Expected policy cost over 2023–2026: 9,715.0 万元; highest in 2025 (P10–P90 1,500.0–5,100.0 万元)",
    );
    expect(c.svg).not.toContain("Uncertainty of policy costs");
    expect(c.svg).toContain("P10–P90");
    expect(c.svg).toContain(">2026<");
    expect(c.svg).not.toContain("2,026");
  });

  it("9. cost breakdown: one stacked colour per instrument, in the legend", () => {
    const c = costBreakdownChart(breakdown, dom, zh);
    assertSvgSnapshot("costs-breakdown-zh", c.svg);
    // the finding as the title, by hand: investment subsidy 2,400 + 2,500 + 2,600 = 7,500 of
    // 7,500 + 3 × 250 + (300 + 320 + 340) = 9,210 万元, i.e. 81.4%
    expect(c.title).toBe("investment subsidy占期望成本（合计 9,210.0 万元）的 81.4%，居各政策工具之首");
    expect(c.svg).not.toContain("政策成本构成");
    for (const name of breakdown.instruments) expect(c.svg).toContain(name);
  });
});
