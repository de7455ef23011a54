/**
 * Cut a font down to the characters a text uses, with HarfBuzz's subsetter
 * (the npm package `subset-font`): what the PNG renderer and the fonts
 * embedded in report.html and the workbench share. Layout tables (GSUB,
 * GPOS …) are dropped: labels and prose need no ligatures or vertical forms.
 */
import { readFileSync } from "node:fs";

/** The font files read so far (one 8 MB read per file and process). */
const cache = new Map<string, Buffer>();

/** A Buffer, not a plain Uint8Array: subset-font tells formats apart with Buffer methods. */
function readFont(file: string): Buffer {
  let data = cache.get(file);
  if (!data) {
    data = readFileSync(file);
    cache.set(file, data);
  }
  return data;
}

/**
 * The font at `file` with only the glyphs of `text`, as an OpenType file
 * (sfnt: no compression step, so it is fast and its bytes depend only on
 * the font and the characters).
 *
 * @example
 * const otf = await subsetFontFile("NotoSansHans-Regular.otf", "增长目标");
 * otf.length // a few kilobytes, against 8 MB for the whole font
 */
export async function subsetFontFile(file: string, text: string): Promise<Uint8Array> {
  const { default: subsetFont } = await import("subset-font");
  return subsetFont(readFont(file), text, {
    targetFormat: "truetype",
    noLayoutClosure: true,
    dropTables: ["GSUB", "GPOS", "GDEF", "BASE", "VORG"],
    // keep the typographic family (16, 17): "Noto Sans S Chinese" Regular and Bold
    preserveNameIds: [0, 1, 2, 3, 4, 5, 6, 16, 17],
  });
}
