/**
 * The firms of `firms:` — named firms, generated groups of unnamed firms,
 * and yearly entry cohorts — each in its firm sector, with its profile.
 */

import { POPULATION } from "../../i18n/text/loader.js";
import { point } from "../../model/distribution.js";
import { type EntryCohort, type FirmGroup, MAX_FIRMS, type NamedFirm } from "../../model/firm.js";
import type { Path } from "../parse.js";
import {
  FIRM_COUNT,
  type FirmsReader,
  growthOk,
  names,
  type ProfileFile,
  readProfile,
  SHARE,
  sectorOk,
  unique,
} from "./firms-reader.js";

/** `firms.named`: firms the documents name. */
export function readNamed(r: FirmsReader): NamedFirm[] {
  const named: NamedFirm[] = [];
  (r.raw.named ?? []).forEach((def, i) => {
    const path: Path = [...r.P, "named", i];
    if (!unique(r, "firm", def.id, [...path, "id"])) return;
    const sector = sectorOk(r, def.sector, [...path, "sector"]);
    const revenue = r.u(def.revenue, [...path, "revenue"], r.money);
    const profile = readProfile(r, def as ProfileFile, path);
    growthOk(r, def.growth, sector, POPULATION.named(def.id), path);
    if (def.entered !== undefined) r.yearOk(def.entered, [...path, "entered"]);
    for (const t of def.tags ?? []) r.tags.add(t);
    r.firmsHigh += 1;
    if (!sector || !revenue) return;
    const f: NamedFirm = {
      id: def.id,
      names: names(def.name),
      sector: sector.id,
      inScope: def.in_scope ?? sector.inScope,
      revenue,
      tags: [...(def.tags ?? [])],
      entered: def.entered ?? null,
      supporting: def.supporting === true,
      profile,
      line: r.ctx.lineOf(path),
    };
    const src = r.ctx.sourceOf(def.source);
    if (src) f.source = src;
    named.push(f);
  });
  return named;
}

/** `firms.generated`: groups of unnamed firms per sector. */
export function readGenerated(r: FirmsReader): FirmGroup[] {
  const generated: FirmGroup[] = [];
  (r.raw.generated ?? []).forEach((def, i) => {
    const path: Path = [...r.P, "generated", i];
    const id = def.id ?? `${def.sector}_${i + 1}`;
    if (def.id !== undefined && !unique(r, "group", def.id, [...path, "id"])) return;
    const sector = sectorOk(r, def.sector, [...path, "sector"]);
    const count = r.u(def.count, [...path, "count"], { kind: "amount", unit: FIRM_COUNT });
    const revenue = r.u(def.revenue, [...path, "revenue"], r.money);
    const profile = readProfile(r, def as ProfileFile, path);
    growthOk(r, def.growth, sector, POPULATION.generated(id), path);
    for (const t of def.tags ?? []) r.tags.add(t);
    if (count) r.firmsHigh += Math.max(0, count.high);
    if (!sector || !count || !revenue) return;
    generated.push({
      id,
      names: names(def.name),
      sector: sector.id,
      inScope: def.in_scope ?? sector.inScope,
      count,
      revenue,
      tags: [...(def.tags ?? [])],
      profile,
      line: r.ctx.lineOf(path),
    });
  });
  return generated;
}

/** `firms.entry`: new firms each year (projects attracted); E_FIRMS_TOO_MANY when the population could exceed MAX_FIRMS. */
export function readEntry(r: FirmsReader): EntryCohort[] {
  const entry: EntryCohort[] = [];
  (r.raw.entry ?? []).forEach((def, i) => {
    const path: Path = [...r.P, "entry", i];
    const id = def.id ?? `${def.sector}_${i + 1}`;
    if (def.id !== undefined && !unique(r, "cohort", def.id, [...path, "id"])) return;
    const sector = sectorOk(r, def.sector, [...path, "sector"]);
    const perYear = r.u(def.per_year, [...path, "per_year"], { kind: "amount", unit: FIRM_COUNT });
    const revenue = r.u(def.revenue, [...path, "revenue"], r.money);
    const supporting =
      def.supporting === undefined ? point(0) : r.u(def.supporting, [...path, "supporting"], SHARE);
    const from = def.from ?? r.file.base_year + 1;
    const to = def.to ?? r.file.horizon;
    let yearsOk = true;
    if (def.from !== undefined) yearsOk = r.yearOk(def.from, [...path, "from"]) && yearsOk;
    if (def.to !== undefined) yearsOk = r.yearOk(def.to, [...path, "to"]) && yearsOk;
    if (yearsOk && to < from) {
      r.ctx.report("E_PERIOD_ORDER", { from, to }, path);
      yearsOk = false;
    }
    const profile = readProfile(r, def as ProfileFile, path);
    growthOk(r, def.growth, sector, POPULATION.entry(id), path);
    for (const t of def.tags ?? []) r.tags.add(t);
    if (perYear && yearsOk) r.firmsHigh += Math.max(0, perYear.high) * (to - from + 1);
    if (!sector || !perYear || !revenue || !supporting || !yearsOk) return;
    entry.push({
      id,
      names: names(def.name),
      sector: sector.id,
      inScope: def.in_scope ?? sector.inScope,
      perYear,
      from,
      to,
      revenue,
      supporting,
      tags: [...(def.tags ?? [])],
      profile,
      line: r.ctx.lineOf(path),
    });
  });
  if (r.firmsHigh > MAX_FIRMS) {
    r.ctx.report("E_FIRMS_TOO_MANY", { count: Math.round(r.firmsHigh), max: MAX_FIRMS }, r.P, true);
  }
  return entry;
}
