/**
 * `chainsim sensitivity` end to end for what issue 20 added: Shapley effects
 * under the file's correlations, quasi-random Sobol with replicate intervals,
 * Morris intervals, snake_case JSON, and the bad inputs of the new flags.
 */
import { describe, expect, it } from "vitest";
import { cli } from "../../cli/helpers.js";

const LINEAR = "test/fixtures/functions/shapley-linear.yaml";
const ISHIGAMI = "test/fixtures/functions/ishigami.yaml";

describe("chainsim sensitivity (issue 20)", () => {
  it("--method shapley applies the correlations: Sh = (0.125, 0.297, 0.578) for y = x1 + x2 + x3", async () => {
    // closed form in shapley.test.ts (Owen & Prieur 2017): σ = (1, 1, 2), ρ(x2, x3) = 0.5
    const r = await cli(
      "sensitivity",
      LINEAR,
      "--method",
      "shapley",
      "--output",
      "y",
      "--samples",
      "3000",
      "--format",
      "json",
    );
    expect(r.code).toBe(0);
    expect(r.stderr).not.toContain("W_SENSITIVITY_INDEPENDENT");
    const out = JSON.parse(r.stdout);
    expect(out.method).toBe("shapley");
    const by = Object.fromEntries(
      out.result.rows.map((x: { input: string; shapley: number }) => [x.input, x.shapley]),
    );
    expect(Math.abs(by["x1.baseline"] - 0.125)).toBeLessThan(0.04);
    expect(Math.abs(by["x2.baseline"] - 0.296875)).toBeLessThan(0.04);
    expect(Math.abs(by["x3.baseline"] - 0.578125)).toBeLessThan(0.04);
    expect(out.manifest.estimator).toBe("exact");
    const table = await cli(
      "sensitivity",
      LINEAR,
      "--method",
      "shapley",
      "--output",
      "y",
      "--samples",
      "500",
      "--lang",
      "en",
    );
    expect(table.stdout).toContain("Shapley effects of y in 2020");
    expect(table.stdout).toContain("correlations among x2.baseline, x3.baseline applied");
  });

  it("Sobol on correlated inputs warns and points to Shapley", async () => {
    const r = await cli("sensitivity", LINEAR, "--method", "sobol", "--output", "y", "--samples", "256");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("W_SENSITIVITY_INDEPENDENT");
    expect(r.stderr).toContain("--method shapley");
  });

  it("JSON is snake_case: first_ci, total_ci, mu_star, mu_star_ci, sigma_ci", async () => {
    const s = await cli("sensitivity", ISHIGAMI, "--output", "y", "--samples", "4096", "--format", "json");
    const sob = JSON.parse(s.stdout);
    expect(sob.result.interval).toBe("replicates");
    expect(sob.result.replicates).toBe(4);
    expect(sob.result.indices[0]).toHaveProperty("first_ci");
    expect(sob.result.indices[0]).toHaveProperty("total_ci");
    expect(sob.result.indices[0]).not.toHaveProperty("firstCi");
    expect(sob.manifest.sampling).toBe("qmc");
    const m = await cli("sensitivity", ISHIGAMI, "--method", "morris", "--output", "y", "--format", "json");
    const row = JSON.parse(m.stdout).result.rows.find((x: { factor: string }) => x.factor === "x2.baseline");
    // p = 4 levels on [−π, π]: every effect of x2 is ±63/8 (methods.test.ts)
    expect(row.mu_star).toBe(7.875);
    expect(row).toHaveProperty("mu_star_ci");
    expect(row).toHaveProperty("sigma_ci");
  });

  it("bad input: --replicates 0, --sampling sobol, Shapley --samples 0", async () => {
    const rep = await cli("sensitivity", ISHIGAMI, "--output", "y", "--replicates", "0");
    expect(rep.code).toBe(2);
    expect(rep.stderr).toContain("E_METHOD_PARAM");
    expect(rep.stderr).toContain("replicates");
    const samp = await cli("sensitivity", ISHIGAMI, "--output", "y", "--sampling", "sobol");
    expect(samp.code).toBe(2);
    // the command refuses it before the method runs: every method needs at least 2 samples
    const inner = await cli("sensitivity", LINEAR, "--method", "shapley", "--output", "y", "--samples", "0");
    expect(inner.code).toBe(2);
    expect(inner.stderr).toContain("--samples must be a whole number from 2");
  });
});
