/**
 * Estimate and progress of long runs (issue 22): before a Sobol run the
 * estimate (evaluations, memory, time) is shown on stderr when it is a
 * terminal or --progress is given, and a progress bar follows the model
 * evaluations; stdout is the same with and without them.
 */
import { describe, expect, it } from "vitest";
import { analyseSensitivity } from "../../src/analysis/sensitivity/analyse.js";
import { shapleyPlan } from "../../src/analysis/sensitivity/shapley.js";
import { announceChain } from "../../src/cli/long-runs.js";
import { checkRunSize } from "../../src/cli/options.js";
import {
  announceRun,
  chainEstimate,
  humanBytes,
  morrisEstimate,
  progressBar,
  shapleyEstimate,
  sobolEstimate,
} from "../../src/cli/progress.js";
import { RUN_TEXT } from "../../src/i18n/text/state.js";
import { loadScenario } from "../../src/scenario/load.js";
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

describe("the estimate before a Morris or Shapley run", () => {
  it("Morris: r·(g + 1) evaluations; memory of the points, their levels, outputs and resamples", () => {
    // 20 trajectories of 12 inputs: 20 × 13 = 260 points; (2·12·260 + 2·260) doubles + 1000 × 20 Int32 = 134,080 bytes
    expect(
      morrisEstimate(260, 12, { trajectories: 20, bootstrap: 1000, secondsPerEvaluation: 1e-6 }),
    ).toEqual({
      evaluations: 260,
      bytes: 134_080,
      seconds: 0,
    });
  });

  it("Shapley: N_v + (2^k − 2)·N_o·N_i evaluations over every subset, N_v + m·(k − 1)·N_o·N_i with permutations", () => {
    // Song, Nelson & Staum (2016), Algorithm 1, with chainsim's defaults N_v = 10,000, N_o = 1000 (exact) or 1, N_i = 3, m = 200
    expect(shapleyPlan(3, { seed: 1 }).evaluations).toBe(10_000 + 6 * 1000 * 3);
    expect(shapleyPlan(10, { seed: 1 }).evaluations).toBe(10_000 + 200 * 9 * 1 * 3);
    expect(shapleyPlan(10, { seed: 1, permutations: 50, outer: 2 }).evaluations).toBe(
      10_000 + 50 * 9 * 2 * 3,
    );
    // k = 3 exact: (k + 1)·N_v + (k + 1)·N_o·N_i + 2^k·N_o doubles = (40,000 + 12,000 + 8,000) × 8 bytes
    const plan = shapleyPlan(3, { seed: 1 });
    expect(shapleyEstimate(3, { ...plan, secondsPerEvaluation: 1e-4 })).toEqual({
      evaluations: 28_000,
      bytes: 480_000,
      seconds: 3, // 28,000 × 0.1 ms = 2.8 s
    });
  });

  it("is shown only when asked, warns when long and refuses past the limits, in either language", () => {
    let err = "";
    const io = { stderr: (t: string) => (err += t) };
    const e = { evaluations: 260, bytes: 134_080, seconds: 0 };
    announceRun(e, RUN_TEXT.morris("260", 12), io, "en", false);
    expect(err).toBe("");
    announceRun(e, RUN_TEXT.morris("260", 12), io, "en", true);
    expect(err).toBe(
      `estimate: Morris screening with 260 points and 12 inputs: about 260 model evaluations, ${humanBytes(134_080)} of memory and 0 s\n`,
    );
    err = "";
    announceRun(e, RUN_TEXT.shapley(4, true), io, "zh", true);
    expect(err).toBe(
      `预计：4 个输入的 Shapley 效应（逐一枚举全部子集），约 260 次模型计算，内存 ${humanBytes(134_080)}，耗时 0 s\n`,
    );
    err = "";
    announceRun({ ...e, seconds: 600 }, RUN_TEXT.morris("260", 12), io, "en", false);
    expect(err).toContain("W_LONG_RUN");
    expect(() =>
      announceRun({ ...e, evaluations: 3e7 }, RUN_TEXT.shapley(20, false), io, "en", false),
    ).toThrow(/E_RUN_TOO_LARGE|too large/);
  });

  it("Morris evaluated in batches for the progress bar gives the same numbers as one batch", async () => {
    const s = await loadScenario("scenarios/shandong-it-2025.yaml");
    const req = {
      method: "morris" as const,
      output: { kind: "gap" as const, target: "sd-it-2025" },
      seed: 1,
      trajectories: 10,
      levels: 4,
    };
    const one = await analyseSensitivity(s, req);
    const calls: number[] = [];
    const batched = await analyseSensitivity(s, { ...req, onProgress: (done: number) => calls.push(done) });
    expect(calls.length).toBeGreaterThan(1);
    expect(JSON.stringify(batched.result)).toBe(JSON.stringify(one.result));
  });

  for (const method of ["morris", "shapley"] as const) {
    it(`sensitivity --method ${method} --progress: the estimate on stderr, stdout byte-identical`, async () => {
      const args = [
        "sensitivity",
        "scenarios/shandong-it-2025.yaml",
        "--method",
        method,
        "--target",
        "sd-it-2025",
        ...(method === "shapley" ? ["--samples", "50"] : []),
        "--format",
        "json",
      ];
      const plain = await cli(...args);
      const shown = await cli(...args, "--progress");
      expect(plain.code, plain.stderr).toBe(0);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toBe(plain.stdout);
      expect(shown.stderr).toMatch(
        method === "morris"
          ? /estimate: Morris screening with [\d,]+ points and \d+ inputs: about [\d,]+ model evaluations/
          : /estimate: Shapley effects of \d+ inputs \((every subset|random permutations)\): about [\d,]+ model evaluations/,
      );
      expect(plain.stderr).not.toContain("estimate:");
    }, 120_000);
  }
});

describe("the estimate before a chain Monte Carlo with uncertain coefficients", () => {
  it("times a trial of 32 draws and scales it to the run; memory is the trial's sketches", () => {
    // 2000 samples at 1 ms a sample (32 ms for the trial on a fake clock) = 2 s
    expect(chainEstimate(2000, { secondsPerSample: 1e-3, sketchBytes: 40_960 })).toEqual({
      evaluations: 2000,
      bytes: 40_960,
      seconds: 2,
    });
    let t = 0;
    let err = "";
    const drawn: number[] = [];
    const trial = (n: number) => {
      drawn.push(n);
      t += 32; // ms
      return 40_960;
    };
    const e = announceChain(2000, 11, trial, { stderr: (x) => (err += x) }, "zh", true, () => t);
    expect(drawn).toEqual([32]);
    expect(e).toEqual({ evaluations: 2000, bytes: 40_960, seconds: 2 });
    expect(err).toBe(
      `预计：2,000 次抽样、11 个不确定系数的产业链模拟，约 2,000 次模型计算，内存 ${humanBytes(40_960)}，耗时 2 s\n`,
    );
  });

  it("chain --progress: the estimate on stderr, stdout byte-identical (with one or two workers)", async () => {
    const args = ["chain", "scenarios/shandong-it-2025.yaml", "--samples", "600", "--format", "json"];
    const plain = await cli(...args);
    const shown = await cli(...args, "--progress", "--workers", "2");
    expect(plain.code, plain.stderr).toBe(0);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toBe(plain.stdout);
    expect(shown.stderr).toMatch(
      /estimate: industry-chain Monte Carlo with 600 samples of \d+ uncertain coefficients: about 600 model evaluations/,
    );
    expect(plain.stderr).not.toContain("estimate:");
  }, 120_000);
});
