import { describe, expect, it } from "vitest";
import { langArg } from "../../src/cli/options.js";
import { cliEnv, SHANDONG } from "./helpers.js";

describe("usage errors speak the chosen language", () => {
  it("a bad flag value is explained in Chinese under zh, in English under en (no English inside the zh message)", async () => {
    const zh = await cliEnv({ LANG: "zh_CN.UTF-8" }, "simulate", SHANDONG, "--samples", "abc");
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain('错误 E_USAGE：--samples 须为 1 到 100,000,000 之间的整数，而不是"abc"');
    expect(zh.stderr).not.toMatch(/must be|whole number/);
    const en = await cliEnv({}, "simulate", SHANDONG, "--samples", "abc");
    expect(en.stderr).toContain(
      'error E_USAGE: --samples must be a whole number from 1 to 100,000,000, not "abc"',
    );
    const workers = await cliEnv({ LANG: "zh_CN.UTF-8" }, "simulate", SHANDONG, "--workers", "0");
    expect(workers.stderr).toContain('--workers 须为 1 到 256 之间的整数，而不是"0"');
  });
});

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
