/**
 * The interactive page for a scenario file: its text (with a variant and
 * --set overrides applied, comments kept) and the inlined browser bundle.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lang } from "../i18n/lang.js";
import type { Scenario } from "../model/scenario.js";
import { writeFileAtomic } from "../report/atomic-write.js";
import { includeKey, type LoadOptions } from "../scenario/load.js";
import { parseScenarioText, readScenarioFile } from "../scenario/parse.js";
import { tweakedYaml } from "./core.js";
import { interactivePage } from "./html.js";
import type { McRun } from "./mc.js";

/**
 * The scenario's text as the page should start from: the variant and --set
 * overrides written in (comments kept), and inputs they make certain left out
 * of `correlations:` as the loader leaves them out (`s`: the scenario loaded
 * with the same options).
 */
export function pageText(file: string, opts: LoadOptions = {}, s?: Scenario): string {
  const parsed = readScenarioFile(file);
  if (!opts.variant && !opts.set?.length) return parsed.text;
  const text = tweakedYaml(parsed.text, file, opts.set ?? [], { variant: opts.variant, scenario: s });
  // Re-read so the page parses exactly what it embeds.
  return parseScenarioText(text, file).text;
}

/**
 * The texts of every file the scenario includes, at any depth, by path from
 * its folder (LoadOptions.files): the page cannot read files.
 *
 * @example
 * includedFiles(shandongWithLiaocheng, "scenarios/shandong.yaml") // { "liaocheng-it-2025.yaml": "id: liaocheng-it-2025…" }
 */
export function includedFiles(s: Scenario, file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const visit = (sc: Scenario) => {
    for (const r of sc.regions ?? []) {
      const key = includeKey(file, r.scenario.provenance.file);
      if (key in out) continue;
      out[key] = readFileSync(r.scenario.provenance.file, "utf8");
      visit(r.scenario);
    }
  };
  visit(s);
  return out;
}

/**
 * The workbench page with the scenario loaded (`lang`: its first language;
 * the reader can switch; `run`: the samples and seed its Monte Carlo uses).
 */
export function buildInteractive(
  s: Scenario,
  file: string,
  opts: LoadOptions = {},
  extraScript?: string,
  lang?: Lang,
  run?: McRun,
): string {
  const page: Parameters<typeof interactivePage>[0] = {
    title: s.title,
    text: pageText(file, opts, s),
    file,
    files: includedFiles(s, file),
  };
  if (extraScript) page.extraScript = extraScript;
  if (lang) page.lang = lang;
  if (run) page.run = run;
  return interactivePage(page);
}

/**
 * Write `interactive.html` into `dir`; returns its path. `run`: the report's
 * samples and seed, so the page's probabilities are the report's.
 */
export function writeInteractive(
  s: Scenario,
  file: string,
  opts: LoadOptions,
  dir: string,
  lang?: Lang,
  run?: McRun,
): string {
  const out = join(dir, "interactive.html");
  // a hidden temporary name the next report run removes if this one is killed
  writeFileAtomic(out, buildInteractive(s, file, opts, undefined, lang, run));
  return out;
}
