/**
 * `chainsim extract` on the command line: the draft and the JSON, --out, the
 * draft checked by `chainsim check` (000: OVERSHOOT, 35,700 against 22,000),
 * and every kind of bad input with its message and exit code.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cli } from "../cli/helpers.js";

const FIX = "test/fixtures/extract";
const DOC000 = `${FIX}/seeds/000_4bf4d86db3557302.txt`;
const dir = mkdtempSync(join(tmpdir(), "chainsim-extract-"));
afterAll(() => {
  // temporary files are left to the OS temp cleaner; nothing outside tmp is written
});

describe("chainsim extract → chainsim check", () => {
  it("writes a draft for 000 that check reads, showing the OVERSHOOT of 35,700 against 22,000", async () => {
    const out = join(dir, "draft-000.yaml");
    const r = await cli("extract", DOC000, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("21 goals");
    expect(r.stdout).toContain(`chainsim check ${out}`);
    const draft = readFileSync(out, "utf8");
    expect(draft).toContain("TO FILL");
    const y = parse(draft) as { sectors: Record<string, { children?: string[] }>; targets: unknown[] };
    const parent = Object.values(y.sectors).find((s) => s.children)!;
    expect(parent.children).toHaveLength(10);
    expect(y.targets).toHaveLength(21);
    const c = await cli("check", out, "--lang", "en");
    expect(c.code).toBe(0);
    // 35,700 − 22,000 = 13,700, 38.4% of 35,700 (seeds/README.md)
    expect(c.stdout).toMatch(/≥ 22,000\.0\s+35,700\.0\s+0\.0\s+35,700\.0\s+OVERSHOOT\s+13,700\.0 \(38\.4%\)/);
  });

  it("drafts of all five seed documents and the synthetic ones validate", async () => {
    const docs = [
      "seeds/001_675e57c38d26c4aa.txt",
      "seeds/002_a108ca76e60ef7cf.txt",
      "seeds/003_c817f5369cc77099.txt",
      "seeds/004_ff61dd1a8b816967.txt",
      "articles.txt",
      "articles-gbk.txt",
      "dotted.txt",
      "traditional.txt",
      "mixed.txt",
      "plan.txt",
    ];
    for (const d of docs) {
      const out = join(dir, `${d.replace(/\W/g, "_")}.yaml`);
      const r = await cli("extract", `${FIX}/${d}`, "--out", out);
      expect(r.code, d).toBe(0);
      const v = await cli("validate", out);
      expect(v.stderr, d).toBe("");
      expect(v.code, d).toBe(0);
    }
  });

  it("prints the issue's JSON with --format json, the draft YAML by default", async () => {
    const j = await cli("extract", DOC000, "--format", "json");
    expect(j.code).toBe(0);
    const json = JSON.parse(j.stdout) as { document: string; goals: Array<{ clause: string }> };
    expect(json.document).toBe("000_4bf4d86db3557302.txt");
    expect(json.goals).toHaveLength(21);
    expect(j.stderr).toContain("headline g1 with 10 parts");
    const y = await cli("extract", DOC000);
    expect(y.stdout.startsWith("# Draft scenario")).toBe(true);
  });
});

describe("bad input", () => {
  it("a binary file: E_EXTRACT_BINARY, exit 2, nothing written", async () => {
    const f = join(dir, "scan.pdf");
    writeFileSync(f, Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02, 0xff]));
    const out = join(dir, "never.yaml");
    const r = await cli("extract", f, "--out", out);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_EXTRACT_BINARY");
    expect(r.stderr).toContain("pdftotext");
    expect(existsSync(out)).toBe(false);
  });

  it("an empty file: E_EXTRACT_EMPTY, exit 2", async () => {
    const f = join(dir, "empty.txt");
    writeFileSync(f, "");
    const r = await cli("extract", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_EXTRACT_EMPTY");
    expect(r.stdout).toBe("");
  });

  it("a text with no goals: exit 0 with “no goals found”, and no draft written", async () => {
    const out = join(dir, "nogoals.yaml");
    const r = await cli("extract", `${FIX}/nogoals.txt`, "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("no goals found");
    expect(existsSync(out)).toBe(false);
  });

  it("a GBK file is read (GB18030) and gives the same goals as its UTF-8 twin", async () => {
    const a = await cli("extract", `${FIX}/articles-gbk.txt`, "--format", "json");
    const b = await cli("extract", `${FIX}/articles.txt`, "--format", "json");
    expect(a.code).toBe(0);
    const goals = (s: string) => (JSON.parse(s) as { goals: unknown[] }).goals;
    expect(goals(a.stdout)).toEqual(goals(b.stdout));
    expect(goals(a.stdout)).toHaveLength(6);
  });

  it("bytes that are neither UTF-8 nor GB18030: E_EXTRACT_ENCODING, exit 2", async () => {
    const f = join(dir, "latin.txt");
    writeFileSync(f, Buffer.alloc(40, 0xff));
    const r = await cli("extract", f);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_EXTRACT_ENCODING");
  });

  it("a missing file: E_EXTRACT_NOT_FOUND, exit 2; a folder: E_FILE_READ, exit 2", async () => {
    const r = await cli("extract", join(dir, "nope.txt"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("E_EXTRACT_NOT_FOUND");
    const d = await cli("extract", dir);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain("E_FILE_READ");
  });

  it("an unknown --format is a usage error, exit 2", async () => {
    const r = await cli("extract", DOC000, "--format", "xml");
    expect(r.code).toBe(2);
  });
});
