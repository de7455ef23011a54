/**
 * `chainsim report`: every analysis of a scenario drawn and written to one
 * folder —
 *
 *   report.html      one self-contained page (inline SVG and CSS, no script)
 *   summary.md       key findings as Markdown
 *   charts/*.svg     each chart (and *.png with `png: true`)
 *   data/*.csv       every series behind every chart (and *.parquet)
 *   manifest.json    version, input hash, variant, overrides, seed, samples,
 *                    and every file written with its SHA-256
 *
 * The same scenario, options and seed give byte-identical files: nothing
 * depends on the clock, the machine or the order charts are drawn in.
 * Everything is written to a temporary folder first and moved into place.
 */

import { createHash } from "node:crypto";
import { join } from "node:path";
import { analyse } from "../analysis/analyse.js";
import { fileName } from "../analysis/findings/scenario-facts.js";
import type { Findings } from "../model/findings.js";
import type { Scenario } from "../model/scenario.js";
import { parseShock } from "../scenario/shock-arg.js";
import { checkOutputDir, type OutputFile, writeTreeAtomic } from "./atomic-write.js";
import { tableCsv } from "./charts/data.js";
import { chartDom } from "./charts/dom.js";
import { type CjkFont, findCjkFont, pngRenderer, slidePages } from "./charts/png.js";
import type { ChartSvg } from "./charts/style.js";
import { figureContext } from "./figure-input.js";
import { type PageFigure, reportHtml, type WrittenFile } from "./html.js";
import { toJsonText } from "./json.js";
import { type Lang, labels } from "./labels.js";
import { type Manifest, manifest } from "./manifest.js";
import { tableParquet } from "./parquet.js";
import {
  chainFigures,
  costFigures,
  DEFAULT_SENSITIVITY_SAMPLES,
  sensitivityFigures,
} from "./report-analyses.js";
import { type FigureSpec, figureSpecs, type SensitivityFigures } from "./report-figures.js";
import { renderSummary } from "./report-summary.js";
import { findingsSheets, findingsXlsx } from "./xlsx/findings-workbook.js";
import { sheetCsv } from "./xlsx/sheet-csv.js";

export interface ReportOptions {
  /** Monte Carlo samples; 0 for no simulation (no fan chart, no probabilities). */
  samples: number;
  seed: number;
  lang?: Lang;
  /** Also render each chart to PNG. */
  png?: boolean;
  /** Sensitivity results to draw (tornado, Sobol), when the caller has them. */
  sensitivity?: SensitivityFigures;
  /** Run tornado and Sobol on this goal's gap (chart 7), unless `sensitivity` is given. */
  sensitivityGoal?: string;
  /** Sobol base samples N (default 1024). */
  sensitivitySamples?: number;
  /** The chain shock (SECTOR=CHANGE) drawn in chart 8; default: the largest final demand −10%. */
  shock?: string;
  /** More figures (industry chain, policy costs) from other analyses. */
  figures?: (s: Scenario, lang: Lang) => Promise<FigureSpec[]> | FigureSpec[];
  /** Simulation progress. */
  onProgress?: (done: number, total: number) => void;
}

export interface BuiltReport {
  files: OutputFile[];
  /** Everything the report shows, as one value (also written as findings.json). */
  findings: Findings;
  manifest: Manifest;
}

export interface WrittenReport extends BuiltReport {
  dir: string;
  /** Path of report.html (inside `dir`). */
  html: string;
  written: WrittenFile[];
}

/** The default output folder: out/<scenario id>. */
export function defaultOutDir(s: Scenario): string {
  return `out/${s.id}`;
}

const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");
const size = (data: string | Uint8Array) =>
  typeof data === "string" ? Buffer.byteLength(data, "utf8") : data.length;
const SVG_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const listed = (fs: OutputFile[]): WrittenFile[] =>
  fs.map((f) => ({ path: f.path, bytes: size(f.data), sha256: sha256(f.data) }));

/**
 * The scenario as the report names it: its file by name only, so no output
 * holds the user's folders and `x.yaml`, `./x.yaml` and an absolute path give
 * the same bytes.
 */
function named(s: Scenario): Scenario {
  return { ...s, provenance: { ...s.provenance, file: fileName(s.provenance.file) } };
}

/** Every analysis the report shows, run once: one Findings value. */
async function reportFindings(s: Scenario, opts: ReportOptions): Promise<Findings> {
  const sensitivitySamples = opts.sensitivitySamples ?? DEFAULT_SENSITIVITY_SAMPLES;
  const sensitivity = !opts.sensitivity && opts.sensitivityGoal !== undefined;
  return analyse(s, {
    parts: [
      "projection",
      "check",
      "simulation",
      "chain",
      "costs",
      ...(sensitivity ? (["sensitivity"] as const) : []),
    ],
    samples: opts.samples,
    seed: opts.seed,
    ...(opts.onProgress ? { onProgress: opts.onProgress } : {}),
    ...(opts.shock && s.links ? { shock: parseShock(opts.shock, "--shock", s.unit, s.links.sectors) } : {}),
    ...(sensitivity
      ? { sensitivity: { target: opts.sensitivityGoal!, samples: sensitivitySamples, seed: opts.seed } }
      : {}),
  });
}

/** The report's manifest: the scenario's, the simulation's and the report's own settings. */
function reportManifest(s: Scenario, f: Findings, opts: ReportOptions, font: CjkFont | null): Manifest {
  const sim = f.simulation;
  return manifest(s, {
    seed: opts.seed,
    samples: sim ? sim.samples : 0,
    method: sim ? sim.method : null,
    lang: opts.lang ?? "zh",
    command: "report",
    ...(opts.sensitivityGoal
      ? {
          sensitivity: {
            goal: opts.sensitivityGoal,
            samples: opts.sensitivitySamples ?? DEFAULT_SENSITIVITY_SAMPLES,
            seed: opts.seed,
          },
        }
      : {}),
    ...(opts.shock ? { shock: opts.shock } : {}),
    ...(font ? { png_font: font.origin.startsWith("npm:") ? font.origin : "system" } : {}),
  });
}

/** Every figure the report draws, from Findings. */
async function reportFigureSpecs(s: Scenario, f: Findings, opts: ReportOptions): Promise<FigureSpec[]> {
  const lang = opts.lang ?? "zh";
  const L = labels(lang);
  const sensitivity =
    opts.sensitivity ?? (f.sensitivity ? sensitivityFigures(s, f.sensitivity, L) : undefined);
  const more = [
    ...chainFigures(s, f.chain, L),
    ...costFigures(s, f.costs, L),
    ...(opts.figures ? await opts.figures(s, lang) : []),
  ];
  return figureSpecs(figureContext(s, f, L), { ...(sensitivity ? { sensitivity } : {}), more });
}

/** Each figure drawn: its SVG, PNG (with a font), CSV and Parquet files. */
async function figureFiles(
  specs: FigureSpec[],
  font: CjkFont | null,
): Promise<{ figures: PageFigure[]; files: OutputFile[] }> {
  const dom = await chartDom();
  const charts: ChartSvg[] = [];
  for (const spec of specs) charts.push(await spec.draw(dom));
  const files: OutputFile[] = [];
  // one 1600×900 slide per chart, and one per panel of a small-multiple chart (drawn only for PNGs)
  const slides = font ? charts.map((c) => slidePages(c)) : [];
  const figures: PageFigure[] = specs.map((spec, i) => {
    const own = [`charts/${spec.name}.svg`];
    for (const page of slides[i] ?? []) own.push(`charts/${page.name}.png`);
    own.push(`data/${spec.data.name}.csv`, `data/${spec.data.name}.parquet`);
    return { number: i + 1, spec, chart: charts[i]!, files: own };
  });
  for (const f of figures) files.push({ path: `charts/${f.spec.name}.svg`, data: SVG_HEAD + f.chart.svg });
  if (font) {
    const pages = slides.flat();
    const png = await pngRenderer(
      pages.map((p) => p.svg),
      font,
    );
    try {
      for (const page of pages)
        files.push({ path: `charts/${page.name}.png`, data: png.render(page.svg, { scale: 1 }).png });
    } finally {
      png.close();
    }
  }
  for (const f of figures) files.push({ path: `data/${f.spec.data.name}.csv`, data: tableCsv(f.spec.data) });
  for (const f of figures)
    files.push({ path: `data/${f.spec.data.name}.parquet`, data: tableParquet(f.spec.data) });
  return { figures, files };
}

/**
 * Build every file of the report in memory (nothing is written): analyse
 * once, render every file from that one Findings value.
 */
export async function buildReport(scenario: Scenario, opts: ReportOptions): Promise<BuiltReport> {
  const L = labels(opts.lang ?? "zh");
  const font = opts.png ? findCjkFont() : null; // fail early, before the work
  const s = named(scenario);
  const found = await reportFindings(scenario, opts);
  const base = reportManifest(s, found, opts, font);
  const f: Findings = { ...found, manifest: base };
  const { figures, files } = await figureFiles(await reportFigureSpecs(s, f, opts), font);
  files.push({ path: "findings.json", data: toJsonText(f) });
  files.push({ path: "report.xlsx", data: await findingsXlsx(f, opts.lang ?? "zh") }); // issue 17
  for (const t of findingsSheets(f, opts.lang ?? "zh"))
    files.push({ path: `data/table-${t.key}.csv`, data: sheetCsv(t, opts.lang ?? "zh") }); // each sheet as CSV
  files.push({ path: "summary.md", data: renderSummary({ s, f, L, figures, manifest: base }) });
  files.push({
    path: "report.html",
    data: await reportHtml({ s, f, L, figures, manifest: base, files: listed(files) }),
  });
  const full: Manifest = { ...base, files: listed(files) };
  files.push({ path: "manifest.json", data: `${JSON.stringify(full, null, 2)}\n` });
  return { files, findings: f, manifest: full };
}

/**
 * Build the report and write it to `dir` (default out/<scenario id>, created
 * if missing; an explicit folder's parent must exist).
 *
 * @example
 * const r = await writeReport(scenario, { samples: 10_000, seed: 1 }, "out/shandong");
 * r.html // "out/shandong/report.html"
 */
export async function writeReport(s: Scenario, opts: ReportOptions, dir?: string): Promise<WrittenReport> {
  const out = dir ?? defaultOutDir(s);
  checkOutputDir(out, dir === undefined);
  const built = await buildReport(s, opts);
  writeTreeAtomic(out, built.files, { createParents: dir === undefined });
  return {
    ...built,
    dir: out,
    html: join(out, "report.html"),
    written: listed(built.files),
  };
}
