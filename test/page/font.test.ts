/**
 * The workbench's CJK font (src/page/font.ts): which characters it covers.
 * GB 2312 level 1 is 3,755 characters, 啊 (B0A1) to 座 (D7F9) (GB 2312-80,
 * rows 16–55; row 55 has 89 characters).
 */
import { describe, expect, it } from "vitest";
import { gb2312Level1, unescapeBundle } from "../../src/page/font.js";

describe("the workbench's font characters", () => {
  it("GB 2312 level 1: 3,755 distinct characters from 啊 to 座", () => {
    const l1 = [...gb2312Level1()];
    expect(l1).toHaveLength(3755);
    expect(new Set(l1).size).toBe(3755);
    expect(l1[0]).toBe("啊");
    expect(l1.at(-1)).toBe("座");
    // row 16 is 94 characters: the 95th opens row 17 (B1A1 薄)
    expect(l1[94]).toBe("薄");
    for (const ch of "山东广东聊城信息技术产业目标增长") expect(l1).toContain(ch);
  });

  it("reads the texts of a minified bundle, whose non-ASCII characters are escapes", () => {
    expect(unescapeBundle('"\\u76EE\\u6807"')).toBe('"目标"');
    expect(unescapeBundle("'\\u{20BB7}'")).toBe("'𠮷'");
    expect(unescapeBundle("plain")).toBe("plain");
  });
});
