/**
 * The evaluation table a mid-term review needs (`chainsim check`): every goal
 * kind beside the published outcomes, with observed and required progress
 * and a status (docs/tracking.md). Read from Findings (`check.evaluation`).
 */
import { type Lang, pick } from "../i18n/lang.js";
import { KIND_TEXT, STATUS_TEXT, TRACKING_TEXT as T } from "../i18n/text/evaluation.js";
import type { Findings } from "../model/findings.js";
import { quantityUnit } from "./facts.js";
import { formatPercent, formatValue } from "./format.js";
import { renderTable } from "./table.js";

/**
 * The evaluation table, or "" when no goal has a published outcome to set it beside.
 *
 * @example
 * trackingTable(findings, "zh") // "目标评估…\n目标  类型  最新实际 …\nsd-it-2025  规模  2023 20,000.0 … 进度正常"
 */
export function trackingTable(fd: Findings, lang: Lang = "zh"): string {
  const rows = fd.check?.evaluation ?? [];
  if (!rows.length) return "";
  const s = fd.scenario;
  const t = (b: { zh: string; en: string }) => pick(b, lang);
  const table = renderTable(
    [
      { header: t(T.goal) },
      { header: t(T.kind) },
      { header: t(T.latest), align: "right" },
      { header: t(T.observed), align: "right" },
      { header: t(T.required), align: "right" },
      { header: t(T.remaining), align: "right" },
      { header: t(T.progress), align: "right" },
      { header: t(T.projected), align: "right" },
      { header: t(T.probability), align: "right" },
      { header: t(T.status) },
    ],
    rows.map((r) => {
      // share and growth measures are fractions; sums and flows are in the subject's unit
      const fraction = r.kind === "share" || r.kind === "growth";
      const value = (x: number | null) =>
        fraction ? formatPercent(x) : formatValue(x, quantityUnit(s, r.subject));
      const rate = (x: number | null) => (r.basis === "growth" ? formatPercent(x) : value(x));
      return [
        r.target,
        t(KIND_TEXT[r.kind] ?? { zh: r.kind, en: r.kind }),
        `${r.latest.year} ${r.kind === "growth" ? formatValue(r.latest.value, quantityUnit(s, r.subject)) : value(r.latest.value)}`,
        rate(r.observed),
        rate(r.required),
        rate(r.required_remaining),
        r.progress === null ? "–" : formatPercent(r.progress),
        r.kind === "growth" ? formatPercent(r.projected) : value(r.projected),
        r.probability === null ? "–" : formatPercent(r.probability),
        r.status === null ? "–" : t(STATUS_TEXT[r.status] ?? { zh: r.status, en: r.status }),
      ];
    }),
  );
  return `${t(T.title)}\n${table}`;
}
