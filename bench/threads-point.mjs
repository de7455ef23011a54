// One point of the threads benchmark, in its own process with plain Node (as
// a user runs chainsim: workers start without a TypeScript loader), on the
// compiled engine in dist/: simulate the scenario file argv[2] with argv[3]
// samples on 1 thread and on 2 (this thread and a worker), argv[4] times
// each, alternately, after one warm-up run; then once more per repeat with
// the two threads both workers (this thread only merging). Prints JSON:
// { one: ms[], two: ms[], workersOnly: ms[], ready: ms[] (the worker's
// start-up: from the start of the run until it was ready to simulate),
// blocks: [this thread, worker] of the last 2-thread run, others: [cores]
// (CPU time other processes took during each 2-thread run, in cores: the
// machine must be idle for the figure to mean anything) }.
//
//   node bench/threads-point.mjs FILE SAMPLES REPEAT
import { cpus } from "node:os";
import { simulate } from "../dist/engine/simulate.js";
import { loadScenario } from "../dist/scenario/load.js";

const [file, samplesText, repeatText = "3"] = process.argv.slice(2);
const samples = Number(samplesText);
const s = await loadScenario(file);
const source = { file, load: {} };
/** CPU time of the whole machine that is not idle, in ms. */
const busy = () => cpus().reduce((a, c) => a + c.times.user + c.times.nice + c.times.sys + c.times.irq, 0);
const time = async (workers, mainThread = true) => {
  let report;
  const b0 = busy();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await simulate(s, { samples, seed: 1, workers, source, mainThread, onThreads: (r) => (report = r) });
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const others = (busy() - b0 - (c.user + c.system) / 1000) / ms;
  return { ms, report, others };
};
await time(1);
const out = { one: [], two: [], workersOnly: [], ready: [], blocks: [], others: [] };
for (let k = 0; k < Number(repeatText); k++) {
  out.one.push((await time(1)).ms);
  const t = await time(2);
  out.two.push(t.ms);
  out.ready.push(t.report.ready[0]);
  out.blocks = t.report.blocks;
  out.others.push(Math.max(0, t.others));
  out.workersOnly.push((await time(2, false)).ms);
}
process.stdout.write(`${JSON.stringify(out)}\n`);
