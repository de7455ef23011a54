/**
 * Transcripts in the docs: every `$ chainsim …` block sits between
 *
 *     <!-- transcript -->
 *     ```
 *     $ chainsim check scenarios/shandong-it-2025.yaml --lang en
 *     …output…
 *     ```
 *     <!-- /transcript -->
 *
 * and its output is what the command prints, run in-process (src/cli/main.ts)
 * in a fresh folder holding the shipped scenarios, the Shandong seed text and
 * docs/examples/. A block may hold several `$ chainsim` lines; the commands of
 * one page run in order in the same folder (so `extract --out draft.yaml`
 * then `check draft.yaml` works). `npm run docs` rewrites the blocks; a test
 * fails when a block differs from what the commands print. Commands run in
 * the page's language: Chinese on `*.zh-CN.md` pages, English elsewhere (what
 * a command without `--lang` prints on a machine set to that language).
 */
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";

const BLOCK = /(<!-- transcript -->\n```[a-z]*\n)([\s\S]*?)(```\n<!-- \/transcript -->)/g;

/** The language a page is written in, and its commands run in. */
export type PageLang = "zh" | "en";

/** Runs one command line (without the leading `chainsim`) in `cwd`; returns what it printed. */
export type Runner = (args: string[], cwd: string, lang?: PageLang) => Promise<string>;

/** A page's language from its file name: `guide.zh-CN.md` is Chinese, the others English. */
export function pageLang(page: string): PageLang {
  return page.endsWith(".zh-CN.md") ? "zh" : "en";
}

/** The commands of a block: its `$ chainsim …` lines. */
export function commandsOf(block: string): string[][] {
  return block
    .split("\n")
    .filter((l) => l.startsWith("$ chainsim "))
    .map((l) => splitArgs(l.slice("$ chainsim ".length)));
}

/** Split a command line on spaces, keeping "double-quoted" or 'single-quoted' words whole. */
export function splitArgs(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3] ?? "");
  return out;
}

/** The page with every transcript block's output regenerated. */
export async function fillTranscripts(
  page: string,
  run: Runner,
  root: string,
  lang: PageLang = "en",
): Promise<string> {
  const blocks = [...page.matchAll(BLOCK)];
  if (blocks.length === 0) return page;
  const dir = workspace(root);
  try {
    const filled: string[] = [];
    for (const b of blocks) {
      let text = "";
      for (const args of commandsOf(b[2] ?? "")) {
        text += `$ chainsim ${args.map(quote).join(" ")}\n${await run(args, dir, lang)}`;
        if (!text.endsWith("\n")) text += "\n";
      }
      filled.push(`${b[1]}${text}${b[3]}`);
    }
    let i = 0;
    return page.replace(BLOCK, () => filled[i++] ?? "");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function quote(arg: string): string {
  return /^[\w@%:=/.,~+-]+$/.test(arg) ? arg : `"${arg}"`;
}

/** A fresh folder with what transcripts read: scenarios/, the seed text, docs/examples/*. */
function workspace(root: string): string {
  const dir = mkdtempSync(join(tmpdir(), "chainsim-docs-"));
  cpSync(join(root, "scenarios"), join(dir, "scenarios"), { recursive: true });
  const seed = "000_4bf4d86db3557302.txt";
  cpSync(join(root, "test/fixtures/extract/seeds", seed), join(dir, seed));
  const examples = join(root, "docs/examples");
  for (const f of readdirSync(examples)) cpSync(join(examples, f), join(dir, f), { recursive: true });
  return dir;
}

/** Warnings whose text depends on the machine (its speed, its cores), with their indented lines. */
const MACHINE_WARNINGS = /^(?:warning|警告) (W_LONG_RUN|W_WORKERS_CAPPED)[:：].*\n(?: {2}.*\n)*/gm;

/** The environment a page's commands run in: its language, whatever this machine's locale. */
const PAGE_ENV: Record<PageLang, Record<string, string>> = {
  en: { CHAINSIM_LANG: "en", LANG: "en_US.UTF-8", LC_ALL: "en_US.UTF-8" },
  zh: { CHAINSIM_LANG: "zh", LANG: "zh_CN.UTF-8", LC_ALL: "zh_CN.UTF-8" },
};

/** Run the CLI in-process in `cwd`, stdout and stderr in the order printed, and the exit code when not 0. */
export const runCli: Runner = async (args, cwd, lang = "en") => {
  const before = process.cwd();
  const env = {
    CHAINSIM_LANG: process.env.CHAINSIM_LANG,
    LANG: process.env.LANG,
    LC_ALL: process.env.LC_ALL,
  };
  let out = "";
  process.chdir(cwd);
  // a command without --lang speaks the page's language, whatever this machine's locale
  Object.assign(process.env, PAGE_ENV[lang]);
  try {
    const write = (s: string) => {
      out += s;
    };
    const code = await main(args, { stdout: write, stderr: write, isTTY: false, env: PAGE_ENV[lang] });
    // warnings that depend on this machine's speed or cores are left out of the docs
    out = out.replace(MACHINE_WARNINGS, "");
    if (code !== 0) out += `${out.endsWith("\n") || out === "" ? "" : "\n"}(exit code ${code})\n`;
    return out;
  } finally {
    process.chdir(before);
    for (const [k, v] of Object.entries(env)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
};
