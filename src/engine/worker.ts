/**
 * Worker thread entry: load the scenario, compile the plan, simulate the
 * blocks the main thread asks for, and send back their statistics.
 */
import { parentPort, workerData } from "node:worker_threads";
import { ChainsimError, diagnostic } from "../diagnostics.js";
import { loadScenario, loadScenarioText } from "../scenario/load.js";
import { Kernel } from "./kernel.js";
import { compilePlan } from "./plan.js";
import type { WorkerData, WorkerMessage } from "./pool.js";

const port = parentPort!;
const data = workerData as WorkerData;

const send = (m: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(m, transfer);

function report(e: unknown): void {
  if (e instanceof ChainsimError) send({ type: "error", diagnostics: e.diagnostics });
  else send({ type: "error", message: e instanceof Error ? (e.stack ?? e.message) : String(e) });
}

try {
  const { source } = data;
  const s =
    source.text !== undefined
      ? await loadScenarioText(source.text, source.file, source.load)
      : await loadScenario(source.file, source.load);
  if (s.provenance.sha256 !== data.sha256) {
    throw new ChainsimError([diagnostic("E_FILE_CHANGED", { file: source.file })]);
  }
  const kernel = new Kernel(compilePlan(s), data.settings);
  port.on("message", (m: { type: "block"; block: number }) => {
    try {
      const acc = kernel.runBlock(m.block);
      send({ type: "result", block: m.block, acc }, [
        acc.numbers.buffer as ArrayBuffer,
        acc.sketchHeader.buffer as ArrayBuffer,
        acc.sketchData.buffer as ArrayBuffer,
      ]);
    } catch (e) {
      report(e);
    }
  });
  send({ type: "ready" });
} catch (e) {
  report(e);
}
