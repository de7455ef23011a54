/**
 * The CJK font of the workbench page, made once by `npm run build`
 * (scripts/build-page.mjs → dist/page/cjk-font.css) and inlined into every
 * page: the bundled Noto Sans S Chinese cut to the characters a page can
 * show — every Chinese text of the page's bundle (labels, messages), the
 * 3,755 common characters of GB 2312 level 1 (what a dropped scenario's
 * names are almost always written in), and the characters of the shipped
 * scenarios and templates. A character outside that set falls back to the
 * reader's own fonts.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { cjkCharacters, cjkFontFace } from "../report/charts/font-face.js";

/**
 * The 3,755 characters of GB 2312 level 1 (rows 16–55, the common
 * characters), decoded from their GBK bytes.
 *
 * @example
 * const l1 = gb2312Level1(); [...l1].length // 3755; l1[0] // "啊"
 */
export function gb2312Level1(): string {
  const gbk = new TextDecoder("gbk");
  let out = "";
  for (let row = 0xb0; row <= 0xd7; row++) {
    // row 55 (0xD7) ends at 0xF9: its last five places are empty
    const last = row === 0xd7 ? 0xf9 : 0xfe;
    for (let col = 0xa1; col <= last; col++) out += gbk.decode(new Uint8Array([row, col]));
  }
  return out;
}

/**
 * The texts a minified bundle holds, with `\uXXXX` and `\u{X…}` escapes
 * decoded (esbuild writes every non-ASCII character as an escape).
 *
 * @example
 * unescapeBundle('"\\u76EE\\u6807"') // '"目标"'
 */
export function unescapeBundle(source: string): string {
  return source
    .replace(/\\u\{([0-9a-fA-F]+)\}/g, (_m, h: string) => String.fromCodePoint(Number.parseInt(h, 16)))
    .replace(/\\u([0-9a-fA-F]{4})/g, (_m, h: string) => String.fromCharCode(Number.parseInt(h, 16)));
}

/** The YAML files of a folder, as text (none when it is missing). */
function yamlTexts(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readFileSync(join(dir, f), "utf8"));
}

/**
 * The workbench's `@font-face` rules (Regular only: the page is one file to
 * email, and browsers embolden it for headings), for the bundle's texts,
 * GB 2312 level 1 and the YAML files under `root`'s scenarios/ and templates/.
 */
export async function pageFontCss(bundle: string, root: string): Promise<string> {
  const chars = cjkCharacters([
    unescapeBundle(bundle),
    gb2312Level1(),
    ...yamlTexts(join(root, "scenarios")),
    ...yamlTexts(join(root, "templates")),
  ]);
  return cjkFontFace(chars);
}

/** The font rules built with the bundle (dist/page/cjk-font.css), or "" when not built. */
export function readPageFontCss(): string {
  for (const c of [
    new URL("./cjk-font.css", import.meta.url),
    new URL("../../dist/page/cjk-font.css", import.meta.url),
  ]) {
    const p = fileURLToPath(c);
    if (existsSync(p)) return readFileSync(p, "utf8");
  }
  return "";
}
