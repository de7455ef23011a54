/**
 * Sharded simulation: split a run's blocks over several processes or
 * machines, save each shard's mergeable state, and merge the states into
 * exactly the result of one unsharded run with the same seed.
 *
 * Shard K of N (1-based) simulates the blocks b with b mod N = K − 1. Its
 * state holds, per block, the block's counts, means and M2 (`numbers` of a
 * serialized accumulator, floating point: the merge replays them in block
 * order, as an unsharded run does) and the shard's sketches merged into one
 * set (integer bucket counts, min and max: exact in any order). Merging the
 * states therefore gives the same bytes as an unsharded run.
 *
 * State file (format version 1): pretty-printed JSON,
 *
 *     {
 *       "format": "chainsim-state",
 *       "formatVersion": 1,
 *       "chainsim": "0.1.0",
 *       "scenario": { "file": "...", "sha256": "...", "variant": null, "set": [] },
 *       "samples": 1000000, "seed": 1, "method": "monte-carlo",
 *       "shard": { "index": 1, "count": 3 },
 *       "blocks": [0, 3, 6, ...],
 *       "shape": { "stats": 151, "targets": 9, "groups": 0, "verdicts": 0 },
 *       "numbers": "<base64>", "sketchHeader": "<base64>", "sketchData": "<base64>"
 *     }
 *
 * `numbers` is the blocks' serialized numbers one after another (in `blocks`
 * order), `sketchHeader` and `sketchData` the shard's sketches (see
 * `LogSketch.write`); each is an array of IEEE 754 doubles, little-endian,
 * in base64.
 */

import { ChainsimError, type Diagnostic, diagnostic, fail } from "../diagnostics.js";
import { STATE_DETAIL, STATE_FIELD } from "../i18n/text/state.js";
import { USAGE } from "../i18n/text/usage.js";
import type { SamplingMethod } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import { VERSION } from "../version.js";
import { Accumulator, type AccumulatorShape } from "./accumulator.js";
import { Kernel, type KernelSettings } from "./kernel.js";
import { compilePlan } from "./plan.js";
import {
  accumulatorShape,
  kernelSettings,
  MAX_SAMPLES,
  methodSettings,
  type SimulationOptions,
  type SimulationResult,
  samplingMethod,
  summarise,
} from "./simulate.js";
import { SKETCH_HEADER } from "./sketch.js";
import { blockCount } from "./streams.js";

export const STATE_FORMAT = "chainsim-state";
export const STATE_FORMAT_VERSION = 1;

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

export interface ShardState {
  format: typeof STATE_FORMAT;
  formatVersion: number;
  chainsim: string;
  scenario: { file: string; sha256: string; variant: string | null; set: string[] };
  samples: number;
  seed: number;
  method: SamplingMethod;
  shard: Shard;
  blocks: number[];
  shape: AccumulatorShape;
  /** Which analysis the state is of: absent for simulate; "costs" for a costing (then `to`, its last year). */
  analysis?: "costs";
  to?: number;
  numbers: string;
  sketchHeader: string;
  sketchData: string;
}

/** A state read from a file, with its text (for positioned errors). */
export interface LoadedState {
  file: string;
  text: string;
  state: ShardState;
}

/**
 * The blocks of shard `index` of `count`: b with b mod count = index − 1.
 *
 * @example
 * shardBlocks(7, { index: 2, count: 3 }) // [1, 4]
 */
export function shardBlocks(blocks: number, shard: Shard): number[] {
  const out: number[] = [];
  for (let b = shard.index - 1; b < blocks; b += shard.count) out.push(b);
  return out;
}

/**
 * Read `--shard K/N`.
 *
 * @example
 * parseShard("2/3") // { index: 2, count: 3 }
 */
export function parseShard(value: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : Number.NaN;
  const count = m ? Number(m[2]) : Number.NaN;
  if (!m || count < 1 || count > 100_000 || index < 1 || index > count) {
    fail("E_SHARD_SPEC", { value });
  }
  return { index, count };
}

/** Doubles as base64 (little-endian IEEE 754). */
export const toBase64 = (a: Float64Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
/** Base64 back to doubles (throws if not a whole number of doubles). */
export function fromBase64(s: string): Float64Array {
  const b = Buffer.from(s, "base64");
  if (b.byteLength % 8 !== 0) throw new Error("not a whole number of doubles");
  const out = new Float64Array(b.byteLength / 8);
  new Uint8Array(out.buffer).set(b);
  return out;
}

/**
 * Simulate one shard of a run and return its mergeable state.
 *
 * @example
 * const st = await simulateShard(s, { samples: 1e6, seed: 1 }, { index: 1, count: 3 }, { file: "scenarios/shandong-it-2025.yaml" });
 */
export async function simulateShard(
  s: Scenario,
  opts: SimulationOptions,
  shard: Shard,
  scenario: { file: string; variant?: string; set?: readonly string[] },
): Promise<ShardState> {
  const samples = opts.samples;
  if (!Number.isInteger(samples) || samples < 1 || samples > MAX_SAMPLES) {
    fail("E_USAGE", { detail: USAGE.sampleCount(MAX_SAMPLES, samples) });
  }
  const plan = compilePlan(s);
  const settings = kernelSettings(plan, opts);
  const shape = accumulatorShape(plan);
  const ids = shardBlocks(blockCount(samples), shard);
  const width = Accumulator.numbersLength(shape);
  const numbers = new Float64Array(ids.length * width);
  const kernel = new Kernel(plan, settings);
  // the kernel's sketches count every block it runs; the workers' are merged in at the end
  const sketches = new Accumulator(shape, kernel.sketches);
  let done = 0;
  const take = (k: number, x: Float64Array) => {
    numbers.set(x, k * width);
    done++;
    opts.onProgress?.(done, ids.length);
  };
  const workers = Math.max(1, Math.min(opts.workers ?? 1, ids.length));
  if (workers === 1 || ids.length === 0) {
    ids.forEach((b, k) => {
      take(k, kernel.runBlock(b));
    });
  } else {
    const { runOnWorkers } = await import("./pool.js");
    const position = new Map(ids.map((b, k) => [b, k]));
    await runOnWorkers({
      workers,
      scenario: s,
      settings,
      kernel,
      blocks: ids.length,
      blockIds: ids,
      onBlock: (b, x) => take(position.get(b)!, x),
      onSketches: (header, data) => sketches.mergeSketches(header, data),
      ...(opts.mainThread === false ? { mainThread: false } : {}),
      ...(opts.onThreads ? { onReport: opts.onThreads } : {}),
    });
  }
  return shardState(
    s,
    scenario,
    {
      samples,
      seed: opts.seed,
      method: samplingMethod(settings),
      shard,
      blocks: ids,
      shape,
    },
    numbers,
    sketches.serializeSketches(),
  );
}

/** Which run a state is of: the header fields besides the format and the scenario. */
export type StateRun = Pick<
  ShardState,
  "samples" | "seed" | "method" | "shard" | "blocks" | "shape" | "analysis" | "to"
>;

/**
 * A shard's state file content: the one header every sharded analysis writes
 * (format, chainsim version, the scenario with its hash, the run), then its
 * numbers and sketches as base64. Field order is fixed: same run, same bytes.
 *
 * @example
 * shardState(s, { file }, { samples, seed, method: "monte-carlo", shard, blocks, shape }, numbers, sketches)
 */
export function shardState(
  s: Scenario,
  scenario: { file: string; variant?: string; set?: readonly string[] },
  run: StateRun,
  numbers: Float64Array,
  sketches: { sketchHeader: Float64Array; sketchData: Float64Array },
): ShardState {
  return {
    format: STATE_FORMAT,
    formatVersion: STATE_FORMAT_VERSION,
    chainsim: VERSION,
    scenario: {
      file: scenario.file,
      sha256: s.provenance.sha256,
      variant: scenario.variant ?? null,
      set: [...(scenario.set ?? [])],
    },
    samples: run.samples,
    seed: run.seed,
    method: run.method,
    shard: run.shard,
    blocks: run.blocks,
    shape: run.shape,
    ...(run.analysis !== undefined ? { analysis: run.analysis } : {}),
    ...(run.to !== undefined ? { to: run.to } : {}),
    numbers: toBase64(numbers),
    sketchHeader: toBase64(sketches.sketchHeader),
    sketchData: toBase64(sketches.sketchData),
  };
}

/** The text of a state file (pretty-printed JSON: one header field per line, for positioned errors). */
export function stateText(st: ShardState): string {
  return `${JSON.stringify(st, null, 2)}\n`;
}

/** Where `"key":` first appears in a state file's text (1-based line and column). */
function locate(ls: { file: string; text: string }, key: string) {
  const needle = `"${key}":`;
  const lines = ls.text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!.indexOf(needle);
    if (c >= 0) return { file: ls.file, line: i + 1, col: c + 1 };
  }
  return { file: ls.file, line: 0, col: 0 };
}

/**
 * Parse a state file's text, checking its format and version.
 *
 * @example
 * const st = parseState(readFileSync("shard-1.json", "utf8"), "shard-1.json");
 */
export function parseState(text: string, file: string): LoadedState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    fail(
      "E_STATE_FORMAT",
      { file, detail: STATE_DETAIL.notJson((e as Error).message) },
      { file, line: 1, col: 1 },
    );
  }
  const st = data as Partial<ShardState> | null;
  const ls = { file, text };
  if (typeof st !== "object" || st === null || st.format !== STATE_FORMAT) {
    fail(
      "E_STATE_FORMAT",
      { file, detail: STATE_DETAIL.wrongFormat(STATE_FORMAT) },
      locate(ls, "format").line ? locate(ls, "format") : { file, line: 1, col: 1 },
    );
  }
  if (st.formatVersion !== STATE_FORMAT_VERSION) {
    fail(
      "E_STATE_VERSION",
      {
        file,
        what: STATE_FIELD.formatVersion,
        found: String(st.formatVersion),
        expected: String(STATE_FORMAT_VERSION),
      },
      locate(ls, "formatVersion"),
    );
  }
  if (st.chainsim !== VERSION) {
    fail(
      "E_STATE_VERSION",
      { file, what: STATE_FIELD.chainsim, found: String(st.chainsim), expected: VERSION },
      locate(ls, "chainsim"),
    );
  }
  const shape = st.shape;
  const okShard =
    st.shard &&
    Number.isInteger(st.shard.index) &&
    Number.isInteger(st.shard.count) &&
    st.shard.index >= 1 &&
    st.shard.index <= st.shard.count;
  if (!okShard)
    fail("E_STATE_FORMAT", { file, detail: STATE_DETAIL.malformed("shard") }, locate(ls, "shard"));
  for (const key of ["samples", "seed"] as const) {
    if (!Number.isInteger(st[key]))
      fail("E_STATE_FORMAT", { file, detail: STATE_DETAIL.malformed(key) }, locate(ls, key));
  }
  if (
    !st.scenario ||
    typeof st.scenario.sha256 !== "string" ||
    typeof st.scenario.file !== "string" ||
    !shape ||
    !Array.isArray(st.blocks) ||
    typeof st.numbers !== "string" ||
    typeof st.sketchHeader !== "string" ||
    typeof st.sketchData !== "string"
  ) {
    fail("E_STATE_FORMAT", { file, detail: STATE_DETAIL.fieldsMissing }, { file, line: 1, col: 1 });
  }
  const expected = shardBlocks(blockCount(st.samples!), st.shard!);
  if (expected.length !== st.blocks.length || expected.some((b, k) => st.blocks![k] !== b)) {
    fail("E_STATE_FORMAT", { file, detail: STATE_DETAIL.blocksMismatch }, locate(ls, "blocks"));
  }
  return { file, text, state: st as ShardState };
}

/**
 * Check that states belong to one run and cover every shard exactly once
 * (positioned errors naming the file and field otherwise).
 */
export function checkStates(states: LoadedState[]): void {
  if (states.length === 0) fail("E_USAGE", { detail: USAGE.mergeNeedsStates });
  const first = states[0]!;
  const fields: Array<[keyof typeof STATE_FIELD, (s: ShardState) => unknown]> = [
    ["scenario", (s) => s.scenario.sha256],
    ["variant", (s) => s.scenario.variant],
    ["set", (s) => s.scenario.set],
    ["analysis", (s) => s.analysis ?? "simulate"],
    ["to", (s) => s.to ?? null],
    ["samples", (s) => s.samples],
    ["seed", (s) => s.seed],
    ["method", (s) => s.method],
    ["count", (s) => s.shard.count],
    ["shape", (s) => s.shape],
  ];
  const errors: Diagnostic[] = [];
  for (const ls of states.slice(1)) {
    for (const [key, get] of fields) {
      const what = STATE_FIELD[key];
      const a = JSON.stringify(get(first.state));
      const b = JSON.stringify(get(ls.state));
      if (a !== b) {
        errors.push(
          diagnostic(
            "E_STATE_MISMATCH",
            { file: ls.file, what, found: b, expected: a, first: first.file },
            locate(ls, key),
          ),
        );
      }
    }
  }
  if (errors.length === 0) {
    const count = first.state.shard.count;
    const seen = new Map<number, string>();
    for (const ls of states) {
      const k = ls.state.shard.index;
      const prev = seen.get(k);
      if (prev !== undefined)
        errors.push(
          diagnostic(
            "E_STATE_DUPLICATE_SHARD",
            { file: ls.file, index: k, count, other: prev },
            locate(ls, "index"),
          ),
        );
      else seen.set(k, ls.file);
    }
    const missing: number[] = [];
    for (let k = 1; k <= count; k++) if (!seen.has(k)) missing.push(k);
    if (missing.length > 0)
      errors.push(diagnostic("E_STATE_MISSING_SHARD", { missing: missing.join(", "), count }));
  }
  if (errors.length > 0) throw new ChainsimError(errors);
}

/**
 * Merge checked states of every shard into the result of the unsharded run:
 * blocks' numbers in block order, sketches in any order (exact).
 *
 * @example
 * const r = mergeStates(scenario, states.map((f) => parseState(readFileSync(f, "utf8"), f)));
 */
export function mergeStates(s: Scenario, states: LoadedState[]): SimulationResult {
  checkStates(states);
  const first = states[0]!;
  checkStateScenario(s, first);
  checkStateAnalysis(first, undefined);
  const plan = compilePlan(s);
  const shape = accumulatorShape(plan);
  if (JSON.stringify(shape) !== JSON.stringify(first.state.shape)) {
    fail(
      "E_STATE_MISMATCH",
      {
        file: first.file,
        what: STATE_FIELD.shape,
        found: JSON.stringify(first.state.shape),
        expected: JSON.stringify(shape),
        first: s.provenance.file,
      },
      locate(first, "shape"),
    );
  }
  const { samples, seed, method } = first.state;
  const total = new Accumulator(shape);
  replayStates(states, Accumulator.numbersLength(shape), shape.stats, total);
  const settings: KernelSettings = { samples, seed, ...methodSettings(method) };
  return summarise(plan, total, settings);
}

/**
 * Feed checked states' blocks to `into` in block order (numbers) and their
 * sketches in any order (exact): the merge of any sharded run whose blocks
 * are `width` numbers and whose sketches cover `stats` slots.
 *
 * @example
 * replayStates(states, Accumulator.numbersLength(shape), shape.stats, total);
 */
export function replayStates(
  states: LoadedState[],
  width: number,
  stats: number,
  into: {
    mergeNumbers(x: Float64Array): void;
    mergeSketches(header: Float64Array, data: Float64Array): void;
  },
): void {
  const blocks = blockCount(states[0]!.state.samples);
  const byBlock: Array<{ numbers: Float64Array; k: number } | undefined> = new Array(blocks);
  for (const ls of states) {
    const st = ls.state;
    let numbers: Float64Array;
    let header: Float64Array;
    let data: Float64Array;
    try {
      numbers = fromBase64(st.numbers);
      header = fromBase64(st.sketchHeader);
      data = fromBase64(st.sketchData);
    } catch {
      fail("E_STATE_FORMAT", { file: ls.file, detail: STATE_DETAIL.badArrays }, locate(ls, "numbers"));
    }
    if (numbers.length !== st.blocks.length * width || header.length !== stats * SKETCH_HEADER) {
      fail("E_STATE_FORMAT", { file: ls.file, detail: STATE_DETAIL.arrayLength }, locate(ls, "numbers"));
    }
    st.blocks.forEach((b, k) => {
      byBlock[b] = { numbers, k };
    });
    into.mergeSketches(header, data);
  }
  for (let b = 0; b < blocks; b++) {
    const e = byBlock[b]!;
    into.mergeNumbers(e.numbers.subarray(e.k * width, (e.k + 1) * width));
  }
}

/**
 * Check that the scenario is the one the states were made from (its hash).
 */
export function checkStateScenario(s: Scenario, first: LoadedState): void {
  if (s.provenance.sha256 !== first.state.scenario.sha256) {
    fail(
      "E_STATE_MISMATCH",
      {
        file: s.provenance.file,
        what: STATE_FIELD.scenario,
        found: JSON.stringify(s.provenance.sha256),
        expected: JSON.stringify(first.state.scenario.sha256),
        first: first.file,
      },
      { file: s.provenance.file, line: 0, col: 0 },
    );
  }
}

/** Where a state's field is, for positioned errors (see `locate`). */
export function stateLocation(ls: { file: string; text: string }, key: string) {
  return locate(ls, key);
}

/** Check that a state is of the analysis expected (`undefined`: simulate). */
export function checkStateAnalysis(ls: LoadedState, analysis: ShardState["analysis"]): void {
  if (ls.state.analysis !== analysis) {
    fail(
      "E_STATE_MISMATCH",
      {
        file: ls.file,
        what: STATE_FIELD.analysis,
        found: JSON.stringify(ls.state.analysis ?? "simulate"),
        expected: JSON.stringify(analysis ?? "simulate"),
        first: ls.file,
      },
      locate(ls, "analysis").line ? locate(ls, "analysis") : { file: ls.file, line: 1, col: 1 },
    );
  }
}
