/**
 * A copy of a scenario document without the items the schema rejects, so
 * the later loader stages can still look at the rest and report their
 * problems in the same run (src/scenario/later-stages.ts). An item is one
 * entry of a top-level section (a sector, a target, a variant…); a problem
 * in any of its fields removes the whole item, so later stages see no
 * half-item and raise no follow-on errors about it. A problem in a
 * top-level setting (horizon, unit…) cannot be pruned: then there is no copy.
 */
import type { z } from "zod";
import type { Path } from "./parse.js";
import { ScenarioFile, type ScenarioFile as ScenarioFileType } from "./schema.js";

type Issue = z.core.$ZodIssue;

/** What was pruned: the copy, its typed form, and how to find a copy's path in the original. */
export interface Pruned {
  data: Record<string, unknown>;
  file: ScenarioFileType;
  /** Ids of the removed items (a map entry's key, a list item's `id`). */
  removed: Set<string>;
  /** The original path of a path in the copy (list items after a removed one are shifted back). */
  original(path: Path): Path;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object";

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const seg of path) {
    if (!isObject(v)) return undefined;
    v = (v as Record<string | number, unknown>)[seg];
  }
  return v;
}

/**
 * The items an issue is in (section and key or index), or unknown top-level
 * keys; null when it is about a top-level setting.
 */
function itemsOf(issue: Issue): Path[] | null {
  const paths =
    issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, String(k)]) : [issue.path];
  const out: Path[] = [];
  for (const path of paths) {
    if (path.some((seg) => typeof seg === "symbol")) return null;
    if (path.length === 1 && issue.code === "unrecognized_keys") out.push(path as Path);
    else if (path.length < 2) return null;
    else out.push([path[0]!, path[1]!] as Path);
  }
  return out;
}

/** Remove `items` from `data`, recording list removals (in order) and removed ids. */
function removeItems(
  data: Record<string, unknown>,
  items: readonly Path[],
  removals: Array<{ list: string; index: number }>,
  removed: Set<string>,
): void {
  // list items from the last, so the indices of the others stay right
  const order = [...items].sort((a, b) => Number(b[1]) - Number(a[1]) || 0);
  for (const [section, key] of order) {
    if (key === undefined) {
      delete data[String(section)];
      continue;
    }
    const container = data[String(section)];
    const item = valueAt(data, [section!, key]);
    if (Array.isArray(container) && typeof key === "number") {
      if (isObject(item) && typeof item.id === "string") removed.add(item.id);
      container.splice(key, 1);
      removals.push({ list: String(section), index: key });
    } else if (isObject(container)) {
      removed.add(String(key));
      delete container[String(key)];
    }
  }
}

/**
 * The document without the items the schema rejects (and without `also`,
 * items known to be damaged), or null when a rejected value is a top-level
 * setting (nothing can stand in for it).
 *
 * @example
 * // targets[1] has year "next year": the copy has targets[0] and targets[2]; original(["targets", 1]) is ["targets", 2]
 * pruneInvalid({ ...doc, targets: [a, { id: "b", year: "next year" }, c] })!.removed // Set { "b" }
 */
export function pruneInvalid(doc: unknown, also: readonly Path[] = []): Pruned | null {
  const data = structuredClone(doc) as Record<string, unknown>;
  const removals: Array<{ list: string; index: number }> = [];
  const removed = new Set<string>();
  const unique = (paths: Iterable<Path>) => [
    ...new Map([...paths].map((p) => [JSON.stringify(p), p])).values(),
  ];
  removeItems(
    data,
    unique(
      also
        .filter((p) => p.length >= 2 && valueAt(data, p.slice(0, 2)) !== undefined)
        .map((p) => p.slice(0, 2)),
    ),
    removals,
    removed,
  );
  for (let round = 0; round < 4; round++) {
    const r = ScenarioFile.safeParse(data);
    if (r.success) {
      const original = (path: Path): Path => {
        const out = [...path];
        for (let k = removals.length - 1; k >= 0; k--) {
          const { list, index } = removals[k]!;
          if (out[0] === list && typeof out[1] === "number" && out[1] >= index) out[1] += 1;
        }
        return out;
      };
      return { data, file: r.data, removed, original };
    }
    const items: Path[] = [];
    for (const issue of r.error.issues) {
      const found = itemsOf(issue);
      if (!found || found.some((item) => valueAt(data, item) === undefined)) return null;
      items.push(...found);
    }
    removeItems(data, unique(items), removals, removed);
  }
  return null;
}
