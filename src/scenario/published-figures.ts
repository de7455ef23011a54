/**
 * Published figures for backtests: the entries of a figures file
 * (seeds/figures.yaml) that name the sector or indicator they measure and
 * cover one full year, with the regions of the documents listed beside them
 * (seeds/goals.yaml `documents:`), so a scenario finds the figures of its
 * own region by the documents it cites.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fail } from "../diagnostics.js";
import type { PublishedFigure } from "../model/published-figure.js";
import { type ParsedFile, readScenarioFile } from "./parse.js";

export interface FiguresFile {
  file: string;
  figures: PublishedFigure[];
  /** Document file name → region, from goals.yaml beside the figures file (empty when there is none). */
  regions: Map<string, string>;
}

type Entry = Record<string, unknown>;

/**
 * The nearest `seeds/figures.yaml` at or above the scenario's folder, or undefined.
 *
 * @example
 * findFiguresFile("scenarios/shandong-it-2025.yaml") // "<repo>/seeds/figures.yaml"
 */
export function findFiguresFile(scenarioFile: string): string | undefined {
  let dir = dirname(resolve(scenarioFile));
  for (;;) {
    const f = join(dir, "seeds", "figures.yaml");
    if (existsSync(f)) return f;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * Read a figures file: full-year levels that name a `sector` or `indicator`
 * (growth and share figures and part-year figures are left out: they do not
 * measure a projected level directly). A malformed entry is refused with its position.
 *
 * @example
 * readFiguresFile("seeds/figures.yaml").figures.find((f) => f.id === "sd-it-revenue-2023")
 * // { quantity: "it_industry", year: 2023, value: 20000, qualifier: "above", published: "2024-02-28", … }
 */
export function readFiguresFile(file: string): FiguresFile {
  const parsed = readScenarioFile(file);
  const root = parsed.data as Entry | null;
  const list = root && typeof root === "object" ? root.figures : undefined;
  if (!Array.isArray(list)) fail("E_FIGURES_FILE", { id: "figures", field: "list" }, parsed.locate([]));
  const figures: PublishedFigure[] = [];
  list.forEach((raw, i) => {
    const f = figureOf(parsed, raw as Entry, i);
    if (f) figures.push(f);
  });
  const goals = join(dirname(file), "goals.yaml");
  return { file, figures, regions: existsSync(goals) ? documentRegions(goals) : new Map() };
}

/** One entry, or undefined when it names no quantity or is not a full-year level. */
function figureOf(parsed: ParsedFile, e: Entry, i: number): PublishedFigure | undefined {
  const quantity = e.sector ?? e.indicator;
  if (quantity === undefined) return undefined;
  const id = typeof e.id === "string" ? e.id : `#${i + 1}`;
  const bad = (field: string): never =>
    fail("E_FIGURES_FILE", { id, field }, parsed.locate(["figures", i, field]));
  if (typeof quantity !== "string") bad(e.sector !== undefined ? "sector" : "indicator");
  if (typeof e.value !== "number" || !Number.isFinite(e.value)) bad("value");
  const period = String(e.period ?? "");
  if (!/^\d{4}$/.test(period) && !/^\d{4}-\d{2}\.\.\d{4}-\d{2}$/.test(period)) bad("period");
  if ((e.measure !== undefined && e.measure !== "level") || !/^\d{4}$/.test(period)) return undefined;
  const q = e.qualifier ?? "exact";
  if (q !== "exact" && q !== "above" && q !== "about") bad("qualifier");
  const f: PublishedFigure = {
    id,
    region: String(e.region ?? ""),
    quantity: quantity as string,
    year: Number(period),
    value: e.value as number,
    qualifier: q as PublishedFigure["qualifier"],
    line: parsed.locate(["figures", i]).line,
  };
  if (typeof e.publisher === "string") f.publisher = e.publisher;
  if (e.published !== undefined) {
    const p = String(e.published);
    if (!/^\d{4}-\d{2}(-\d{2})?$/.test(p)) bad("published");
    f.published = p;
  }
  return f;
}

/** goals.yaml `documents:` as file → region. */
function documentRegions(file: string): Map<string, string> {
  const data = readScenarioFile(file).data as Entry | null;
  const out = new Map<string, string>();
  const docs = data && typeof data === "object" ? data.documents : undefined;
  if (Array.isArray(docs))
    for (const d of docs as Entry[])
      if (typeof d.file === "string" && typeof d.region === "string") out.set(d.file, d.region);
  return out;
}
