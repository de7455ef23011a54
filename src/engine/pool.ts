/**
 * Several threads that simulate blocks: this thread and `workers − 1`
 * worker threads. Each worker receives the scenario (plain data, cloned),
 * compiles the same plan itself, and returns each block's
 * counts, means and M2 as a transferable array; this thread simulates blocks
 * too, between messages, from the start (so the workers' start-up — about
 * 0.3 s to load the modules and the scenario — does not hold up the run).
 * Block results are merged strictly in block order, holding early arrivals
 * until their turn, so the result is the same as in one thread. Sketches
 * (integer bucket counts, exact to merge in any order) stay in each thread
 * for the whole run and are sent once, at the end.
 *
 * The worker entry is `worker.js` next to this module in `dist/`; when this
 * module runs as TypeScript source (tests, `tsx`), `worker.ts` through tsx.
 *
 * This module is imported only when more than one worker is asked for, so
 * `worker_threads` is not loaded otherwise.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { ChainsimError, type Diagnostic, diagnostic } from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import { INTERNAL } from "../i18n/text/loader.js";
import type { Scenario } from "../model/scenario.js";
import type { BlockJob, JobSpec } from "./block-job.js";
import type { KernelSettings } from "./kernel.js";

export interface WorkerData {
  /** The loaded scenario (plain data: structured clone carries it whole). */
  scenario: Scenario;
  settings: KernelSettings;
  /** The job to run (default: the simulation kernel for `settings`). */
  job?: JobSpec;
}

/** What the main thread asks: simulate a block, or send the sketches of every block simulated. */
export type PoolRequest = { type: "block"; block: number } | { type: "sketches" };

export type WorkerMessage =
  | { type: "ready"; at: number }
  | { type: "result"; block: number; numbers: Float64Array }
  | { type: "sketches"; sketchHeader: Float64Array; sketchData: Float64Array }
  | { type: "error"; diagnostics?: Diagnostic[]; message?: string };

/**
 * Start one worker. From compiled JavaScript: `worker.js` next to this module.
 * From TypeScript source (vitest, tsx): a small bootstrap that loads
 * `worker.ts` through tsx's `tsImport` (Node 20 does not apply `--import`
 * loaders given in a worker's execArgv).
 */
export function startWorker(data: WorkerData): Worker {
  const here = import.meta.url;
  // workers inherit Node's options, except those only valid for the main script
  const execArgv = process.execArgv.filter((a) => !a.startsWith("--input-type"));
  if (!here.endsWith(".ts")) return new Worker(new URL("./worker.js", here), { workerData: data, execArgv });
  const require = createRequire(here);
  const pkgFile = require.resolve("tsx/package.json");
  const pkg = JSON.parse(readFileSync(pkgFile, "utf8")) as {
    exports: Record<string, { import: { default: string } }>;
  };
  const api = new URL(pkg.exports["./esm/api"]!.import.default, pathToFileURL(pkgFile)).href;
  const target = new URL("./worker.ts", here).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(target)}, ${JSON.stringify(here)}));`;
  return new Worker(code, { eval: true, workerData: data, execArgv });
}

export interface PoolRun {
  /** Threads in all: this one and `workers − 1` worker threads (at least 2); see `mainThread`. */
  workers: number;
  /** The loaded scenario, cloned to every worker. */
  scenario: Scenario;
  settings: KernelSettings;
  /** This thread's kernel or job (same plan and settings): it simulates blocks too. Its sketches are the caller's. */
  kernel: BlockJob;
  /** The job workers build (default: the simulation kernel for `settings`). */
  job?: JobSpec;
  blocks: number;
  /** The block numbers to simulate (default 0 … blocks − 1); `blocks` is their count. */
  blockIds?: readonly number[];
  /** Called for each block's numbers (`Accumulator.serializeNumbers`), in block order. */
  onBlock: (block: number, numbers: Float64Array) => void;
  /** Called once per worker that simulated blocks, with the sketches of all its blocks (any order: exact). */
  onSketches: (sketchHeader: Float64Array, sketchData: Float64Array) => void;
  /** Whether this thread simulates blocks too (default true; false leaves every block to the workers). */
  mainThread?: boolean;
  /** Called at the end with who did what (for benchmarks and tests). */
  onReport?: (report: PoolReport) => void;
}

/** Who did what in a run on several threads. */
export interface PoolReport {
  /** Per worker: milliseconds from the start of the run until it was ready (modules, scenario, plan), or −1 if it never said so. */
  ready: number[];
  /** Blocks simulated: this thread first, then each worker. */
  blocks: number[];
}

/** Blocks a worker may hold (one running, one queued, so it never waits for this thread to finish a block). */
const DEPTH = 2;

interface Slot {
  worker: Worker;
  /** Its position in the pool (0-based). */
  index: number;
  ready: boolean;
  /** Blocks sent and not yet returned. */
  busy: number;
  /** Whether it was sent any block (only then are its sketches asked for). */
  used: boolean;
  /** Whether its sketches were asked for (once it has no block left to do). */
  asked: boolean;
}

/**
 * Simulate `blocks` blocks on this thread and `workers − 1` worker threads
 * (or on `workers` worker threads with `mainThread: false`),
 * delivering the blocks' numbers in block order and each worker's sketches
 * once it has no block left.
 *
 * @example
 * await runOnWorkers({ workers: 2, scenario, settings, kernel, blocks: 49,
 *   onBlock: (b, numbers) => total.mergeNumbers(numbers), onSketches: (h, d) => total.mergeSketches(h, d) })
 */
/** An internal error (exit code 3) from a worker thread. */
function internal(detail: Bilingual): ChainsimError {
  return new ChainsimError([diagnostic("E_INTERNAL", { detail })], 3);
}

export function runOnWorkers(run: PoolRun): Promise<void> {
  const { blocks, kernel } = run;
  const ids = run.blockIds;
  const idOf = (k: number) => (ids ? ids[k]! : k);
  const positionOf = ids ? new Map(ids.map((b, k) => [b, k])) : undefined;
  const data: WorkerData = { scenario: run.scenario, settings: run.settings };
  if (run.job) data.job = run.job;
  const mainThread = run.mainThread !== false;
  const threads = Math.max(1, mainThread ? run.workers - 1 : run.workers);
  const t0 = performance.now();
  const report: PoolReport = { ready: new Array(threads).fill(-1), blocks: new Array(threads + 1).fill(0) };
  // how far results may run ahead of the next block to merge (each is a few arrays of numbers)
  const window = 8 * (threads + 1);
  return new Promise<void>((resolve, reject) => {
    const pool: Slot[] = [];
    const pending = new Map<number, Float64Array>();
    let nextToSend = 0;
    let nextToMerge = 0;
    let awaiting = 0;
    let mainWaiting = false;
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      for (const s of pool) void s.worker.terminate();
      if (error) reject(error);
      else {
        run.onReport?.(report);
        resolve();
      }
    };
    const take = () => (nextToSend < blocks && nextToSend - nextToMerge < window ? nextToSend++ : -1);
    const feed = (s: Slot) => {
      while (s.ready && (s.busy === 0 || (s.busy < DEPTH && blocks - nextToSend > 2 * (threads + 1)))) {
        const k = take();
        if (k < 0) return;
        s.busy++;
        s.used = true;
        report.blocks[s.index + 1]!++;
        s.worker.postMessage({ type: "block", block: idOf(k) } satisfies PoolRequest);
      }
    };
    // once every block is handed out, a worker with none left sends its sketches
    // (while the other threads finish theirs, so their transfer and merge are off the critical path)
    const collect = () => {
      if (nextToSend < blocks) return;
      for (const s of pool) {
        if (s.used && !s.asked && s.busy === 0) {
          s.asked = true;
          awaiting++;
          s.worker.postMessage({ type: "sketches" } satisfies PoolRequest);
        }
      }
    };
    const maybeFinish = () => {
      if (nextToMerge === blocks && awaiting === 0 && pool.every((s) => !s.used || s.asked)) finish();
    };
    const deliver = (position: number, numbers: Float64Array) => {
      pending.set(position, numbers);
      while (pending.has(nextToMerge)) {
        const x = pending.get(nextToMerge)!;
        pending.delete(nextToMerge);
        run.onBlock(idOf(nextToMerge), x);
        nextToMerge++;
      }
      for (const s of pool) feed(s);
      collect();
      maybeFinish();
      if (mainWaiting && mainThread && !done) {
        mainWaiting = false;
        setImmediate(step);
      }
    };
    // this thread: a block's draws, then chunk by chunk, letting the workers' messages in
    // between steps (a step is at most a few tens of ms, so a worker is never kept waiting long)
    let current = -1;
    const step = () => {
      if (done) return;
      try {
        if (current < 0) {
          const k = take();
          if (k < 0) {
            mainWaiting = nextToSend < blocks;
            return;
          }
          current = k;
          report.blocks[0]!++;
          collect();
          if (!kernel.beginBlock) {
            // a job without steps: the whole block at once
            current = -1;
            deliver(k, kernel.runBlock(idOf(k)));
          } else kernel.beginBlock(idOf(k));
        } else if (kernel.runChunk!()) {
          const k = current;
          current = -1;
          deliver(k, kernel.endBlock!());
        }
      } catch (e) {
        finish(e);
        return;
      }
      setImmediate(step);
    };
    for (let i = 0; i < threads; i++) {
      const slot: Slot = {
        worker: startWorker(data),
        index: i,
        ready: false,
        busy: 0,
        used: false,
        asked: false,
      };
      pool.push(slot);
      const w = slot.worker;
      w.on("message", (m: WorkerMessage) => {
        if (done) return;
        try {
          if (m.type === "ready") {
            slot.ready = true;
            report.ready[i] = m.at - (performance.timeOrigin + t0);
            feed(slot);
          } else if (m.type === "result") {
            slot.busy--;
            deliver(positionOf ? positionOf.get(m.block)! : m.block, m.numbers);
          } else if (m.type === "sketches") {
            run.onSketches(m.sketchHeader, m.sketchData);
            awaiting--;
            maybeFinish();
          } else {
            finish(
              m.diagnostics ? new ChainsimError(m.diagnostics) : internal(INTERNAL.worker(String(m.message))),
            );
          }
        } catch (e) {
          finish(e);
        }
      });
      w.on("error", (e) => finish(internal(INTERNAL.worker(e.message))));
      w.on("exit", (code) => {
        if (!done) finish(internal(INTERNAL.workerExit(code)));
      });
    }
    if (mainThread) setImmediate(step);
  });
}
