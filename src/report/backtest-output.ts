/**
 * `chainsim backtest` output: where each actual published after the date
 * fell in the projection made as of the date, the calibration of the bands,
 * and the goals whose probability was on the wrong side of 50%.
 */
import type { BacktestResult } from "../analysis/backtest/backtest.js";
import { type Lang, pick } from "../i18n/lang.js";
import { BACKTEST_TEXT as T } from "../i18n/text/evaluation.js";
import { formatPercent } from "./format.js";
import { grouped } from "./number-format.js";
import { renderTable } from "./table.js";

const n1 = (x: number) => grouped(1).format(x);

/**
 * @example
 * backtestTable(result, "en") // "Backtest: the projection as of 2023-06 …\nquantity  year  published …"
 */
export function backtestTable(r: BacktestResult, lang: Lang = "zh"): string {
  const t = (b: { zh: string; en: string }) => pick(b, lang);
  const out: string[] = [pick(T.title, lang)(r.asOf)];
  if (!r.points.length) {
    out.push(pick(T.none, lang)(r.asOf));
  } else {
    out.push(
      renderTable(
        [
          { header: t(T.quantity) },
          { header: t(T.year), align: "right" },
          { header: t(T.published), align: "right" },
          { header: t(T.on) },
          { header: t(T.band), align: "right" },
          { header: t(T.percentile), align: "right" },
        ],
        r.points.map((p) => [
          p.quantity,
          String(p.year),
          `${n1(p.value)}${p.qualifier === "at_least" ? "+" : ""}`,
          p.published ?? "–",
          `${n1(p.p5)}–${n1(p.p95)}`,
          `P${Math.round(p.percentile * 100)}`,
        ]),
      ),
      `${t(T.calibration)}`,
      renderTable(
        [
          { header: "band" },
          { header: t(T.expected), align: "right" },
          { header: t(T.observedShare), align: "right" },
        ],
        r.calibration.map((c) => [
          c.band,
          formatPercent(c.nominal),
          `${formatPercent(c.inside)} (${Math.round(c.inside * c.count)}/${c.count})`,
        ]),
      ),
    );
  }
  out.push(t(T.wrongSide));
  const wrong = r.goals.filter((g) => g.wrongSide);
  out.push(
    wrong.length
      ? renderTable(
          [{ header: t(T.goal) }, { header: t(T.probability), align: "right" }, { header: t(T.outcome) }],
          wrong.map((g) => [g.target, formatPercent(g.probability), t(g.met ? T.met : T.missed)]),
        )
      : `  ${t(T.noneWrong)} (${r.goals.length} / ${r.goals.length + r.pending.length})`,
  );
  return `${out.join("\n")}\n`;
}
