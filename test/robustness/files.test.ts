/**
 * Special files and includes (issue 22): devices, FIFOs and sockets are
 * refused before any read (the scenario and its includes); includes stay in
 * the folder on real paths (symbolic links followed) unless the command line
 * allows more; a scenario cannot allow itself; folder loops stop with the
 * include's position; errors never quote a file outside the folder.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/scenario/load.js";
import { readRegularFile } from "../../src/scenario/read-file.js";
import { HEAD, rejected, SECTOR } from "./helpers.js";

const dir = mkdtempSync(join(tmpdir(), "chainsim-files-"));
const region = (file: string) => `${HEAD}${SECTOR}regions:\n  - { id: r, file: ${file} }\n`;
const SECRET = "root:x:0:0:top secret line";

describe("special files", () => {
  it("the scenario /dev/zero is refused as a device without reading it", async () => {
    const e = await rejected(loadScenario("/dev/zero"));
    expect(e.code).toBe("E_NOT_REGULAR_FILE");
    expect(e.message).toContain("a device");
  });
  it("a FIFO is refused without waiting for a writer", async () => {
    const fifo = join(dir, "pipe.yaml");
    execFileSync("mkfifo", [fifo]);
    const e = await rejected(loadScenario(fifo));
    expect(e.code).toBe("E_NOT_REGULAR_FILE");
    expect(e.message).toContain("FIFO");
  });
  it("a socket is refused", async () => {
    const sock = join(dir, "s.sock");
    const server = createServer();
    await new Promise<void>((r) => server.listen(sock, r));
    try {
      expect((await rejected(loadScenario(sock))).code).toBe("E_NOT_REGULAR_FILE");
    } finally {
      server.close();
    }
  });
  it("an include that is a symbolic link to /dev/urandom is refused at the include's line", async () => {
    const d = mkdtempSync(join(dir, "urandom-"));
    symlinkSync("/dev/urandom", join(d, "r.yaml"));
    writeFileSync(join(d, "p.yaml"), region("r.yaml"));
    // --allow-outside-includes: the link leaves the folder, the device check must still hold
    const e = await rejected(loadScenario(join(d, "p.yaml"), { allowOutsideIncludes: true }));
    expect(e.code).toBe("E_NOT_REGULAR_FILE");
    const without = await rejected(loadScenario(join(d, "p.yaml")));
    expect(without.code).toBe("E_REGION_OUTSIDE");
    expect(without.diagnostics[0]!.loc).toMatchObject({ line: 11 });
  });
  it("reads stop one byte past the limit, whatever stat says", () => {
    const f = join(dir, "big.yaml");
    writeFileSync(f, "x".repeat(101));
    expect(readRegularFile(f, 101).length).toBe(101);
    expect(() => readRegularFile(f, 100)).toThrow(/101 bytes, more than the 100/);
  });
});

describe("includes outside the folder", () => {
  const outsideDir = mkdtempSync(join(dir, "outside-"));
  writeFileSync(join(outsideDir, "passwd"), `${SECRET}\n`);
  const d = mkdtempSync(join(dir, "scenario-"));

  it("a file's own allow_outside_includes: true does not open /etc/passwd-like files, and is warned about", async () => {
    writeFileSync(
      join(d, "self.yaml"),
      `${region(join(outsideDir, "passwd"))}allow_outside_includes: true\n`,
    );
    const e = await rejected(loadScenario(join(d, "self.yaml")));
    expect(e.code).toBe("E_REGION_OUTSIDE");
    expect(e.message).not.toContain("top secret");
    expect(e.diagnostics[0]!.hint).toContain("--allow-outside-includes");
  });
  it("the key alone (nothing outside) loads with W_ALLOW_OUTSIDE_IGNORED at its line", async () => {
    writeFileSync(join(d, "inside.yaml"), `${HEAD}${SECTOR}`);
    writeFileSync(join(d, "ok.yaml"), `${region("inside.yaml")}allow_outside_includes: true\n`);
    const s = await loadScenario(join(d, "ok.yaml"));
    const w = s.warnings.find((x) => x.code === "W_ALLOW_OUTSIDE_IGNORED");
    expect(w?.loc).toMatchObject({ line: 12, col: 1 });
  });
  it("a symbolic link inside the folder pointing outside is outside (real paths)", async () => {
    symlinkSync(join(outsideDir, "passwd"), join(d, "innocent.yaml"));
    writeFileSync(join(d, "link.yaml"), region("innocent.yaml"));
    const e = await rejected(loadScenario(join(d, "link.yaml")));
    expect(e.code).toBe("E_REGION_OUTSIDE");
    expect(e.message).not.toContain("top secret");
  });
  it("with --allow-outside-includes the file is read, but its errors do not quote it", async () => {
    const e = await rejected(loadScenario(join(d, "link.yaml"), { allowOutsideIncludes: true }));
    expect(e.code).toBe("E_REGION_OUTSIDE_INVALID");
    expect(e.message).not.toContain("top secret");
    expect(e.message).not.toContain("root:x");
    expect(e.diagnostics.every((x) => x.excerpt === undefined)).toBe(true);
  });
  it("a folder that links to itself is a cycle named with the include's position, not 40 levels and ELOOP", async () => {
    const l = mkdtempSync(join(dir, "loop-"));
    symlinkSync(".", join(l, "loop"));
    writeFileSync(join(l, "p.yaml"), region("loop/p.yaml"));
    const e = await rejected(loadScenario(join(l, "p.yaml")));
    expect(e.code).toBe("E_REGION_CYCLE");
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: 11 });
  });
  it("a chain of distinct files deeper than the limit stops with E_REGION_LOOP at an include", async () => {
    const l = mkdtempSync(join(dir, "chain-"));
    // f0 includes f1, which includes f2, … f20: no cycle, but deeper than MAX_INCLUDE_DEPTH
    for (let i = 0; i < 20; i++) writeFileSync(join(l, `f${i}.yaml`), region(`f${i + 1}.yaml`));
    writeFileSync(join(l, "f20.yaml"), `${HEAD}${SECTOR}`);
    const e = await rejected(loadScenario(join(l, "f0.yaml")));
    expect(e.code).toBe("E_REGION_LOOP");
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: 11 });
  });
  it("a symbolic-link loop (a → b → a) is an error at the include, not a crash", async () => {
    const l = mkdtempSync(join(dir, "eloop-"));
    symlinkSync("b.yaml", join(l, "a.yaml"));
    symlinkSync("a.yaml", join(l, "b.yaml"));
    writeFileSync(join(l, "p.yaml"), region("a.yaml"));
    const e = await rejected(loadScenario(join(l, "p.yaml")));
    expect(e.code).toBe("E_FILE_READ");
    expect(e.message).toContain("symbolic links loop");
    expect(e.diagnostics[0]!.loc).toMatchObject({ line: 11 });
  });
});
