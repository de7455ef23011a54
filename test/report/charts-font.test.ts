/**
 * The CJK font inlined into HTML (src/report/charts/font-face.ts): only CJK
 * code points, cut to the characters given, the same bytes every time. That
 * Chinese then shows in a browser without a CJK font is checked in
 * Chromium (test/browser/visual-screenshot.test.ts, visual-glyphs.ts).
 */
import { describe, expect, it } from "vitest";
import { cjkCharacters, cjkFontFace, isCjk } from "../../src/report/charts/font-face.js";
import { withFont } from "../../src/report/html.js";

const fonts = (css: string) =>
  [...css.matchAll(/base64,([A-Za-z0-9+/=]+)\)/g)].map((m) => Buffer.from(m[1]!, "base64"));

describe("the CJK font embedded in pages", () => {
  it("tells CJK characters from Latin ones, and lists them once, sorted", () => {
    expect([..."增，（）、"].every(isCjk)).toBe(true);
    expect([..."a1 %–−"].some(isCjk)).toBe(false);
    expect(cjkCharacters(["增长 12%", "目标：增长"])).toBe([..."增长目标："].sort().join(""));
  });

  it("embeds Regular (and Bold when asked) as OpenType data: URLs limited to CJK code points", async () => {
    const css = await cjkFontFace("增长目标 growth", { bold: true });
    expect(css.match(/@font-face/g)).toHaveLength(2);
    expect(css).toContain('font-family:"Noto Sans S Chinese"');
    expect(css).toContain("font-weight:400");
    expect(css).toContain("font-weight:700");
    expect(css).toContain("unicode-range:U+2E80-2FDF, U+3000-303F, U+3400-4DBF, U+4E00-9FFF");
    // an OpenType font with CFF outlines starts with the tag "OTTO" (OpenType spec, "Table Directory")
    for (const f of fonts(css)) expect(f.subarray(0, 4).toString("latin1")).toBe("OTTO");
    // four glyphs of an 8 MB font: a few kilobytes
    expect(fonts(css)[0]!.length).toBeLessThan(20_000);
  });

  it("grows with the characters, gives the same bytes for the same characters, and nothing without CJK", async () => {
    const small = await cjkFontFace("增长");
    const large = await cjkFontFace("增长目标情景文件分析报告");
    expect(fonts(large)[0]!.length).toBeGreaterThan(fonts(small)[0]!.length);
    expect(await cjkFontFace("长增 x")).toBe(small);
    expect(await cjkFontFace("growth 12%")).toBe("");
  });

  it("adds the rules to a page after its first style element", async () => {
    const page = "<html><head><style>body{}</style></head><body><h1>增长</h1></body></html>";
    const out = await withFont(page);
    expect(out.indexOf("@font-face")).toBeGreaterThan(out.indexOf("body{}"));
    expect(out).toContain("</style>\n<style>@font-face");
    expect(await withFont(page.replace("增长", "growth"))).toBe(page.replace("增长", "growth"));
  });
});
