/**
 * Worker thread entry: take the main thread's scenario (a structured clone)
 * or, when it could not be cloned (compiled formulas are functions), load it
 * from its file (checking its hash); compile the plan, simulate the blocks
 * the main thread asks for and send back each block's numbers; when asked,
 * send the sketches of all its blocks (once, at the end). The loader is
 * imported only when needed: it is most of a worker's start-up otherwise.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ChainsimError, diagnostic } from "../diagnostics.js";
import type { Scenario } from "../model/scenario.js";
import type { BlockJob, CreateJob } from "./block-job.js";
import { Kernel } from "./kernel.js";
import { compilePlan } from "./plan.js";
import type { PoolRequest, WorkerData, WorkerMessage } from "./pool.js";

const port = parentPort!;
const data = workerData as WorkerData;

const send = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

function report(e: unknown): void {
  if (e instanceof ChainsimError) send({ type: "error", diagnostics: e.diagnostics });
  else send({ type: "error", message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

async function scenario(): Promise<Scenario> {
  if (data.scenario) return data.scenario;
  const { source } = data;
  const { loadScenario, loadScenarioText } = await import("../scenario/load.js");
  const s =
    source.text !== undefined
      ? await loadScenarioText(source.text, source.file, source.load)
      : await loadScenario(source.file, source.load);
  if (s.provenance.sha256 !== data.sha256) {
    throw new ChainsimError([diagnostic("E_FILE_CHANGED", { file: source.file })]);
  }
  return s;
}

try {
  const s = await scenario();
  let kernel: BlockJob;
  if (data.job) {
    const { createJob } = (await import(data.job.module)) as { createJob: CreateJob };
    kernel = createJob(s, data.job.options);
  } else kernel = new Kernel(compilePlan(s), data.settings);
  port.on("message", (m: PoolRequest) => {
    try {
      if (m.type === "block") {
        // copied, not transferred: detaching an ArrayBuffer (a transfer) makes V8 add a
        // detach check to every typed-array access in optimized code from then on, which
        // cost the kernel about a fifth of its speed in this thread; the copy is a few KB
        const numbers = kernel.runBlock(m.block);
        send({ type: "result", block: m.block, numbers });
      } else {
        // the last message: transferring the sketches (megabytes) no longer slows anything
        const { sketchHeader, sketchData } = kernel.sketchState();
        send({ type: "sketches", sketchHeader, sketchData }, [
          sketchHeader.buffer as ArrayBuffer,
          sketchData.buffer as ArrayBuffer,
        ]);
      }
    } catch (e) {
      report(e);
    }
  });
  send({ type: "ready", at: performance.timeOrigin + performance.now() });
} catch (e) {
  report(e);
}
