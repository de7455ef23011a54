/**
 * Issue 16, Done when (1): with LANG=zh_CN.UTF-8 every command prints Chinese
 * only, apart from ids, file names and numbers; `--lang en` gives English.
 *
 * Each command runs in-process over the shipped scenarios. Every Latin word it
 * prints must come from its input (an id, key or quoted value of the scenario
 * files it read, an argument it was given), be a message code or flag, or be
 * one of the few names that stay Latin in Chinese writing (Sobol, CSV, Excel …).
 * Anything else is English that did not come from the Chinese catalogue.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { INTERNAL, METHOD_PARAM, METHOD_RULE } from "../../src/i18n/text/loader.js";
import { message } from "../../src/messages.js";
import { cliEnv } from "../cli/helpers.js";

const SD = "scenarios/shandong-it-2025.yaml";
const GD = "scenarios/guangdong-it-2025.yaml";
const LC = "scenarios/liaocheng-it-2025.yaml";
const DOC000 = "test/fixtures/extract/seeds/000_4bf4d86db3557302.txt";
const DRAFT = join(mkdtempSync(join(tmpdir(), "chainsim-zh-only-")), "draft.yaml");

/** Names a Chinese text writes in Latin letters: methods, formats, products, the program itself. */
const LATIN_IN_CHINESE = new Set(
  (
    "chainsim Sobol Morris Shapley PRIM Leontief Ghosh Rasmussen Hawkins Simon Monte Carlo " +
    "CSV JSON YAML UTF BOM Excel WPS HTML SVG PNG GB GB18030 Schema xlsx yaml json csv svg png html parquet md " +
    "id ids ok"
  ).split(" "),
);

/** Every Latin word of a text (ids with -, _ and . kept whole). */
function latinWords(text: string): string[] {
  return [...text.matchAll(/[A-Za-z][A-Za-z0-9_.'-]*/g)].map((m) => m[0].replace(/[.'-]+$/, ""));
}

/** The Latin words a run may print: those of its input files and arguments. */
function fromInput(files: readonly string[], argv: readonly string[]): Set<string> {
  const words = new Set<string>();
  const add = (t: string) => {
    for (const w of latinWords(t)) {
      words.add(w);
      for (const part of w.split(/[._\-/]/)) words.add(part);
    }
  };
  for (const f of files) add(readFileSync(f, "utf8"));
  for (const a of argv) add(a);
  return words;
}

/** Command-line syntax and mathematical notation: flags, URLs, file names, symbols (N, A_r), percentiles (P90). */
function withoutNotation(text: string): string {
  return text
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/[\w/*.-]*[\w*-]\.[a-z]{2,5}\b/g, " ")
    .replace(/(?<![\w/])--?[a-zA-Z][a-zA-Z0-9-]*/g, " ")
    .replace(/\b(?:[A-Za-z](?:_[a-z])?|P\d+)\b/g, " ");
}

/**
 * Words of the scenario language and the command line that hints quote: keys, distribution and
 * comparator names, formula functions, method and option values, folder names.
 */
const SYNTAX = new Set(
  (
    "regions actuals children exhaustive note source value name unit growth baseline sectors indicators targets " +
    "description documents firms instruments links overlaps variants correlations allow_outside_includes " +
    "regions_exhaustive title horizon base_year at_least at_most reach about below no_fewer_than " +
    "normal truncnormal lognormal uniform triangular pert choice empirical pi exp log max min sqrt and or not " +
    "NaN Infinity iconv GBK Windows snake_case cloud_big_data scenarios docs reference target mod out " +
    "full morris sobol shapley tornado qmc random p10"
  ).split(" "),
);
/** Every key the scenario format has (schema/scenario.schema.json): hints list them ("可用的键：…"). */
function schemaKeys(node: unknown, into: Set<string>): Set<string> {
  if (Array.isArray(node)) for (const x of node) schemaKeys(x, into);
  else if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) {
      if (k === "properties" && v && typeof v === "object") for (const key of Object.keys(v)) into.add(key);
      schemaKeys(v, into);
    }
  }
  return into;
}
schemaKeys(JSON.parse(readFileSync("schema/scenario.schema.json", "utf8")), SYNTAX);

/** The names of chainsim's commands (they appear in hints: "chainsim run 逐项列出"). */
const COMMAND_NAMES = new Set(
  "init extract validate run simulate merge costs compare sweep check backtest chain explain sensitivity discover solve report serve schema convert help".split(
    " ",
  ),
);

/** Latin words of `text` that are not allowed: the stray English. */
function strayEnglish(text: string, allowed: ReadonlySet<string>): string[] {
  const stray = new Set<string>();
  for (const w of latinWords(withoutNotation(text))) {
    if (allowed.has(w) || LATIN_IN_CHINESE.has(w) || COMMAND_NAMES.has(w) || SYNTAX.has(w)) continue;
    if (/^[EW]_[A-Z_]+$/.test(w)) continue; // message codes
    if (
      w
        .split(/[._\-/]/)
        .every((p) => /^\d*$/.test(p) || allowed.has(p) || LATIN_IN_CHINESE.has(p) || SYNTAX.has(p))
    )
      continue;
    stray.add(w);
  }
  return [...stray].sort();
}

interface Case {
  name: string;
  argv: string[];
  files: string[];
  /** Ids the command makes up itself (extract's goal ids g1, g2 …). */
  ids?: string[];
}

const CASES: Case[] = [
  { name: "check", argv: ["check", SD], files: [SD] },
  { name: "run", argv: ["run", SD], files: [SD] },
  { name: "simulate", argv: ["simulate", SD, "--samples", "500"], files: [SD] },
  { name: "costs", argv: ["costs", LC, "--samples", "100"], files: [LC] },
  { name: "chain", argv: ["chain", SD, "--samples", "100"], files: [SD] },
  { name: "explain", argv: ["explain", SD, "sd-software-2025"], files: [SD] },
  {
    name: "sweep",
    argv: ["sweep", SD, "--set", "software.growth=8%:12%:2%", "--samples", "100"],
    files: [SD],
  },
  { name: "compare", argv: ["compare", SD, GD], files: [SD, GD] },
  {
    name: "solve",
    argv: ["solve", SD, "--for", "software.growth", "--target", "sd-software-2025"],
    files: [SD],
  },
  {
    name: "discover",
    argv: ["discover", SD, "--target", "sd-it-2025", "--samples", "300"],
    files: [SD],
  },
  { name: "extract", argv: ["extract", DOC000, "--out", DRAFT], files: [DOC000], ids: ["g1"] },
  {
    name: "sensitivity",
    argv: ["sensitivity", SD, "--target", "sd-software-2025", "--samples", "64"],
    files: [SD],
  },
];

describe("LANG=zh_CN.UTF-8: every command prints Chinese only (apart from ids, file names and numbers)", () => {
  for (const c of CASES) {
    it(`${c.name}: no English in zh, English under --lang en`, async () => {
      const zh = await cliEnv({ LANG: "zh_CN.UTF-8" }, ...c.argv);
      expect(zh.code, zh.stderr).toBe(0);
      const text = zh.stdout + zh.stderr;
      expect(text).toMatch(/[\u4e00-\u9fff]/);
      const allowed = new Set([...fromInput(c.files, c.argv), ...(c.ids ?? [])]);
      expect(strayEnglish(text, allowed), text).toEqual([]);
      const en = await cliEnv({ LANG: "zh_CN.UTF-8" }, ...c.argv, "--lang", "en");
      expect(en.code).toBe(0);
      // the English run speaks English: words that are not in the input
      expect(strayEnglish(en.stdout, allowed).length).toBeGreaterThan(3);
    }, 120_000);
  }

  it("extract: the draft's comments and notes are Chinese (its keys, ids and values are the scenario's syntax)", async () => {
    const r = await cliEnv({ LANG: "zh_CN.UTF-8" }, "extract", DOC000, "--out", DRAFT);
    expect(r.code, r.stderr).toBe(0);
    const draft = readFileSync(DRAFT, "utf8");
    const data: string[] = [];
    const prose: string[] = [];
    for (const line of draft.split("\n")) {
      const at = line.indexOf("#");
      const body = at < 0 ? line : line.slice(0, at);
      const note = /note: "([^"]*)"/.exec(body);
      if (note) prose.push(note[1]!);
      data.push(body.replace(/note: "[^"]*"/, ""));
      if (at >= 0) prose.push(line.slice(at));
    }
    const allowed = new Set([...fromInput([DOC000], []), ...latinWords(data.join("\n"))]);
    expect(prose.join("\n")).toMatch(/待填写/);
    expect(strayEnglish(prose.join("\n"), allowed), prose.join("\n")).toEqual([]);
  });
});

/** Every file under test/fixtures/bad that fails validation (the BOM fixture passes, with a warning). */
const BAD = readFileSync("test/fixtures/bad/expected.json", "utf8");
const BAD_FILES = Object.keys((JSON.parse(BAD) as { errors: Record<string, unknown> }).errors).map(
  (f) => `test/fixtures/bad/${f}`,
);

describe("validate errors: Chinese only, keeping position, caret and the quoted source line", () => {
  it("every bad-input fixture", async () => {
    expect(BAD_FILES.length).toBeGreaterThan(40);
    const problems: string[] = [];
    for (const f of BAD_FILES) {
      const r = await cliEnv({ LANG: "zh_CN.UTF-8" }, "validate", f);
      // the quoted source lines ("  9 |     growth: [8%, 12%") are the user's own text
      const text = (r.stdout + r.stderr)
        .split("\n")
        .filter((l) => !/^\s+\d+ \|/.test(l) && !/^\s+\|/.test(l))
        .join("\n");
      const stray = strayEnglish(text, fromInput([f], [f]));
      if (stray.length) problems.push(`${f}: ${stray.join(" ")}\n${text}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe("--help in Chinese", () => {
  it("the program's and every command's help has no English beyond names, flags and placeholders", async () => {
    const { COMMANDS } = await import("../../src/cli/main.js");
    expect(COMMANDS.length).toBeGreaterThan(10);
    const top = await cliEnv({ LANG: "zh_CN.UTF-8" }, "--help");
    const names = [...top.stdout.matchAll(/^ {2}([a-z][a-z-]*)\b/gm)].map((m) => m[1]!);
    expect(names).toContain("check");
    const problems: string[] = [];
    for (const name of ["", ...names.filter((n) => n !== "help")]) {
      const r = await cliEnv({ LANG: "zh_CN.UTF-8" }, ...(name ? [name] : []), "--help");
      // the usage line, flags (--as-of), placeholders (<file>, FILE) and command names are syntax, not prose
      const text = r.stdout
        .replace(/^(Usage|用法)：?:?.*$/gm, "")
        .replace(/--?[a-zA-Z][a-zA-Z0-9-]*/g, "")
        .replace(/[<[][^>\]]*[>\]]/g, "")
        .replace(/\b[A-Z][A-Z_]+\b/g, "");
      // option values and the scenario keys options name (regions:, software.growth) are input syntax too
      const allowed = new Set([
        ...names,
        ...fromInput([SD, LC], []),
        ..."table markdown zh en file files file2 document base".split(" "),
      ]);
      const stray = strayEnglish(text, allowed);
      if (stray.length) problems.push(`${name || "chainsim"}: ${stray.join(" ")}`);
    }
    expect(problems).toEqual([]);
  }, 300_000);
});

describe("error details in Chinese: E_METHOD_PARAM's parameter and E_INTERNAL's detail", () => {
  it("a bad Morris parameter names it as a planner reads it, with its flag; English keeps the symbol", async () => {
    const argv = ["sensitivity", SD, "--method", "morris", "--target", "sd-it-2025", "--levels", "1"];
    const zh = await cliEnv({ LANG: "zh_CN.UTF-8" }, ...argv);
    expect(zh.code).toBe(2);
    expect(zh.stderr).toContain("E_METHOD_PARAM：网格层数（--levels） 应为 不小于 2 的整数，而不是 1");
    expect(strayEnglish(zh.stderr, fromInput([], argv)), zh.stderr).toEqual([]);
    const en = await cliEnv({ LANG: "zh_CN.UTF-8" }, ...argv, "--lang", "en");
    expect(en.stderr).toContain("levels (p) must be a whole number of at least 2, not 1");
  });

  it("every parameter name E_METHOD_PARAM can give is Chinese under zh", () => {
    for (const [key, name] of Object.entries(METHOD_PARAM)) {
      const m = message("E_METHOD_PARAM", { name, value: "1", rule: METHOD_RULE.atLeast(2) }, "zh");
      expect(m.message).toMatch(/^[\u4e00-\u9fff]/);
      expect(strayEnglish(m.message, new Set()), key).toEqual([]);
    }
  });

  it("every E_INTERNAL detail is Chinese under zh; a raised message is kept verbatim in brackets", () => {
    const details = [
      INTERNAL.worker("x"),
      INTERNAL.workerExit(3),
      INTERNAL.amountWithoutUnit,
      INTERNAL.unexpected("x"),
    ];
    for (const detail of details) {
      const zh = message("E_INTERNAL", { detail }, "zh");
      expect(strayEnglish(zh.message, new Set(["x"])), zh.message).toEqual([]);
      expect(message("E_INTERNAL", { detail }, "en").message).toMatch(/^internal error: /);
    }
    expect(message("E_INTERNAL", { detail: INTERNAL.workerExit(3) }, "zh").message).toBe(
      "内部错误：一个计算线程意外退出，退出码 3",
    );
  });

  it("an unexpected exception under LANG=zh_CN: the frame is Chinese, the raised text verbatim", async () => {
    let stderr = "";
    const code = await main(["validate", SD], {
      stdout: () => {
        throw new Error("stdout is broken");
      },
      stderr: (t) => {
        stderr += t;
      },
      isTTY: false,
      env: { LANG: "zh_CN.UTF-8" },
    });
    expect(code).toBe(3);
    expect(stderr).toContain("内部错误：未预料到的异常（stdout is broken）");
  });
});

describe("the check itself", () => {
  it("finds English prose and lets ids, codes, files, flags and notation pass", () => {
    const zhWithEnglish =
      '错误 E_BAD_MAGNITUDE：无法把"2.2万万"读成数值：the multiplier is repeated ("万万")';
    expect(strayEnglish(zhWithEnglish, new Set())).toEqual(["is", "multiplier", "repeated", "the"]);
    const clean =
      'scenarios/shandong-it-2025.yaml:11:50: 错误 E_UNIT_MISMATCH："30家"的单位是数量（家）——见 --format json，P90 与 N = 64，软件 software';
    expect(strayEnglish(clean, new Set(["software"]))).toEqual([]);
  });
});
