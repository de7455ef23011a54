import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { langArg } from "../../src/cli/options.js";
import { SHANDONG } from "./helpers.js";

/** Run the CLI in-process with an environment of our choosing. */
async function cliEnv(env: Record<string, string>, ...argv: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    isTTY: false,
    env,
  });
  return { code, stdout, stderr };
}

describe("choosing the language on the command line", () => {
  it("reads --lang before parsing, in both spellings, and stops at --", () => {
    expect(langArg(["check", "a.yaml", "--lang", "en"])).toBe("en");
    expect(langArg(["check", "--lang=zh", "a.yaml"])).toBe("zh");
    expect(langArg(["check", "a.yaml"])).toBeUndefined();
    expect(langArg(["check", "--", "--lang", "zh"])).toBeUndefined();
  });

  it("every command accepts --lang zh|en", async () => {
    const { COMMANDS } = await import("../../src/cli/main.js");
    expect(COMMANDS.length).toBeGreaterThan(10);
    for (const cmd of [
      "validate",
      "explain",
      "solve",
      "discover",
      "sensitivity",
      "sweep",
      "extract",
      "merge",
      "schema",
      "serve",
      "report",
      "check",
      "run",
      "simulate",
      "costs",
      "chain",
      "compare",
    ]) {
      const r = await cliEnv({}, cmd, "--lang", "fr");
      // commander rejects the value (not the option): the option exists on every command
      expect(r.stderr, cmd).toMatch(/--lang <lang>' argument 'fr' is invalid|无效/);
      expect(r.code, cmd).toBe(2);
    }
  });

  it("LANG=zh_CN.UTF-8 makes validate speak Chinese; --lang en overrides; CHAINSIM_LANG overrides LANG", async () => {
    const zh = await cliEnv({ LANG: "zh_CN.UTF-8" }, "validate", SHANDONG);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toMatch(/通过 — \d+ 个产业/);
    const en = await cliEnv({ LANG: "zh_CN.UTF-8" }, "validate", SHANDONG, "--lang", "en");
    expect(en.stdout).toMatch(/: ok — \d+ sectors/);
    const own = await cliEnv({ LANG: "zh_CN.UTF-8", CHAINSIM_LANG: "en" }, "validate", SHANDONG);
    expect(own.stdout).toMatch(/: ok — /);
    const none = await cliEnv({}, "validate", SHANDONG);
    expect(none.stdout).toMatch(/: ok — /);
  });

  it("errors keep their position and code, in the chosen language", async () => {
    const zh = await cliEnv({ LC_ALL: "zh_CN.UTF-8" }, "check", "no-such-file.yaml");
    expect(zh.code).toBe(2);
    expect(zh.stderr).toMatch(/错误 E_FILE_NOT_FOUND：/);
    const en = await cliEnv({ LC_ALL: "zh_CN.UTF-8" }, "check", "no-such-file.yaml", "--lang", "en");
    expect(en.stderr).toMatch(/error E_FILE_NOT_FOUND: cannot find scenario file "no-such-file.yaml"/);
  });
});
