/**
 * The interactive page for a scenario file: its text (with a variant and
 * --set overrides applied, comments kept) and the inlined browser bundle.
 */
import { renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Scenario } from "../model/scenario.js";
import type { LoadOptions } from "../scenario/load.js";
import { applyOverrides, parseSetArgs, variantOverrides } from "../scenario/overrides.js";
import { parseScenarioText, readScenarioFile } from "../scenario/parse.js";
import { interactivePage } from "./html.js";

/** The scenario's text as the page should start from. */
export function pageText(file: string, opts: LoadOptions = {}): string {
  const parsed = readScenarioFile(file);
  if (!opts.variant && !opts.set?.length) return parsed.text;
  const overrides = [
    ...(opts.variant ? variantOverrides(parsed, opts.variant) : []),
    ...parseSetArgs(opts.set ?? []),
  ];
  applyOverrides(parsed, overrides);
  // Re-read so the page parses exactly what it embeds.
  return parseScenarioText(parsed.doc.toString({ lineWidth: 0 }), file).text;
}

export function buildInteractive(
  s: Scenario,
  file: string,
  opts: LoadOptions = {},
  extraScript?: string,
): string {
  const page: Parameters<typeof interactivePage>[0] = { title: s.title, text: pageText(file, opts), file };
  if (extraScript) page.extraScript = extraScript;
  return interactivePage(page);
}

/** Write `interactive.html` into `dir`; returns its path. */
export function writeInteractive(s: Scenario, file: string, opts: LoadOptions, dir: string): string {
  const out = join(dir, "interactive.html");
  const tmp = `${out}.tmp`;
  writeFileSync(tmp, buildInteractive(s, file, opts));
  renameSync(tmp, out);
  return out;
}
