/**
 * Estimate and progress of long runs (issue 22): before a Sobol run the
 * estimate (evaluations, memory, time) is shown on stderr when it is a
 * terminal or --progress is given, and a progress bar follows the model
 * evaluations; stdout is the same with and without them.
 */
import { describe, expect, it } from "vitest";
import { checkRunSize } from "../../src/cli/options.js";
import { humanBytes, progressBar, sobolEstimate } from "../../src/cli/progress.js";
import { cli } from "../cli/helpers.js";

/** A model of k inputs whose evaluation costs nothing measurable. */
function model(k: number) {
  return {
    inputs: Array.from({ length: k }, (_, i) => `x${i}`),
    fromUniform: (u: ArrayLike<number>, out = new Float64Array(k)) => out.fill(u[0] ?? 0),
    evaluate: () => 0,
  };
}

describe("the estimate before a Sobol run", () => {
  it("is shown with show = true (a terminal or --progress), from Saltelli's counts, and not otherwise", () => {
    let err = "";
    const io = { stderr: (s: string) => (err += s) };
    // N = 1000, k = 3: N(k + 2) = 5000 evaluations; N(3k + 2) doubles + 2N Uint32 = 96,000 bytes
    const e = checkRunSize(model(3), 1000, { bootstrap: 0, secondOrder: false }, io, "en", true);
    expect(e.evaluations).toBe(5000);
    expect(e.bytes).toBe(96_000);
    expect(err).toBe(
      `estimate: Sobol with N = 1,000 and 3 inputs: about 5,000 model evaluations, ${humanBytes(96_000)} of memory and 0 s\n`,
    );
    err = "";
    checkRunSize(model(3), 1000, { bootstrap: 0, secondOrder: false }, io, "zh", false);
    expect(err).toBe("");
  });
  it("counts bootstrap steps into the time (2 ns each) and evaluations at the measured rate", () => {
    // N(k + 2) = 700,000 evaluations × 1 µs = 0.7 s; 1000 bootstrap × N(2k + 2) = 1000 × 10^5 × 12 steps × 2 ns = 2.4 s: 3.1 → 3 s
    expect(
      sobolEstimate(100_000, 5, { bootstrap: 1000, secondOrder: false, secondsPerEvaluation: 1e-6 }),
    ).toMatchObject({
      evaluations: 700_000,
      seconds: Math.round(0.7 + 2.4),
    });
  });
});

describe("the progress bar", () => {
  it("draws on a non-terminal only when asked (--progress), after a second, and erases itself", () => {
    let t = 0;
    let err = "";
    const io = { stdout: () => {}, stderr: (s: string) => (err += s), isTTY: false };
    const quiet = progressBar(io, "x", () => t);
    t = 2000;
    quiet.update(5, 10);
    expect(err).toBe("");
    t = 0;
    const bar = progressBar(io, "x", () => t, true);
    t = 500;
    bar.update(1, 10);
    expect(err).toBe("");
    t = 1500;
    bar.update(5, 10);
    expect(err).toContain(" 50%  5/10");
    bar.done();
    expect(err.endsWith("\r\x1b[K")).toBe(true);
  });
});

describe("sensitivity --progress", () => {
  it("prints the estimate on stderr and leaves stdout byte-identical", async () => {
    const args = [
      "sensitivity",
      "scenarios/shandong-it-2025.yaml",
      "--method",
      "sobol",
      "--target",
      "sd-it-2025",
      "--samples",
      "64",
      "--format",
      "json",
    ];
    const plain = await cli(...args);
    const shown = await cli(...args, "--progress");
    expect(plain.code).toBe(0);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toBe(plain.stdout);
    expect(shown.stderr).toMatch(
      /estimate: Sobol with N = 64 and \d+ inputs: about [\d,]+ model evaluations/,
    );
    expect(plain.stderr).not.toContain("estimate:");
  });
});
