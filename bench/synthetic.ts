/**
 * Synthetic scenarios for the kernel benchmarks: S sectors with an uncertain
 * baseline and an uncertain growth rate each (2 draws per sector, no
 * formulas, no copula), reported over Y years, and one goal per sector.
 */
import type { Scenario } from "../src/model/scenario.js";
import { loadScenarioText } from "../src/scenario/load.js";

/** The YAML text of a synthetic scenario with `sectors` sectors over `years` reported years. */
export function syntheticText(sectors: number, years: number): string {
  const base = 2020;
  const lines = [
    `id: synthetic-${sectors}x${years}`,
    `title: synthetic ${sectors} sectors × ${years} years`,
    "unit: 亿元",
    `base_year: ${base}`,
    `horizon: ${base + years - 1}`,
    "sectors:",
  ];
  for (let i = 0; i < sectors; i++) {
    const lo = 100 + (i % 17) * 10;
    lines.push(
      `  s${i}:`,
      `    name: { zh: 行业${i}, en: sector ${i} }`,
      `    baseline: { year: ${base}, value: ${lo}~${lo + 40} }`,
      `    growth: { triangular: [${2 + (i % 3)}%, ${8 + (i % 5)}%, ${15 + (i % 4)}%] }`,
    );
  }
  lines.push("targets:");
  for (let i = 0; i < sectors; i++) {
    lines.push(
      `  - { id: t${i}, sector: s${i}, year: ${base + years - 1}, at_least: ${200 + (i % 17) * 10} }`,
    );
  }
  return `${lines.join("\n")}\n`;
}

export function syntheticScenario(sectors: number, years: number): Promise<Scenario> {
  return loadScenarioText(syntheticText(sectors, years), `synthetic-${sectors}x${years}.yaml`);
}
