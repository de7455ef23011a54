/**
 * Atomic writes: whole files appear or none; an interrupted report leaves
 * the previous one intact; bad output folders get E_OUTPUT.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ChainsimError } from "../../src/diagnostics.js";
import { outputReason, writeFileAtomic, writeTreeAtomic } from "../../src/report/atomic-write.js";

let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), "chainsim-atomic-"));
});
afterAll(() => {
  chmodSync(root, 0o755);
});

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
  } catch (e) {
    if (e instanceof ChainsimError) return e.code;
    throw e;
  }
  return undefined;
};

/** Every entry under dir but the report's hidden list of its own files. */
const listAll = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((p) => p.replace(/\\/g, "/"))
    .filter((p) => p !== ".chainsim-owned.json")
    .sort();

describe("writeFileAtomic", () => {
  it("writes the whole file and leaves no temporary file", () => {
    const f = join(root, "one.txt");
    writeFileAtomic(f, "first");
    writeFileAtomic(f, new Uint8Array([104, 105]));
    expect(readFileSync(f, "utf8")).toBe("hi");
    expect(readdirSync(root).filter((n) => n.includes("chainsim-tmp"))).toEqual([]);
  });

  it("names the path when the folder does not exist", () => {
    expect(codeOf(() => writeFileAtomic(join(root, "missing", "x.txt"), "x"))).toBe("E_OUTPUT");
  });
});

describe("writeTreeAtomic", () => {
  const files = (v: string) => [
    { path: "report.html", data: `<p>${v}</p>` },
    { path: "charts/a.svg", data: `<svg>${v}</svg>` },
    { path: "data/a.csv", data: `v\n${v}\n` },
  ];

  it("creates the folder in one step, then replaces only its own files", () => {
    const dir = join(root, "report");
    writeTreeAtomic(dir, [...files("1"), { path: "charts/old.svg", data: "<svg/>" }]);
    expect(listAll(dir)).toEqual([
      "charts",
      "charts/a.svg",
      "charts/old.svg",
      "data",
      "data/a.csv",
      "report.html",
    ]);
    writeFileSync(join(dir, "notes.txt"), "mine");
    writeFileSync(join(dir, "charts", "mine.svg"), "the user's own chart");
    writeTreeAtomic(dir, files("2"));
    expect(readFileSync(join(dir, "report.html"), "utf8")).toBe("<p>2</p>");
    // the user's files stay, also inside charts/; a chart the new report no longer writes goes (issue 22)
    expect(listAll(dir)).toEqual([
      "charts",
      "charts/a.svg",
      "charts/mine.svg",
      "data",
      "data/a.csv",
      "notes.txt",
      "report.html",
    ]);
    expect(readFileSync(join(dir, "charts", "mine.svg"), "utf8")).toBe("the user's own chart");
  });

  it("an interrupted run leaves the previous report intact and no partial files", () => {
    const dir = join(root, "interrupted");
    writeTreeAtomic(dir, files("old"));
    const before = listAll(dir).map((p) => [p, existsSync(join(dir, p)) && readIfFile(join(dir, p))]);
    expect(() =>
      writeTreeAtomic(dir, files("new"), {
        beforeCommit: () => {
          throw new Error("killed");
        },
      }),
    ).toThrow("killed");
    expect(listAll(dir).map((p) => [p, readIfFile(join(dir, p))])).toEqual(before);
    // a file that fails half-way (its content cannot be written) leaves nothing either
    const failing = {
      path: "data/late.csv",
      get data(): string {
        throw new Error("disk died");
      },
    };
    expect(() => writeTreeAtomic(dir, [{ path: "report.html", data: "x" }, failing])).toThrow("disk died");
    expect(listAll(dir).map((p) => [p, readIfFile(join(dir, p))])).toEqual(before);
  });

  it("removes the temporary folder a killed run left behind", () => {
    const dir = join(root, "leftover");
    writeTreeAtomic(dir, files("1"));
    mkdirSync(join(dir, ".chainsim-tmp-999999999-abc"));
    writeTreeAtomic(dir, files("2"));
    expect(readdirSync(dir).filter((n) => n.startsWith(".") && n !== ".chainsim-owned.json")).toEqual([]);
  });

  it("refuses a missing parent folder, a file in the way, and (unless root) a read-only folder", () => {
    expect(codeOf(() => writeTreeAtomic(join(root, "no", "such", "dir"), files("1")))).toBe("E_OUTPUT");
    writeFileSync(join(root, "plain"), "x");
    expect(codeOf(() => writeTreeAtomic(join(root, "plain"), files("1")))).toBe("E_OUTPUT");
    expect(codeOf(() => writeTreeAtomic(join(root, "plain", "sub"), files("1")))).toBe("E_OUTPUT");
    // parents are created only when asked (the default out/<id>)
    writeTreeAtomic(join(root, "made", "for", "me"), files("1"), { createParents: true });
    expect(existsSync(join(root, "made", "for", "me", "report.html"))).toBe(true);
    const ro = join(root, "readonly");
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    if (process.getuid?.() !== 0) {
      expect(codeOf(() => writeTreeAtomic(join(ro, "report"), files("1")))).toBe("E_OUTPUT");
    }
    chmodSync(ro, 0o755);
  });

  it("explains file-system errors in words", () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    expect(outputReason(err("EACCES")).en).toMatch(/read-only/);
    expect(outputReason(err("EROFS")).en).toMatch(/read-only/);
    expect(outputReason(err("ENOSPC")).en).toMatch(/full/);
    expect(outputReason(err("ENOENT")).en).toMatch(/does not exist/);
  });
});

function readIfFile(p: string): string | null {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return null;
  }
}
