/**
 * Structural validation against the schema, with every problem turned into a
 * positioned diagnostic (all at once).
 */
import type { z } from "zod";
import { type Diagnostic, diagnostic } from "../diagnostics.js";
import { EXPECTED, INVALID } from "../i18n/text/loader.js";
import { suggest } from "../messages.js";
import { describeValue } from "./magnitude.js";
import type { ParsedFile, Path } from "./parse.js";
import { DISTRIBUTION_NAMES, ScenarioFile, type ScenarioFile as ScenarioFileType } from "./schema.js";

type Issue = z.core.$ZodIssue;

/** Validate the parsed data; returns the typed file or the diagnostics. */
export function validateStructure(
  parsed: ParsedFile,
): { ok: true; file: ScenarioFileType } | { ok: false; diagnostics: Diagnostic[] } {
  const r = ScenarioFile.safeParse(parsed.data);
  if (r.success) return { ok: true, file: r.data };
  const issues = expandUnknownKeys(r.error.issues);
  // a misspelt key (baseyear) also makes its field missing (base_year): report only the misspelling
  const misspelt = new Set(
    issues.flatMap((i) => {
      if (i.code !== "unrecognized_keys") return [];
      const s = suggest(String(i.keys[0]), readKeyInfo(i.message)?.allowed ?? []);
      return s ? [pathKey([...i.path, s])] : [];
    }),
  );
  const seen = new Set<string>();
  const out: Diagnostic[] = [];
  for (const issue of issues) {
    const missing = issue.code === "invalid_type" && valueAt(parsed.data, issue.path as Path) === undefined;
    if (missing && misspelt.has(pathKey(issue.path))) continue;
    const d = toDiagnostic(issue, parsed);
    // several missing fields of one mapping share its position: keep each (all reported in one run)
    const key = `${d.loc?.line}:${d.loc?.col}:${d.code}${missing ? pathKey(issue.path) : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return { ok: false, diagnostics: out };
}

function pathKey(path: ReadonlyArray<PropertyKey>): string {
  return JSON.stringify(path.map(String));
}

/** One issue per unknown key, so every misspelt key in a mapping is reported, each with its own suggestion. */
function expandUnknownKeys(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((i) =>
    i.code === "unrecognized_keys" && i.keys.length > 1
      ? i.keys.map((k) => ({ ...i, keys: [k] }) as Issue)
      : [i],
  );
}

function valueAt(data: unknown, path: Path): unknown {
  let v: unknown = data;
  for (const seg of path) {
    if (v === null || typeof v !== "object") return undefined;
    v = (v as Record<string, unknown>)[seg as string];
  }
  return v;
}

function toDiagnostic(issue: Issue, parsed: ParsedFile): Diagnostic {
  const path = issue.path as Path;
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = readKeyInfo(issue.message)?.allowed ?? [];
      const key = String(issue.keys[0]);
      return parsed.at(
        diagnostic("E_UNKNOWN_KEY", { key, suggestion: suggest(key, allowed), allowed }),
        [...path, key],
        { key: true },
      );
    }
    case "invalid_type": {
      const found = valueAt(parsed.data, path);
      if (typeof found === "number" && !Number.isFinite(found)) {
        return parsed.at(diagnostic("E_NOT_FINITE", { text: String(found) }), path);
      }
      if (found === undefined) {
        return parsed.at(
          diagnostic("E_MISSING_FIELD", { field: String(path[path.length - 1]) }),
          path.slice(0, -1),
        );
      }
      return parsed.at(
        diagnostic("E_WRONG_TYPE", { expected: EXPECTED.of(issue.expected), found: describeValue(found) }),
        path,
      );
    }
    case "invalid_union": {
      const found = valueAt(parsed.data, path);
      if (typeof found === "number" && !Number.isFinite(found)) {
        return parsed.at(diagnostic("E_NOT_FINITE", { text: String(found) }), path);
      }
      const keys =
        found !== null && typeof found === "object" && !Array.isArray(found) ? Object.keys(found) : [];
      const allowed = unionKeys(issue.errors as Issue[][]);
      if (
        keys.length === 1 &&
        allowed.some((k) => (DISTRIBUTION_NAMES as readonly string[]).includes(k)) &&
        !allowed.includes(keys[0]!)
      ) {
        return parsed.at(
          diagnostic("E_DISTRIBUTION_UNKNOWN", {
            name: keys[0]!,
            suggestion: suggest(keys[0]!, allowed),
            known: [...DISTRIBUTION_NAMES],
          }),
          [...path, keys[0]!],
          { key: true },
        );
      }
      const best = bestBranch(issue.errors as Issue[][], parsed.data, path);
      // paths inside a union's errors are relative to the union
      if (best) return toDiagnostic({ ...best, path: [...issue.path, ...best.path] } as Issue, parsed);
      return parsed.at(
        diagnostic("E_WRONG_TYPE", {
          expected: EXPECTED.documentedForm,
          found: describeValue(found),
        }),
        path,
      );
    }
    case "invalid_format": {
      const found = valueAt(parsed.data, path);
      if (path[path.length - 1] === "id") {
        return parsed.at(diagnostic("E_INVALID_VALUE", { detail: INVALID.badId(String(found)) }), path);
      }
      return parsed.at(diagnostic("E_INVALID_VALUE", { detail: INVALID.format(String(found)) }), path);
    }
    case "invalid_value":
      return parsed.at(
        diagnostic("E_INVALID_VALUE", {
          detail: INVALID.oneOf(issue.values.map((v) => JSON.stringify(v)).join(", ")),
        }),
        path,
      );
    case "too_small":
      return parsed.at(
        diagnostic("E_INVALID_VALUE", { detail: INVALID.atLeastEntries(Number(issue.minimum)) }),
        path,
      );
    case "too_big":
      return parsed.at(
        diagnostic("E_INVALID_VALUE", { detail: INVALID.atMostEntries(Number(issue.maximum)) }),
        path,
      );
    default:
      return parsed.at(diagnostic("E_INVALID_VALUE", { detail: INVALID.other(issue.message) }), path);
  }
}

/**
 * For a union, the branch the user most likely meant: the one whose errors
 * reach deepest into the value, then the one with fewest errors. Unknown-key
 * errors from every branch at the same place are merged so the suggestion
 * covers all forms.
 */
function bestBranch(branches: Issue[][], data: unknown, base: Path): Issue | undefined {
  const flat = branches.filter((b) => b.length > 0);
  if (flat.length === 0) return undefined;
  const allUnknownKeys = flat.every((b) => b.length === 1 && b[0]!.code === "unrecognized_keys");
  if (allUnknownKeys) {
    const allowed = new Set<string>();
    for (const b of flat) for (const k of readKeyInfo(b[0]!.message)?.allowed ?? []) allowed.add(k);
    const first = flat[0]![0]! as Issue & { keys: string[] };
    const key = String(first.keys[0]);
    return {
      ...first,
      message: JSON.stringify({
        unknownKey: key,
        suggestion: suggest(key, [...allowed]) ?? null,
        allowed: [...allowed],
      }),
    } as Issue;
  }
  const score = (b: Issue[]) => {
    const depth = Math.max(...b.map((i) => i.path.length));
    // a branch that fails only because the value is of another type made no progress
    const typeOnly = b.every(
      (i) => i.code === "invalid_type" && valueAt(data, [...base, ...(i.path as Path)]) !== undefined,
    );
    return depth * 10 - (typeOnly ? 5 : 0) - b.length / 100;
  };
  const sorted = [...flat].sort((a, b) => score(b) - score(a));
  return sorted[0]![0];
}

function readKeyInfo(msg: string): { suggestion: string | null; allowed: string[] } | undefined {
  try {
    const v = JSON.parse(msg) as { suggestion: string | null; allowed: string[] };
    return v;
  } catch {
    return undefined;
  }
}

/** Every key an object may have in any branch of a union (recursively). */
function unionKeys(branches: Issue[][]): string[] {
  const out = new Set<string>();
  for (const b of branches) {
    for (const i of b) {
      if (i.code === "unrecognized_keys") for (const k of readKeyInfo(i.message)?.allowed ?? []) out.add(k);
      if (i.code === "invalid_union") for (const k of unionKeys(i.errors as Issue[][])) out.add(k);
    }
  }
  return [...out];
}
