/**
 * The CJK font inlined into HTML (report.html, the workbench) as CSS
 * `@font-face` rules with the font as a data: URL, so Chinese shows on a
 * machine without a Chinese font and offline: the bundled Noto Sans S
 * Chinese (SIL Open Font License 1.1), cut down to the characters the page
 * uses. The rules name the family the charts and pages list first
 * (FONT_FAMILY) and cover only CJK code points (`unicode-range`), so Latin
 * letters and digits keep the page's own font.
 */

import { subsetFontFile } from "./font-subset.js";
import { bundledCjkFont } from "./png.js";

/** The family the rules define: the first of FONT_FAMILY (charts/style.ts). */
export const CJK_FAMILY = "Noto Sans S Chinese";

/** Code points the embedded font is used for: CJK punctuation, ideographs, full-width forms. */
export const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf], // radicals
  [0x3000, 0x303f], // CJK punctuation (、。〔〕)
  [0x3400, 0x4dbf], // extension A
  [0x4e00, 0x9fff], // unified ideographs
  [0xf900, 0xfaff], // compatibility ideographs
  [0xfe30, 0xfe4f], // compatibility forms
  [0xff00, 0xffef], // full-width forms (，：（）％)
];

const UNICODE_RANGE = CJK_RANGES.map(
  ([a, b]) => `U+${a.toString(16).toUpperCase()}-${b.toString(16).toUpperCase()}`,
).join(", ");

/** Whether a character is drawn with the embedded font. */
export function isCjk(ch: string): boolean {
  const c = ch.codePointAt(0) ?? 0;
  return CJK_RANGES.some(([a, b]) => c >= a && c <= b);
}

/**
 * The distinct CJK characters of some texts, sorted (so the font, and the
 * page, depend only on which characters occur).
 *
 * @example
 * cjkCharacters(["增长 12%", "目标：增长"]) // "增目标长："
 */
export function cjkCharacters(texts: Iterable<string>): string {
  const set = new Set<string>();
  for (const t of texts) for (const ch of t) if (isCjk(ch)) set.add(ch);
  return [...set].sort().join("");
}

export interface FontFaceOptions {
  /** Also the bold face (headings, chart titles); without it browsers embolden the regular one. */
  bold?: boolean;
}

/**
 * `@font-face` rules embedding the bundled CJK font cut to `chars`; "" when
 * there is no CJK character or the font package is missing (the page then
 * falls back to the reader's fonts).
 *
 * @example
 * await cjkFontFace("增长目标") // '@font-face{font-family:"Noto Sans S Chinese";font-weight:400;…src:url(data:font/otf;base64,…)…}'
 */
export async function cjkFontFace(chars: string, opts: FontFaceOptions = {}): Promise<string> {
  const text = cjkCharacters([chars]);
  const font = bundledCjkFont();
  if (!text || !font) return "";
  const faces = opts.bold ? font.files : font.files.slice(0, 1);
  const rules: string[] = [];
  for (const [i, file] of faces.entries()) {
    const data = await subsetFontFile(file, text);
    rules.push(
      `@font-face{font-family:"${CJK_FAMILY}";font-style:normal;font-weight:${i === 0 ? 400 : 700};` +
        `font-display:block;unicode-range:${UNICODE_RANGE};` +
        `src:url(data:font/otf;base64,${Buffer.from(data).toString("base64")}) format("opentype")}`,
    );
  }
  return rules.join("\n");
}
