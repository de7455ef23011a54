/**
 * One call for `chainsim sensitivity` (and any other caller): the model
 * function of the asked output, the chosen method run on it, its
 * parameters as used, and the warnings to show — plain data for the
 * renderers (src/report/sensitivity-output.ts) and for Findings.
 *
 * Tornado, Morris and Sobol treat the inputs as independent; when the file
 * correlates some of them they come with W_SENSITIVITY_INDEPENDENT, which
 * points to Shapley effects (computed under the file's copula).
 */
import { type Diagnostic, diagnostic } from "../../diagnostics.js";
import type { Scenario } from "../../model/scenario.js";
import { correlatedInputs, inputCorrelation } from "./copula.js";
import { type ModelFunction, modelFunction, type OutputSpec } from "./model-function.js";
import { type MorrisOptions, type MorrisRow, morris } from "./morris.js";
import type { Sampling } from "./saltelli-design.js";
import { type ShapleyOptions, type ShapleyResult, shapley } from "./shapley.js";
import { type SobolResult, sobol } from "./sobol.js";
import { type TornadoResult, tornado } from "./tornado.js";

export type SensitivityMethod = "tornado" | "morris" | "sobol" | "shapley";

export interface SensitivityRequest {
  method: SensitivityMethod;
  output: OutputSpec;
  /** Only these inputs (default: every uncertain input that can move the output). */
  inputs?: readonly string[];
  seed: number | string;
  /** Sobol: base samples N (default 1024); Shapley: outer draws per subset (default 1000). */
  samples?: number;
  /** Sobol: bootstrap resamples (random sampling or one replicate); Morris: of the trajectories. */
  bootstrap?: number;
  secondOrder?: boolean;
  sampling?: Sampling;
  replicates?: number;
  trajectories?: number;
  levels?: number;
  groups?: Record<string, string[]>;
  range?: "p10-p90" | "full";
  /** Shapley: random permutations when there are more than 8 inputs. */
  permutations?: number;
  /**
   * Called with the model and the Sobol design's size before a Sobol run, so a
   * caller can refuse or announce a run too large for the machine (it throws to refuse).
   */
  beforeSobol?: (
    f: ModelFunction,
    samples: number,
    design: { bootstrap: number; secondOrder: boolean },
  ) => void;
  /** Sobol, Morris, Shapley: model evaluations done and due, after each batch (a progress bar). */
  onProgress?: (done: number, total: number) => void;
  /** Like `beforeSobol`, before a Morris run: the model and the run's options. */
  beforeMorris?: (f: ModelFunction, opts: MorrisOptions) => void;
  /** Like `beforeSobol`, before a Shapley run: the model and the run's options. */
  beforeShapley?: (f: ModelFunction, opts: ShapleyOptions) => void;
}

interface Common {
  f: ModelFunction;
  /** The parameters as used, for the manifest. */
  params: Record<string, unknown>;
  warnings: Diagnostic[];
}

export type SensitivityRun = Common &
  (
    | { method: "tornado"; result: TornadoResult }
    | { method: "morris"; result: { rows: MorrisRow[]; evaluations: number } }
    | { method: "sobol"; result: SobolResult }
    | { method: "shapley"; result: ShapleyResult }
  );

/**
 * @example
 * const run = await analyseSensitivity(s, { method: "sobol", output: { kind: "gap", target: "sd-it-2025" }, seed: 1 });
 * run.result.indices[0].input // "software.growth"
 */
export async function analyseSensitivity(s: Scenario, req: SensitivityRequest): Promise<SensitivityRun> {
  const f = await modelFunction(s, req.output, req.inputs ? { inputs: req.inputs } : {});
  const warnings: Diagnostic[] = [];
  const seed = req.seed;
  if (req.method !== "shapley") {
    const ignored = correlatedInputs(s, f.inputs).map((i) => f.inputs[i]!.name);
    if (ignored.length) {
      warnings.push(
        diagnostic(
          "W_SENSITIVITY_INDEPENDENT",
          { method: req.method, inputs: ignored.join(", ") },
          { file: s.provenance.file, line: s.correlations!.line, col: 1 },
          "warning",
        ),
      );
    }
  }
  switch (req.method) {
    case "tornado": {
      const range = req.range ?? "p10-p90";
      return { method: "tornado", f, result: tornado(f, range), params: { range }, warnings };
    }
    case "morris": {
      const trajectories = req.trajectories ?? 20;
      const levels = req.levels ?? 4;
      const bootstrap = req.bootstrap ?? 1000;
      const opts: MorrisOptions = { trajectories, levels, seed, groups: req.groups ?? {}, bootstrap };
      req.beforeMorris?.(f, opts);
      const result = morris(f, { ...opts, ...(req.onProgress ? { onProgress: req.onProgress } : {}) });
      return { method: "morris", f, result, params: { seed, trajectories, levels, bootstrap }, warnings };
    }
    case "sobol": {
      const samples = req.samples ?? 1024;
      const bootstrap = req.bootstrap ?? 200;
      req.beforeSobol?.(f, samples, { bootstrap, secondOrder: req.secondOrder === true });
      const result = sobol(f, {
        samples,
        seed,
        bootstrap,
        secondOrder: req.secondOrder === true,
        sampling: req.sampling ?? "qmc",
        ...(req.replicates !== undefined ? { replicates: req.replicates } : {}),
        ...(req.onProgress ? { onProgress: req.onProgress } : {}),
      });
      const params = {
        seed,
        samples,
        sampling: result.sampling,
        replicates: result.replicates,
        bootstrap: result.interval === "bootstrap" ? bootstrap : 0,
      };
      return { method: "sobol", f, result, params, warnings };
    }
    case "shapley": {
      const opts: ShapleyOptions = {
        seed,
        ...(req.samples !== undefined ? { outer: req.samples } : {}),
        ...(req.permutations !== undefined ? { permutations: req.permutations } : {}),
      };
      req.beforeShapley?.(f, opts);
      const result = shapley(f, inputCorrelation(s, f.inputs), {
        ...opts,
        ...(req.onProgress ? { onProgress: req.onProgress } : {}),
      });
      const params = {
        seed,
        estimator: result.estimator,
        outer: result.outer,
        inner: result.inner,
        permutations: result.permutations,
        variance_samples: result.samples,
      };
      return { method: "shapley", f, result, params, warnings };
    }
  }
}
