/// <reference lib="dom" />
/**
 * The workbench's Monte Carlo, in a Web Worker made from the page's own
 * inlined bundle (a Blob URL: no file, no network): the worker side answers
 * requests with progress and probabilities; the page side sends the latest
 * request of each kind (the file's settings, the current ones).
 */
import { simulate } from "../engine/simulate.js";
import { loadFormulaCompiler, needsFormulaCompiler } from "../formula/formula-function.js";
import type { Scenario } from "../model/scenario.js";
import { loadScenarioText } from "../scenario/load.js";
import type { IncludedFiles } from "./core.js";

/**
 * The Monte Carlo run of a page: samples per recomputation and the seed. A
 * page written by `chainsim report --interactive` carries the report's (so
 * the page and the report give the same probability for every goal); the
 * empty workbench and a page without them use DEFAULT_RUN.
 */
export interface McRun {
  samples: number;
  seed: number;
}

/** Samples and seed of a page that was given none (quick enough to rerun at every slider move). */
export const DEFAULT_RUN: McRun = { samples: 2000, seed: 1 };

/** Which settings a run is for: the file's, or the current ones. */
export type RunKind = "file" | "now";

export interface SimRequest {
  id: number;
  kind: RunKind;
  /** The scenario already loaded (patched after a slider move): simulated as it is, not read again. */
  scenario?: Scenario;
  text: string;
  file: string;
  set: string[];
  files: IncludedFiles;
  run: McRun;
}

export interface SimResult {
  probabilities: Record<string, number>;
  /** Add-up verdict probabilities by check id (`it_industry-2025-consistent`). */
  verdicts: Record<string, number>;
  all: number | null;
}

export interface SimReply {
  id: number;
  kind: RunKind;
  progress?: [number, number];
  result?: SimResult;
  error?: string;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<SimRequest>) => void) | null;
  postMessage: (m: SimReply) => void;
}

/** In the worker: answer simulation requests. */
export function serveSimulations(scope: WorkerScope): void {
  scope.onmessage = async (e) => {
    const { id, kind, text, file, set, files, run, scenario } = e.data;
    try {
      const s = scenario ?? (await loadScenarioText(text, file, { set, files }));
      if (scenario && needsFormulaCompiler(s.quantities.values())) await loadFormulaCompiler();
      const r = await simulate(s, {
        samples: run.samples,
        seed: run.seed,
        onProgress: (done, total) => scope.postMessage({ id, kind, progress: [done, total] }),
      });
      const probabilities: Record<string, number> = {};
      for (const t of r.targets) probabilities[t.target.id] = t.probability;
      const verdicts: Record<string, number> = {};
      for (const v of r.verdicts) verdicts[v.id] = v.probability;
      scope.postMessage({ id, kind, result: { probabilities, verdicts, all: r.all?.probability ?? null } });
    } catch (err) {
      scope.postMessage({ id, kind, error: err instanceof Error ? err.message : String(err) });
    }
  };
}

export interface SimClient {
  /** Ask for a run (replacing any pending one of the same kind) after a short pause. */
  request(kind: RunKind, req: Omit<SimRequest, "id" | "kind">): void;
}

/** The page's side: a worker from `source` (the bundle's text), or null where workers are unavailable. */
export function simClient(
  source: string,
  on: {
    progress(kind: RunKind, done: number, total: number): void;
    result(kind: RunKind, r: SimResult): void;
    error(kind: RunKind, message: string): void;
  },
): SimClient | null {
  let worker: Worker;
  try {
    worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
  } catch {
    return null;
  }
  const latest: Record<RunKind, number> = { file: 0, now: 0 };
  const timers: Partial<Record<RunKind, ReturnType<typeof setTimeout>>> = {};
  let next = 0;
  worker.onmessage = (e: MessageEvent<SimReply>) => {
    const m = e.data;
    if (m.id !== latest[m.kind]) return;
    if (m.progress) on.progress(m.kind, m.progress[0], m.progress[1]);
    else if (m.result) on.result(m.kind, m.result);
    else on.error(m.kind, m.error ?? "");
  };
  return {
    request(kind, req) {
      clearTimeout(timers[kind]);
      const id = ++next;
      latest[kind] = id;
      timers[kind] = setTimeout(() => worker.postMessage({ ...req, id, kind } satisfies SimRequest), 150);
    },
  };
}
