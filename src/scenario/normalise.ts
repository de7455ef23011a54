/**
 * From a structurally valid file to a `Scenario`: each block of the file
 * format is read by its own module in `blocks/` (settings, quantities,
 * growth, baselines, targets, overlaps, correlations, links, firms,
 * instruments; regions are loaded by `regions.ts`), in an order where every
 * block finds what it refers to. Every problem is collected with its
 * position; errors are thrown together at the end. See
 * docs/architecture-scenario.md.
 */
import type { FormulaCompiler } from "../formula/formula-function.js";
import type { OutOfScopeGoal, Provenance, Scenario } from "../model/scenario.js";
import { type ActualsOptions, readActuals } from "./blocks/actuals.js";
import { checkComplete, readBaseline, readImpliedBaselines } from "./blocks/baselines.js";
import { createContext } from "./blocks/context.js";
import { readCorrelations } from "./blocks/correlations.js";
import { documentFiles, documentInfo } from "./blocks/documents.js";
import { readFirms } from "./blocks/firms.js";
import { checkFormulaCycle, formulaDeps, topoOrder } from "./blocks/formulas.js";
import { readGrowth } from "./blocks/growth.js";
import { readInstruments } from "./blocks/instruments.js";
import { readLinks } from "./blocks/links.js";
import { readOverlaps } from "./blocks/overlaps.js";
import {
  checkExhaustive,
  checkSectorCycle,
  declareQuantities,
  readChildren,
  readValue,
} from "./blocks/quantities.js";
import { readSettings } from "./blocks/settings.js";
import { readTargets } from "./blocks/targets.js";
import type { ParsedFile } from "./parse.js";
import type { ScenarioFile } from "./schema.js";

/**
 * Normalise a validated file. `compile` checks formulas (undefined when the
 * file has none, so mathjs is not loaded).
 *
 * @example
 * normalise(parsed, file, provenance, compile).quantities.get("software")!.baseline!.value.central // 11150
 */
export function normalise(
  parsed: ParsedFile,
  file: ScenarioFile,
  provenance: Provenance,
  compile: FormulaCompiler | undefined,
  actualsOptions: ActualsOptions = {},
): Scenario {
  const ctx = createContext(parsed, file);
  const money = readSettings(ctx, file);
  const table = declareQuantities(ctx, file, money);
  for (const [id, { path, def }] of table.raw) {
    const q = ctx.quantities.get(id)!;
    readActuals(ctx, table, q, actualsOptions);
    readValue(ctx, table, q, compile);
    if (def.growth !== undefined) {
      const growth = readGrowth(ctx, def.growth, [...path, "growth"], table.ids, compile);
      if (growth) q.growth = growth;
    }
    readBaseline(ctx, table, q, file);
    readChildren(ctx, table, q);
  }
  checkSectorCycle(ctx, table);
  const targets = readTargets(ctx, table, file);
  readImpliedBaselines(ctx, table, file, targets);
  const overlaps = readOverlaps(ctx, file.overlaps ?? []);
  const correlations = readCorrelations(ctx, file.correlations);
  const links = readLinks(ctx, file);
  const firms = readFirms(ctx, file);
  const instruments = readInstruments(ctx, file, firms);
  checkExhaustive(ctx, table, targets);
  checkComplete(ctx, table, ctx.failed);
  checkFormulaCycle(ctx, table.ids, (id) => table.raw.get(id)!.path);
  ctx.bag.throwIfErrors();

  const scenario: Scenario = {
    id: file.id,
    title: file.title,
    unit: money,
    baseYear: file.base_year,
    horizon: file.horizon,
    quantities: ctx.quantities,
    targets,
    order: topoOrder(table.ids, (id) => formulaDeps(ctx.quantities, id)),
    documents: documentFiles(file),
    variants: Object.keys(file.variants ?? {}),
    overlaps,
    regions: [],
    regionsExhaustive: file.regions_exhaustive === true,
    provenance,
    warnings: ctx.bag.warnings,
  };
  if (file.description !== undefined) scenario.description = file.description;
  if (correlations) scenario.correlations = correlations;
  if (links) scenario.links = links;
  if (firms) scenario.firms = firms;
  if (instruments) scenario.instruments = instruments;
  const info = documentInfo(file);
  if (info) scenario.documentInfo = info;
  if (file.out_of_scope?.length)
    scenario.outOfScope = file.out_of_scope.map((o) => {
      const g: OutOfScopeGoal = { goal: o.goal, reason: o.reason };
      const src = ctx.sourceOf(o.source);
      if (src) g.source = src;
      return g;
    });
  return scenario;
}
