/**
 * Read a scenario file (YAML or JSON) keeping positions, so every later
 * problem can be reported as `file:line:col`.
 */
import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  type Pair,
  parseDocument,
  type YAMLMap,
} from "yaml";
import {
  ChainsimError,
  type Diagnostic,
  DiagnosticBag,
  diagnostic,
  fail,
  type SourceLocation,
} from "../diagnostics.js";
import type { Bilingual } from "../i18n/lang.js";
import { ENCODING } from "../i18n/text/loader.js";
import { jsonError, yamlError } from "../i18n/text/syntax.js";
import { describeValue } from "./magnitude.js";
import { readRegularFile } from "./read-file.js";
import { scanEntries } from "./scan-entries.js";
import { fullWidthCommas } from "./uncertain.js";

export const LIMITS = {
  /** Largest scenario file read, in bytes. */
  fileBytes: 5 * 1024 * 1024,
  /** Longest line, in characters. */
  lineLength: 10_000,
  /** Alias expansions (YAML "billion laughs" guard). */
  aliases: 100,
  /**
   * Entries (lines, list items, bracketed values) in a scenario and the files
   * it includes together, counted before the YAML parser runs (scan-entries.ts):
   * the parser's syntax tree costs about 2 KB per entry, so this keeps any
   * input within about 5 s and 500 MB (30,000 sectors of three lines fit).
   */
  entries: 160_000,
  /** Nesting depth of mappings and lists. */
  depth: 64,
  /** Entries in one mapping or list (30,000 sectors fit). */
  keys: 100_000,
  /** Keys and values in the whole file. */
  nodes: 1_000_000,
  /** Characters in a key (ids, names of sectors and targets). */
  keyLength: 200,
} as const;

export type Path = ReadonlyArray<string | number>;

export interface ParsedFile {
  file: string;
  text: string;
  doc: Document;
  /** The plain data of the document (recomputed when overrides are applied). */
  data: unknown;
  /** Paths replaced by a variant or --set, with where the replacement came from. */
  overridden: Array<{ path: Path; loc: SourceLocation }>;
  /** Warnings found while reading (BOM …). */
  warnings: Diagnostic[];
  /** Position of the value at `path` (or of its key with `key: true`), falling back to the nearest ancestor. */
  locate(path: Path, opts?: { key?: boolean }): SourceLocation;
  /** Attach a position and the source line to a diagnostic. */
  at(d: Diagnostic, path: Path, opts?: { key?: boolean }): Diagnostic;
}

/**
 * What is left of the entries a scenario and its includes may have
 * (LIMITS.entries), shared by the files of one load.
 */
export interface ParseBudget {
  entries: number;
}

/** Spreadsheets chainsim does not read: old Excel workbooks and WPS spreadsheets (save them as .xlsx). */
const OLD_WORKBOOK = /\.(xls|et)$/i;

/** Read and parse a scenario file from disk (an .xls or .et file is refused with E_OLD_WORKBOOK). */
export function readScenarioFile(file: string, budget?: ParseBudget): ParsedFile {
  const bytes = readRegularFile(file, LIMITS.fileBytes);
  const old = OLD_WORKBOOK.exec(file);
  if (old) {
    const ext = `.${old[1]!.toLowerCase()}`;
    throw new ChainsimError([diagnostic("E_OLD_WORKBOOK", { file, ext }, { file, line: 0, col: 0 })]);
  }
  return parseScenarioBytes(bytes, file, budget);
}

/** Decode bytes as UTF-8 (refusing other encodings with a guess) and parse. */
export function parseScenarioBytes(bytes: Uint8Array, file: string, budget?: ParseBudget): ParsedFile {
  const whole: SourceLocation = { file, line: 0, col: 0 };
  if (bytes.includes(0)) throw new ChainsimError([diagnostic("E_BINARY", {}, whole)]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const off = firstInvalidUtf8(bytes);
    const before = new TextDecoder("utf-8").decode(bytes.subarray(0, off));
    const line = before.split("\n").length;
    const col = before.length - before.lastIndexOf("\n");
    throw new ChainsimError([diagnostic("E_ENCODING", { guess: guessEncoding(bytes) }, { file, line, col })]);
  }
  return parseScenarioText(text, file, budget);
}

/** Parse scenario text (YAML 1.2; JSON is a subset). */
export function parseScenarioText(
  input: string,
  file: string,
  budget: ParseBudget = { entries: LIMITS.entries },
): ParsedFile {
  const warnings: Diagnostic[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push(diagnostic("W_BOM", {}, { file, line: 1, col: 1 }, "warning"));
  }
  // old Mac line endings (CR alone): one character for another, so offsets stay
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  const commas = fullWidthCommas(text);
  text = commas.text;
  const lines = text.split(/\r?\n/);
  if (text.trim() === "" || lines.every((l) => l.trim() === "" || l.trim().startsWith("#"))) {
    throw new ChainsimError([diagnostic("E_EMPTY_FILE", {}, { file, line: 1, col: 1 })]);
  }
  const long = lines.findIndex((l) => l.length > LIMITS.lineLength);
  if (long >= 0) {
    throw new ChainsimError([
      diagnostic(
        "E_LINE_TOO_LONG",
        { length: lines[long]!.length, max: LIMITS.lineLength },
        { file, line: long + 1, col: LIMITS.lineLength + 1 },
      ),
    ]);
  }
  refuseUnbounded(text, file, lines, budget);
  if (/\.json$/i.test(file)) checkJson(text, file, lines);
  if (commas.offsets.length) {
    const pos = lineAndColumn(text, commas.offsets[0]!);
    const d = diagnostic("W_FULLWIDTH_COMMA", { count: commas.offsets.length }, { file, ...pos }, "warning");
    d.excerpt = lines[pos.line - 1];
    warnings.push(d);
  }
  const lineCounter = new LineCounter();
  // duplicate keys are found by checkShape in linear time (the parser's check compares every pair)
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false, strict: true });
  } catch (e) {
    if (e instanceof RangeError)
      fail("E_TOO_DEEP", { depth: LIMITS.depth + 1, max: LIMITS.depth }, { file, line: 1, col: 1 });
    throw e;
  }
  const bag = new DiagnosticBag();
  const excerpt = (line: number) => lines[line - 1];
  for (const err of doc.errors) {
    // an error at the very end (an unclosed bracket) is shown where the bracket opens
    const atEnd = err.pos[0] >= text.trimEnd().length;
    const open = atEnd ? lastUnclosed(text) : -1;
    const pos = open >= 0 ? lineCounter.linePos(open) : (err.linePos?.[0] ?? lineCounter.linePos(err.pos[0]));
    const loc = { file, line: pos.line, col: pos.col };
    let d: Diagnostic;
    if (err.code === "DUPLICATE_KEY") {
      d = diagnostic("E_DUPLICATE_KEY", { key: duplicateKeyAt(text, err.pos[0]) }, loc);
    } else if (
      err.code === "TAB_AS_INDENT" ||
      (/tab/i.test(err.message) && lines[pos.line - 1]?.includes("\t"))
    ) {
      const l = lines[pos.line - 1] ?? "";
      d = diagnostic("E_YAML_TAB", {}, { file, line: pos.line, col: l.indexOf("\t") + 1 || pos.col });
    } else if (/call stack/i.test(err.message)) {
      d = diagnostic("E_TOO_DEEP", { depth: LIMITS.depth + 1, max: LIMITS.depth }, loc);
    } else {
      d = diagnostic("E_YAML_SYNTAX", { detail: yamlError(err.code, cleanYamlMessage(err.message)) }, loc);
    }
    d.excerpt = excerpt(d.loc!.line);
    bag.add(d);
    if (bag.items.length >= 20) break;
  }
  bag.throwIfErrors();

  for (const problem of checkShape(doc.contents as Node | null, text)) {
    const pos = lineCounter.linePos(problem.offset);
    const loc = { file, line: pos.line, col: pos.col };
    const d =
      problem.kind === "depth"
        ? diagnostic("E_TOO_DEEP", { depth: problem.count, max: LIMITS.depth }, loc)
        : problem.kind === "keys"
          ? diagnostic("E_TOO_MANY_KEYS", { count: problem.count, max: LIMITS.keys }, loc)
          : problem.kind === "nodes"
            ? diagnostic("E_TOO_MANY_NODES", { max: LIMITS.nodes }, loc)
            : problem.kind === "keyLength"
              ? diagnostic("E_ID_TOO_LONG", { length: problem.count, max: LIMITS.keyLength }, loc)
              : diagnostic("E_DUPLICATE_KEY", { key: problem.key ?? "?" }, loc);
    d.excerpt = excerpt(pos.line);
    bag.add(d);
  }
  bag.throwIfErrors();
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: LIMITS.aliases });
  } catch (e) {
    if (e instanceof ReferenceError && /alias/i.test(e.message)) {
      throw new ChainsimError([
        diagnostic("E_YAML_ALIASES", { max: LIMITS.aliases }, { file, line: 1, col: 1 }),
      ]);
    }
    throw new ChainsimError([
      diagnostic(
        "E_YAML_SYNTAX",
        { detail: yamlError(undefined, (e as Error).message) },
        { file, line: 1, col: 1 },
      ),
    ]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ChainsimError([
      diagnostic("E_NOT_A_MAPPING", { found: describeValue(data) }, { file, line: 1, col: 1 }),
    ]);
  }

  const overridden: ParsedFile["overridden"] = [];
  const index = new WeakMap<YAMLMap, Map<string, Pair>>();
  const locate = (path: Path, opts?: { key?: boolean }): SourceLocation => {
    const o = overridden.find((x) => x.path.every((seg, i) => String(path[i]) === String(seg)));
    if (o) return { ...o.loc };
    const offset = offsetOf(doc, path, opts?.key ?? false, index);
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, col: pos.col };
  };
  return {
    file,
    text,
    doc,
    data,
    overridden,
    warnings,
    locate,
    at(d, path, opts) {
      if (!d.loc || d.loc.line === 0) d.loc = locate(path, opts);
      if (d.loc.file === file && d.loc.line > 0) d.excerpt = excerpt(d.loc.line);
      return d;
    },
  };
}

/**
 * Before the parser: refuse nesting past LIMITS.depth (the parser recurses
 * once per level: a depth error, not a stack overflow) and more entries than
 * the budget has left (the parser's tree costs about 2 KB an entry); the
 * file's entries are then taken from the budget.
 */
function refuseUnbounded(text: string, file: string, lines: readonly string[], budget: ParseBudget): void {
  // before the parser, which recurses once per level: a depth error, not a stack overflow
  const deep = scanDepth(text, LIMITS.depth);
  if (deep) {
    const pos = lineAndColumn(text, deep.offset);
    throw new ChainsimError([
      {
        ...diagnostic("E_TOO_DEEP", { depth: deep.depth, max: LIMITS.depth }, { file, ...pos }),
        excerpt: lines[pos.line - 1],
      },
    ]);
  }
  // before the parser, whose syntax tree costs about 2 KB an entry
  const many = scanEntries(text, budget.entries);
  if (many.offset >= 0) {
    const pos = lineAndColumn(text, many.offset);
    throw new ChainsimError([
      {
        ...diagnostic("E_TOO_MANY_ENTRIES", { max: LIMITS.entries }, { file, ...pos }),
        excerpt: lines[pos.line - 1],
      },
    ]);
  }
  budget.entries -= many.count;
}

/**
 * Character offset of the node at `path`, or of the nearest ancestor that
 * exists. Each mapping's keys are indexed on first use (`index`), so a
 * lookup costs the depth of the path, not the size of the mappings.
 */
function offsetOf(
  doc: Document,
  path: Path,
  key: boolean,
  index: WeakMap<YAMLMap, Map<string, Pair>>,
): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      let keys = index.get(node);
      if (!keys) {
        keys = new Map();
        for (const p of node.items) {
          if (isPair(p) && isScalar(p.key) && !keys.has(String(p.key.value)))
            keys.set(String(p.key.value), p);
        }
        index.set(node, keys);
      }
      const pair = keys.get(String(seg));
      if (!pair) return offset;
      if (last && key) return rangeStart(pair.key) ?? offset;
      node = pair.value;
      offset = rangeStart(node) ?? rangeStart(pair.key) ?? offset;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)];
      if (item === undefined) return offset;
      node = item;
      offset = rangeStart(node) ?? offset;
    } else {
      return offset;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  const r = (node as { range?: [number, number, number] } | null)?.range;
  return r ? r[0] : undefined;
}

interface ShapeProblem {
  kind: "depth" | "keys" | "nodes" | "keyLength" | "duplicate";
  offset: number;
  count: number;
  key?: string;
}

/**
 * One pass over the document, bounded by LIMITS: nesting depth, entries per
 * mapping or list, keys and values in all, key length, and duplicate keys
 * (a set per mapping, linear in its size). Stops at the first limit passed;
 * at most 100 duplicates are listed.
 */
function checkShape(root: Node | null, text: string): ShapeProblem[] {
  const out: ShapeProblem[] = [];
  let nodes = 0;
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    const at = rangeStart(node) ?? 0;
    if (d > LIMITS.depth) return [{ kind: "depth", offset: at, count: d }];
    if (node.items.length > LIMITS.keys) return [{ kind: "keys", offset: at, count: node.items.length }];
    nodes += node.items.length;
    if (nodes > LIMITS.nodes) return [{ kind: "nodes", offset: at, count: nodes }];
    const seen = isMap(node) ? new Set<string>() : undefined;
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push([item, d + 1]);
        continue;
      }
      if (isScalar(item.key)) {
        const k = String(item.key.value);
        const ko = rangeStart(item.key) ?? at;
        if (k.length > LIMITS.keyLength) return [{ kind: "keyLength", offset: ko, count: k.length }];
        if (seen?.has(k)) {
          if (out.length < 100)
            out.push({ kind: "duplicate", offset: ko, count: 0, key: duplicateKeyAt(text, ko) });
        } else seen?.add(k);
      } else if (isMap(item.key) || isSeq(item.key)) {
        stack.push([item.key, d + 1]);
      }
      stack.push([item.value, d + 1]);
    }
  }
  return out;
}

/**
 * The first place where `[`/`{` brackets, block indentation and `- ` list
 * markers together nest more than `max` levels, found by a linear scan of
 * the text (quotes, comments and block scalars skipped); undefined if none.
 *
 * @example
 * scanDepth("a: [[[1]]]", 2) // { depth: 3, offset: 5 }
 */
export function scanDepth(text: string, max: number): { depth: number; offset: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let quote = "";
  let blockScalar = -1; // indentation of the key that opened a | or > block, while inside it
  let i = 0;
  while (i < text.length) {
    // a new line
    let end = text.indexOf("\n", i);
    if (end < 0) end = text.length;
    let col = i;
    while (col < end && (text[col] === " " || text[col] === "\t")) col++;
    const indent = col - i;
    const blank = col >= end || text[col] === "\r" || text[col] === "#";
    if (blockScalar >= 0 && (blank || indent > blockScalar)) {
      i = end + 1;
      continue;
    }
    blockScalar = -1;
    if (blank && !quote) {
      i = end + 1;
      continue;
    }
    if (!quote && flow === 0) {
      while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
      indents.push(indent);
      // "- - - x": each marker opens a list
      while (text[col] === "-" && (text[col + 1] === " " || text[col + 1] === "\t")) {
        indents.push(col + 1);
        col += 2;
        while (text[col] === " ") col++;
      }
      if (indents.length > max) return { depth: indents.length, offset: col };
    }
    let lastNonSpace = "";
    for (let k = col; k < end; k++) {
      const ch = text[k]!;
      if (quote) {
        if (ch === "\\" && quote === '"') k++;
        else if (ch === quote) quote = "";
        continue;
      }
      if (ch === '"' || ch === "'") {
        const prev = text[k - 1];
        // a quote opens a string only at the start of a scalar
        if (k === col || prev === " " || prev === "[" || prev === "{" || prev === "," || prev === ":")
          quote = ch;
      } else if (ch === "#" && (k === col || text[k - 1] === " " || text[k - 1] === "\t")) break;
      else if (ch === "[" || ch === "{") {
        flow++;
        if (indents.length + flow > max) return { depth: indents.length + flow, offset: k };
      } else if ((ch === "]" || ch === "}") && flow > 0) flow--;
      if (ch !== " " && ch !== "\t" && ch !== "\r") lastNonSpace = ch;
    }
    if (
      !quote &&
      flow === 0 &&
      /[|>][-+0-9]*$/.test(
        text
          .slice(col, end)
          .replace(/\s+#.*$/, "")
          .trimEnd(),
      ) &&
      lastNonSpace
    ) {
      blockScalar = indent;
    }
    i = end + 1;
  }
  return undefined;
}

/** 1-based line and column of an offset, by a scan (used once, before the parser's line table exists). */
function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf("\n"); k >= 0 && k < offset; k = text.indexOf("\n", k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, col: offset - start + 1 };
}

function duplicateKeyAt(text: string, offset: number): string {
  const m = /^["']?([^"':\n]+)["']?\s*:/.exec(text.slice(offset, offset + 200));
  return m ? m[1]!.trim() : "?";
}

function cleanYamlMessage(msg: string): string {
  const first = msg.split("\n")[0] ?? msg;
  return first.replace(/ at line \d+, column \d+:?$/, "").replace(/\.$/, "");
}

/** A guess at the encoding of bytes that are not UTF-8: GBK for Chinese Windows files. */
function guessEncoding(bytes: Uint8Array): Bilingual {
  try {
    const s = new TextDecoder("gbk", { fatal: true }).decode(bytes);
    if (/[\u4e00-\u9fff]/.test(s)) return ENCODING.gbk;
  } catch {
    // not GBK either
  }
  return ENCODING.legacy;
}

/** Offset of the first byte that is not valid UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const n =
      b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += n + 1;
  }
  return bytes.length;
}

/** Offset of the last [ or { not closed, outside quotes and comments; -1 if none. */
function lastUnclosed(text: string): number {
  const stack: number[] = [];
  let quote = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === "\\" && quote === '"') i++;
      else if (ch === quote) quote = "";
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (ch === "[" || ch === "{") stack.push(i);
    else if ((ch === "]" || ch === "}") && stack.length) stack.pop();
  }
  return stack.length ? stack[stack.length - 1]! : -1;
}

/** JSON files are held to JSON: no comments, no trailing commas. */
function checkJson(text: string, file: string, lines: string[]): void {
  try {
    JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    let line = 1;
    let col = 1;
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const at = /position (\d+)/.exec(msg);
    if (lc) {
      line = Number(lc[1]);
      col = Number(lc[2]);
    } else if (at) {
      const before = text.slice(0, Number(at[1]));
      line = before.split("\n").length;
      col = before.length - before.lastIndexOf("\n");
    }
    const d = diagnostic(
      "E_JSON_SYNTAX",
      { detail: jsonError(msg.replace(/^JSON\.parse: /, "").split(" in JSON")[0]!) },
      { file, line, col },
    );
    d.excerpt = lines[line - 1];
    throw new ChainsimError([d]);
  }
}

/**
 * Where a formula is written: line, column and the line's text, so an error
 * found when it is evaluated (E_FORMULA_EVAL) gets a caret.
 *
 * @example
 * formulaSite(parsed, ["sectors", "a", "value", "formula"]) // { line: 9, col: 23, excerpt: "    value: { formula: 1/0 }" }
 */
export function formulaSite(parsed: ParsedFile, path: Path): { line: number; col: number; excerpt?: string } {
  const loc = parsed.locate(path);
  const excerpt =
    loc.line > 0 ? parsed.text.split("\n", loc.line)[loc.line - 1]?.replace(/\r$/, "") : undefined;
  return excerpt === undefined ? { line: loc.line, col: loc.col } : { line: loc.line, col: loc.col, excerpt };
}
