/**
 * Regions: other scenario files included in this one (a city inside a
 * province). Paths are relative to the including file and must stay inside
 * its folder tree — checked on real paths, symbolic links followed — unless
 * the command line says `--allow-outside-includes` (a file cannot grant this
 * itself: its `allow_outside_includes: true` is ignored with a warning).
 * Include cycles (also through a folder that links to itself) are refused
 * with the chain of files named, and includes nest at most
 * MAX_INCLUDE_DEPTH deep. Errors in a file outside the folder never quote
 * its content.
 */
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { cwd } from "node:process";
import { ChainsimError, type Diagnostic, DiagnosticBag, diagnostic } from "../diagnostics.js";
import { FILE_REASON } from "../i18n/text/files.js";
import { suggest } from "../messages.js";
import type { RegionRef, Scenario } from "../model/scenario.js";
import type { ParsedFile } from "./parse.js";
import type { RegionFile } from "./schema.js";

export type ScenarioLoader = (file: string, chain: readonly string[]) => Promise<Scenario>;

/** Includes nest at most this deep (a city in a province in a country …). */
export const MAX_INCLUDE_DEPTH = 16;

/** A path with symbolic links resolved (the path itself where it does not exist, for "not found" later). */
export type RealPath = (path: string) => string;

/** Whether `path` lies in `folder` (both absolute). */
function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || !(rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel));
}

export async function loadRegions(
  parsed: ParsedFile,
  scenario: Scenario,
  regions: readonly RegionFile[],
  allowOutside: boolean,
  chain: readonly string[],
  load: ScenarioLoader,
  real: RealPath = (p) => p,
): Promise<RegionRef[]> {
  const bag = new DiagnosticBag();
  const out: RegionRef[] = [];
  const here = dirname(resolve(parsed.file));
  let realHere: string;
  try {
    realHere = real(here);
  } catch {
    realHere = here;
  }
  const outside: boolean[] = [];
  // every path is checked before any file is read
  const files = regions.map((r, i) => {
    const path = ["regions", i];
    let abs = resolve(here, r.file);
    try {
      abs = real(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const reason = code === "ELOOP" ? FILE_REASON.linksLoop : FILE_REASON.read(code, String(e));
      bag.add(parsed.at(diagnostic("E_FILE_READ", { file: r.file, reason }), [...path, "file"]));
      return abs;
    }
    outside[i] = !inside(realHere, abs);
    if (!allowOutside && outside[i]) {
      bag.add(parsed.at(diagnostic("E_REGION_OUTSIDE", { file: r.file }), [...path, "file"]));
    } else if (chain.length > MAX_INCLUDE_DEPTH) {
      bag.add(
        parsed.at(diagnostic("E_REGION_LOOP", { file: r.file, depth: chain.length }), [...path, "file"]),
      );
    } else if (chain.includes(abs)) {
      const cycle = [...chain.slice(chain.indexOf(abs)), abs].map((f) => relative(cwd(), f) || f);
      bag.add(parsed.at(diagnostic("E_REGION_CYCLE", { cycle }), [...path, "file"]));
    }
    return abs;
  });
  bag.throwIfErrors();
  for (const [i, r] of regions.entries()) {
    const path = ["regions", i];
    const abs = files[i]!;
    let region: Scenario;
    try {
      region = await load(abs, [...chain, abs]);
    } catch (e) {
      if (e instanceof ChainsimError && e.code === "E_FILE_NOT_FOUND") {
        throw new ChainsimError([
          parsed.at(diagnostic("E_FILE_NOT_FOUND", { file: r.file }), [...path, "file"]),
        ]);
      }
      if (e instanceof ChainsimError && (e.code === "E_NOT_REGULAR_FILE" || e.code === "E_FILE_READ")) {
        // the include's position in this file, not only the path
        throw new ChainsimError(e.diagnostics.map((d) => (d.loc ? d : parsed.at(d, [...path, "file"]))));
      }
      if (e instanceof ChainsimError && outside[i])
        throw new ChainsimError(e.diagnostics.map(withoutContent));
      throw e;
    }
    const map: Record<string, string> = {};
    const entries = r.map
      ? Object.entries(r.map)
      : [...region.quantities.keys()]
          .filter((id) => scenario.quantities.has(id))
          .map((id) => [id, id] as const);
    for (const [theirs, ours] of entries) {
      const tq = region.quantities.get(theirs);
      const oq = scenario.quantities.get(ours);
      if (!tq) {
        bag.add(
          parsed.at(
            diagnostic("E_UNKNOWN_REFERENCE", {
              kind: `quantity in region "${r.id}"`,
              name: theirs,
              suggestion: suggest(theirs, region.quantities.keys()),
            }),
            [...path, "map", theirs],
            { key: true },
          ),
        );
        continue;
      }
      if (!oq) {
        bag.add(
          parsed.at(
            diagnostic("E_UNKNOWN_REFERENCE", {
              kind: "quantity",
              name: ours,
              suggestion: suggest(ours, scenario.quantities.keys()),
            }),
            [...path, "map", theirs],
          ),
        );
        continue;
      }
      if (tq.unit.dimension !== oq.unit.dimension) {
        bag.add(
          parsed.at(
            diagnostic("E_REGION_UNIT", {
              region: `${r.id}.${theirs}`,
              unit: tq.unit.symbol,
              expected: oq.unit.symbol,
            }),
            [...path, "map", theirs],
          ),
        );
        continue;
      }
      map[theirs] = ours;
    }
    out.push({ id: r.id, file: r.file, scenario: region, map, line: parsed.locate(path).line });
  }
  bag.throwIfErrors();
  return out;
}

/**
 * A diagnostic about a file outside the scenario's folder, without any of its
 * content (no excerpt, no quoted keys or values): only the code and where.
 */
function withoutContent(d: Diagnostic): Diagnostic {
  if (d.code === "E_REGION_OUTSIDE_INVALID") return d;
  const loc = d.loc ?? { file: "?", line: 0, col: 0 };
  return diagnostic(
    "E_REGION_OUTSIDE_INVALID",
    { file: loc.file, code: d.code, line: loc.line, col: loc.col },
    loc,
    d.severity,
  );
}
