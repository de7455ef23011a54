/**
 * Read the `overlaps` list: each a share of one sector also counted in
 * another, or outside a parent's scope. Shares of one part may not add to
 * more than 100% at their low ends.
 */

import { suggest } from "../../messages.js";
import type { Overlap } from "../../model/overlap.js";
import type { OverlapFile } from "../schema.js";
import { readUncertain } from "../uncertain.js";
import type { NormaliseContext } from "./context.js";

export function readOverlaps(ctx: NormaliseContext, list: readonly OverlapFile[]): Overlap[] {
  const out: Overlap[] = [];
  const sectorIds = [...ctx.quantities.values()].filter((q) => q.kind === "sector").map((q) => q.id);
  const isSector = (id: string) => ctx.quantities.get(id)?.kind === "sector";
  list.forEach((o, i) => {
    const path = ["overlaps", i];
    let ok = true;
    for (const key of ["part", "within", "outside"] as const) {
      const id = o[key];
      if (id !== undefined && !isSector(id)) {
        ctx.report("E_UNKNOWN_REFERENCE", { kind: "sector", name: id, suggestion: suggest(id, sectorIds) }, [
          ...path,
          key,
        ]);
        ok = false;
      }
    }
    if ((o.within === undefined) === (o.outside === undefined)) {
      ctx.report("E_OVERLAP_FORM", {}, path);
      ok = false;
    }
    if (o.within !== undefined && o.within === o.part) {
      ctx.report("E_OVERLAP_SELF", { id: o.part }, [...path, "within"]);
      ok = false;
    }
    const share = ctx.attempt([...path, "share"], () =>
      readUncertain(o.share, { kind: "share" }, ctx.lineOf([...path, "share"])),
    );
    if (!ok || !share) return;
    const overlap: Overlap = { part: o.part, share, line: ctx.lineOf(path) };
    if (o.within !== undefined) overlap.within = o.within;
    if (o.outside !== undefined) overlap.outside = o.outside;
    if (o.note !== undefined) overlap.note = o.note;
    const src = ctx.sourceOf(o.source);
    if (src) overlap.source = src;
    out.push(overlap);
  });
  // the stated shares of one part are disjoint portions of it: together at most 100%
  const byPart = new Map<string, Overlap[]>();
  for (const o of out) byPart.set(o.part, [...(byPart.get(o.part) ?? []), o]);
  for (const [part, os] of byPart) {
    const low = os.reduce((a, o) => a + o.share.low, 0);
    if (low > 1 + 1e-12) {
      const last = out.lastIndexOf(os[os.length - 1]!);
      ctx.report("E_OVERLAP_SUM", { id: part, total: `${(low * 100).toFixed(1)}%` }, [
        "overlaps",
        last,
        "share",
      ]);
    }
  }
  return out;
}
