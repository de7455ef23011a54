#!/usr/bin/env node
/**
 * Refactoring regression guard (not a correctness test): run every command
 * with a fixed seed and small samples on every shipped scenario, save what it
 * prints (stdout, stderr, exit code) and the report's files, then compare two
 * such runs.
 *
 *   node scripts/golden.mjs capture DIR [BIN]   # BIN defaults to bin/chainsim.js
 *   node scripts/golden.mjs diff BEFORE AFTER   # lists every file that differs
 *
 * Typical use: build main, capture /tmp/golden-before; change the code, build,
 * capture /tmp/golden-after; diff. The outputs are what the code printed, so
 * they prove only "the same as before", never "right": numeric correctness is
 * checked by the tests against independent references.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";

const [mode, a, b] = process.argv.slice(2);
const SEED = "7";
const SAMPLES = "400";

function run(bin, args) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  return { stdout: r.stdout ?? "", stderr: r.stderr ?? "", rc: r.status };
}

/** GOLDEN_ONLY=run,check captures (and diffs) only those commands. */
const ONLY = process.env.GOLDEN_ONLY ? new Set(process.env.GOLDEN_ONLY.split(",")) : null;
const wanted = (name) => ONLY === null || ONLY.has(name.split(/[./]/)[0]);

function save(dir, name, r) {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.out`), r.stdout);
  // progress bars and timings are not part of the answer
  writeFileSync(join(dir, `${name}.err`), `${r.stderr.replace(/\r[^\n]*/g, "")}\nexit ${r.rc}\n`);
}

function listFiles(dir) {
  const out = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

function capture(outDir, bin) {
  rmSync(outDir, { recursive: true, force: true });
  const scenarios = readdirSync("scenarios")
    .filter((f) => f.endsWith(".yaml"))
    .sort();
  for (const f of scenarios) {
    const file = `scenarios/${f}`;
    const dir = join(outDir, basename(f, ".yaml"));
    const cmd = (name, args) => {
      if (wanted(name)) save(dir, name, run(bin, args));
    };
    const runJson = run(bin, ["run", file, "--format", "json"]);
    const parsed = JSON.parse(runJson.stdout);
    const goals = parsed.targets.map((t) => t.id);
    const sectors = parsed.sectors.map((x) => x.id);
    if (wanted("run")) save(dir, "run.json", runJson);
    cmd("run.csv", ["run", file, "--format", "csv"]);
    cmd("run.table", ["run", file, "--lang", "en"]);
    cmd("run.to", ["run", file, "--format", "json", "--to", "2027"]);
    cmd("validate", ["validate", file]);
    for (const fmt of ["json", "markdown", "table"]) cmd(`check.${fmt}`, ["check", file, "--format", fmt]);
    for (const fmt of ["json", "csv", "table"]) {
      cmd(`simulate.${fmt}`, ["simulate", file, "--samples", SAMPLES, "--seed", SEED, "--format", fmt]);
      cmd(`compare.${fmt}`, ["compare", file, "--samples", "200", "--seed", SEED, "--format", fmt]);
    }
    cmd("simulate.lhs", [
      "simulate",
      file,
      "--samples",
      SAMPLES,
      "--seed",
      SEED,
      "--lhs",
      "--format",
      "json",
    ]);
    cmd("compare.zero", ["compare", file, "--samples", "0", "--format", "json"]);
    cmd("compare.two", [
      "compare",
      file,
      "scenarios/shandong-it-2025.yaml",
      "--samples",
      "100",
      "--format",
      "json",
    ]);
    const sweep = [`${sectors[1] ?? sectors[0]}.growth=5%:15%:5%`];
    for (const fmt of ["json", "csv", "table"])
      cmd(`sweep.${fmt}`, [
        "sweep",
        file,
        "--set",
        ...sweep,
        "--samples",
        "100",
        "--seed",
        SEED,
        "--format",
        fmt,
      ]);
    cmd("sweep.zero", ["sweep", file, "--set", ...sweep, "--samples", "0", "--format", "json"]);
    for (const fmt of ["json", "table"]) {
      cmd(`costs.${fmt}`, ["costs", file, "--samples", SAMPLES, "--seed", SEED, "--format", fmt]);
      cmd(`chain.${fmt}`, ["chain", file, "--samples", "100", "--seed", SEED, "--format", fmt]);
    }
    for (const g of goals) cmd(`explain.${g}`, ["explain", file, g]);
    const g0 = goals[0];
    cmd("sensitivity.tornado", [
      "sensitivity",
      file,
      "--method",
      "tornado",
      "--target",
      g0,
      "--format",
      "json",
    ]);
    cmd("sensitivity.sobol", [
      "sensitivity",
      file,
      "--target",
      g0,
      "--samples",
      "64",
      "--bootstrap",
      "20",
      "--seed",
      SEED,
      "--format",
      "json",
    ]);
    if (!wanted("report")) continue;
    const rep = resolve(outDir, "_report");
    rmSync(rep, { recursive: true, force: true });
    const r = run(bin, [
      "report",
      file,
      "--samples",
      SAMPLES,
      "--seed",
      SEED,
      "--sensitivity",
      g0,
      "--sensitivity-samples",
      "64",
      "--lang",
      "en",
      "-o",
      rep,
      "--interactive",
    ]);
    save(dir, "report", { ...r, stdout: r.stdout.split(rep).join("<out>") });
    if (existsSync(rep)) {
      for (const p of listFiles(rep)) {
        const rel = relative(rep, p);
        if (rel === "interactive.html" || rel.endsWith(".png") || rel.endsWith(".parquet")) continue;
        const target = join(dir, "report", rel);
        mkdirSync(join(target, ".."), { recursive: true });
        writeFileSync(target, readFileSync(p));
      }
      rmSync(rep, { recursive: true, force: true });
    }
    process.stderr.write(`captured ${file}\n`);
  }
}

function diff(before, after) {
  const names = new Set([
    ...listFiles(before),
    ...listFiles(after).map((p) => join(before, relative(after, p))),
  ]);
  let n = 0;
  for (const p of [...names].sort()) {
    const rel = relative(before, p);
    if (!wanted(rel.split("/")[1] ?? "")) continue;
    const q = join(after, rel);
    if (!existsSync(p) || !existsSync(q)) {
      console.log(`${existsSync(p) ? "only before" : "only after"}: ${rel}`);
      n++;
    } else if (!readFileSync(p).equals(readFileSync(q))) {
      console.log(`differs: ${rel}`);
      n++;
    }
  }
  console.log(`${n} files differ`);
  process.exitCode = n === 0 ? 0 : 1;
}

if (mode === "capture" && a) capture(resolve(a), resolve(b ?? "bin/chainsim.js"));
else if (mode === "diff" && a && b) diff(resolve(a), resolve(b));
else {
  console.error("usage: node scripts/golden.mjs capture DIR [BIN] | diff BEFORE AFTER");
  process.exitCode = 2;
}
