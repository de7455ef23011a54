/**
 * `chainsim report` end to end: the files it writes, byte-identical output
 * for the same inputs and seed, Parquet read back, errors for bad output
 * folders, and jsdom / Plot / resvg never loaded by the other commands.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { beforeAll, describe, expect, it } from "vitest";
import { tableParquet } from "../../src/report/parquet.js";
import { cli, SHANDONG } from "../cli/helpers.js";

let root: string;
let first: string;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "chainsim-report-"));
  first = join(root, "a");
  const r = await cli("report", "--lang", "zh", SHANDONG, "-o", first, "--samples", "2000", "--seed", "7");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  expect(r.stdout.trim()).toBe(join(first, "report.html"));
}, 60_000);

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((p) => p.replace(/\\/g, "/"))
    // folders, and the report's hidden list of its own files (docs/robustness.md)
    .filter((p) => !["charts", "data", ".chainsim-owned.json"].includes(p))
    .sort();

describe("chainsim report", () => {
  it("writes report.html, summary.md, charts, data (CSV and Parquet) and manifest.json", () => {
    const list = files(first);
    expect(list).toContain("report.html");
    expect(list).toContain("summary.md");
    expect(list).toContain("manifest.json");
    for (const name of [
      "projection",
      "fan",
      "addup-it-industry-2025",
      "waterfall-it-industry-2025",
      "growth",
      "probability",
    ]) {
      expect(list).toContain(`charts/${name}.svg`);
      expect(list).toContain(`data/${name}.csv`);
      expect(list).toContain(`data/${name}.parquet`);
    }
    expect(list.some((p) => p.endsWith(".png"))).toBe(false);
  });

  it("marks a goal over several years on the fan as the yearly average it needs", () => {
    // sd-hightech-firms: ≥ 1,000 new high-tech firms in total over 2024–2025 (鲁政发〔2023〕11号 一),
    // drawn on the yearly fan at 1,000 / 2 = 500 a year
    const svg = readFileSync(join(first, "charts/fan.svg"), "utf8");
    expect(svg).toContain("累计 1,000，年均 500");
  });

  it("writes a self-contained page: CSP, inline SVG, no script, no external reference", () => {
    const html = readFileSync(join(first, "report.html"), "utf8");
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:; font-src data:">`,
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
    expect(html).not.toMatch(/@import|url\(http/i);
    expect(html).toMatch(/<html lang="zh-CN">/);
    // summary first, manifest last; every figure with its caption and sources
    expect(html.indexOf('id="summary"')).toBeLessThan(html.indexOf('id="projection"'));
    expect(html.lastIndexOf("<section")).toBe(html.indexOf('<section id="manifest"'));
    const figures = html.match(/<figure id="fig-[^"]+">[\s\S]*?<\/figure>/g) ?? [];
    // six core charts and, since Shandong has links:, the chain multipliers and a shock's propagation
    expect(figures.length).toBe(8);
    for (const f of figures) {
      expect(f).toMatch(/<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(f).toMatch(/<figcaption><b>图\d+<\/b>/);
      // goals are cited by the document number the scenario's documents: gives (鲁政发〔2023〕11号)
      expect(f).toMatch(/鲁政发〔2023〕11号|000_4bf4d86db3557302\.txt|shandong-it-2025\.yaml/);
    }
    expect(html).toContain("超出（OVERSHOOT）");
  });

  it("writes a manifest with seed, samples and every file's SHA-256", () => {
    const m = JSON.parse(readFileSync(join(first, "manifest.json"), "utf8"));
    expect(m).toMatchObject({
      scenario: "shandong-it-2025.yaml", // the file by name only (issue 21: no folder in any output)
      variant: null,
      overrides: [],
      seed: 7,
      samples: 2000,
      method: "monte-carlo",
      lang: "zh",
    });
    expect(m.input_sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = m.files.map((f: { path: string }) => f.path).sort();
    expect(listed).toEqual(files(first).filter((p) => p !== "manifest.json"));
    for (const f of m.files) {
      const bytes = readFileSync(join(first, f.path));
      expect(createHash("sha256").update(bytes).digest("hex"), f.path).toBe(f.sha256);
      expect(bytes.length).toBe(f.bytes);
    }
    expect(JSON.stringify(m)).not.toMatch(/20\d\d-\d\d-\d\dT/); // no timestamps
  });

  it("writes summary.md with the key findings and the goals", () => {
    const md = readFileSync(join(first, "summary.md"), "utf8");
    expect(md).toMatch(/^# 山东省新一代信息技术产业 "十大工程" 2025：主要结论/);
    expect(md).toContain("## 主要结论");
    expect(md).toContain("判断：超出");
    expect(md).toMatch(/\| `sd-software-2025` \| 软件业务收入 \|/);
    expect(md).toContain("[charts/projection.svg](charts/projection.svg)");
  });

  it("gives byte-identical files for the same inputs and seed", async () => {
    const second = join(root, "b");
    const r = await cli("report", "--lang", "zh", SHANDONG, "-o", second, "--samples", "2000", "--seed", "7");
    expect(r.code).toBe(0);
    const a = files(first);
    expect(files(second)).toEqual(a);
    for (const p of a) {
      expect(readFileSync(join(second, p)).equals(readFileSync(join(first, p))), p).toBe(true);
    }
    // another seed changes the simulation's files, not the deterministic ones
    const third = join(root, "c");
    await cli("report", "--lang", "zh", SHANDONG, "-o", third, "--samples", "2000", "--seed", "8");
    expect(readFileSync(join(third, "data/fan.csv")).equals(readFileSync(join(first, "data/fan.csv")))).toBe(
      false,
    );
    expect(
      readFileSync(join(third, "data/projection.csv")).equals(
        readFileSync(join(first, "data/projection.csv")),
      ),
    ).toBe(true);
  }, 60_000);

  it("writes Parquet files that read back to the same rows as the CSV files", async () => {
    for (const name of ["projection", "fan", "growth", "probability", "addup-it-industry-2025"]) {
      const buf = readFileSync(join(first, `data/${name}.parquet`));
      const rows = await parquetReadObjects({
        file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
      });
      const csv = readFileSync(join(first, `data/${name}.csv`), "utf8")
        .replace(/^\uFEFF/, "") // the byte-order mark (issue 17)
        .trimEnd()
        .split("\n");
      expect(rows.length, name).toBe(csv.length - 1);
      expect(Object.keys(rows[0]!), name).toEqual(csv[0]!.split(","));
    }
    const buf = readFileSync(join(first, "data/fan.parquet"));
    const fan = await parquetReadObjects({
      file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer,
    });
    const sw = fan.find((r) => r.quantity === "software" && r.year === 2025)!;
    expect(sw.name).toBe("软件业务收入");
    expect(sw.p5).toBeLessThan(sw.p50 as number);
    expect(sw.p50).toBeLessThan(sw.p95 as number);
  });

  it("round-trips every column type and nulls through Parquet", async () => {
    const bytes = tableParquet({
      name: "t",
      columns: [
        { name: "s", type: "string" },
        { name: "i", type: "int" },
        { name: "n", type: "number" },
        { name: "b", type: "boolean" },
      ],
      rows: [
        ["软件 <a>", 2025, 1.5, true],
        [null, null, null, null],
      ],
    });
    const rows = await parquetReadObjects({ file: bytes.buffer.slice(0) as ArrayBuffer });
    expect(rows).toEqual([
      { s: "软件 <a>", i: 2025, n: 1.5, b: true },
      { s: null, i: null, n: null, b: null },
    ]);
  });

  it("writes an English report without a simulation (--samples 0)", async () => {
    const dir = join(root, "en");
    const r = await cli("report", "--lang", "zh", SHANDONG, "-o", dir, "--samples", "0", "--lang", "en");
    expect(r.code).toBe(0);
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toMatch(/<html lang="en">/);
    expect(html).toContain("No Monte Carlo simulation was run");
    expect(existsSync(join(dir, "charts/fan.svg"))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).samples).toBe(0);
  });

  it("applies --variant and --set, and records them in the manifest and the page", async () => {
    const dir = join(root, "variant");
    const r = await cli(
      "report",
      "--lang",
      "zh",
      SHANDONG,
      "-o",
      dir,
      "--samples",
      "0",
      "--variant",
      "statistical-overlaps",
      "--set",
      "software.growth=9%",
    );
    expect(r.code, r.stderr).toBe(0);
    const m = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(m.variant).toBe("statistical-overlaps");
    expect(m.overrides.join(" ")).toContain("software.growth=9%");
    const html = readFileSync(join(dir, "report.html"), "utf8");
    expect(html).toContain("statistical-overlaps");
    // stated overlaps appear as steps of the waterfall, with the lines they are written on
    const steps = readFileSync(join(dir, "data/waterfall-it-industry-2025.csv"), "utf8");
    expect(steps).toMatch(/within,云服务大数据 与 软件业务收入 重复,-3750/);
  });

  it("refuses a missing or non-folder output with E_OUTPUT, and bad options with E_USAGE", async () => {
    const missing = await cli(
      "report",
      "--lang",
      "en",
      SHANDONG,
      "-o",
      join(root, "no", "such", "folder"),
      "--samples",
      "0",
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/error E_OUTPUT: cannot write .*folder.*: the folder .* does not exist/);
    writeFileSync(join(root, "file"), "x");
    const file = await cli("report", "--lang", "en", SHANDONG, "-o", join(root, "file"), "--samples", "0");
    expect(file.stderr).toMatch(/E_OUTPUT.*it is a file, not a folder/);
    const bad = await cli("report", "--lang", "en", SHANDONG, "--samples", "many");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/E_USAGE/);
    expect(existsSync(join(root, "no"))).toBe(false);
  });
});

describe("lazy loading", () => {
  it("run, validate and check never import jsdom, Plot, resvg or the Parquet writer", () => {
    // follow the static imports from the CLI's entry point
    const heavy = ["jsdom", "@observablehq/plot", "@resvg/resvg-js", "hyparquet-writer", "subset-font"];
    const seen = new Set<string>();
    const packages = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const src = readFileSync(file, "utf8");
      for (const m of src.matchAll(/^\s*(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gm)) {
        const spec = m[1]!;
        if (spec.startsWith(".")) visit(resolve(dirname(file), spec.replace(/\.js$/, ".ts")));
        else packages.add(spec);
      }
    };
    visit(resolve("src/cli/main.ts"));
    expect(seen.has(resolve("src/cli/commands/report.ts"))).toBe(true);
    expect([...seen].map((f) => relative(process.cwd(), f).replace(/\\/g, "/"))).not.toContain(
      "src/report/report.ts",
    );
    for (const h of heavy) expect([...packages], h).not.toContain(h);
  });
});
