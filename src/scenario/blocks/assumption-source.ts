/**
 * The `source:` of an assumption (a baseline or a growth rate): it must name a
 * document, a published statistic or the reason it is assumed — a source
 * that names none of these is refused (E_SOURCE_EMPTY) at its position.
 */
import type { Bilingual } from "../../i18n/lang.js";
import type { SourceRef } from "../../model/quantity.js";
import type { Path } from "../parse.js";
import type { NormaliseContext, SourceFile } from "./context.js";

/**
 * Read an assumption's `source:` at `path`; reports E_SOURCE_EMPTY when it
 * names no document, publisher or (non-blank) assumption.
 *
 * @example
 * readAssumptionSource(ctx, { assumed: "no published growth" }, ["sectors", "ai", "growth", "source"])
 * // { document: "", assumed: "no published growth" }
 * readAssumptionSource(ctx, { note: "x" }, path) // reports E_SOURCE_EMPTY, returns { document: "", note: "x" }
 */
export function readAssumptionSource(
  ctx: NormaliseContext,
  raw: SourceFile | undefined,
  path: Path,
): SourceRef | undefined {
  const s = ctx.sourceOf(raw);
  if (s && !s.document && !s.publisher && !hasReason(s.assumed)) ctx.report("E_SOURCE_EMPTY", {}, path);
  return s;
}

/** A non-blank reason: a text, or `{ zh, en }` with either language written. */
function hasReason(a: string | Bilingual | undefined): boolean {
  if (a === undefined) return false;
  return typeof a === "string" ? a.trim() !== "" : a.zh.trim() !== "" || a.en.trim() !== "";
}
