/**
 * `--set` paths into lists and matrices, by name rather than by position:
 *
 * - `overlaps.PART/SECTOR.share` — the overlap of PART counted within (or
 *   outside) SECTOR: `overlaps.ic/software.share=30%`; or by position from 0,
 *   `overlaps.0.share`;
 * - `links.coefficients.BUYER.INPUT` — the input bought per unit of the
 *   buyer's output, `links.local_share.SECTOR`, `links.final_demand.SECTOR`,
 *   `links.value_added.ROW.SECTOR`: sector names whether the file writes the
 *   matrix as a mapping or as lists in the order of `links.sectors`.
 *
 * `a[b].c` is read as `a.b.c`, so `overlaps[ic/software].share` works too.
 * A path naming nothing is refused at the `--set` argument (or variant line),
 * with the names that exist.
 */
import { ChainsimError, diagnostic, type SourceLocation } from "../diagnostics.js";
import { suggest } from "../messages.js";
import type { Path } from "./parse.js";
import { Links } from "./schema.js";

/**
 * Split a path at dots, with `[…]` as one segment.
 *
 * @example
 * splitPath("overlaps[ic/software].share") // ["overlaps", "ic/software", "share"]
 */
export function splitPath(path: string): string[] {
  const segs: string[] = [];
  for (const m of path.matchAll(/\[([^\]]*)\]|([^.[\]]+)/g)) {
    const s = (m[1] ?? m[2] ?? "").trim();
    if (s !== "") segs.push(s);
  }
  return segs;
}

/**
 * Whether `key` is an own property of `obj` (not one every object inherits:
 * `__proto__`, `toString`, `constructor`).
 *
 * @example
 * hasOwnKey({ software: {} }, "software") // true
 * hasOwnKey({}, "__proto__") // false
 */
export function hasOwnKey(obj: unknown, key: string): boolean {
  return obj !== null && typeof obj === "object" && Object.hasOwn(obj, key);
}

/**
 * Put `value` at `path` in plain parsed data (objects and arrays), as YAML's
 * `Document.setIn` puts it in the document: a missing map or list on the way
 * is created (a list when the next key is a number), an existing key is
 * replaced; a step through a scalar (or null) sets nothing and returns false.
 * `path` has passed `checkOwnPath`, so it names no inherited property.
 *
 * @example
 * const data = { sectors: { software: { growth: "10%" } } };
 * setPath(data, ["sectors", "software", "growth"], "12%") // true; data.sectors.software.growth is "12%"
 * setPath(data, ["sectors", "software", "growth", "rate"], 1) // false: "12%" is a scalar
 */
export function setPath(data: unknown, path: Path, value: unknown): boolean {
  if (path.length === 0) return false;
  let node = data;
  for (let i = 0; i < path.length - 1; i++) {
    if (node === null || typeof node !== "object") return false;
    const key = String(path[i]);
    const rec = node as Record<string, unknown>;
    if (!Object.hasOwn(rec, key)) rec[key] = typeof path[i + 1] === "number" ? [] : {};
    node = rec[key];
  }
  if (node === null || typeof node !== "object") return false;
  (node as Record<string, unknown>)[String(path[path.length - 1])] = value;
  return true;
}

/**
 * Refuse a resolved path that goes through a name every object inherits
 * (`__proto__`, `constructor`, `prototype`, `toString` …) without the
 * document having it as its own key: an override must never reach a
 * prototype. Paths to keys not yet in the document are fine otherwise (the
 * schema check reports them).
 */
export function checkOwnPath(data: unknown, path: Path, written: string, loc: SourceLocation): void {
  let node: unknown = data;
  for (const seg of path) {
    const key = String(seg);
    const own = hasOwnKey(node, key);
    if (!own && (key in Object.prototype || key === "prototype" || key === "__proto__")) {
      throw new ChainsimError([diagnostic("E_SET_PATH", { path: written }, loc)]);
    }
    node = own ? (node as Record<string, unknown>)[key] : undefined;
  }
}

interface OverlapLike {
  part?: unknown;
  within?: unknown;
  outside?: unknown;
}

/**
 * The name of an overlap in `--set` paths: PART/SECTOR.
 *
 * @example
 * overlapKey({ part: "ic", within: "software" }) // "ic/software"
 */
export function overlapKey(o: OverlapLike): string {
  return `${String(o.part)}/${String(o.within ?? o.outside ?? "")}`;
}

/**
 * How the overlap at position `i` is addressed: its name, or its position
 * when another overlap has the same name.
 *
 * @example
 * overlapSelector([{ part: "ic", within: "software" }], 0) // "ic/software"
 */
export function overlapSelector(list: readonly OverlapLike[], i: number): string {
  const key = overlapKey(list[i]!);
  return list.filter((o) => overlapKey(o) === key).length > 1 ? String(i) : key;
}

/** `overlaps.SELECTOR.rest…` → `["overlaps", index, …rest]`. */
export function resolveOverlapPath(
  data: Record<string, unknown>,
  path: string,
  segs: readonly string[],
  loc: SourceLocation,
): Path {
  if (segs.length < 2) return [...segs];
  const list = (Array.isArray(data.overlaps) ? data.overlaps : []) as OverlapLike[];
  const selector = segs[1]!;
  const available = list.map((_, i) => overlapSelector(list, i));
  const refuse = (extra: { problem?: "none" | "index" | "ambiguous"; positions?: string }): never => {
    const params = { path, selector, available, count: list.length, ...extra };
    const suggestion = extra.problem ? undefined : suggest(selector, available);
    throw new ChainsimError([
      diagnostic("E_SET_OVERLAP", suggestion ? { ...params, suggestion } : params, loc),
    ]);
  };
  if (list.length === 0) return refuse({ problem: "none" });
  let index: number;
  if (/^\d+$/.test(selector)) {
    index = Number(selector);
    if (index >= list.length) return refuse({ problem: "index" });
  } else {
    const matches = list.flatMap((o, i) => (overlapKey(o) === selector ? [i] : []));
    if (matches.length > 1) return refuse({ problem: "ambiguous", positions: matches.join(", ") });
    if (matches.length === 0) return refuse({});
    index = matches[0]!;
  }
  return ["overlaps", index, ...segs.slice(2)];
}

/** Keys of `links` whose entries are matrices (column, then row) or vectors (by sector). */
const MATRICES = new Set(["coefficients", "transactions"]);
const VECTORS = new Set(["local_share", "final_demand", "output"]);
const LINK_KEYS = Object.keys(Links.shape);

/** `links.coefficients.BUYER.INPUT` and the other links paths, checked and turned into document paths. */
export function resolveLinksPath(
  data: Record<string, unknown>,
  path: string,
  segs: readonly string[],
  loc: SourceLocation,
): Path {
  if (segs.length < 2) return [...segs];
  const links = (data.links ?? {}) as Record<string, unknown>;
  const key = segs[1]!;
  const refuse = (name: string, problem: "key" | "index" | undefined, known: string[]): never => {
    const suggestion = problem === "index" ? undefined : suggest(name, known);
    const params = { path, name, known, ...(problem ? { problem } : {}) };
    throw new ChainsimError([diagnostic("E_SET_LINK", suggestion ? { ...params, suggestion } : params, loc)]);
  };
  if (!LINK_KEYS.includes(key)) return refuse(key, "key", LINK_KEYS);
  const listed = Array.isArray(links.sectors) ? (links.sectors as unknown[]).map(String) : undefined;
  const known = listed ?? Object.keys((data.sectors ?? {}) as Record<string, unknown>);
  /** A sector name (or, in a list, a position) → the segment to write. */
  const sector = (name: string, asList: boolean): string | number => {
    if (asList) {
      if (/^\d+$/.test(name)) {
        if (Number(name) < (listed?.length ?? 0)) return Number(name);
        return refuse(name, "index", known);
      }
      const i = listed?.indexOf(name) ?? -1;
      return i >= 0 ? i : refuse(name, undefined, known);
    }
    return known.includes(name) ? name : refuse(name, undefined, known);
  };
  const rest = segs.slice(2);
  if (MATRICES.has(key) && rest.length > 0) {
    const asList = Array.isArray(links[key]) && listed !== undefined;
    // a whole column in the mapping form; lists hold rows, addressed as written
    if (rest.length === 1) return asList ? ["links", key, ...rest] : ["links", key, sector(rest[0]!, false)];
    const column = sector(rest[0]!, asList);
    const row = sector(rest[1]!, asList);
    return asList
      ? ["links", key, row, column, ...rest.slice(2)]
      : ["links", key, column, row, ...rest.slice(2)];
  }
  if (VECTORS.has(key) && rest.length > 0) {
    const asList = Array.isArray(links[key]) && listed !== undefined;
    return ["links", key, sector(rest[0]!, asList), ...rest.slice(1)];
  }
  if (key === "value_added" && rest.length > 1) {
    const row = (links.value_added ?? {}) as Record<string, unknown>;
    const asList = Array.isArray(row[rest[0]!]) && listed !== undefined;
    return ["links", key, rest[0]!, sector(rest[1]!, asList), ...rest.slice(2)];
  }
  return ["links", key, ...rest];
}
