/**
 * Write an edited YAML document back into the text it was parsed from,
 * changing only the values that differ: every other byte (comments, quoting,
 * flow or block style, blank lines, key order) stays as the user wrote it.
 *
 * The two documents are walked side by side; a changed scalar is replaced in
 * place (keeping its quote style), a value whose shape changed is replaced by
 * a one-line flow collection (valid YAML and JSON at any indentation), a new
 * key is appended to its map and a removed key is cut with its line. The
 * result is checked by parsing it again: if it does not give the edited
 * document's data, `undefined` is returned and the caller writes the document
 * out whole.
 */
import {
  type Document,
  isMap,
  isNode,
  isScalar,
  isSeq,
  type Node,
  type Pair,
  parseDocument,
  stringify,
  type YAMLMap,
} from "yaml";

interface Splice {
  from: number;
  to: number;
  text: string;
}

/**
 * `text` with the values of `edited` that differ from `original` (both parsed
 * from `normalise(text)`, which keeps every offset, `edited` then changed with
 * `setIn`/`deleteIn`) written in place.
 *
 * @example
 * const text = "a: 1 # one\nb: { c: 8% }\n";
 * const edited = parseDocument(text);
 * edited.setIn(["b", "c"], "12%");
 * editInPlace(text, parseDocument(text), edited) // "a: 1 # one\nb: { c: 12% }\n"
 */
export function editInPlace(
  text: string,
  original: Document,
  edited: Document,
  normalise: (s: string) => string = (s) => s,
): string | undefined {
  const splices: Splice[] = [];
  try {
    diffNode(text, original.contents as Node | null, edited.contents as Node | null, splices);
  } catch {
    return undefined;
  }
  splices.sort((a, b) => b.from - a.from);
  let out = text;
  let last = Number.POSITIVE_INFINITY;
  for (const s of splices) {
    if (s.to > last) return undefined; // overlapping edits: not expected
    out = out.slice(0, s.from) + s.text + out.slice(s.to);
    last = s.from;
  }
  const check = parseDocument(normalise(out), { uniqueKeys: false });
  if (check.errors.length) return undefined;
  return JSON.stringify(check.toJS()) === JSON.stringify(edited.toJS()) ? out : undefined;
}

class Unsupported extends Error {}

/** The plain value of a node, or of a value `setIn` stored unwrapped. */
function plain(v: unknown): unknown {
  return isNode(v) ? v.toJSON() : v;
}

/** A primitive: a scalar node's value, or a value `setIn` stored unwrapped. */
function primitive(v: unknown): { value: unknown } | null {
  if (isScalar(v)) return { value: v.value };
  if (v === null || typeof v !== "object") return { value: v };
  return null;
}

function diffNode(text: string, a: Node | null, b: unknown, out: Splice[]): void {
  if (!a) {
    if (b === null || b === undefined) return;
    throw new Unsupported("an empty value changed");
  }
  const pb = primitive(b);
  if (isScalar(a) && pb) {
    if (sameValue(a.value, pb.value)) return;
    const [from, to] = span(a);
    out.push({ from, to, text: scalarText(pb.value, text.slice(from, to)) });
    return;
  }
  if (isMap(a) && isMap(b)) {
    diffMap(text, a, b, out);
    return;
  }
  if (isSeq(a) && isSeq(b) && a.items.length === b.items.length) {
    a.items.forEach((x, i) => {
      diffNode(text, x as Node, b.items[i], out);
    });
    return;
  }
  if (JSON.stringify(a.toJSON()) === JSON.stringify(plain(b))) return;
  const [from, to] = span(a);
  out.push({ from, to: trimEnd(text, from, to), text: flowText(b) });
}

function diffMap(text: string, a: YAMLMap, b: YAMLMap, out: Splice[]): void {
  const key = (p: Pair) => String(isScalar(p.key) ? p.key.value : p.key);
  const before = new Map(a.items.map((p) => [key(p), p]));
  const after = new Set(b.items.map(key));
  const added: Pair[] = [];
  for (const p of b.items) {
    const old = before.get(key(p));
    if (old) diffNode(text, old.value as Node | null, p.value, out);
    else added.push(p);
  }
  for (const p of a.items) if (!after.has(key(p))) out.push(removePair(text, a, p));
  if (added.length) out.push(addPairs(text, a, added));
}

/** The source span of a node's value (without a trailing comment). */
function span(n: Node): [number, number] {
  const r = n.range;
  if (!r) throw new Unsupported("a node without a position");
  return [r[0], r[1]];
}

/** `to` moved back over trailing white space and line breaks (block collections end after them). */
function trimEnd(text: string, from: number, to: number): number {
  let t = to;
  while (t > from && /\s/.test(text[t - 1]!)) t--;
  return t;
}

function sameValue(x: unknown, y: unknown): boolean {
  return x === y || JSON.stringify(x) === JSON.stringify(y);
}

/** A scalar written as the one it replaces was: double-quoted, single-quoted or plain. */
function scalarText(v: unknown, was: string): string {
  if (typeof v === "string" && was.startsWith('"')) return JSON.stringify(v);
  if (typeof v === "string" && was.startsWith("'")) return `'${v.replace(/'/g, "''")}'`;
  const plain = stringify(v, { lineWidth: 0 }).trimEnd();
  return plain.includes("\n") ? JSON.stringify(v) : plain;
}

/** A value on one line: a plain scalar, or a collection as JSON (flow YAML, read at any indentation). */
function flowText(n: unknown): string {
  const p = primitive(n);
  return p ? scalarText(p.value, "") : JSON.stringify(plain(n));
}

function pairText(p: Pair): string {
  const k = isScalar(p.key) ? p.key.value : p.key;
  return `${scalarText(k, "")}: ${flowText(p.value)}`;
}

function isFlow(text: string, m: YAMLMap): boolean {
  return m.flow === true || text[span(m)[0]] === "{";
}

/** New keys at the end of a map: `, k: v` before a flow map's `}`, a line at the items' indentation in a block map. */
function addPairs(text: string, m: YAMLMap, pairs: readonly Pair[]): Splice {
  const [from, to] = span(m);
  const lines = pairs.map(pairText);
  if (isFlow(text, m)) {
    const close = text.lastIndexOf("}", to);
    const inner = text.slice(from + 1, close).trim();
    const at = trimEnd(text, from, close);
    return { from: at, to: at, text: `${inner ? ", " : " "}${lines.join(", ")}${inner ? "" : " "}` };
  }
  const first = m.items[0];
  if (!first) throw new Unsupported("an empty block map");
  const [keyAt] = span(first.key as Node);
  const indent = keyAt - (text.lastIndexOf("\n", keyAt - 1) + 1);
  const at = trimEnd(text, from, to);
  return { from: at, to: at, text: lines.map((l) => `\n${" ".repeat(indent)}${l}`).join("") };
}

/** A key and its value cut out: its whole lines in a block map, with one comma in a flow map. */
function removePair(text: string, m: YAMLMap, p: Pair): Splice {
  const [keyAt] = span(p.key as Node);
  const v = p.value as Node | null;
  const end = v?.range ? trimEnd(text, keyAt, v.range[1]) : span(p.key as Node)[1];
  if (isFlow(text, m)) {
    const after = /^\s*,\s*/.exec(text.slice(end));
    if (after) return { from: keyAt, to: end + after[0].length, text: "" };
    const before = /,\s*$/.exec(text.slice(0, keyAt));
    return { from: before ? keyAt - before[0].length : keyAt, to: end, text: "" };
  }
  const lineStart = text.lastIndexOf("\n", keyAt - 1) + 1;
  if (text.slice(lineStart, keyAt).trim() !== "") throw new Unsupported("a key not at the start of its line");
  const nl = text.indexOf("\n", end);
  return { from: lineStart, to: nl < 0 ? text.length : nl + 1, text: "" };
}
