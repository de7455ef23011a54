/**
 * The bad-input corpus: every file in test/fixtures/bad is a scenario a
 * planner might really send, broken in one way. `expected.json` says, for
 * each, the first diagnostic's code, where it is (1-based line and column as
 * an editor shows them, counted by hand), words the message must contain, and
 * the text that starts at that position (so the positions themselves are
 * checked against the file, not against what the loader printed).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ChainsimError, type Diagnostic, formatDiagnostic } from "../../src/diagnostics.js";
import { catalogue, type MessageCode } from "../../src/messages.js";
import { loadScenario, loadScenarioText } from "../../src/scenario/load.js";

interface Expectation {
  code: MessageCode;
  line: number;
  col: number;
  message_contains: string;
  /** The text at line:col in the file (absent where the file cannot be read as UTF-8). */
  at?: string;
}

const DIR = fileURLToPath(new URL("../fixtures/bad/", import.meta.url));
const expected = JSON.parse(readFileSync(join(DIR, "expected.json"), "utf8")) as {
  errors: Record<string, Expectation>;
  warnings: Record<string, Expectation>;
};
const fixtures = readdirSync(DIR)
  .filter((f) => /\.(ya?ml|json)$/.test(f) && f !== "expected.json")
  .sort();

async function rejected(p: Promise<unknown>): Promise<ChainsimError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ChainsimError) return e;
    throw new Error(`expected a ChainsimError, got ${(e as Error)?.stack ?? String(e)}`);
  }
  throw new Error("expected the scenario to be refused, it loaded");
}

/** Whether the catalogue entry for a code gives a hint (called with placeholder parameters). */
function catalogueHasHint(code: MessageCode): boolean {
  const placeholder = new Proxy({}, { get: () => ["x"] });
  const entry = (catalogue[code] as (p: unknown) => { hint?: string })(placeholder);
  return typeof entry.hint === "string" && entry.hint.length > 0;
}

/** The text of a file from a 1-based line and column (columns count characters). */
function textAt(file: string, line: number, col: number): string {
  const lines = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/);
  return Array.from(lines[line - 1] ?? "")
    .slice(col - 1)
    .join("");
}

function checkEveryDiagnostic(ds: Diagnostic[], file: string): void {
  for (const d of ds) {
    expect(d.message.length, `${d.code} has a message`).toBeGreaterThan(0);
    if (catalogueHasHint(d.code)) {
      expect(d.hint, `${d.code} should carry the catalogue's hint`).toBeTruthy();
    }
    expect(d.loc, `${d.code} has a location`).toBeDefined();
    expect(d.loc!.file).toBe(file);
    expect(d.loc!.line, `${d.code} has a line`).toBeGreaterThanOrEqual(1);
    expect(d.loc!.col, `${d.code} has a column`).toBeGreaterThanOrEqual(1);
  }
}

describe("the corpus", () => {
  it("has at least 30 kinds of bad input", () => {
    expect(Object.keys(expected.errors).length).toBeGreaterThanOrEqual(30);
    expect(new Set(Object.values(expected.errors).map((x) => x.code)).size).toBeGreaterThanOrEqual(30);
  });

  it("lists every fixture file in expected.json, and nothing else", () => {
    const listed = [...Object.keys(expected.errors), ...Object.keys(expected.warnings)].sort();
    expect(listed).toEqual(fixtures);
  });

  it("the expected positions point at the text they name (checked against the files)", () => {
    for (const [name, x] of [...Object.entries(expected.errors), ...Object.entries(expected.warnings)]) {
      if (x.at === undefined) continue;
      expect(textAt(join(DIR, name), x.line, x.col).startsWith(x.at), `${name} ${x.line}:${x.col}`).toBe(
        true,
      );
    }
  });

  it("the GBK fixture really is GBK: 信息 is D0 C5 CF A2", () => {
    const bytes = readFileSync(join(DIR, "05-gbk.yaml"));
    expect(bytes.includes(Buffer.from([0xd0, 0xc5, 0xcf, 0xa2]))).toBe(true);
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toThrow();
    expect(new TextDecoder("gbk").decode(bytes)).toContain("title: 信息");
  });

  it("the byte-level fixtures keep their bytes (BOM, CRLF, tab)", () => {
    expect([...readFileSync(join(DIR, "04-bom.yaml")).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(readFileSync(join(DIR, "48-crlf-rate-as-number.yaml"), "latin1")).toContain("\r\n");
    expect(readFileSync(join(DIR, "03-tab-indent.yaml"), "latin1")).toContain("\n\tbaseline");
  });
});

describe.each(Object.entries(expected.errors))("%s", (name, x) => {
  const file = join(DIR, name);

  it(`is refused with ${x.code} at ${x.line}:${x.col}`, async () => {
    const e = await rejected(loadScenario(file));
    const first = e.diagnostics[0]!;
    expect(e.code).toBe(x.code);
    expect(first.severity).toBe("error");
    expect({ line: first.loc?.line, col: first.loc?.col }).toEqual({ line: x.line, col: x.col });
    expect(first.message).toContain(x.message_contains);
  });

  it("every diagnostic has a message, the catalogue's hint, and a file position", async () => {
    const e = await rejected(loadScenario(file));
    checkEveryDiagnostic(e.diagnostics, file);
  });

  it("is formatted as file:line:col: error CODE: message, without a stack trace", async () => {
    // the position itself is checked above; this checks the formatting of whatever position was found
    const e = await rejected(loadScenario(file));
    const d = e.diagnostics[0]!;
    const text = formatDiagnostic(d);
    expect(text.startsWith(`${file}:${d.loc?.line}:${d.loc?.col}: error ${d.code}: `), text).toBe(true);
    expect(text).not.toMatch(/\n\s+at /);
  });

  it("quotes the line it points at, when it quotes one", async () => {
    const e = await rejected(loadScenario(file));
    const d = e.diagnostics[0]!;
    if (d.excerpt === undefined) return;
    const lines = readFileSync(file, "utf8")
      .replace(/^\uFEFF/, "")
      .split(/\r?\n/);
    expect(d.loc!.line).toBeLessThanOrEqual(lines.length);
    expect(d.excerpt).toBe(lines[d.loc!.line - 1]);
  });
});

describe.each(Object.entries(expected.warnings))("%s (loads, with a warning)", (name, x) => {
  const file = join(DIR, name);

  it(`loads and warns ${x.code} at ${x.line}:${x.col}`, async () => {
    const s = await loadScenario(file);
    const w = s.warnings.find((d) => d.code === x.code);
    expect(w).toBeDefined();
    expect(w!.severity).toBe("warning");
    expect({ line: w!.loc?.line, col: w!.loc?.col }).toEqual({ line: x.line, col: x.col });
    expect(w!.message).toContain(x.message_contains);
    checkEveryDiagnostic([w!], file);
    expect(formatDiagnostic(w!).startsWith(`${file}:${x.line}:${x.col}: warning ${x.code}: `)).toBe(true);
  });

  it("reads the file as if the mark were not there", async () => {
    const s = await loadScenario(file);
    expect(s.id).toBe("bom");
    expect(s.quantities.get("software")!.baseline!.value.central).toBe(11000);
  });
});

describe("hand-checked presentation", () => {
  it("lines the caret up under 1.1万万 after six wide characters (49-cjk-column)", async () => {
    const e = await rejected(loadScenario(join(DIR, "49-cjk-column.yaml")));
    const lines = formatDiagnostic(e.diagnostics[0]!).split("\n");
    // line 7: "  software: { name: 软件业务收入, baseline: 1.1万万, growth: 10% }"
    // 38 characters before column 39: 20 ASCII + 6 CJK (2 cells each) + 12 ASCII = 44 cells
    expect(lines[1]).toBe("  7 |   software: { name: 软件业务收入, baseline: 1.1万万, growth: 10% }");
    expect(lines[2]).toBe(`    | ${" ".repeat(44)}^`);
  });

  it("names the file and the line in CRLF files as in LF files (48 vs 22)", async () => {
    const crlf = await rejected(loadScenario(join(DIR, "48-crlf-rate-as-number.yaml")));
    const lf = await rejected(loadScenario(join(DIR, "22-rate-as-number.yaml")));
    expect(crlf.diagnostics[0]!.loc).toMatchObject({ line: 9, col: 13 });
    expect(crlf.diagnostics[0]!.excerpt).toBe(lf.diagnostics[0]!.excerpt);
    expect(crlf.diagnostics[0]!.excerpt).not.toContain("\r");
  });

  it("reports a missing file with E_FILE_NOT_FOUND naming it", async () => {
    const missing = join(DIR, "no-such-file.yaml");
    const e = await rejected(loadScenario(missing));
    expect(e.code).toBe("E_FILE_NOT_FOUND");
    expect(e.diagnostics[0]!.message).toContain(missing);
  });

  it("reports a folder with E_FILE_READ", async () => {
    expect((await rejected(loadScenario(DIR))).code).toBe("E_FILE_READ");
  });
});

describe("several structural problems in one file", () => {
  it("reports every misspelt key of a mapping, each with its suggestion, in file order, and not the fields they hide", async () => {
    const text =
      "id: x\ntitle: t\nunit: 亿元\nbaseyear: 2022\nhorizon: 2025\nsectors:\n  a:\n    baseline: 1\n    growht: 5%\n    nmae: A\n";
    const e = (await loadScenarioText(text, "m.yaml").catch((x: unknown) => x)) as ChainsimError;
    expect(e).toBeInstanceOf(ChainsimError);
    expect(
      e.diagnostics.map((d) => [
        d.code,
        d.loc!.line,
        d.loc!.col,
        /did you mean "([^"]+)"/.exec(d.message)?.[1],
      ]),
    ).toEqual([
      ["E_UNKNOWN_KEY", 4, 1, "base_year"],
      ["E_UNKNOWN_KEY", 9, 5, "growth"],
      ["E_UNKNOWN_KEY", 10, 5, "name"],
    ]);
  });
});
