/**
 * simulate() of two builds in one process, run alternately (the fairest
 * before/after on a shared machine): medians of 5 runs each.
 *
 * usage: node bench/before-after.mjs BEFORE_DIST AFTER_DIST SCENARIO SAMPLES
 * e.g. (a build of an older commit, by git archive into /tmp/base, then tsc -p tsconfig.build.json there):
 *   node bench/before-after.mjs /tmp/base/dist dist /tmp/peer-10x10.yaml 200000
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [before, after, file, samples] = process.argv.slice(2);
const text = readFileSync(file, "utf8");
const N = Number(samples);
const runs = {};
for (const [name, root] of [
  ["before", before],
  ["after", after],
]) {
  const url = (p) => pathToFileURL(resolve(root, p)).href;
  const { simulate } = await import(url("engine/simulate.js"));
  const { loadScenarioText } = await import(url("scenario/load.js"));
  const s = await loadScenarioText(text, file);
  await simulate(s, { samples: 20_000, seed: 1 });
  runs[name] = { simulate, s, seconds: [] };
}
for (let r = 0; r < 5; r++)
  for (const k of ["before", "after"]) {
    const t0 = performance.now();
    await runs[k].simulate(runs[k].s, { samples: N, seed: 1 });
    runs[k].seconds.push((performance.now() - t0) / 1000);
  }
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const b = median(runs.before.seconds);
const a = median(runs.after.seconds);
console.log(
  `before ${b.toFixed(2)} s, after ${a.toFixed(2)} s (medians of 5, alternating): ${(b / a).toFixed(2)}x`,
);
