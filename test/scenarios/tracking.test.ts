/**
 * Tracking every goal kind against hand-worked cases (docs/tracking.md):
 * observed and required progress, their ratio and the status.
 */
import { describe, expect, it } from "vitest";
import { track } from "../../src/analysis/tracking.js";
import { progressStatus } from "../../src/analysis/tracking-status.js";
import { project } from "../../src/engine/project.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");
const rows = async (body: string) => {
  const s = await loadScenarioText(`${HEAD}\n${body}`, "tracking.yaml");
  return track(s, project(s));
};

describe("statuses follow the published thresholds", () => {
  it("ratio ≥ 0.95 on track; 0.5–0.95 moderately behind; 0–0.5 off track; < 0 moving away", () => {
    expect(progressStatus(false, 0.95)).toBe("on track");
    expect(progressStatus(false, 0.949)).toBe("moderately behind");
    expect(progressStatus(false, 0.5)).toBe("moderately behind");
    expect(progressStatus(false, 0.49)).toBe("off track");
    expect(progressStatus(false, 0)).toBe("off track");
    expect(progressStatus(false, -0.01)).toBe("moving away");
    expect(progressStatus(true, -3)).toBe("achieved");
  });
});

describe("every goal kind gets a row", () => {
  const level = (a2023: number) => `sectors:
  a: { baseline: 100, growth: 10%, actuals: { 2023: ${a2023} } }
targets:
  - { id: a-2025, sector: a, year: 2025, at_least: 133.1 }
`;
  it("level: 100 → 105 in a year is 5%/yr against (133.1/100)^(1/3) − 1 = 10% required: ratio 0.5, moderately behind", async () => {
    const [r] = await rows(level(105));
    expect(r!.observed).toBeCloseTo(0.05, 12);
    expect(r!.required).toBeCloseTo(0.1, 12);
    expect(r!.ratio).toBeCloseTo(0.5, 12);
    expect(r!.requiredRemaining).toBeCloseTo(Math.sqrt(133.1 / 105) - 1, 12); // 12.589%
    expect(r!.progress).toBeCloseTo(5 / 33.1, 12); // ESCAP current status: (105 − 100) / (133.1 − 100)
    expect(r!.status).toBe("moderately behind");
  });
  it("level: 140 already meets 133.1 (achieved); 95 moved away (−5%/yr: ratio −0.5)", async () => {
    expect((await rows(level(140)))[0]!.status).toBe("achieved");
    const [r] = await rows(level(95));
    expect(r!.ratio).toBeCloseTo(-0.5, 12);
    expect(r!.status).toBe("moving away");
  });

  it("growth: 10%/yr 2022–2025 with 121 observed in 2024 (10%/yr): on track, not yet achieved", async () => {
    const [r] = await rows(`sectors:
  a: { baseline: 100, growth: 5%, actuals: { 2024: 121 } }
targets:
  - { id: a-g, sector: a, growth: { from: 2022, to: 2025, at_least: 10% } }
`);
    expect(r!.kind).toBe("growth");
    expect(r!.observed).toBeCloseTo(0.1, 12);
    expect(r!.required).toBeCloseTo(0.1, 12);
    expect(r!.requiredRemaining).toBeCloseTo(0.1, 12); // 121 → 133.1 in one year
    expect(r!.status).toBe("on track");
  });

  it("share: 40% → 44% in a year (+10%) against (0.5/0.4)^(1/3) − 1 = 7.72%/yr required: on track", async () => {
    const [r] = await rows(`sectors:
  a: { baseline: 40, growth: 3%, actuals: { 2023: 44 } }
  b: { baseline: 100, growth: 0%, actuals: { 2023: 100 } }
targets:
  - { id: a-share, sector: a, share: { of: b, year: 2025, at_least: 50% } }
`);
    expect(r!.start.value).toBeCloseTo(0.4, 12);
    expect(r!.latest.value).toBeCloseTo(0.44, 12);
    expect(r!.required).toBeCloseTo(Math.cbrt(1.25) - 1, 12);
    expect(r!.ratio).toBeCloseTo(0.1 / (Math.cbrt(1.25) - 1), 9); // 1.295
    expect(r!.status).toBe("on track");
  });

  const flows = (a2023: number) => `sectors:
  a: { baseline: 100, growth: 0% }
indicators:
  f: { unit: 个, flow: true, baseline: 80, growth: 0%, actuals: { 2023: ${a2023} } }
targets:
  - { id: f-yearly, indicator: f, per_year: { from: 2023, to: 2025, at_least: 100 } }
`;
  it("per year: 90 against 100 a year is 0.9 of the pace, up from 80: moderately behind; 40 (down from 80) moves away", async () => {
    const [r] = await rows(flows(90));
    expect(r!.basis).toBe("pace");
    expect(r!.ratio).toBeCloseTo(0.9, 12);
    expect(r!.status).toBe("moderately behind");
    expect((await rows(flows(40)))[0]!.status).toBe("moving away");
  });

  it("cumulative: 80 + 90 = 170 in two of three years, pace 85 against 100: moderately behind, 130 needed in 2025", async () => {
    const [r] = await rows(`sectors:
  a: { baseline: 100, growth: 0% }
indicators:
  f: { unit: 个, flow: true, baseline: 80, growth: 0%, actuals: { 2023: 80, 2024: 90 } }
targets:
  - { id: f-sum, indicator: f, cumulative: { from: 2023, to: 2025, at_least: 300 } }
`);
    expect(r!.latest.value).toBe(170);
    expect(r!.observed).toBeCloseTo(85, 12);
    expect(r!.required).toBeCloseTo(100, 12);
    expect(r!.requiredRemaining).toBeCloseTo(130, 12);
    expect(r!.progress).toBeCloseTo(170 / 300, 12);
    expect(r!.status).toBe("moderately behind");
  });
});

describe("the shipped scenarios", () => {
  it("Shandong IT: the 2023 outcomes give level rows (the growth goal restarts at the 2023 scope break, with nothing observed after it); digital economy: a share row", async () => {
    const it = await loadScenario(
      new URL("../../scenarios/shandong-it-2025.yaml", import.meta.url).pathname,
      {
        variant: "midterm-2023",
      },
    );
    const kinds = new Set(track(it, project(it)).map((r) => r.kind));
    expect(kinds).toEqual(new Set(["level"]));
    const de = await loadScenario(
      new URL("../../scenarios/shandong-digital-economy-2025.yaml", import.meta.url).pathname,
    );
    const share = track(de, project(de)).find((r) => r.kind === "share")!;
    // 2022: 39,500 / 87,000 = 45.40%; 2023: 43,732.5 / 92,068.7 = 47.50% (the anchor's middle)
    expect(share.start.value).toBeCloseTo(39500 / 87000, 9);
    expect(share.latest.value).toBeCloseTo((43272 + 44193) / 2 / 92068.7, 9);
  });
});
