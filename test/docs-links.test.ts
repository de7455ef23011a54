/**
 * The docs hang together (issue 23): every relative link of every Markdown
 * page (the READMEs, docs/**, the generated reference and API pages
 * included) names a file that exists, and an anchor into a Markdown page
 * names one of its headings (outside docs/api/, whose anchors typedoc numbers); every page under docs/ is reachable from the
 * READMEs; every command the CLI registers has an entry in both command
 * indexes; every command page has a Chinese twin, and the two link each other.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { pageLang } from "../scripts/docs/transcripts.js";
import { COMMANDS } from "../src/cli/main.js";

/** Every Markdown file of the docs: the READMEs and everything under docs/. */
function markdownPages(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : p.endsWith(".md") ? [p] : [];
    });
  return ["README.md", "README.zh-CN.md", ...walk("docs")];
}

/** Relative links of a page (its text, or `text` as if it lay there), outside code: [target, anchor]. */
function links(page: string, text = readFileSync(page, "utf8")): Array<[string, string]> {
  const prose = text.replace(/^```[\s\S]*?^```/gm, "").replace(/`[^`\n]*`/g, "");
  const out: Array<[string, string]> = [];
  for (const m of prose.matchAll(/\]\(([^)\s]*)\)/g)) {
    const [target = "", anchor = ""] = (m[1] ?? "").split("#");
    if (/^[a-z]+:/.test(target)) continue; // https:, mailto:
    out.push([target === "" ? page : normalize(join(dirname(page), target)), anchor]);
  }
  return out;
}

/**
 * GitHub's anchor for a heading: lower case, punctuation dropped (letters of
 * any script, digits, spaces, hyphens and underscores kept), spaces to hyphens.
 *
 * @example
 * slug("## The PNG font: `resvg`") // "the-png-font-resvg"
 */
function slug(heading: string): string {
  return heading
    .replace(/^#+\s*/, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/ /g, "-");
}

/** A page's anchors: its headings' slugs, a repeated one with -1, -2 … as GitHub numbers them, and `<a id>`s. */
function anchors(page: string): Set<string> {
  const text = readFileSync(page, "utf8").replace(/^```[\s\S]*?^```/gm, "");
  const out = new Set<string>();
  for (const line of text.split("\n").filter((l) => /^#{1,6}\s/.test(l))) {
    const base = slug(line);
    let s = base;
    for (let n = 1; out.has(s); n++) s = `${base}-${n}`;
    out.add(s);
  }
  for (const m of text.matchAll(/<a (?:id|name)="([^"]+)"/g)) out.add(m[1] ?? "");
  return out;
}

/** The names of the commands the CLI registers. */
function commandNames(): string[] {
  const program = new Command("chainsim");
  const io = { stdout: () => {}, stderr: () => {}, isTTY: false };
  for (const register of COMMANDS) register(program, io, { lang: "en" });
  return program.commands.map((c) => c.name());
}

/** The dead links of a page: a missing file, or an anchor no heading of the page has. */
function brokenLinks(page: string, text?: string): string[] {
  const broken: string[] = [];
  for (const [target, anchor] of links(page, text)) {
    if (!existsSync(target)) broken.push(`${page}: ${target}`);
    // typedoc numbers some anchors of docs/api/ (#targetkind-1) by its own registry, not by headings
    else if (anchor && target.endsWith(".md") && !page.startsWith(join("docs", "api")))
      if (!anchors(target).has(decodeURIComponent(anchor))) broken.push(`${page}: ${target}#${anchor}`);
  }
  return broken;
}

describe("docs links", () => {
  it("every relative link names a file, and every anchor a heading of that page", () => {
    expect(markdownPages().flatMap((p) => brokenLinks(p))).toEqual([]);
  });

  it("the checker sees a dead link and a dead anchor, and takes a Chinese heading's anchor", () => {
    const page = join("docs", "commands", "planted.md");
    const planted = [
      "[a](no-such-page.md) [b](report.md#no-such-heading)",
      "[c](report.zh-CN.md#交互式规划页面chainsim-report-文件---interactive) [d](../errors.md) `[e](code.md)`",
    ].join("\n");
    expect(brokenLinks(page, planted)).toEqual([
      `${page}: ${join("docs", "commands", "no-such-page.md")}`,
      `${page}: ${join("docs", "commands", "report.md")}#no-such-heading`,
    ]);
  });

  it("every page under docs/ is reachable from the READMEs", () => {
    const seen = new Set<string>();
    const queue = ["README.md", "README.zh-CN.md"];
    while (queue.length) {
      const page = queue.pop()!;
      if (seen.has(page) || !page.endsWith(".md") || !existsSync(page)) continue;
      seen.add(page);
      for (const [target] of links(page)) queue.push(target);
    }
    expect(markdownPages().filter((p) => !seen.has(p))).toEqual([]);
  });

  it("every command has an entry in both command indexes", () => {
    const names = commandNames();
    expect(names).toContain("init");
    expect(names.length).toBeGreaterThanOrEqual(20);
    for (const index of ["docs/commands/README.md", "docs/commands/README.zh-CN.md"]) {
      const text = readFileSync(index, "utf8");
      const missing = names.filter((n) => !new RegExp(`\\[\`chainsim ${n}\`\\]\\([^)]+\\)`).test(text));
      expect(missing, index).toEqual([]);
    }
  });

  it("every command page has a Chinese twin, and each links the other", () => {
    const pages = readdirSync("docs/commands").filter((f) => f.endsWith(".md"));
    const english = pages.filter((f) => pageLang(f) === "en");
    expect(english.length).toBeGreaterThanOrEqual(17);
    for (const en of english) {
      const zh = en.replace(/\.md$/, ".zh-CN.md");
      expect(pages, en).toContain(zh);
      expect(readFileSync(join("docs/commands", en), "utf8"), en).toContain(`](${zh})`);
      expect(readFileSync(join("docs/commands", zh), "utf8"), zh).toContain(`](${en})`);
    }
  });

  it("Chinese pages run their transcripts in Chinese", () => {
    for (const page of markdownPages().filter((p) => pageLang(p) === "zh")) {
      const english = readFileSync(page, "utf8")
        .split("\n")
        .filter((l) => l.startsWith("$ chainsim ") && /--lang en/.test(l));
      // the Chinese README shows one example in English on purpose (issue 16: the README's examples in both languages)
      expect(english.length, page).toBeLessThanOrEqual(
        page.endsWith("README.zh-CN.md") && !page.includes("docs") ? 1 : 0,
      );
    }
  });
});
