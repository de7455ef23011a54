/**
 * `npm run bench` (full) and `npm run bench -- --quick` (CI): run every
 * benchmark, print a table, write bench/results/latest.json.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { arch, cpus, totalmem } from "node:os";
import type { Row } from "./harness.js";
import { BENCHMARKS } from "./index.js";

export async function runBenchmarks(quick: boolean, only?: string): Promise<Row[]> {
  const rows: Row[] = [];
  for (const b of BENCHMARKS) {
    if (only && !b.name.includes(only)) continue;
    rows.push(...(await b.run({ quick })));
  }
  return rows;
}

export function renderRows(rows: Row[]): string {
  const fmt = (v: number | undefined) =>
    v === undefined ? "" : Math.abs(v) >= 1000 ? v.toExponential(3) : v.toFixed(v < 10 ? 3 : 1);
  const header = ["benchmark", "case", "value", "unit", "reference", "ratio", "goal", "met"];
  const body = rows.map((r) => [
    r.benchmark,
    r.case,
    fmt(r.value),
    r.unit,
    fmt(r.reference),
    fmt(r.ratio),
    r.goal ?? "",
    r.met === undefined ? "" : r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ");
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

const isMain = process.argv[1]?.replace(/\\/g, "/").endsWith("bench/run.ts");
if (isMain) {
  const quick = process.argv.includes("--quick");
  const onlyIdx = process.argv.indexOf("--only");
  const only = onlyIdx > 0 ? process.argv[onlyIdx + 1] : undefined;
  const rows = await runBenchmarks(quick, only);
  console.log(renderRows(rows));
  const machine = {
    cpus: cpus().length,
    model: cpus()[0]?.model,
    memoryGiB: totalmem() / 2 ** 30,
    arch: arch(),
    node: process.version,
  };
  mkdirSync("bench/results", { recursive: true });
  writeFileSync("bench/results/latest.json", `${JSON.stringify({ quick, machine, rows }, null, 2)}\n`);
  console.log(`\nwritten bench/results/latest.json (${quick ? "quick" : "full"} mode)`);
}
