/**
 * Read a scenario file (YAML or JSON) keeping positions, so every later
 * problem can be reported as `file:line:col`.
 */
import { readFileSync, statSync } from "node:fs";
import { type Document, isMap, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import {
  ChainsimError,
  type Diagnostic,
  DiagnosticBag,
  diagnostic,
  type SourceLocation,
} from "../diagnostics.js";
import { describeValue } from "./magnitude.js";

export const LIMITS = {
  /** Largest scenario file read, in bytes. */
  fileBytes: 5 * 1024 * 1024,
  /** Longest line, in characters. */
  lineLength: 10_000,
  /** Alias expansions (YAML "billion laughs" guard). */
  aliases: 100,
  /** Nesting depth of mappings and lists. */
  depth: 64,
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

/** Read and parse a scenario file from disk. */
export function readScenarioFile(file: string): ParsedFile {
  let bytes: Buffer;
  try {
    const st = statSync(file);
    if (st.isDirectory())
      throw new ChainsimError([diagnostic("E_FILE_READ", { file, reason: "it is a folder" })]);
    if (st.size > LIMITS.fileBytes) {
      throw new ChainsimError([
        diagnostic("E_FILE_TOO_LARGE", { bytes: st.size, max: LIMITS.fileBytes }, { file, line: 0, col: 0 }),
      ]);
    }
    bytes = readFileSync(file);
  } catch (e) {
    if (e instanceof ChainsimError) throw e;
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new ChainsimError([diagnostic("E_FILE_NOT_FOUND", { file })]);
    throw new ChainsimError([diagnostic("E_FILE_READ", { file, reason: err.code ?? err.message })]);
  }
  return parseScenarioBytes(bytes, file);
}

/** Decode bytes as UTF-8 (refusing other encodings with a guess) and parse. */
export function parseScenarioBytes(bytes: Uint8Array, file: string): ParsedFile {
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
  return parseScenarioText(text, file);
}

/** Parse scenario text (YAML 1.2; JSON is a subset). */
export function parseScenarioText(input: string, file: string): ParsedFile {
  const warnings: Diagnostic[] = [];
  let text = input;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    warnings.push(diagnostic("W_BOM", {}, { file, line: 1, col: 1 }, "warning"));
  }
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
  if (/\.json$/i.test(file)) checkJson(text, file, lines);
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false, strict: true });
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
    } else {
      d = diagnostic("E_YAML_SYNTAX", { detail: cleanYamlMessage(err.message) }, loc);
    }
    d.excerpt = excerpt(d.loc!.line);
    bag.add(d);
    if (bag.items.length >= 20) break;
  }
  bag.throwIfErrors();

  const depth = maxDepth(doc.contents as Node | null);
  if (depth.depth > LIMITS.depth) {
    const pos = lineCounter.linePos(depth.offset);
    throw new ChainsimError([
      diagnostic(
        "E_TOO_DEEP",
        { depth: depth.depth, max: LIMITS.depth },
        { file, line: pos.line, col: pos.col },
      ),
    ]);
  }
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
      diagnostic("E_YAML_SYNTAX", { detail: (e as Error).message }, { file, line: 1, col: 1 }),
    ]);
  }
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw new ChainsimError([
      diagnostic("E_NOT_A_MAPPING", { found: describeValue(data) }, { file, line: 1, col: 1 }),
    ]);
  }

  const overridden: ParsedFile["overridden"] = [];
  const locate = (path: Path, opts?: { key?: boolean }): SourceLocation => {
    const o = overridden.find((x) => x.path.every((seg, i) => String(path[i]) === String(seg)));
    if (o) return { ...o.loc };
    const offset = offsetOf(doc, path, opts?.key ?? false);
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

/** Character offset of the node at `path`, or of the nearest ancestor that exists. */
function offsetOf(doc: Document, path: Path, key: boolean): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find(
        (p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg),
      );
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

function maxDepth(root: Node | null): { depth: number; offset: number } {
  let best = { depth: 0, offset: 0 };
  const stack: Array<[unknown, number]> = [[root, 1]];
  while (stack.length) {
    const [node, d] = stack.pop()!;
    if (isMap(node) || isSeq(node)) {
      if (d > best.depth) best = { depth: d, offset: rangeStart(node) ?? 0 };
      if (d > LIMITS.depth) break;
      for (const item of node.items) {
        if (isPair(item)) stack.push([item.value, d + 1]);
        else stack.push([item, d + 1]);
      }
    }
  }
  return best;
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
function guessEncoding(bytes: Uint8Array): string {
  try {
    const s = new TextDecoder("gbk", { fatal: true }).decode(bytes);
    if (/[\u4e00-\u9fff]/.test(s)) return "GBK/GB18030 (Chinese Windows)";
  } catch {
    // not GBK either
  }
  return "a legacy 8-bit encoding";
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
      { detail: msg.replace(/^JSON\.parse: /, "").split(" in JSON")[0]! },
      { file, line, col },
    );
    d.excerpt = lines[line - 1];
    throw new ChainsimError([d]);
  }
}
