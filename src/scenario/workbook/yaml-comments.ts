/**
 * The comments of a YAML scenario as data — each attached to the path of the
 * value it is written at, in one of the slots the YAML library keeps — and
 * back onto a document built from the same data. What a planner writes as
 * `# source: …` above a field, or after a value on its line, travels through
 * a workbook (as cell notes, notes.ts) and comes back on the same field.
 */
import { type Document, isMap, isScalar, isSeq, type Node, type Pair } from "yaml";

/**
 * Where a comment sits: above a key (`above`), after a key (`keyEnd`), above
 * a value (`valueAbove`: above the first key of a block mapping or the first
 * item of a list), after a value on its line or after a block's last line
 * (`end`), at the start or end of the file.
 */
export type CommentSlot = "above" | "keyEnd" | "valueAbove" | "end" | "fileStart" | "fileEnd";

export const COMMENT_SLOTS: readonly CommentSlot[] = [
  "above",
  "keyEnd",
  "valueAbove",
  "end",
  "fileStart",
  "fileEnd",
];

export type DataPath = Array<string | number>;

export interface YamlComment {
  path: DataPath;
  slot: CommentSlot;
  /** As the YAML library keeps it: lines without their `#`, usually with a leading space; "" is a blank line. */
  text: string;
}

/** A mapping key as the data has it (a string, as JavaScript objects key by strings). */
const keyOf = (p: Pair): string => String(isScalar(p.key) ? p.key.value : p.key);

function walk(node: unknown, path: DataPath, out: YamlComment[]): void {
  if (!isMap(node) && !isSeq(node) && !isScalar(node)) return;
  const n = node as Node;
  if (n.commentBefore) out.push({ path, slot: "valueAbove", text: n.commentBefore });
  if (n.comment) out.push({ path, slot: "end", text: n.comment });
  if (isMap(node))
    for (const pair of node.items) {
      const p = [...path, keyOf(pair)];
      const key = pair.key as Node | null;
      if (key && isScalar(key) && key.commentBefore)
        out.push({ path: p, slot: "above", text: key.commentBefore });
      if (key && isScalar(key) && key.comment) out.push({ path: p, slot: "keyEnd", text: key.comment });
      walk(pair.value, p, out);
    }
  if (isSeq(node))
    node.items.forEach((item, i) => {
      walk(item, [...path, i], out);
    });
}

/**
 * Every comment of `doc` with the path and slot it is attached at.
 *
 * @example
 * commentsOf(parseDocument("a:\n  # source: 2023 yearbook\n  b: 1 # assumed\n"))
 * // [{ path: ["a"], slot: "valueAbove", text: " source: 2023 yearbook" }, { path: ["a", "b"], slot: "end", text: " assumed" }]
 */
export function commentsOf(doc: Document): YamlComment[] {
  const out: YamlComment[] = [];
  if (doc.commentBefore) out.push({ path: [], slot: "fileStart", text: doc.commentBefore });
  walk(doc.contents, [], out);
  if (doc.comment) out.push({ path: [], slot: "fileEnd", text: doc.comment });
  return out;
}

/** The node at `path` and the pair holding it (none for the root). */
function find(doc: Document, path: DataPath): { node: unknown; pair?: Pair; first?: boolean } {
  let node: unknown = doc.contents;
  let pair: Pair | undefined;
  let first: boolean | undefined;
  for (const seg of path) {
    if (isMap(node)) {
      const i = node.items.findIndex((p) => String(keyOf(p)) === String(seg));
      if (i < 0) return { node: undefined };
      pair = node.items[i]!;
      first = i === 0;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(seg)];
      pair = undefined;
    } else return { node: undefined };
  }
  return pair ? { node, pair, first: first === true } : { node };
}

const join = (a: string | null | undefined, b: string) => (a ? `${a}\n${b}` : b);

/**
 * Put `comments` on `doc` (built from the data they were taken with); a
 * comment whose path is gone (the value was deleted) is left out and returned.
 *
 * @example
 * const doc = new Document({ a: { b: 1 } });
 * applyComments(doc, [{ path: ["a", "b"], slot: "end", text: " assumed" }]);
 * String(doc) // "a:\n  b: 1 # assumed\n"
 */
export function applyComments(doc: Document, comments: readonly YamlComment[]): YamlComment[] {
  const lost: YamlComment[] = [];
  for (const c of comments) {
    if (c.slot === "fileStart") doc.commentBefore = join(doc.commentBefore, c.text);
    else if (c.slot === "fileEnd") doc.comment = join(doc.comment, c.text);
    else {
      const { node, pair, first } = find(doc, c.path);
      const target =
        c.slot === "above" || c.slot === "keyEnd" ? (pair?.key as Node | undefined) : (node as Node);
      if (!target || !(isMap(target) || isSeq(target) || isScalar(target))) {
        lost.push(c);
        continue;
      }
      if (c.slot === "above") {
        target.commentBefore = join(target.commentBefore, c.text);
        // a blank line before it, so it reads (and parses) as this key's, not as the end of what precedes
        if (!first) target.spaceBefore = true;
      } else if (c.slot === "valueAbove") target.commentBefore = join(target.commentBefore, c.text);
      else target.comment = join(target.comment, c.text);
    }
  }
  return lost;
}
