/**
 * Worker thread entry: take the main thread's scenario (a structured clone:
 * a scenario is plain data), load the formula compiler if its formulas need
 * it, compile the plan, simulate the blocks the main thread asks for and
 * send back each block's numbers; when asked, send the sketches of all its
 * blocks (once, at the end).
 */
import { parentPort, workerData } from "node:worker_threads";
import { ChainsimError } from "../diagnostics.js";
import { loadFormulaCompiler, needsFormulaCompiler } from "../formula/formula-function.js";
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

try {
  const s = data.scenario;
  if (needsFormulaCompiler(s.quantities.values())) await loadFormulaCompiler();
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
