/**
 * What the readers of `firms:` share (`firms.ts` builds it): the money unit,
 * reading an uncertain value at a path, the firm sectors, the tags and ids
 * seen so far, and the population's size at the high end of every count —
 * and the profile of a population (growth, spread, investment, rent, park,
 * R&D), written the same way on sectors and populations.
 */

import type { Bilingual } from "../../i18n/lang.js";
import { suggest } from "../../messages.js";
import { point, type UncertainValue } from "../../model/distribution.js";
import type { FirmProfile, FirmSector } from "../../model/firm.js";
import type { Names } from "../../model/quantity.js";
import type { Unit } from "../../model/units.js";
import type { MagnitudeContext } from "../magnitude.js";
import type { Path } from "../parse.js";
import type { ScenarioFile } from "../schema.js";
import type { NormaliseContext } from "./context.js";

export const SHARE: MagnitudeContext = { kind: "share" };
export const RATE: MagnitudeContext = { kind: "rate" };
export const FIRM_COUNT: Unit = { symbol: "家", dimension: "count:家", exp: 0 };
export const ORG_COUNT: Unit = { symbol: "个", dimension: "count:个", exp: 0 };

export type ProfileFile = Record<string, unknown> & {
  growth?: unknown;
  spread?: unknown;
  investment?: { probability?: unknown; amount: unknown; land_share?: unknown };
  rent?: unknown;
  in_park?: unknown;
  rd_share?: unknown;
};

/** What the readers of `firms:` share. */
export interface FirmsReader {
  ctx: NormaliseContext;
  file: ScenarioFile;
  raw: NonNullable<ScenarioFile["firms"]>;
  /** The path of `firms:`. */
  P: Path;
  /** Money unit of the population (`firms.unit`, default 万元). */
  unit: Unit;
  money: MagnitudeContext;
  /** Read an uncertain value at a path (undefined when reported). */
  u: (v: unknown, path: Path, m: MagnitudeContext) => UncertainValue | undefined;
  yearOk: (y: number, path: Path) => boolean;
  /** Whether `city_average` may be used (firms.city_average_growth is given). */
  cityAverage: boolean;
  sectors: Map<string, FirmSector>;
  sectorIds: string[];
  tags: Set<string>;
  /** kind:id → line, for E_DUPLICATE_POLICY_ID. */
  seen: Map<string, number>;
  /** Firms at the high end of every count (checked against MAX_FIRMS). */
  firmsHigh: number;
}

/** Names as written: a string is the Chinese name. */
export function names(raw: unknown): Names {
  if (typeof raw === "string") return { zh: raw };
  if (raw && typeof raw === "object") return { ...(raw as Names) };
  return {};
}

/** The firm sector a population names; reported when unknown. */
export function sectorOk(r: FirmsReader, id: string, path: Path): FirmSector | undefined {
  const s = r.sectors.get(id);
  if (!s)
    r.ctx.report(
      "E_FIRMS_UNKNOWN_REFERENCE",
      { kind: "firm sector", name: id, suggestion: suggest(id, r.sectorIds), table: "sectors" },
      path,
    );
  return s;
}

/** A population needs a growth, its own or its sector's (one written but unreadable was reported already). */
export function growthOk(
  r: FirmsReader,
  own: unknown,
  sector: FirmSector | undefined,
  label: Bilingual,
  path: Path,
): void {
  if (sector && own === undefined && r.raw.sectors[sector.id]?.growth === undefined)
    r.ctx.report("E_FIRM_NO_GROWTH", { population: label, sector: sector.id }, path);
}

/** Whether an id is new for its kind (firm, group, cohort); reported when repeated. */
export function unique(r: FirmsReader, kind: string, id: string, path: Path): boolean {
  const first = r.seen.get(`${kind}:${id}`);
  if (first !== undefined) {
    r.ctx.report("E_DUPLICATE_POLICY_ID", { kind, id, first }, path);
    return false;
  }
  r.seen.set(`${kind}:${id}`, r.ctx.lineOf(path));
  return true;
}

/** A population's profile (its own values override its sector's). */
export function readProfile(r: FirmsReader, def: ProfileFile, path: Path): FirmProfile {
  const p: FirmProfile = {};
  if (def.growth !== undefined) {
    const g = r.u(def.growth, [...path, "growth"], RATE);
    if (g) p.growth = g;
  }
  if (def.spread !== undefined) {
    const s = r.u(def.spread, [...path, "spread"], SHARE);
    if (s) p.spread = s;
  }
  if (def.investment !== undefined) {
    const ip = [...path, "investment"];
    const inv = def.investment;
    const probability =
      inv.probability === undefined ? point(0) : r.u(inv.probability, [...ip, "probability"], SHARE);
    const amount = r.u(inv.amount, [...ip, "amount"], r.money);
    const landShare =
      inv.land_share === undefined ? point(0) : r.u(inv.land_share, [...ip, "land_share"], SHARE);
    if (probability && amount && landShare) p.investment = { probability, amount, landShare };
  }
  if (def.rent !== undefined) {
    const rent = r.u(def.rent, [...path, "rent"], r.money);
    if (rent) p.rent = rent;
  }
  if (def.in_park !== undefined) {
    const v = def.in_park;
    const ip = typeof v === "boolean" ? point(v ? 1 : 0, String(v)) : r.u(v, [...path, "in_park"], SHARE);
    if (ip) p.inPark = ip;
  }
  if (def.rd_share !== undefined) {
    const rd = r.u(def.rd_share, [...path, "rd_share"], SHARE);
    if (rd) p.rdShare = rd;
  }
  return p;
}
