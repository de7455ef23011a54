/**
 * Formula-driven growth against constant growth in the kernel (issue 20:
 * within 2×). The same synthetic scenario — S sectors with an uncertain
 * baseline, one goal each — with every sector's growth written three ways:
 * a constant `growth: 8%`, `growth: { formula: "0.08" }`, and a formula
 * that reads the year and another sector. Alternating runs, median time of
 * each; the ratio is formula time / constant time (1 = as fast).
 */
import { simulate } from "../src/engine/simulate.js";
import { loadScenarioText } from "../src/scenario/load.js";
import { type Benchmark, median, type Row } from "./harness.js";

/** The scenario's YAML with each sector's growth given by `growth(i)`. */
function text(sectors: number, years: number, growth: (i: number) => string): string {
  const base = 2020;
  const lines = [
    "id: formula-bench",
    "title: formula bench",
    "unit: 亿元",
    `base_year: ${base}`,
    `horizon: ${base + years - 1}`,
    "sectors:",
  ];
  for (let i = 0; i < sectors; i++)
    lines.push(
      `  s${i}:`,
      `    baseline: { year: ${base}, value: ${100 + i}~${140 + i} }`,
      `    growth: ${growth(i)}`,
    );
  lines.push("targets:");
  for (let i = 0; i < sectors; i++)
    lines.push(`  - { id: t${i}, sector: s${i}, year: ${base + years - 1}, at_least: ${200 + i} }`);
  return `${lines.join("\n")}\n`;
}

const VARIANTS: Array<[string, (i: number) => string]> = [
  ["constant 8%", () => "8%"],
  ['formula "0.08"', () => '{ formula: "0.08" }'],
  [
    'formula "max(0.02, 0.1 - 0.004 * t) + 0 * s0"',
    (i) =>
      i === 0
        ? '{ formula: "max(0.02, 0.1 - 0.004 * t)" }'
        : '{ formula: "max(0.02, 0.1 - 0.004 * t) + 0 * s0" }',
  ],
];

export const formulas: Benchmark = {
  name: "formulas",
  async run({ quick }) {
    const [sectors, years, samples] = quick ? [10, 10, 20_000] : [10, 10, 200_000];
    const repeat = quick ? 1 : 5;
    const scenarios = await Promise.all(
      VARIANTS.map(([, g], k) => loadScenarioText(text(sectors, years, g), `formula-bench-${k}.yaml`)),
    );
    const times: number[][] = VARIANTS.map(() => []);
    for (const s of scenarios) await simulate(s, { samples: 10_000, seed: 1 });
    for (let r = 0; r < repeat; r++)
      for (let k = 0; k < scenarios.length; k++) {
        const t0 = performance.now();
        await simulate(scenarios[k]!, { samples, seed: 1 });
        times[k]!.push(performance.now() - t0);
      }
    const constant = median(times[0]!);
    const work = sectors * years * samples;
    return VARIANTS.map(([name], k): Row => {
      const t = median(times[k]!);
      const row: Row = {
        benchmark: "formulas",
        case: `${name}: ${sectors} sectors × ${years} years × ${samples} samples, sector-years/s (median of ${repeat}, alternating)`,
        value: work / (t / 1000),
        unit: "1/s",
      };
      if (k > 0) {
        row.reference = work / (constant / 1000);
        row.ratio = t / constant;
        row.goal = "formula time ≤ 2 × constant";
        row.met = t <= 2 * constant;
      }
      return row;
    });
  },
};
