/**
 * chainsim as a library: load a scenario, then check, project, simulate and
 * analyse it, and render or write what you found. The command line is this
 * API with flags. A worked example is in docs/api.md; the reference, generated
 * from these comments, is docs/api/.
 *
 * ```ts
 * import { check, loadScenario, simulate } from "chainsim";
 *
 * const s = await loadScenario("scenarios/shandong-it-2025.yaml");
 * for (const v of check(s).verdicts) console.log(v.parent, v.year, v.verdict); // it_industry 2025 OVERSHOOT
 * const r = await simulate(s, { samples: 10_000, seed: 1 });
 * for (const t of r.targets) console.log(t.target.id, t.probability);
 * ```
 *
 * Errors in the input are thrown as {@link ChainsimError}, whose
 * `diagnostics` name the file, line and column, a stable code (E_…) and what
 * to do. Same inputs and seed give the same numbers, whatever the number of
 * worker threads.
 *
 * @packageDocumentation
 */

import { ChainsimError, type Diagnostic } from "./diagnostics.js";
import type { Scenario } from "./model/scenario.js";
import { type LoadOptions, loadScenario } from "./scenario/load.js";

// ── load and validate ────────────────────────────────────────────────────

/**
 * Load a scenario file (YAML or JSON) from disk, with a variant and `PATH=VALUE`
 * overrides if asked; throws {@link ChainsimError} on bad input.
 */
export { type LoadOptions, loadScenario, loadScenarioText } from "./scenario/load.js";
/** The JSON Schema of the scenario file format (as `chainsim schema` prints it). */
export { scenarioJsonSchema } from "./scenario/schema.js";
/** Sweeps: `PATH=FROM:TO:STEP` into a grid of `--set` values (`chainsim sweep`). */
export { isSweepArg, MAX_SWEEP_POINTS, parseSweep, type Sweep, sweepGrid } from "./scenario/sweep.js";

// ── the scenario model ───────────────────────────────────────────────────

/** An uncertain value: a number, a range or a distribution. */
export type { UncertainValue } from "./model/distribution.js";
/** A stated overlap (double counting) between two sectors. */
export type { Overlap } from "./model/overlap.js";
/** A sector or indicator, with its baseline, growth assumption and actuals. */
export { type Actual, type Baseline, displayName, type Names, type Quantity } from "./model/quantity.js";
/** A loaded scenario: sectors and indicators, goals, overlaps, links, firms and instruments. */
export { indicators, type Provenance, type Scenario, sectors } from "./model/scenario.js";
/** A goal from a policy document, and the comparators of its wording (突破, 左右 …). */
export { isFloor, margin, meets, type Target, type TargetKind } from "./model/target.js";

// ── project and check ────────────────────────────────────────────────────

/** The deterministic checks (`chainsim check`): add-up verdicts, goal pairs, implied baselines, tracking. */
export { type CheckResult, check, passesStrict } from "./analysis/check.js";
/** One add-up verdict: children's net sum against the headline. */
export type { Verdict, VerdictResult } from "./analysis/consistency.js";
/** How a goal's number comes about, step by step (`chainsim explain`). */
export { explainFindings } from "./analysis/explain.js";
/** Each goal against a projection: met or not, margin, required growth. */
export { evaluateTarget, evaluateTargets, type TargetResult } from "./analysis/targets.js";
/** Project every quantity year by year at its central assumptions. */
export { type Projection, type ProjectOptions, project, valueAt } from "./engine/project.js";

// ── simulate ─────────────────────────────────────────────────────────────

/** Shards: simulate part of a run elsewhere, then merge the states (`--shard`, `chainsim merge`). */
export {
  checkStates,
  type LoadedState,
  mergeStates,
  parseShard,
  parseState,
  type Shard,
  type ShardState,
  simulateShard,
  stateText,
} from "./engine/shard.js";
/** Monte Carlo: the probability of each goal and the distribution of each quantity (`chainsim simulate`). */
export {
  MAX_SAMPLES,
  type Probability,
  type SimulationOptions,
  type SimulationResult,
  simulate,
  type TargetStats,
} from "./engine/simulate.js";

// ── extract: a policy text → goals and a draft scenario ─────────────────

export { draftYaml } from "./extract/draft.js";
/**
 * Read a Chinese policy document (UTF-8, GB18030 or Big5 bytes) into its
 * quantitative goals (`extractDocument`), their JSON (`extractionJson`) and a
 * draft scenario (`draftYaml`) that `check` can run.
 */
export { type ExtractResult, extractDocument, extractionJson, extractText } from "./extract/extract.js";
export type { ExtractedGoal, Extraction, SkippedFigure } from "./extract/types.js";

// ── analyse ──────────────────────────────────────────────────────────────

/**
 * Compose the analyses a caller asks for into one plain, versioned value
 * (`Findings`, docs/findings.md) that every renderer reads.
 */
export { type AnalyseOptions, analyse, type FindingsPart } from "./analysis/analyse.js";
/** Industry-chain (Leontief / Ghosh) propagation of demand and supply shocks (`chainsim chain`). */
export {
  analyseChain,
  type ChainOptions,
  type ChainResult,
  DEFAULT_CHAIN_SAMPLES,
  MAX_CHAIN_SAMPLES,
} from "./analysis/chain/analyse.js";
/** A shock on one sector, read from `SECTOR=CHANGE` (`-10%`, `-600亿`). */
export { defaultShock, type Shock } from "./analysis/chain/shock.js";
/** Variants side by side and a grid of assumption values, as Findings parts. */
export { type CompareOptions, compare, comparePlan } from "./analysis/compare.js";
/** A shard of a costs run, and costs shards merged (`costs --shard`, `chainsim merge`). */
export { costsShard, mergeCostStates } from "./analysis/policy/costs-shard.js";
/** Policy costs: the firm population simulated against the subsidy instruments (`chainsim costs`). */
export {
  type CostOptions,
  type CostResult,
  MAX_COST_SAMPLES,
  runCosts,
  simulateCosts,
} from "./analysis/policy/simulate-costs.js";
/** `chainsim sensitivity`, `discover` and `solve` as one library call each. */
export { analyseSensitivity, type SensitivityRequest } from "./analysis/sensitivity/analyse.js";
/** Inputs correlated by the scenario's copula. */
export { correlatedInputs } from "./analysis/sensitivity/copula.js";
export { discoverMisses } from "./analysis/sensitivity/discover-misses.js";
/** A model function for sensitivity analysis: a goal's quantity (or a formula) as a function of the uncertain inputs. */
export {
  type ModelFunction,
  type ModelOptions,
  modelFunction,
  type OutputSpec,
} from "./analysis/sensitivity/model-function.js";
/** Morris elementary effects (`--method morris`). */
export { type MorrisOptions, type MorrisRow, morris } from "./analysis/sensitivity/morris.js";
/** Scenario discovery (PRIM): the input ranges where a goal is missed (`chainsim discover`). */
export { type PrimOptions, type PrimResult, prim } from "./analysis/sensitivity/prim.js";
/** Shapley effects under the scenario's Gaussian copula (`--method shapley`). */
export { shapley } from "./analysis/sensitivity/shapley.js";
/** Sobol first-order and total indices (`--method sobol`). */
export { type SobolOptions, type SobolResult, sobol } from "./analysis/sensitivity/sobol.js";
/** The value an input must take for a goal to be met (`chainsim solve`). */
export { type SolveOptions, type SolveResult, solve } from "./analysis/sensitivity/solve.js";
export { type SolveRequest, solveGoal } from "./analysis/sensitivity/solve-goal.js";
/** One-at-a-time swings of each input, P10 to P90 (`chainsim sensitivity --method tornado`). */
export { type TornadoResult, tornado } from "./analysis/sensitivity/tornado.js";
export { type SweepOptions, sweep } from "./analysis/sweep.js";
/** The Findings value and its parts. */
export type {
  ChainFindings,
  CheckFindings,
  CompareFindings,
  CostsFindings,
  ExplainFindings,
  Findings,
  ProjectionFindings,
  SamplingMethod,
  SensitivityFindings,
  SimulationFindings,
  SweepFindings,
  TargetFinding,
} from "./model/findings.js";
export { FINDINGS_VERSION } from "./model/findings.js";
export { parseShock } from "./scenario/shock-arg.js";

// ── render ───────────────────────────────────────────────────────────────

/** Terminal table and JSON of a chain analysis. */
export { chainJson, chainTable } from "./report/chain-output.js";
/** Terminal table, JSON and Markdown of the checks. */
export { checkJson, checkMarkdown, checkTable } from "./report/check-output.js";
/** Side-by-side variants (`chainsim compare`). */
export { compareCsv, compareJson, compareTable } from "./report/compare-output.js";
/** Terminal table and JSON of policy costs. */
export { costsJson, costsTable } from "./report/costs-output.js";
/** `chainsim explain` as text, from Findings. */
export { explainText } from "./report/explain-output.js";
/** Terminal tables, JSON and CSV of a projection (`chainsim run`); `Lang` is "zh" or "en". */
export { type Lang, runCsv, runJson, runTable } from "./report/run-output.js";
/** Sensitivity, discovery and solve results as tables and JSON. */
export {
  morrisTable,
  primTable,
  sensitivityJson,
  sobolTable,
  solveText,
  tornadoTable,
} from "./report/sensitivity-output.js";
/** Terminal table, JSON and CSV of a simulation. */
export {
  simulateCsv,
  simulateJson,
  simulateTable,
  simulationCsv,
  simulationJson,
  simulationTable,
} from "./report/simulate-output.js";
/** A grid of assumption values (`chainsim sweep`). */
export { sweepCsv, sweepJson, sweepTable } from "./report/sweep-output.js";

// ── write ────────────────────────────────────────────────────────────────

/** The interactive planner page, one self-contained HTML file (`chainsim report --interactive`). */
export type { McRun } from "./page/mc.js";
export { buildInteractive, writeInteractive } from "./page/write.js";
/** Write a file or a folder of files so a reader never sees it half-written. */
export { type OutputFile, writeFileAtomic, writeTreeAtomic } from "./report/atomic-write.js";
/** The HTML report with charts, CSV, Parquet and a manifest (`chainsim report`). */
export {
  type BuiltReport,
  buildReport,
  defaultOutDir,
  type ReportOptions,
  type WrittenReport,
  writeReport,
} from "./report/report.js";

// ── validate ─────────────────────────────────────────────────────────────

/** What {@link validateScenario} found: the scenario when it loads, and every diagnostic. */
export interface ValidationResult {
  /** Whether the file loads: no errors (warnings allowed). */
  ok: boolean;
  /** The loaded scenario, when `ok`. */
  scenario?: Scenario;
  /** Every error, with file, line and column (empty when `ok`). */
  errors: Diagnostic[];
  /** Every warning (a byte-order mark, an assumption worth a second look …). */
  warnings: Diagnostic[];
}

/**
 * Check a scenario file without throwing for bad input (`chainsim validate`):
 * every problem with its file, line and column. Other failures (a bug, an
 * unreadable disk) are still thrown.
 *
 * @example
 * const v = await validateScenario("scenarios/shandong-it-2025.yaml");
 * v.ok // true
 * v.errors.map(formatDiagnostic) // [] for a good file
 */
export async function validateScenario(file: string, opts: LoadOptions = {}): Promise<ValidationResult> {
  try {
    const scenario = await loadScenario(file, opts);
    return { ok: true, scenario, errors: [], warnings: scenario.warnings };
  } catch (e) {
    if (!(e instanceof ChainsimError)) throw e;
    return {
      ok: false,
      errors: e.diagnostics.filter((d) => d.severity === "error"),
      warnings: e.diagnostics.filter((d) => d.severity === "warning"),
    };
  }
}

// ── errors and messages ──────────────────────────────────────────────────

/** Bad input: thrown with every diagnostic found (file, line, column, code, hint). */
export {
  ChainsimError,
  type Diagnostic,
  formatDiagnostic,
  type SourceLocation,
} from "./diagnostics.js";
/** Every message code with its wording and hint. */
export { documentCodes, type MessageCode } from "./messages.js";
/** chainsim's version. */
export { VERSION } from "./version.js";
