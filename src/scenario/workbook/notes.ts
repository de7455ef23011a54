/**
 * YAML comments ↔ cell notes. A comment goes on the cell its field is read
 * from (the nearest cell holding it: a comment inside a `{ … }` cell goes on
 * that cell); the note is the comment's lines as written in YAML (`# …`).
 * When it is not a comment above the cell's own field, a heading line says
 * where it goes: `§ 行尾 (end)` after the value, `§ 上方 (above) @ [ic, software]`
 * above a key inside the cell's value, and so on (NOTE_SLOT_LABELS). Text
 * typed into a note without `#` is a comment too. Reading a note gives the
 * comments back with their paths.
 */
import { parse, stringify } from "yaml";
import { NOTE_SLOT_LABELS } from "../../i18n/text/workbook.js";
import { COMMENT_SLOTS, type CommentSlot, type DataPath, type YamlComment } from "./yaml-comments.js";

/** A note on a cell, the cell as "sheet!B7". */
export interface CellNote {
  cell: string;
  text: string;
}

/** Where comments of the whole file (and of no cell) go. */
export const ROOT_CELL = "settings!A1";

const TOKENS = new Map<string, CommentSlot>(
  COMMENT_SLOTS.map((s) => [/\(([^()]+)\)/.exec(NOTE_SLOT_LABELS[s])![1]!, s]),
);
const HEADING = /^§\s*[^()\n]*\(([a-z-]+)\)\s*(?:(@@?)\s*(\[.*\]))?\s*$/;

const norm = (path: readonly (string | number)[]): DataPath =>
  path.map((s) => (typeof s === "number" ? s : String(s)));
const key = (path: readonly (string | number)[]) => JSON.stringify(norm(path));
const isPrefix = (a: DataPath, b: DataPath) =>
  a.length <= b.length && a.every((s, i) => String(s) === String(b[i]));

/** Each cell's own path: the shortest path read from it ([] for ROOT_CELL). */
function ownPaths(cells: ReadonlyMap<string, string>): Map<string, DataPath> {
  const own = new Map<string, DataPath>([[ROOT_CELL, []]]);
  for (const [p, cell] of cells) {
    const path = JSON.parse(p) as DataPath;
    const had = own.get(cell);
    if (!had || path.length < had.length) own.set(cell, path);
  }
  return own;
}

/** The slot a note without a heading is in: above the cell's own key, or above its list item. */
const plainSlot = (base: DataPath): CommentSlot =>
  typeof base[base.length - 1] === "number" ? "valueAbove" : "above";

/**
 * A comment above a block's first entry (the YAML library keeps it on the
 * block: `valueAbove`) as a comment above that entry, whose cell it belongs
 * on; written back it is in the same place.
 */
function onFirstItem(c: YamlComment, data: unknown): YamlComment {
  if (c.slot !== "valueAbove") return c;
  let v = data;
  for (const seg of c.path)
    v = v !== null && typeof v === "object" ? (v as Record<string, unknown>)[seg] : undefined;
  if (Array.isArray(v) && v.length > 0) return { ...c, path: [...c.path, 0] };
  const first = v !== null && typeof v === "object" ? Object.keys(v)[0] : undefined;
  return first === undefined ? c : { ...c, path: [...c.path, first], slot: "above" };
}

/** YAML comment text → note lines: `# text`, `#` for an empty comment line, "" for a blank line. */
const toLines = (text: string) => text.split("\n").map((l) => (l === "" ? "" : l === " " ? "#" : `#${l}`));

/** A note line → a YAML comment line (text typed without `#` gets the usual space). */
const fromLine = (l: string) =>
  l.startsWith("#") ? (l.length === 1 ? " " : l.slice(1)) : l === "" ? "" : ` ${l}`;

/**
 * The note text of each cell that gets comments, by cell (`data` is the
 * document the comments were read with).
 *
 * @example
 * notesOf([{ path: ["sectors", "ic"], slot: "above", text: " 2023 yearbook" }], new Map([['["sectors","ic"]', "sectors!A3"]]), data)
 * // Map { "sectors!A3" => "# 2023 yearbook" }
 */
export function notesOf(
  comments: readonly YamlComment[],
  cells: ReadonlyMap<string, string>,
  data: unknown,
): Map<string, string> {
  const own = ownPaths(cells);
  const notes = new Map<string, string[]>();
  for (const c of comments.map((x) => onFirstItem(x, data))) {
    const path = norm(c.path);
    let cell = ROOT_CELL;
    for (let n = path.length; n > 0; n--) {
      const found = cells.get(key(path.slice(0, n)));
      if (found) {
        cell = found;
        break;
      }
    }
    const base = own.get(cell)!;
    const relative = isPrefix(base, path);
    const sub = relative ? path.slice(base.length) : path;
    const lines = notes.get(cell) ?? [];
    const plain = lines.length === 0 && c.slot === plainSlot(base) && sub.length === 0 && relative;
    if (!plain)
      lines.push(
        `§ ${NOTE_SLOT_LABELS[c.slot]}${sub.length || !relative ? ` ${relative ? "@" : "@@"} ${stringify(sub, { collectionStyle: "flow" }).trim()}` : ""}`,
      );
    lines.push(...toLines(c.text));
    notes.set(cell, lines);
  }
  return new Map([...notes].map(([cell, lines]) => [cell, lines.join("\n")]));
}

/** The sub-path of a heading, or undefined when it is not a list. */
function subPath(text: string | undefined): DataPath | undefined {
  if (text === undefined) return [];
  try {
    const v = parse(text) as unknown;
    return Array.isArray(v) && v.every((s) => typeof s === "string" || typeof s === "number") ? v : undefined;
  } catch {
    return undefined;
  }
}

/** The comments of one note on a cell whose own path is `base`. */
function noteComments(text: string, base: DataPath): YamlComment[] {
  const out: YamlComment[] = [];
  let cur: { path: DataPath; slot: CommentSlot; lines: string[] } = {
    path: base,
    slot: plainSlot(base),
    lines: [],
  };
  const flush = () => {
    if (cur.lines.every((l) => l.trim() === "")) return;
    // the root has no key to be above
    const slot =
      cur.path.length === 0 && (cur.slot === "above" || cur.slot === "keyEnd") ? "fileStart" : cur.slot;
    out.push({ path: cur.path, slot, text: cur.lines.join("\n") });
  };
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const m = HEADING.exec(line);
    const slot = m ? TOKENS.get(m[1]!) : undefined;
    const sub = m ? subPath(m[3]) : undefined;
    if (slot && sub) {
      flush();
      cur = { path: m![2] === "@@" ? sub : [...base, ...sub], slot, lines: [] };
    } else cur.lines.push(fromLine(line));
  }
  flush();
  return out;
}

/**
 * The comments the notes of a workbook carry, each at its path: a note on a
 * cell no value is read from belongs to the row's item (or the sheet's section).
 *
 * @example
 * commentsOfNotes([{ cell: "sectors!A3", text: "# 2023 yearbook" }], new Map([['["sectors","ic"]', "sectors!A3"]]))
 * // [{ path: ["sectors", "ic"], slot: "above", text: " 2023 yearbook" }]
 */
export function commentsOfNotes(
  notes: readonly CellNote[],
  cells: ReadonlyMap<string, string>,
): YamlComment[] {
  const own = ownPaths(cells);
  const rowOf = (cell: string) => cell.replace(/![A-Z]+(\d+)$/, "!$1");
  const byRow = new Map<string, DataPath>();
  for (const [cell, path] of own) {
    const had = byRow.get(rowOf(cell));
    if (!had || path.length < had.length) byRow.set(rowOf(cell), path);
  }
  return notes.flatMap((n) => {
    const sheet = n.cell.split("!")[0];
    const base = own.get(n.cell) ?? byRow.get(rowOf(n.cell)) ?? own.get(`${sheet}!A1`) ?? [];
    return noteComments(n.text, base);
  });
}
