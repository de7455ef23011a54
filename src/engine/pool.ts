/**
 * A pool of worker threads that simulate blocks. Each worker loads the
 * scenario itself (from the same file, checking its hash), compiles the same
 * plan, and returns each block's statistics as transferable arrays; the main
 * thread merges them strictly in block order, holding early arrivals until
 * their turn, so the result is the same as in one thread.
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
import type { SerializedAccumulator } from "./accumulator.js";
import type { KernelSettings } from "./kernel.js";
import type { ScenarioSource } from "./simulate.js";

export interface WorkerData {
  source: ScenarioSource;
  sha256: string;
  settings: KernelSettings;
}

export type WorkerMessage =
  | { type: "ready" }
  | { type: "result"; block: number; acc: SerializedAccumulator }
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
  workers: number;
  source: ScenarioSource;
  sha256: string;
  settings: KernelSettings;
  blocks: number;
  /** The block numbers to simulate (default 0 … blocks − 1); `blocks` is their count. */
  blockIds?: readonly number[];
  /** Called for each block, in block order. */
  onBlock: (block: number, acc: SerializedAccumulator) => void;
}

/**
 * Simulate `blocks` blocks on `workers` threads, delivering results in block order.
 *
 * @example
 * await runOnWorkers({ workers: 4, source, sha256, settings, blocks: 49, onBlock: (b, acc) => total.merge(acc) })
 */
export function runOnWorkers(run: PoolRun): Promise<void> {
  const { workers, blocks } = run;
  const ids = run.blockIds;
  const idOf = (k: number) => (ids ? ids[k]! : k);
  const positionOf = ids ? new Map(ids.map((b, k) => [b, k])) : undefined;
  const data: WorkerData = { source: run.source, sha256: run.sha256, settings: run.settings };
  // how far results may run ahead of the next block to merge (bounds memory)
  const window = workers * 4;
  return new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    const idle: Worker[] = [];
    const pending = new Map<number, SerializedAccumulator>();
    let nextToSend = 0;
    let nextToMerge = 0;
    let done = false;
    const finish = (error?: unknown) => {
      if (done) return;
      done = true;
      for (const w of pool) void w.terminate();
      if (error) reject(error);
      else resolve();
    };
    const dispatch = (w: Worker) => {
      if (nextToSend < blocks && nextToSend - nextToMerge < window) {
        w.postMessage({ type: "block", block: idOf(nextToSend++) });
      } else {
        idle.push(w);
      }
    };
    for (let i = 0; i < workers; i++) {
      const w = startWorker(data);
      pool.push(w);
      w.on("message", (m: WorkerMessage) => {
        if (done) return;
        try {
          if (m.type === "ready") {
            dispatch(w);
          } else if (m.type === "result") {
            pending.set(positionOf ? positionOf.get(m.block)! : m.block, m.acc);
            while (pending.has(nextToMerge)) {
              const acc = pending.get(nextToMerge)!;
              pending.delete(nextToMerge);
              run.onBlock(idOf(nextToMerge), acc);
              nextToMerge++;
            }
            if (nextToMerge === blocks) {
              finish();
              return;
            }
            dispatch(w);
            while (idle.length > 0 && nextToSend < blocks && nextToSend - nextToMerge < window) {
              dispatch(idle.shift()!);
            }
          } else {
            finish(
              m.diagnostics
                ? new ChainsimError(m.diagnostics)
                : new ChainsimError([diagnostic("E_INTERNAL", { detail: `worker: ${m.message}` })], 3),
            );
          }
        } catch (e) {
          finish(e);
        }
      });
      w.on("error", (e) =>
        finish(new ChainsimError([diagnostic("E_INTERNAL", { detail: `worker: ${e.message}` })], 3)),
      );
      w.on("exit", (code) => {
        if (!done)
          finish(
            new ChainsimError([diagnostic("E_INTERNAL", { detail: `a worker exited with code ${code}` })], 3),
          );
      });
    }
  });
}
