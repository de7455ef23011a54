/**
 * Issue 22's goal: `chainsim validate` on any file under 10 MB finishes
 * within 5 s and 500 MB on this machine. Writes each adversarial kind at
 * about 1 MB and 4.9 MB (under the 5 MB limit; larger files are refused by
 * size), plus the red team's cases (330 KB of long ids, 20,000 unknown keys,
 * 30,000 valid sectors, a 9.9 MB file), runs the built command under
 * /usr/bin/time and prints wall time and peak RSS for each.
 *
 *   npm run build && npx tsx bench/robustness.ts
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { adversarial, KINDS } from "../test/robustness/adversarial.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-bench-robust-"));
const cases: Array<[string, string]> = [
  ["long ids, 330 KB", adversarial("long-ids", 330_000)],
  ["20,000 unknown keys", adversarial("unknown-keys", 20_000 * 11)],
  [
    "30,000 valid sectors",
    (() => {
      let s = "id: t\ntitle: t\nunit: 亿元\nbase_year: 2022\nhorizon: 2025\nsectors:\n";
      for (let i = 0; i < 30_000; i++)
        s += `  s${i}:\n    baseline: { year: 2022, value: 100 }\n    growth: 5%\n`;
      return s;
    })(),
  ],
  ["9.9 MB", adversarial("many-sectors", 9_900_000)],
  ...KINDS.flatMap((k) => [
    [`${k}, 1 MB`, adversarial(k, 1_000_000)] as [string, string],
    [`${k}, 4.9 MB`, adversarial(k, 4_900_000)] as [string, string],
  ]),
];
execFileSync(process.execPath, ["bin/chainsim.js", "--version"]);
let worstTime = 0;
let worstRss = 0;
console.log("| file | bytes | exit | wall s | peak RSS MB |\n|---|---|---|---|---|");
for (const [name, text] of cases) {
  const f = join(dir, `${name.replace(/[^a-z0-9]+/gi, "-")}.yaml`);
  writeFileSync(f, text);
  const r = spawnSync("/usr/bin/time", ["-f", "%e %M", process.execPath, "bin/chainsim.js", "validate", f], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  const [wall, kb] = r.stderr.trim().split("\n").pop()!.split(" ").map(Number) as [number, number];
  worstTime = Math.max(worstTime, wall);
  worstRss = Math.max(worstRss, kb / 1024);
  console.log(
    `| ${name} | ${Buffer.byteLength(text).toLocaleString("en-US")} | ${r.status} | ${wall.toFixed(2)} | ${(kb / 1024).toFixed(0)} |`,
  );
}
console.log(`\nworst: ${worstTime.toFixed(2)} s, ${worstRss.toFixed(0)} MB (goal: 5 s, 500 MB)`);
