/**
 * Worker threads: the same bytes for 1, 2 and 4 workers, from the
 * TypeScript source (vitest: workers load worker.ts through tsx) and from
 * compiled JavaScript (worker.js next to pool.js, as in dist/).
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import type { PoolReport } from "../../src/engine/pool.js";
import { mergeStates, parseState, simulateShard, stateText } from "../../src/engine/shard.js";
import { simulate } from "../../src/engine/simulate.js";
import { loadScenario } from "../../src/scenario/load.js";
import { cli, SHANDONG } from "../cli/helpers.js";

/** Nothing on stderr, or only the warning that --workers was capped at the cores. */
const CAPPED_OR_NOTHING = /^(warning W_WORKERS_CAPPED: [^\n]*\n {2}hint: [^\n]*\n)?$/;

describe("worker threads", () => {
  it("give byte-identical JSON for 1, 2 and 4 workers (Monte Carlo and Latin hypercube)", async () => {
    for (const extra of [[], ["--lhs"]]) {
      const run = (w: string) =>
        cli(
          "simulate",
          SHANDONG,
          "--samples",
          "20000",
          "--seed",
          "7",
          "--workers",
          w,
          "--format",
          "json",
          ...extra,
        );
      const one = await run("1");
      expect(one.code).toBe(0);
      for (const w of ["2", "4"]) {
        const r = await run(w);
        // on a machine with fewer cores, --workers is capped with a warning (issue 22); the numbers are the same
        expect(r.stderr).toMatch(CAPPED_OR_NOTHING);
        expect(r.code).toBe(0);
        expect(r.stdout).toBe(one.stdout);
      }
    }
  }, 60_000);

  it("full precision: 1 thread, 2 and 3 threads, workers only, and 3 shards give the same numbers", async () => {
    // JSON.stringify writes every double in full (shortest round trip): equal text = equal bits
    const s = await loadScenario(SHANDONG);
    const samples = 9 * 2048 - 100; // nine blocks, the last one short
    for (const lhs of [false, true]) {
      const one = JSON.stringify(await simulate(s, { samples, seed: 5, lhs }));
      for (const [workers, mainThread] of [
        [2, true],
        [3, true],
        [2, false],
      ] as const) {
        let report: PoolReport | undefined;
        const r = await simulate(s, {
          samples,
          seed: 5,
          lhs,
          workers,
          mainThread,
          onThreads: (x) => {
            report = x;
          },
        });
        expect(JSON.stringify(r)).toBe(one);
        expect(report!.blocks.reduce((a, b) => a + b, 0)).toBe(9);
        // with every block in the workers, their sketches and numbers alone make the result
        if (!mainThread) expect(report!.blocks[0]).toBe(0);
      }
      const states = [];
      for (const index of [1, 2, 3]) {
        const workers = index === 2 ? { workers: 2, mainThread: false } : {};
        const st = await simulateShard(
          s,
          { samples, seed: 5, lhs, ...workers },
          { index, count: 3 },
          { file: SHANDONG },
        );
        states.push(parseState(stateText(st), `shard-${index}.json`));
      }
      expect(JSON.stringify(mergeStates(s, states))).toBe(one);
    }
  }, 120_000);

  it("simulate formulas and variants in the workers too", async () => {
    const dir = mkdtempSync(join(tmpdir(), "chainsim-workers-"));
    const f = join(dir, "formula.yaml");
    writeFileSync(
      f,
      `id: t
title: t
unit: 亿元
base_year: 2022
horizon: 2026
sectors:
  gdp: { baseline: 80000~90000, growth: { rate: { normal: [5%, 1%] }, draw: yearly, autocorrelation: 0.5 } }
  digital: { value: { formula: "gdp * 0.4 + max(0, t - 2) * 100" } }
targets:
  - { id: d-2026, sector: digital, year: 2026, at_least: 42000 }
variants:
  slow: { set: { gdp.growth: 3%~4% } }
`,
    );
    const run = (w: string) =>
      cli("simulate", f, "--samples", "9000", "--workers", w, "--format", "json", "--variant", "slow");
    const one = await run("1");
    expect(one.code).toBe(0);
    expect((await run("3")).stdout).toBe(one.stdout);
  }, 60_000);

  it("a worker's bad input is reported like any other (exit 2, no output)", async () => {
    const r = await cli("simulate", "test/fixtures/does-not-exist.yaml", "--workers", "2");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
  });

  it("run from compiled JavaScript (worker.js next to pool.js, as in dist/)", () => {
    // transpile src/ to JavaScript (no type check: fast) inside node_modules so packages resolve
    const out = join("node_modules", ".cache", "chainsim-worker-test");
    rmSync(out, { recursive: true, force: true });
    const walk = (d: string): string[] =>
      readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
    for (const src of walk("src")) {
      const dst0 = join(out, relative("src", src));
      mkdirSync(dirname(dst0), { recursive: true });
      if (!src.endsWith(".ts") || src.endsWith(".d.ts")) {
        copyFileSync(src, dst0); // assets next to the code, as the build would need them
        continue;
      }
      // esbuild (the bundler's): the same ES2022 modules as TypeScript's transpileModule, in a tenth of the time
      const js = transformSync(readFileSync(src, "utf8"), {
        loader: "ts",
        format: "esm",
        target: "es2022",
        sourcefile: src,
        tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, useDefineForClassFields: true } },
      }).code;
      const dst = join(out, relative("src", src)).replace(/\.ts$/, ".js");
      mkdirSync(dirname(dst), { recursive: true });
      writeFileSync(dst, js);
    }
    writeFileSync(join(out, "package.json"), '{ "type": "module" }\n');
    const script = `import { main } from "./cli/main.js";
let out = "";
const code = await main(process.argv.slice(2), { stdout: (s) => { out += s; }, stderr: (s) => process.stderr.write(s), isTTY: false });
process.stdout.write(out);
process.exitCode = code;`;
    writeFileSync(join(out, "run.js"), script);
    const run = (w: string) =>
      spawnSync(
        process.execPath,
        [join(out, "run.js"), "simulate", SHANDONG, "--samples", "10000", "--workers", w, "--format", "json"],
        { encoding: "utf8" },
      );
    const one = run("1");
    expect(one.stderr).toBe("");
    expect(one.status).toBe(0);
    const four = run("4");
    expect(four.stderr).toMatch(CAPPED_OR_NOTHING);
    expect(four.status).toBe(0);
    expect(four.stdout).toBe(one.stdout);
    rmSync(out, { recursive: true, force: true });
  }, 60_000);
});
