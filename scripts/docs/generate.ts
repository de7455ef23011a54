/**
 * Every generated part of the docs, computed from the sources: the
 * transcripts of README.md, README.zh-CN.md and docs/**.md (transcripts.ts),
 * the error-code table of docs/errors.md (src/messages.ts) and the format
 * reference docs/reference/*.md (reference.ts). `npm run docs` writes them; a
 * test compares them with the committed files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { errorCodeTable } from "../../src/messages.js";
import { referencePages } from "./reference.js";
import { fillTranscripts, pageLang, type Runner, runCli } from "./transcripts.js";

/** Fill the error-code table between its markers. */
export function fillErrorCodes(page: string): string {
  return page.replace(
    /(<!-- error-codes:start -->)[\s\S]*?(<!-- error-codes:end -->)/,
    (_m, a: string, b: string) => `${a}\n${errorCodeTable()}\n${b}`,
  );
}

/** The Markdown pages that may hold transcripts: the READMEs and docs/ (not the generated API and reference). */
export function transcriptPages(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(join(root, dir)).flatMap((f) => {
      const p = join(dir, f);
      if (p === join("docs", "api") || p === join("docs", "reference")) return [];
      return statSync(join(root, p)).isDirectory() ? walk(p) : p.endsWith(".md") ? [p] : [];
    });
  return ["README.md", "README.zh-CN.md", ...walk("docs")].filter((p) => existsSync(join(root, p)));
}

/** What every generated file should hold, by path from the repository root. */
export async function generatedDocs(root: string, run: Runner = runCli): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const [file, text] of referencePages()) out.set(join("docs", "reference", file), text);
  for (const page of transcriptPages(root)) {
    let text = readFileSync(join(root, page), "utf8");
    if (page === join("docs", "errors.md")) text = fillErrorCodes(text);
    out.set(page, await fillTranscripts(text, run, root, pageLang(page)));
  }
  return out;
}

/** The generated files that differ from the ones on disk (missing ones too). */
export function staleDocs(root: string, expected: Map<string, string>): string[] {
  return [...expected].flatMap(([file, text]) => {
    const path = join(root, file);
    return existsSync(path) && readFileSync(path, "utf8") === text ? [] : [relative(root, path)];
  });
}
