/**
 * Issue 16, "Checks": a pseudo-locale run. Every Chinese catalogue string
 * (src/i18n/text/*, src/messages/zh.ts) is wrapped in ⟦ ⟧ markers, in place,
 * before the CLI runs in this worker; then each command runs over the shipped
 * scenarios in Chinese. Whatever is left outside the markers must be the
 * user's input (names and ids from the scenario files, arguments), numbers
 * and their units as format-zh writes them, message codes, flags and
 * notation. Any other visible word was written in logic code instead of the
 * catalogue, and fails the test.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { cliEnv } from "../cli/helpers.js";

const OPEN = "⟦";
const CLOSE = "⟧";
const CJK = /[\u3400-\u9fff]/;

const mark = (s: string): string => (CJK.test(s) ? `${OPEN}${s}${CLOSE}` : s);
const wrapped = new WeakSet<object>();

function wrapValue(v: unknown): unknown {
  if (typeof v === "string") return mark(v);
  if (v !== null && typeof v === "object") wrapObject(v as Record<string, unknown>);
  return v;
}

/** Wrap, in place, every Chinese string of a catalogue object and every result of its functions. */
function wrapObject(o: Record<string, unknown>): void {
  if (wrapped.has(o) || Object.isFrozen(o)) return;
  wrapped.add(o);
  for (const k of Object.keys(o)) {
    const v = o[k];
    if (typeof v === "string") o[k] = mark(v);
    else if (typeof v === "function") {
      const f = v as (...a: unknown[]) => unknown;
      o[k] = (...a: unknown[]) => wrapValue(f(...a));
    } else if (v !== null && typeof v === "object") wrapObject(v as Record<string, unknown>);
  }
}

/** The text outside every marker (markers nest: a template holds wrapped parameters). */
function outsideMarkers(text: string): string {
  let depth = 0;
  let out = "";
  for (const ch of text) {
    if (ch === OPEN) depth++;
    else if (ch === CLOSE) depth = Math.max(0, depth - 1);
    else if (depth === 0) out += ch;
  }
  return out;
}

/** Words of Chinese number formats (format-zh.ts): 1.57万亿元, 6.4个百分点, 2025年. */
const NUMBER_WORDS = /^(?:万亿元|亿元|万元|元|万亿|亿|万|个百分点|年|家|个|件|人)+$/;

/** Chinese runs outside the markers that are neither input nor number words. */
function strayChinese(text: string, input: string): string[] {
  const stray = new Set<string>();
  for (const m of outsideMarkers(text).matchAll(/[\u3400-\u9fff]+/g)) {
    const run = m[0];
    if (NUMBER_WORDS.test(run) || input.includes(run)) continue;
    stray.add(run);
  }
  return [...stray].sort();
}

const SD = "scenarios/shandong-it-2025.yaml";
const GD = "scenarios/guangdong-it-2025.yaml";
const LC = "scenarios/liaocheng-it-2025.yaml";

const CASES: Array<{ argv: string[]; files: string[] }> = [
  { argv: ["check", SD], files: [SD] },
  { argv: ["run", SD], files: [SD] },
  { argv: ["simulate", SD, "--samples", "300"], files: [SD] },
  { argv: ["costs", LC, "--samples", "100"], files: [LC] },
  { argv: ["chain", SD, "--samples", "100"], files: [SD] },
  { argv: ["explain", SD, "sd-software-2025"], files: [SD] },
  { argv: ["sweep", SD, "--set", "software.growth=8%:12%:2%", "--samples", "100"], files: [SD] },
  { argv: ["compare", SD, GD], files: [SD, GD] },
  { argv: ["solve", SD, "--for", "software.growth", "--target", "sd-software-2025"], files: [SD] },
  { argv: ["discover", SD, "--target", "sd-it-2025", "--samples", "300"], files: [SD] },
  { argv: ["sensitivity", SD, "--target", "sd-software-2025", "--samples", "64"], files: [SD] },
  {
    argv: ["validate", "test/fixtures/bad/17-bad-magnitude.yaml"],
    files: ["test/fixtures/bad/17-bad-magnitude.yaml"],
  },
  {
    argv: ["validate", "test/fixtures/bad/23-formula-syntax.yaml"],
    files: ["test/fixtures/bad/23-formula-syntax.yaml"],
  },
  // the draft scenario (standard output) and the summary (standard error); 003 prints its subjects unbroken
  {
    argv: ["extract", "test/fixtures/extract/seeds/003_c817f5369cc77099.txt"],
    files: ["test/fixtures/extract/seeds/003_c817f5369cc77099.txt"],
  },
  { argv: ["--help"], files: [] },
  { argv: ["simulate", "--help"], files: [] },
];

describe("pseudo-locale: every Chinese word a command prints comes from the catalogue or the input", () => {
  beforeAll(async () => {
    const dir = "src/i18n/text";
    const modules = [
      ...readdirSync(dir).map((f) => `../../${dir}/${f.replace(/\.ts$/, ".js")}`),
      "../../src/messages/zh.js",
    ];
    let objects = 0;
    for (const m of modules) {
      for (const v of Object.values((await import(m)) as Record<string, unknown>)) {
        if (v !== null && typeof v === "object") {
          wrapObject(v as Record<string, unknown>);
          objects++;
        }
      }
    }
    expect(objects).toBeGreaterThan(30);
    // the report's labels: labels("zh") hands out the module's own object, wrapped in place
    const { labels } = await import("../../src/report/labels.js");
    wrapObject(labels("zh") as unknown as Record<string, unknown>);
  });

  for (const c of CASES) {
    it(c.argv.join(" "), async () => {
      const r = await cliEnv({ LANG: "zh_CN.UTF-8" }, ...c.argv);
      const text = r.stdout + r.stderr;
      // the run spoke through the catalogue at all
      expect(text).toContain(OPEN);
      // the quoted source lines ("  11 |   - { sector: … }") are the user's own text
      const shown = text
        .split("\n")
        .filter((l) => !/^\s+\d+ \|/.test(l))
        .join("\n");
      const input = c.files.map((f) => readFileSync(f, "utf8")).join("\n") + c.argv.join(" ");
      expect(strayChinese(shown, input), text).toEqual([]);
    }, 120_000);
  }

  it("report: summary.md", async () => {
    const out = mkdtempSync(join(tmpdir(), "chainsim-pseudo-"));
    try {
      const r = await cliEnv({ LANG: "zh_CN.UTF-8" }, "report", SD, "-o", out, "--samples", "200");
      expect(r.code, r.stderr).toBe(0);
      const summary = readFileSync(join(out, "summary.md"), "utf8");
      expect(summary).toContain(OPEN);
      expect(strayChinese(summary, readFileSync(SD, "utf8")), summary).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);

  it("the check finds Chinese written outside the catalogue", () => {
    expect(strayChinese(`${OPEN}结论${CLOSE}：超出 1.5万亿元`, "")).toEqual(["超出"]);
    expect(strayChinese(`${OPEN}净值${CLOSE} 软件 6.4个百分点`, "name: 软件")).toEqual([]);
  });
});
