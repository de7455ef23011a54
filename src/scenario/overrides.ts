/**
 * Variants and `--set`: one mechanism. An override replaces the value at a
 * path in the parsed document before validation, so an overridden value is
 * checked exactly like one written in the file, and errors in it point at
 * the override.
 */
import { parse as parseYaml } from "yaml";
import { ChainsimError, diagnostic, fail, type SourceLocation } from "../diagnostics.js";
import { suggest } from "../messages.js";
import type { ParsedFile, Path } from "./parse.js";
import { ScenarioFile } from "./schema.js";
import {
  checkOwnPath,
  hasOwnKey,
  resolveLinksPath,
  resolveOverlapPath,
  setPath,
  splitPath,
} from "./set-paths.js";
import { targetId } from "./target-id.js";

export interface Override {
  /** As written: `software.growth`. */
  path: string;
  value: unknown;
  /** Where the override came from (the variant's line, or the command line). */
  loc: SourceLocation;
  /** For the manifest: `software.growth=12%`. */
  label: string;
}

/** Top-level keys of the format, from the schema. */
const TOP_LEVEL = Object.keys(ScenarioFile.shape);

/**
 * Read `--set PATH=VALUE` arguments. VALUE is read as YAML, so `12%` stays
 * text for the magnitude reader, `0.12` is a number and `[8%, 12%, 17%]` a list.
 *
 * @example
 * parseSetArgs(["software.growth=12%"])[0] // { path: "software.growth", value: "12%", … }
 */
export function parseSetArgs(args: readonly string[]): Override[] {
  return args.map((arg) => {
    const eq = arg.indexOf("=");
    if (eq <= 0) fail("E_SET_SYNTAX", { arg });
    const path = arg.slice(0, eq).trim();
    const text = arg.slice(eq + 1).trim();
    let value: unknown;
    try {
      value = text === "" ? "" : parseYaml(text);
    } catch {
      value = text;
    }
    return { path, value, loc: { file: `--set ${arg}`, line: 0, col: 0 }, label: arg };
  });
}

/** The overrides a named variant declares, positioned at their lines in the file. */
export function variantOverrides(parsed: ParsedFile, name: string): Override[] {
  const data = parsed.data as { variants?: Record<string, { set?: Record<string, unknown> }> };
  const variants = data.variants ?? {};
  const v = variants[name];
  if (!v || typeof v !== "object") {
    const available = Object.keys(variants);
    fail("E_UNKNOWN_VARIANT", { name, suggestion: suggest(name, available), available });
  }
  return Object.entries(v.set ?? {}).map(([path, value]) => ({
    path,
    value,
    loc: parsed.locate(["variants", name, "set", path]),
    label: `${path}=${typeof value === "string" ? value : JSON.stringify(value)}`,
  }));
}

/**
 * Resolve a short path (`software.growth`, `targets.sd-software-2025.at_least`,
 * `overlaps.ic/software.share`, `links.coefficients.terminals.ic`) against the
 * document; `a[b].c` is read as `a.b.c`.
 */
export function resolvePath(data: Record<string, unknown>, path: string, loc: SourceLocation): Path {
  const segs = splitPath(path);
  const head = segs[0] ?? "";
  const sectors = (data.sectors ?? {}) as Record<string, unknown>;
  const indicators = (data.indicators ?? {}) as Record<string, unknown>;
  const targets = Array.isArray(data.targets) ? (data.targets as unknown[]) : [];
  const miss = (): never => {
    const names = [
      ...Object.keys(sectors),
      ...Object.keys(indicators),
      ...TOP_LEVEL,
      ...targets.map((t) => `targets.${targetId(t)}`),
    ];
    throw new ChainsimError([
      diagnostic(
        "E_SET_PATH",
        { path, suggestion: suggest(segs.slice(0, 2).join("."), names) ?? suggest(head, names) },
        loc,
      ),
    ]);
  };
  if (segs.length === 0) return miss();
  if (hasOwnKey(sectors, head)) return ["sectors", ...segs];
  if (hasOwnKey(indicators, head)) return ["indicators", ...segs];
  if (head === "targets" && segs.length > 1) {
    const key = segs[1]!;
    const index = /^\d+$/.test(key) ? Number(key) : targets.findIndex((t) => targetId(t) === key);
    if (index < 0 || index >= targets.length) return miss();
    return ["targets", index, ...segs.slice(2)];
  }
  if (head === "overlaps") return resolveOverlapPath(data, path, segs, loc);
  if (head === "links") return resolveLinksPath(data, path, segs, loc);
  if (TOP_LEVEL.includes(head)) {
    if ((head === "sectors" || head === "indicators") && segs.length > 1) {
      const table = head === "sectors" ? sectors : indicators;
      if (!hasOwnKey(table, segs[1]!)) return miss();
    }
    return segs;
  }
  return miss();
}

/**
 * Write the values `applyOverrides` put in the data into the YAML document as
 * well, for a caller that edits the file's text from the document (the
 * page's "Download scenario").
 *
 * @example
 * applyOverrides(parsed, parseSetArgs(["software.growth=12%"]));
 * writeOverridesToDocument(parsed); // parsed.doc now says growth: 12%
 */
export function writeOverridesToDocument(parsed: ParsedFile): void {
  for (const { path } of parsed.overridden) {
    const value = path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[String(k)], parsed.data);
    parsed.doc.setIn(path, parsed.doc.createNode(value));
  }
}

/**
 * Apply overrides to the parsed data in order; later ones win. The data is
 * changed in place (each value a copy of the override's), the YAML document
 * never: positions of overridden paths come from the overrides themselves
 * (`parsed.overridden`), and a document clone per variant cost more than the
 * rest of loading it.
 */
export function applyOverrides(parsed: ParsedFile, overrides: readonly Override[]): void {
  for (const o of overrides) {
    const path = resolvePath(parsed.data as Record<string, unknown>, o.path, o.loc);
    checkOwnPath(parsed.data, path, o.path, o.loc);
    if (!setPath(parsed.data, path, structuredClone(o.value)))
      throw new ChainsimError([diagnostic("E_SET_PATH", { path: o.path }, o.loc)]);
    parsed.overridden.push({ path, loc: o.loc });
  }
}
