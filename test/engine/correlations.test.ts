/**
 * `correlations:` — validation with positions, and the Gaussian copula
 * recovering the stated correlations (and AR(1) autocorrelation of yearly
 * draws) within tolerances from the sample size.
 */
import { describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { cdf, normalQuantile } from "../../src/engine/distributions/index.js";
import { Kernel } from "../../src/engine/kernel.js";
import { compilePlan } from "../../src/engine/plan.js";
import type { Scenario } from "../../src/model/scenario.js";
import { type LoadOptions, loadScenarioText } from "../../src/scenario/load.js";

const HEAD = ["id: t", "title: t", "unit: 亿元", "base_year: 2022", "horizon: 2025"].join("\n");
const SECTORS = `sectors:
  a: { baseline: 100, growth: { normal: [10%, 3%] } }
  b: { baseline: 100, growth: { triangular: [0%, 8%, 20%] } }
  c: { baseline: 90~110, growth: { normal: [5%, 2%] } }
  d: { baseline: 100, growth: 4% }
`;

function load(body: string, opts: LoadOptions = {}): Promise<Scenario> {
  return loadScenarioText(`${HEAD}\n${SECTORS}${body}`, "corr.yaml", opts);
}

async function rejected(body: string, opts: LoadOptions = {}): Promise<ChainsimError> {
  try {
    await load(body, opts);
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw e;
  }
  throw new Error("expected a ChainsimError");
}

/** Line of `needle` in the text given to load() (1-based). */
function lineOf(body: string, needle: string): number {
  return `${HEAD}\n${SECTORS}${body}`.split("\n").findIndex((l) => l.includes(needle)) + 1;
}

describe("reading correlations", () => {
  it("pairs and matrices build one matrix; unstated pairs are 0", async () => {
    const s = await load(`correlations:
  - { between: [a.growth, b.growth], rho: 0.6 }
  - inputs: [b.growth, c.growth, c.baseline]
    matrix:
      - [1, 0.3, 0]
      - [0.3, 1, -0.2]
      - [0, -0.2, 1]
`);
    expect(s.correlations!.inputs).toEqual(["a.growth", "b.growth", "c.growth", "c.baseline"]);
    expect(s.correlations!.matrix).toEqual([
      [1, 0.6, 0, 0],
      [0.6, 1, 0.3, 0],
      [0, 0.3, 1, -0.2],
      [0, 0, -0.2, 1],
    ]);
  });

  it("refuses an unknown input with a suggestion, at its line and column", async () => {
    const body = "correlations:\n  - { between: [a.growth, b.grwth], rho: 0.5 }\n";
    const e = await rejected(body);
    expect(e.code).toBe("E_CORRELATION_UNKNOWN_INPUT");
    expect(e.diagnostics[0]!.message).toContain('did you mean "b.growth"');
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: lineOf(body, "b.grwth"), col: 27 });
  });

  it("refuses an input without uncertainty", async () => {
    const body = "correlations:\n  - { between: [a.growth, d.growth], rho: 0.5 }\n";
    const e = await rejected(body);
    expect(e.code).toBe("E_CORRELATION_CERTAIN");
    expect(e.diagnostics[0]!.message).toContain('"d.growth" is certain (4%)');
    expect(e.diagnostics[0]!.loc!.line).toBe(lineOf(body, "d.growth"));
  });

  it("refuses a correlation outside -1..1, a non-square or asymmetric matrix, a diagonal other than 1", async () => {
    expect((await rejected("correlations:\n  - { between: [a.growth, b.growth], rho: 1.2 }\n")).code).toBe(
      "E_CORRELATION_RANGE",
    );
    const shape = await rejected("correlations:\n  inputs: [a.growth, b.growth]\n  matrix: [[1, 0.5]]\n");
    expect(shape.code).toBe("E_CORRELATION_SHAPE");
    expect(shape.diagnostics[0]!.message).toContain("1 rows for 2 inputs");
    const asym = await rejected(
      "correlations:\n  inputs: [a.growth, b.growth]\n  matrix: [[1, 0.5], [0.4, 1]]\n",
    );
    expect(asym.diagnostics[0]!.message).toContain("not symmetric");
    const diag = await rejected(
      "correlations:\n  inputs: [a.growth, b.growth]\n  matrix: [[1, 0.5], [0.5, 0.9]]\n",
    );
    expect(diag.diagnostics[0]!.message).toContain("diagonal must be 1");
    const self = await rejected("correlations:\n  - { between: [a.growth, a.growth], rho: 0.5 }\n");
    expect(self.code).toBe("E_CORRELATION_SHAPE");
    const twice = await rejected(
      "correlations:\n  - { between: [a.growth, b.growth], rho: 0.5 }\n  - { between: [b.growth, a.growth], rho: 0.4 }\n",
    );
    expect(twice.diagnostics[0]!.message).toContain("given twice");
  });

  it("refuses correlations that cannot hold together (not positive semi-definite), naming the smallest eigenvalue", async () => {
    // a~b 0.9, b~c 0.9, a~c −0.9: eigenvalues −0.8, 1.9, 1.9
    const body = `correlations:
  - { between: [a.growth, b.growth], rho: 0.9 }
  - { between: [b.growth, c.growth], rho: 0.9 }
  - { between: [a.growth, c.growth], rho: -0.9 }
`;
    const e = await rejected(body);
    expect(e.code).toBe("E_CORRELATION_NOT_PSD");
    expect(e.diagnostics[0]!.message).toContain("-0.800");
    expect(e.diagnostics[0]!.loc!.line).toBe(lineOf(body, "correlations:"));
  });

  it("drops an input that a variant or --set made certain", async () => {
    const s = await load(
      "correlations:\n  - { between: [a.growth, b.growth], rho: 0.5 }\n  - { between: [a.growth, c.growth], rho: 0.5 }\n",
      {
        set: ["b.growth=7%"],
      },
    );
    expect(s.correlations!.inputs).toEqual(["a.growth", "c.growth"]);
  });
});

/** Pearson correlation. */
function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b) / n;
  const my = y.reduce((a, b) => a + b) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxy / Math.sqrt(sxx * syy);
}

/** Draws of named dims over `blocks` blocks. */
function draws(s: Scenario, samples: number, lhs = false): (key: string) => number[] {
  const plan = compilePlan(s);
  const kernel = new Kernel(plan, { samples, seed: 3, lhs });
  const D = plan.dims.length;
  const rows: Float64Array[] = [];
  for (let b = 0; b * 2048 < samples; b++) rows.push(kernel.drawBlock(b));
  return (key) => {
    const d = plan.dims.findIndex((x) => x.key === key);
    expect(d).toBeGreaterThanOrEqual(0);
    const spec = plan.dims[d]!.value.dist;
    // normal scores of the draws: Φ⁻¹(F(x))
    return rows.flatMap((r) =>
      Array.from({ length: r.length / D }, (_, j) => normalQuantile(cdf(spec, r[j * D + d]!))),
    );
  };
}

describe("the Gaussian copula", () => {
  // standard error of a sample correlation: (1 − ρ²)/√N; tolerance 4 SE
  const N = 20_480;
  const tol = (rho: number) => (4 * (1 - rho * rho)) / Math.sqrt(N);

  it("recovers the stated correlations on the normal-score scale, keeping the marginals", async () => {
    const s = await load(`correlations:
  - { between: [a.growth, b.growth], rho: 0.6 }
  - { between: [b.growth, c.growth], rho: -0.3 }
  - { between: [a.growth, c.baseline], rho: 0.7 }
`);
    for (const lhs of [false, true]) {
      const z = draws(s, N, lhs);
      expect(Math.abs(pearson(z("a.growth"), z("b.growth")) - 0.6)).toBeLessThan(tol(0.6));
      expect(Math.abs(pearson(z("b.growth"), z("c.growth")) + 0.3)).toBeLessThan(tol(0.3));
      expect(Math.abs(pearson(z("a.growth"), z("c.baseline")) - 0.7)).toBeLessThan(tol(0.7));
      expect(Math.abs(pearson(z("a.growth"), z("c.growth")))).toBeLessThan(tol(0));
      // marginals: normal scores have mean 0 and sd 1 (SE 1/√N and ≈ 1/√(2N))
      const zb = z("b.growth");
      const mean = zb.reduce((x, y) => x + y) / N;
      const sd = Math.sqrt(zb.reduce((x, y) => x + (y - mean) ** 2, 0) / (N - 1));
      expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(N));
      expect(Math.abs(sd - 1)).toBeLessThan(4 / Math.sqrt(2 * N));
    }
  });

  it("yearly draws with autocorrelation ρ: successive years' scores correlate by ρ, two years apart by ρ²", async () => {
    const s = await loadScenarioText(
      `${HEAD}\nsectors:\n  a: { baseline: 100, growth: { rate: { normal: [10%, 3%] }, draw: yearly, autocorrelation: 0.7 } }\n`,
      "ar.yaml",
    );
    const z = draws(s, N);
    expect(Math.abs(pearson(z("a.growth@2023"), z("a.growth@2024")) - 0.7)).toBeLessThan(tol(0.7));
    expect(Math.abs(pearson(z("a.growth@2024"), z("a.growth@2025")) - 0.7)).toBeLessThan(tol(0.7));
    expect(Math.abs(pearson(z("a.growth@2023"), z("a.growth@2025")) - 0.49)).toBeLessThan(tol(0.49));
  });

  it("correlates yearly inputs year by year", async () => {
    const s = await loadScenarioText(
      `${HEAD}
sectors:
  a: { baseline: 100, growth: { rate: { normal: [10%, 3%] }, draw: yearly } }
  b: { baseline: 100, growth: { rate: 5%~9%, draw: yearly } }
correlations:
  - { between: [a.growth, b.growth], rho: 0.5 }
`,
      "ar.yaml",
    );
    const z = draws(s, N);
    for (const y of [2023, 2024, 2025]) {
      expect(Math.abs(pearson(z(`a.growth@${y}`), z(`b.growth@${y}`)) - 0.5)).toBeLessThan(tol(0.5));
    }
    expect(Math.abs(pearson(z("a.growth@2023"), z("b.growth@2024")))).toBeLessThan(tol(0));
  });
});
