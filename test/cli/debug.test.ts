/**
 * `--debug` adds the stack trace to an error, and nothing else does: the
 * same failures (a bad input; an internal error) with and without it.
 */
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { cli, SHANDONG } from "./helpers.js";

const STACK = /^\s+at .+/m;

/** Run with a stdout that throws: an internal error (not a ChainsimError) inside a command. */
async function broken(...argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = "";
  const code = await main(argv, {
    stdout: () => {
      throw new Error("stdout is broken");
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: false,
  });
  return { code, stderr };
}

describe("--debug", () => {
  it("a bad input: the diagnostic only; --debug adds the stack, before or after the command", async () => {
    const plain = await cli(
      "report",
      SHANDONG,
      "--samples",
      "0",
      "--sensitivity",
      "no-such-goal",
      "-o",
      "/nonexistent-parent/x",
    );
    expect(plain.code).not.toBe(0);
    expect(plain.stderr).toMatch(/error E_/);
    expect(plain.stderr).not.toMatch(STACK);
    for (const argv of [
      [
        "--debug",
        "report",
        SHANDONG,
        "--samples",
        "0",
        "--sensitivity",
        "no-such-goal",
        "-o",
        "/nonexistent-parent/x",
      ],
      [
        "report",
        SHANDONG,
        "--samples",
        "0",
        "--sensitivity",
        "no-such-goal",
        "-o",
        "/nonexistent-parent/x",
        "--debug",
      ],
    ]) {
      const debug = await cli(...argv);
      expect(debug.code).toBe(plain.code);
      expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
      expect(debug.stderr.slice(plain.stderr.length)).toMatch(STACK);
    }
  });

  it("an internal error: E_INTERNAL without a stack; --debug adds it", async () => {
    const plain = await broken("validate", SHANDONG);
    expect(plain.stderr).toContain("E_INTERNAL");
    expect(plain.stderr).toContain("stdout is broken");
    expect(plain.stderr).not.toMatch(STACK);
    const debug = await broken("validate", SHANDONG, "--debug");
    expect(debug.code).toBe(plain.code);
    expect(debug.stderr.startsWith(plain.stderr)).toBe(true);
    expect(debug.stderr.slice(plain.stderr.length)).toMatch(/Error: stdout is broken\n\s+at /);
  });

  it.skipIf(!existsSync("dist/cli/main.js"))("the installed command: stack only with --debug", async () => {
    const run = async (...args: string[]) => {
      try {
        await promisify(execFile)(process.execPath, ["bin/chainsim.js", ...args]);
        return "";
      } catch (e) {
        return (e as { stderr: string }).stderr;
      }
    };
    const plain = await run("check", "no/such/file.yaml");
    expect(plain).toMatch(/error E_/);
    expect(plain).not.toMatch(STACK);
    expect(await run("check", "no/such/file.yaml", "--debug")).toMatch(STACK);
  });
});
