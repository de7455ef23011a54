/**
 * Every chart module drawn from small hand-made inputs and compared with its
 * SVG snapshot (test/report/snapshots/), plus what each chart must show.
 */
import { describe, expect, it } from "vitest";
import { parseUnit } from "../../src/model/units.js";
import { addupChart } from "../../src/report/charts/addup.js";
import { type ChartDom, chartDom } from "../../src/report/charts/dom.js";
import { fanChart } from "../../src/report/charts/fan.js";
import { growthChart } from "../../src/report/charts/growth.js";
import { probabilityChart } from "../../src/report/charts/probability.js";
import { projectionChart } from "../../src/report/charts/projection.js";
import { sobolChart, tornadoChart, tornadoOrder } from "../../src/report/charts/sensitivity.js";
import {
  amountFormat,
  formatAmount,
  formatProbability,
  formatProbabilityInterval,
  renumberIds,
  textWidth,
  wrapText,
} from "../../src/report/charts/style.js";
import { waterfallBars, waterfallChart } from "../../src/report/charts/waterfall.js";
import { labels } from "../../src/report/labels.js";
import { assertSvgSnapshot, normaliseSvg } from "./snapshot.js";

const YI = parseUnit("亿元")!;
const FIRMS = parseUnit("家")!;
const zh = labels("zh");
const en = labels("en");
let dom: ChartDom;

const projectionInput = {
  panels: [
    {
      id: "software",
      name: "软件业务收入",
      unit: YI,
      points: [
        { year: 2022, value: 11150 },
        { year: 2023, value: 12488 },
        { year: 2024, value: 13986.56 },
        { year: 2025, value: 15664.95 },
      ],
      actuals: [{ year: 2023, value: 13001 }],
      baseline: { year: 2022, low: 11000, high: 11300 },
      goals: [{ id: "sd-software-2025", year: 2025, value: 14000, met: true, label: "14,000" }],
    },
    {
      id: "cloud",
      name: "云服务 & 大数据 <b>",
      unit: YI,
      points: [
        { year: 2022, value: 1700 },
        { year: 2023, value: 2040 },
        { year: 2024, value: 2448 },
        { year: 2025, value: 2937.6 },
      ],
      actuals: [],
      goals: [{ id: "sd-cloud-2025", year: 2025, value: 5000, met: false, label: "5,000" }],
    },
    {
      id: "firms",
      name: "新培育企业",
      unit: FIRMS,
      points: [
        { year: 2022, value: 500 },
        { year: 2023, value: 520 },
        { year: 2024, value: 540 },
        { year: 2025, value: 560 },
      ],
      actuals: [],
      goals: [{ id: "firms", year: 2025, from: 2024, value: 530, met: true, label: "530" }],
    },
  ],
  note: "来源：test.yaml 第 3–9 行",
};

describe("chart modules (SVG snapshots)", () => {
  it("loads one shared jsdom document", async () => {
    dom = await chartDom();
    expect(await chartDom()).toBe(dom);
  });

  it("1. projection: panels per sector, goals met and missed, actuals, baseline range", () => {
    const c = projectionChart(projectionInput, dom, zh);
    assertSvgSnapshot("projection-zh", c.svg);
    expect(c.svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(c.svg).toContain("软件业务收入 · 亿元");
    expect(c.svg).toContain("目标 14,000");
    expect(c.svg).toContain("云服务 &amp; 大数据 &lt;b&gt;");
    expect(c.svg).not.toContain("<b>");
    // years are plain integers, not 2,022
    expect(c.svg).toContain(">2022<");
    expect(c.svg).not.toContain("2,022");
    // no Plot classes, styles or random ids remain
    expect(c.svg).not.toMatch(/plot-[0-9a-f]{6}/);
    expect(c.svg).not.toContain("<style");
    expect(c.inline).not.toContain("test.yaml");
    expect(c.svg).toContain("test.yaml");
  });

  it("1. projection in English", () => {
    assertSvgSnapshot("projection-en", projectionChart(projectionInput, dom, en).svg);
  });

  it("2. fan chart: bands, median, goals with probabilities", () => {
    const points = [2022, 2023, 2024, 2025].map((year, i) => ({
      year,
      p5: 11000 + i * 900,
      p25: 11100 + i * 1150,
      p50: 11150 + i * 1500,
      p75: 11200 + i * 1800,
      p95: 11300 + i * 2200,
    }));
    const c = fanChart(
      {
        panels: [
          {
            id: "software",
            name: "软件业务收入",
            unit: YI,
            points,
            goals: [{ id: "g", year: 2025, value: 14000, label: "14,000", probability: 0.9997 }],
          },
        ],
        samples: 10000,
        formatProbability,
      },
      dom,
      zh,
    );
    assertSvgSnapshot("fan-zh", c.svg);
    expect(c.svg).toContain("14,000 · 99.97%");
    expect(c.svg).toContain("P5–P95");
  });

  it("2. fan chart of sixteen sectors: the slide's layout has more columns and shows the panels larger", () => {
    const points = [2022, 2023, 2024, 2025].map((year, i) => ({
      year,
      p5: 100 + i,
      p25: 101 + i,
      p50: 102 + i,
      p75: 103 + i,
      p95: 104 + i,
    }));
    const panels = Array.from({ length: 16 }, (_, k) => ({
      id: `s${k}`,
      name: `s${k}`,
      unit: YI,
      points,
      goals: [],
    }));
    const c = fanChart({ panels, samples: 1000, formatProbability }, dom, en);
    const size = (svg: string) => {
      const m = /^<svg\b[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(svg)!;
      return { w: Number(m[1]), h: Number(m[2]) };
    };
    // scale of a chart fitted onto a 1600×900 slide (toSlide): min(1600 / w, 900 / h)
    const scale = (svg: string) => Math.min(1600 / size(svg).w, 900 / size(svg).h);
    const page = size(c.svg);
    const slide = size(c.overview!());
    expect(slide.w).toBeGreaterThan(page.w); // more columns
    expect(slide.h).toBeLessThan(page.h); // fewer rows
    expect(scale(c.overview!())).toBeGreaterThan(1.4 * scale(c.svg)); // 960 × 1,371 → 0.66; 1,274 × 944 → 0.95
    // forty panels: at most eight columns (each column a full panel width: under 9 × 300 pixels)
    const forty = Array.from({ length: 40 }, (_, k) => ({ ...panels[0]!, id: `t${k}`, name: `t${k}` }));
    expect(
      size(fanChart({ panels: forty, samples: 1000, formatProbability }, dom, en).overview!()).w,
    ).toBeLessThan(9 * 300);
    // one panel only: no second layout
    expect(
      fanChart({ panels: panels.slice(0, 1), samples: 1000, formatProbability }, dom, en).overview,
    ).toBeUndefined();
  });

  it("3. do they add up: stacked children, net interval, headline, excess", () => {
    const c = addupChart(
      {
        parent: "信息技术产业",
        year: 2025,
        unit: YI,
        headline: { value: 22000, sign: "≥" },
        children: [
          { id: "software", name: "软件业务收入", value: 14000, basis: "goal" },
          { id: "terminals", name: "数字终端", value: 6000, basis: "goal" },
          { id: "cloud", name: "云服务大数据", value: 5000, basis: "goal" },
          { id: "ai", name: "人工智能", value: 600, basis: "goal" },
        ],
        overlap: { low: 3000, high: 5000 },
        net: { low: 20600, high: 22600 },
        hasOverlaps: true,
      },
      dom,
      zh,
      "addup-test",
    );
    assertSvgSnapshot("addup-zh", c.svg);
    expect(c.svg).toContain("总目标 ≥ 22,000");
    expect(c.svg).toContain("20,600–22,600");
  });

  it("3. do they add up, English, no overlaps: the excess is drawn", () => {
    const c = addupChart(
      {
        parent: "IT industry",
        year: 2025,
        unit: YI,
        headline: { value: 22000, sign: "≥" },
        children: [
          { id: "a", name: "software", value: 14000, basis: "goal" },
          { id: "b", name: "terminals", value: 21700, basis: "goal" },
        ],
        overlap: { low: 0, high: 0 },
        net: { low: 35700, high: 35700 },
        hasOverlaps: false,
      },
      dom,
      en,
    );
    assertSvgSnapshot("addup-en", c.svg);
    expect(c.svg).toContain("excess 13,700");
    expect(c.svg).toContain("no overlaps stated");
  });

  it("4. waterfall: deductions with ranges, residual, headline", () => {
    const steps = [
      { label: "子目标之和", kind: "start" as const, value: 35700 },
      { label: "云 与 软件 重复", kind: "within" as const, value: -3750, low: -4500, high: -3000 },
      { label: "材料 不在统计范围内", kind: "outside" as const, value: -400, low: -560, high: -240 },
      { label: "无法解释的超出部分", kind: "excess" as const, value: -9550, low: -10700, high: -8400 },
      { label: "总目标", kind: "end" as const, value: 22000 },
    ];
    const bars = waterfallBars(steps, YI);
    expect(bars[1]).toMatchObject({ x1: 31950, x2: 35700, w1: 31200, w2: 32700 });
    expect(bars[3]).toMatchObject({ x1: 22000, x2: 31550 });
    const c = waterfallChart(
      { parent: "信息技术产业", year: 2025, unit: YI, steps },
      dom,
      zh,
      "waterfall-test",
    );
    assertSvgSnapshot("waterfall-zh", c.svg);
    expect(c.svg).toContain("-3,750 (3,000–4,500)");
  });

  it("5. required versus assumed growth", () => {
    const c = growthChart(
      {
        rows: [
          {
            id: "cloud",
            label: "云服务大数据 2025",
            required: { low: 0.381, central: 0.433, high: 0.494 },
            assumed: { low: 0.12, central: 0.2, high: 0.3 },
          },
          {
            id: "it",
            label: "信息技术产业 2025",
            required: { low: 0.1, central: 0.1, high: 0.1 },
            assumed: null,
          },
        ],
      },
      dom,
      zh,
    );
    assertSvgSnapshot("growth-zh", c.svg);
    expect(c.svg).toContain("43.3%");
  });

  it("6. probability of each goal and of all together", () => {
    const c = probabilityChart(
      {
        rows: [
          { id: "a", label: "软件业务收入 2025年 ≥ 14,000", probability: 0.83, ci95: [0.822, 0.837] },
          { id: "b", label: "云服务大数据 2025年 ≥ 5,000", probability: 0, ci95: [0, 0.0004] },
          { id: "all", label: "全部目标同时达成", probability: 0, ci95: [0, 0.0004], all: true },
        ],
        samples: 10000,
      },
      dom,
      zh,
    );
    assertSvgSnapshot("probability-zh", c.svg);
    expect(c.svg).toContain("83%");
    // the title states the finding: of the two goals (83%, 0%) one is below 50%; all together 0%
    expect(c.svg).toContain("2 个目标中 1 个达成概率不足 50%；全部同时达成的概率 0%");
  });

  it("7. tornado and Sobol from hand-made sensitivity results", () => {
    const rows = [
      { input: "software.growth", low: 13000, high: 17000, lowLabel: "8%", highLabel: "17%" },
      { input: "software.baseline", low: 15400, high: 15900 },
      { input: "<script>x</script>", low: 15600, high: 15700 },
    ];
    expect(tornadoOrder(rows).map((r) => r.input)).toEqual([
      "software.growth",
      "software.baseline",
      "<script>x</script>",
    ]);
    const t = tornadoChart({ output: "软件 2025 (亿元)", unit: YI, base: 15665, rows }, dom, zh);
    assertSvgSnapshot("tornado-zh", t.svg);
    expect(t.svg).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(t.svg).not.toContain("<script>");
    const s = sobolChart(
      {
        output: "P(all goals)",
        rows: [
          { input: "software.growth", first: 0.55, firstCi: [0.5, 0.6], total: 0.62, totalCi: [0.57, 0.67] },
          { input: "cloud.growth", first: 0.2, total: 0.3 },
        ],
      },
      dom,
      en,
    );
    assertSvgSnapshot("sobol-en", s.svg);
    expect(s.svg).toContain("first order");
  });
});

describe("style helpers", () => {
  it("formats amounts with thousands separators and percentages", () => {
    expect(formatAmount(22000, YI)).toBe("22,000");
    expect(formatAmount(2.5, YI)).toBe("2.5");
    // the ASCII minus: a CJK font draws U+2212 full width in the PNGs
    expect(formatAmount(-1300, YI)).toBe("-1,300");
    // up to two decimals: a PUE goal below 1.25 is not "1.3" (shandong-digital-economy-2025 六(十四))
    expect(formatAmount(1.25, parseUnit("1")!)).toBe("1.25");
    expect(formatProbability(0.9997)).toBe("99.97%");
    expect(formatProbability(0.5)).toBe("50%");
    expect(formatProbability(0)).toBe("0%");
    expect(formatProbability(0.5, 1)).toBe("50.0%");
  });

  it("labels a panel's bars with one number of decimals, set by the largest", () => {
    // Shandong's chain shock (software −10%): indirect effects −72.99 … −0.27 亿元
    const f = amountFormat([-72.99, -21.05, -17.3, -1, -0.27], YI);
    expect([-72.99, -21.05, -17.3, -1, -0.27].map(f)).toEqual(["-73.0", "-21.1", "-17.3", "-1.0", "-0.3"]);
    expect(amountFormat([-1458, -3.2], YI)(-3.2)).toBe("-3");
    expect(amountFormat([0.42, 0.05], YI)(0.05)).toBe("0.05");
    expect(amountFormat([-79, -6], YI)(-6)).toBe("-6");
  });

  it("prints a probability's interval with the decimals its ends need to differ", () => {
    // Wilson interval of 9,595 met in 10,000 (z = 1.96): 0.95544–0.96318, which whole percents print 96%–96%
    const n = 10_000;
    const p = 0.9595;
    const z = 1.959963984540054;
    const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
    const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
    expect(formatProbabilityInterval(centre - half, centre + half)).toBe("95.5%–96.3%");
    expect(formatProbabilityInterval(0.603, 0.617)).toBe("60%–62%");
    expect(formatProbabilityInterval(0, 0.0004)).toBe("0%–0.04%");
    // ends that stay equal at two more decimals print at two more
    expect(formatProbabilityInterval(0.5, 0.5)).toBe("50.00%–50.00%");
  });

  it("measures and wraps Chinese and Latin text", () => {
    expect(textWidth("信息", 10)).toBe(20);
    expect(textWidth("ab", 10)).toBeCloseTo(11.2);
    expect(wrapText("一二三四五六", 30, 10)).toEqual(["一二三", "四五六"]);
    expect(wrapText("alpha beta gamma", 60, 10)).toEqual(["alpha beta", "gamma"]);
    expect(wrapText("一二三、四五", 30, 10)).toEqual(["一二三、", "四五"]);
  });

  it("renumbers ids deterministically and keeps references", () => {
    const svg =
      '<svg><clipPath id="plot-clip-7"/><g clip-path="url(#plot-clip-7)"/><use href="#plot-clip-7"/></svg>';
    expect(renumberIds(svg, "fan")).toBe(
      '<svg><clipPath id="fan-1"/><g clip-path="url(#fan-1)"/><use href="#fan-1"/></svg>',
    );
    expect(normaliseSvg('<svg><g id="a"/><g class="plot-d6a7b5"/></svg>')).toBe(
      '<svg>\n<g id="id1"/>\n<g class="plot"/>\n</svg>\n',
    );
  });
});
