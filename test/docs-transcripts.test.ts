/**
 * Every `$ chainsim …` transcript in the READMEs and docs/ is what the command
 * prints (scripts/docs/transcripts.ts, `npm run docs`), the error-code table
 * is messages.ts's and the format reference is the schema's. The test is
 * tested: a planted change of output, and a hand edit of a transcript, are
 * both caught.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { generatedDocs, staleDocs, transcriptPages } from "../scripts/docs/generate.js";
import { commandsOf, fillTranscripts, pageLang, runCli, splitArgs } from "../scripts/docs/transcripts.js";

const ROOT = ".";
let expected = new Map<string, string>();

beforeAll(async () => {
  expected = await generatedDocs(ROOT);
}, 900_000);

describe("docs transcripts", () => {
  it("every transcript, the error table and the reference are up to date (run npm run docs)", () => {
    expect(expected.size).toBeGreaterThan(20);
    expect(staleDocs(ROOT, expected)).toEqual([]);
  });

  it("every `$ chainsim` line of the docs sits in a generated transcript block", () => {
    for (const page of transcriptPages(ROOT)) {
      const text = readFileSync(page, "utf8");
      const all = text.split("\n").filter((l) => l.startsWith("$ chainsim ")).length;
      const inBlocks = [
        ...text.matchAll(/<!-- transcript -->\n```[a-z]*\n([\s\S]*?)```\n<!-- \/transcript -->/g),
      ]
        .map((m) => commandsOf(m[1] ?? "").length)
        .reduce((a, b) => a + b, 0);
      expect(inBlocks, page).toBe(all);
    }
  });

  it("each README's first transcript is the Shandong verdict", () => {
    const readme = expected.get("README.md") ?? "";
    const zh = expected.get("README.zh-CN.md") ?? "";
    const first = (t: string) => t.split("\n").find((l) => l.startsWith("$ chainsim "));
    expect(first(readme)).toBe("$ chainsim check scenarios/shandong-it-2025.yaml --lang en");
    expect(first(zh)).toBe("$ chainsim check scenarios/shandong-it-2025.yaml --lang zh");
    // ten sub-goals 35,700 against 22,000 (鲁政发〔2023〕11号): 13,700 = 38.4% of 35,700
    expect(readme).toMatch(/OVERSHOOT\s+13,700\.0 \(38\.4%\)/);
    expect(zh).toMatch(/超出\s+13,700\.0 \(38\.4%\)/);
  });

  it("a planted change of output fails the comparison", async () => {
    const page = "docs/commands/validate.md";
    const planted = await fillTranscripts(
      readFileSync(page, "utf8"),
      async (args, cwd) => {
        const out = await runCli(args, cwd);
        return out.replace("sectors", "sektors"); // one word of the output changed
      },
      ROOT,
    );
    expect(planted).not.toBe(readFileSync(page, "utf8"));
    const dir = mkdtempSync(join(tmpdir(), "chainsim-docs-test-"));
    try {
      cpSync("docs", join(dir, "docs"), { recursive: true });
      for (const f of ["README.md", "README.zh-CN.md"]) cpSync(f, join(dir, f));
      expect(staleDocs(dir, expected)).toEqual([]);
      writeFileSync(join(dir, page), planted);
      expect(staleDocs(dir, expected)).toEqual([page]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("a hand edit inside a transcript is overwritten by the generator", async () => {
    const page = readFileSync("docs/commands/validate.md", "utf8");
    const edited = page.replace(/ok — \d+ sectors/, "ok — 11 sectors");
    expect(edited).not.toBe(page);
    expect(await fillTranscripts(edited, runCli, ROOT)).toBe(page);
  });

  it("a Chinese page's commands run in Chinese, the others' in English, whatever the machine's locale", async () => {
    const block =
      "<!-- transcript -->\n```\n$ chainsim validate scenarios/shandong-it-2025.yaml\n```\n<!-- /transcript -->\n";
    expect(pageLang("docs/commands/check.zh-CN.md")).toBe("zh");
    expect(pageLang("README.zh-CN.md")).toBe("zh");
    expect(pageLang("docs/commands/check.md")).toBe("en");
    expect(await fillTranscripts(block, runCli, ROOT, "zh")).toMatch(/：通过 — \d+ 个产业/);
    expect(await fillTranscripts(block, runCli, ROOT, "en")).toMatch(/: ok — \d+ sectors/);
  });

  it("splitArgs keeps quoted words", () => {
    expect(splitArgs(`report a.yaml --set "x=1 2" -o 'out dir'`)).toEqual([
      "report",
      "a.yaml",
      "--set",
      "x=1 2",
      "-o",
      "out dir",
    ]);
  });
});
