/**
 * The rate behind a run's time estimate (cli/progress.ts `timeModel`): it is
 * measured on the path the run takes — batches through `evaluateMany` (a firm
 * population's compiled evaluator, the kernel) — with building the evaluator
 * and the warm-up left out. Timing single points counted both in every
 * evaluation: Liaocheng's firm-count Shapley run announced 3 min for 16 s.
 * Every clock here is a fake one advanced by the models' stated costs, so the
 * expected rates are hand computations from those costs, never wall-clock time.
 */
import { describe, expect, it } from "vitest";
import { modelFunction } from "../../src/analysis/sensitivity/model-function.js";
import { shapleyPlan } from "../../src/analysis/sensitivity/shapley.js";
import { announceShapley } from "../../src/cli/long-runs.js";
import { shapleyEstimate, TIMING_BUDGET_MS, timeModel } from "../../src/cli/progress.js";
import { loadScenario } from "../../src/scenario/load.js";

/** A clock that only the models move (milliseconds). */
function fakeClock() {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

/**
 * A batched model of k inputs: building its evaluator costs `build` ms (first
 * call), each batch `overhead` ms plus `perPoint` ms a point; one point alone
 * (evaluate) costs `single` ms.
 */
function batched(k: number, cost: { build: number; overhead: number; perPoint: number; single: number }) {
  const clock = fakeClock();
  const calls: number[] = [];
  const seen: number[] = [];
  let built = false;
  return {
    clock,
    calls,
    seen,
    singles: 0,
    inputs: Array.from({ length: k }, (_, i) => `x${i}`),
    // the input's value is 10·u, so every point the model sees lies in [0.1, 9.9]
    fromUniform(u: ArrayLike<number>, out = new Float64Array(k)) {
      for (let i = 0; i < k; i++) out[i] = 10 * u[i]!;
      return out;
    },
    evaluate(_x: ArrayLike<number>) {
      this.singles++;
      clock.advance(cost.single);
      return 0;
    },
    evaluateMany(xs: Float64Array, n: number, y = new Float64Array(n)) {
      calls.push(n);
      seen.push(...xs);
      clock.advance((built ? 0 : cost.build) + cost.overhead + n * cost.perPoint);
      built = true;
      return y;
    },
  };
}

describe("the rate a run's estimate uses", () => {
  it("a batched model: timed in batches of 32 to 2048 after an untimed build; the fastest batch's rate", () => {
    const m = batched(3, { build: 50, overhead: 0.5, perPoint: 0.01, single: 1 });
    const rate = timeModel(m, m.clock.now);
    // the batches run while the next (2× the last, at its time) fits in 400 ms:
    // 0.82 + 1.14 + 1.78 + 3.06 + 5.62 + 10.74 + 20.98 ms spent; 2048 points is the largest (TIMING_MAX_POINTS)
    expect(m.calls).toEqual([1, 32, 64, 128, 256, 512, 1024, 2048]);
    // (0.5 + 2048 × 0.01) ms / 2048 points, in seconds: the build (50 ms) counts nowhere
    expect(rate).toBeCloseTo((0.5 + 2048 * 0.01) / 2048 / 1000, 15);
    expect(m.singles).toBe(0);
    for (const v of m.seen) expect(v >= 0.1 && v <= 9.9).toBe(true);
  });

  it("a slow model: one batch of 32 once the next would pass the budget", () => {
    const m = batched(2, { build: 0, overhead: 0, perPoint: 5, single: 5 });
    const rate = timeModel(m, m.clock.now);
    // 32 × 5 = 160 ms; the next (320 ms more, 480 ms in all) would pass 400 ms
    expect(TIMING_BUDGET_MS).toBe(400);
    expect(m.calls).toEqual([1, 32]);
    expect(rate).toBe(5 / 1000);
  });

  it("a model without evaluateMany is timed point by point, the build left out likewise", () => {
    const m = batched(2, { build: 0, overhead: 0, perPoint: 0, single: 0.02 });
    const plain = { inputs: m.inputs, fromUniform: m.fromUniform, evaluate: m.evaluate.bind(m) };
    const rate = timeModel(plain, m.clock.now);
    // 1 + 32 + 64 + … + 2048 points, every one 0.02 ms
    expect(m.singles).toBe(1 + 32 + 64 + 128 + 256 + 512 + 1024 + 2048);
    expect(rate).toBeCloseTo(0.02 / 1000, 15);
  });

  it("Shapley's estimate is its evaluations at that rate (shapleyPlan's count × the batched rate)", () => {
    const m = batched(3, { build: 50, overhead: 0.5, perPoint: 0.01, single: 1 });
    const io = { stderr: () => {} };
    const f = m as unknown as Parameters<typeof announceShapley>[0];
    const e = announceShapley(f, { seed: 1 }, io, "en", false, m.clock.now);
    const plan = shapleyPlan(3, { seed: 1 });
    // Song, Nelson & Staum's count for k = 3: 10,000 + 6 × 1000 × 3 = 28,000 evaluations
    expect(plan.evaluations).toBe(28_000);
    const rate = (0.5 + 2048 * 0.01) / 2048 / 1000;
    expect(e).toEqual(shapleyEstimate(3, { ...plan, secondsPerEvaluation: rate }));
    expect(e.seconds).toBe(Math.round(28_000 * rate)); // 0.29 s → 0
    // timed one point at a time, as before, the build and every call's overhead counted:
    // (50 + 200 × 1) ms / 200 points = 1.25 ms a point, 35 s for the same run
    expect(Math.round(28_000 * ((50 + 200 * 1) / 200 / 1000))).toBe(35);
  });

  it("Liaocheng's firm-count goal is timed on its batched population evaluator, never a point at a time", async () => {
    const s = await loadScenario("scenarios/liaocheng-it-2025.yaml");
    const f = await modelFunction(s, { kind: "gap", target: "lc-above-scale-firms-2025" }, { correlate: {} });
    const sizes: number[] = [];
    const timed = {
      inputs: f.inputs,
      fromUniform: f.fromUniform,
      evaluate: () => {
        throw new Error("timed one point at a time");
      },
      evaluateMany: (xs: Float64Array, n: number) => {
        sizes.push(n);
        return f.evaluateMany(xs, n);
      },
    };
    const clock = fakeClock();
    // the fake clock does not move: the rate is 0, and every batch runs
    expect(timeModel(timed, clock.now)).toBe(0);
    expect(sizes).toEqual([1, 32, 64, 128, 256, 512, 1024, 2048]);
    expect(f.inputs.some((i) => i.firm)).toBe(true);
  });
});
