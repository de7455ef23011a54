import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { helpEntry } from "../../src/cli/help.js";
import { COMMANDS } from "../../src/cli/main.js";
import { applyCommonOptions } from "../../src/cli/options.js";
import { cliEnv } from "./helpers.js";

/** The CLI's whole output (help goes to stdout, usage errors to stderr). */
async function run(env: Record<string, string>, ...argv: string[]) {
  const r = await cliEnv(env, ...argv);
  return { code: r.code, out: r.stdout + r.stderr };
}

describe("--help in both languages", () => {
  it("every command, argument and option has a catalogue entry in zh and en", () => {
    const program = new Command("chainsim");
    for (const r of COMMANDS)
      r(program, { stdout: () => {}, stderr: () => {}, isTTY: false }, { lang: "en" });
    applyCommonOptions(program, "en");
    const missing: string[] = [];
    for (const cmd of program.commands) {
      const keys = [
        ...cmd.registeredArguments.map((a) => `arg:${a.name()}`),
        ...cmd.options.map((o) => o.long ?? o.flags),
      ];
      for (const k of keys) {
        const e = helpEntry(cmd.name(), k);
        if (!e?.zh || !e.en) missing.push(`${cmd.name()} ${k}`);
      }
    }
    expect(missing, "add these to src/i18n/text/help.ts").toEqual([]);
  });

  it("LANG=zh_CN.UTF-8 chainsim --help and check --help print Chinese; --lang en English", async () => {
    const top = await run({ LANG: "zh_CN.UTF-8" }, "--help");
    expect(top.code).toBe(0);
    expect(top.out).toContain("用法：");
    expect(top.out).toContain("检验产业政策目标");
    const check = await run({ LANG: "zh_CN.UTF-8" }, "check", "--help");
    expect(check.out).toContain("情景文件（.yaml 或 .json）");
    expect(check.out).toMatch(/输出格式（可选：table、json、markdown、xlsx；默认：table）/);
    const en = await run({ LANG: "zh_CN.UTF-8" }, "check", "--help", "--lang", "en");
    expect(en.out).toContain("Usage: chainsim check [options] <file>");
    expect(en.out).toContain("scenario file (.yaml or .json)");
    expect(en.out).not.toMatch(/\p{Script=Han}{2}/u);
  });

  it("commander's usage errors speak the chosen language", async () => {
    const zh = await run({ LANG: "zh_CN.UTF-8" }, "check", "--foo");
    expect(zh.code).toBe(2);
    expect(zh.out).toContain("错误：未知选项 '--foo'");
    expect(zh.out).toContain("（运行 chainsim --help 查看用法）");
    const en = await run({}, "check", "--foo");
    expect(en.out).toContain("error: unknown option '--foo'");
  });
});
