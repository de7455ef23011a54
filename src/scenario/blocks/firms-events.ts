/**
 * The rest of `firms:` — organisations (recipients that are not firms),
 * events (certifications, listings) and the aggregates the population
 * stands for.
 */

import { DIMENSION } from "../../i18n/text/loader.js";
import { suggest } from "../../messages.js";
import { point } from "../../model/distribution.js";
import { type FirmEvent, type Firms, MAX_FIRMS, type OrganisationType } from "../../model/firm.js";
import { describeDimension } from "../../model/units.js";
import type { Path } from "../parse.js";
import { ID_PATTERN } from "../schema.js";
import { type EligibilityEnv, readEligibility } from "./firms-eligibility.js";
import { type FirmsReader, names, ORG_COUNT, SHARE } from "./firms-reader.js";

/** `firms.organisations`: recipients that are not firms (parks, associations). */
export function readOrganisations(r: FirmsReader): Map<string, OrganisationType> {
  const organisations = new Map<string, OrganisationType>();
  for (const [id, def] of Object.entries(r.raw.organisations ?? {})) {
    const path: Path = [...r.P, "organisations", id];
    if (!ID_PATTERN.test(id)) {
      r.ctx.report("E_BAD_ID", { id }, path, true);
      continue;
    }
    const count = r.u(def.count, [...path, "count"], { kind: "amount", unit: ORG_COUNT });
    const active = def.active === undefined ? point(1) : r.u(def.active, [...path, "active"], SHARE);
    if (count && count.high > MAX_FIRMS) {
      r.ctx.report("E_FIRMS_TOO_MANY", { count: Math.round(count.high), max: MAX_FIRMS }, [...path, "count"]);
      continue;
    }
    if (!count || !active) continue;
    organisations.set(id, {
      id,
      names: names(def.name),
      count,
      active,
      line: r.ctx.parsed.locate(path, { key: true }).line,
    });
  }
  return organisations;
}

/** `firms.events`: certifications and listings, with who is eligible. */
export function readEvents(r: FirmsReader): Map<string, FirmEvent> {
  const orgIds = Object.keys(r.raw.organisations ?? {});
  const env = (recipients: string | null): EligibilityEnv => ({
    unit: r.unit,
    sectors: r.sectorIds,
    tags: r.tags,
    recipients,
    cityAverage: r.cityAverage,
  });
  const events = new Map<string, FirmEvent>();
  for (const [id, def] of Object.entries(r.raw.events ?? {})) {
    const path: Path = [...r.P, "events", id];
    if (!ID_PATTERN.test(id)) {
      r.ctx.report("E_BAD_ID", { id }, path, true);
      continue;
    }
    let recipients: string | null = null;
    if (def.recipients !== undefined) {
      recipients = def.recipients;
      if (!orgIds.includes(recipients)) {
        r.ctx.report(
          "E_FIRMS_UNKNOWN_REFERENCE",
          {
            kind: "organisation type",
            name: recipients,
            suggestion: suggest(recipients, orgIds),
            table: "organisations",
          },
          [...path, "recipients"],
        );
        continue;
      }
    }
    const eligible = readEligibility(r.ctx, def.eligible, [...path, "eligible"], env(recipients));
    const probability = r.u(def.probability, [...path, "probability"], SHARE);
    const cost = def.cost === undefined ? undefined : r.u(def.cost, [...path, "cost"], r.money);
    if (!eligible || !probability || (def.cost !== undefined && !cost)) continue;
    const ev: FirmEvent = {
      id,
      names: names(def.name),
      recipients,
      eligible,
      probability,
      once: def.once !== false,
      line: r.ctx.parsed.locate(path, { key: true }).line,
    };
    if (cost) ev.cost = cost;
    events.set(id, ev);
  }
  return events;
}

/** `firms.aggregates`: the scenario quantities the population's above-scale count and revenue stand for. */
export function readAggregates(r: FirmsReader): Firms["aggregates"] {
  const aggregates: Firms["aggregates"] = {};
  const agg = r.raw.aggregates ?? {};
  const quantityIds = [...r.ctx.quantities.keys()];
  if (agg.count !== undefined) {
    const ap: Path = [...r.P, "aggregates", "count"];
    const q = r.ctx.quantities.get(agg.count);
    if (q?.kind !== "indicator") {
      r.ctx.report(
        "E_UNKNOWN_REFERENCE",
        {
          kind: "indicator",
          name: agg.count,
          suggestion: suggest(
            agg.count,
            quantityIds.filter((x) => r.ctx.quantities.get(x)!.kind === "indicator"),
          ),
        },
        ap,
      );
    } else if (!q.unit.dimension.startsWith("count:")) {
      r.ctx.report(
        "E_UNIT_MISMATCH",
        { text: agg.count, found: describeDimension(q.unit.dimension), expected: DIMENSION.firmCount },
        ap,
      );
    } else aggregates.count = agg.count;
  }
  if (agg.revenue !== undefined) {
    const ap: Path = [...r.P, "aggregates", "revenue"];
    const q = r.ctx.quantities.get(agg.revenue);
    if (q?.kind !== "sector") {
      r.ctx.report(
        "E_UNKNOWN_REFERENCE",
        {
          kind: "sector",
          name: agg.revenue,
          suggestion: suggest(
            agg.revenue,
            quantityIds.filter((x) => r.ctx.quantities.get(x)!.kind === "sector"),
          ),
        },
        ap,
      );
    } else aggregates.revenue = agg.revenue;
  }
  return aggregates;
}
