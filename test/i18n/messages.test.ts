import { describe, expect, it } from "vitest";
import { diagnostic, formatDiagnostic } from "../../src/diagnostics.js";
import { zhCatalogue } from "../../src/messages/zh.js";
import { catalogue, documentCodes, errorCodeTable, type MessageCode, message } from "../../src/messages.js";

const CODES = Object.keys(catalogue) as MessageCode[];
const HAN = /\p{Script=Han}/u;
const placeholders = (s: string) => new Set(s.match(/‹\w+›/g) ?? []);

describe("the message catalogue speaks both languages", () => {
  it("every code has a Chinese entry", () => {
    const missing = CODES.filter((c) => zhCatalogue[c] === undefined);
    expect(missing, "codes without a zh entry (add them to src/messages/zh.ts)").toEqual([]);
    const extra = Object.keys(zhCatalogue).filter((c) => !(c in catalogue));
    expect(extra, "zh entries for codes that no longer exist").toEqual([]);
  });

  it("every Chinese message is Chinese, and has a hint wherever the English one has", () => {
    const en = documentCodes("en");
    const zh = documentCodes("zh");
    for (const [i, e] of en.entries()) {
      const z = zh[i]!;
      expect(z.code).toBe(e.code);
      // E_INVALID_VALUE, E_USAGE and E_CORRELATION_SHAPE carry a detail made elsewhere
      if (!/^‹\w+›$/.test(e.message)) expect(z.message, e.code).toMatch(HAN);
      if (e.hint) expect(z.hint, `${e.code} hint`).toMatch(HAN);
      else expect(z.hint, `${e.code} has a zh hint but no en one`).toBe("");
    }
  });

  it("a Chinese message shows every value its English one shows", () => {
    const en = documentCodes("en");
    const zh = documentCodes("zh");
    for (const [i, e] of en.entries()) {
      const z = zh[i]!;
      const zText = `${z.message} ${z.hint}`;
      for (const p of placeholders(`${e.message} ${e.hint}`)) expect(zText, `${e.code} ${p}`).toContain(p);
    }
  });

  it("a parameter given in both languages is printed in the chosen one", () => {
    const m = (lang: "zh" | "en") =>
      message("E_BAD_MAGNITUDE", { text: "x", reason: { zh: "没有数字", en: "no digits" } }, lang).message;
    expect(m("zh")).toBe('无法把"x"读成数值：没有数字');
    expect(m("en")).toBe('cannot read "x" as a number: no digits');
  });

  it("a diagnostic prints in either language with the same position and code", () => {
    const d = diagnostic("E_DUPLICATE_KEY", { key: "id" }, { file: "a.yaml", line: 3, col: 5 });
    expect(formatDiagnostic(d, "en")).toBe(
      'a.yaml:3:5: error E_DUPLICATE_KEY: the key "id" appears twice in the same mapping\n  hint: keep one of them; the second would silently replace the first',
    );
    expect(formatDiagnostic(d, "zh")).toBe(
      'a.yaml:3:5: 错误 E_DUPLICATE_KEY：同一层中键"id"出现了两次\n  提示：只保留一个；否则后一个会悄悄覆盖前一个',
    );
    // the English text stays on the diagnostic for JSON output and callers matching on it
    expect(d.message).toBe('the key "id" appears twice in the same mapping');
  });

  it("the error-code table exists in both languages, one row per code", () => {
    for (const lang of ["en", "zh"] as const) {
      const rows = errorCodeTable(lang).split("\n");
      expect(rows.length).toBe(CODES.length + 2);
    }
    expect(errorCodeTable("zh")).toContain("| `E_EMPTY_FILE` | 情景文件是空的 |");
  });
});
