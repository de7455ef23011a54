/**
 * Regions: other scenario files included in this one (a city inside a
 * province). Paths are relative to the including file and must stay inside
 * its folder tree unless the file says `allow_outside_includes: true`;
 * include cycles are refused with the chain of files named.
 */
import { dirname, isAbsolute, relative, resolve } from "node:path";
import { cwd } from "node:process";
import { ChainsimError, DiagnosticBag, diagnostic } from "../diagnostics.js";
import { suggest } from "../messages.js";
import type { RegionRef, Scenario } from "../model/scenario.js";
import type { ParsedFile } from "./parse.js";
import type { RegionFile } from "./schema.js";

export type ScenarioLoader = (file: string, chain: readonly string[]) => Promise<Scenario>;

export async function loadRegions(
  parsed: ParsedFile,
  scenario: Scenario,
  regions: readonly RegionFile[],
  allowOutside: boolean,
  chain: readonly string[],
  load: ScenarioLoader,
): Promise<RegionRef[]> {
  const bag = new DiagnosticBag();
  const out: RegionRef[] = [];
  const here = dirname(resolve(parsed.file));
  // every path is checked before any file is read
  const files = regions.map((r, i) => {
    const path = ["regions", i];
    const abs = resolve(here, r.file);
    const rel = relative(here, abs);
    if (!allowOutside && (rel.startsWith("..") || isAbsolute(rel))) {
      bag.add(parsed.at(diagnostic("E_REGION_OUTSIDE", { file: r.file }), [...path, "file"]));
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
