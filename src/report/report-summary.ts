/**
 * summary.md: the key findings and the goals table as Markdown, for pasting
 * into documents, with the charts and data files listed.
 */
import type { PageFigure } from "./html.js";
import type { Manifest } from "./manifest.js";
import { type FindingsInput, goalRows, keyFindings, outOfScopeRows } from "./report-findings.js";

/** Escape text for a Markdown table cell or list item. */
export function mdText(s: string): string {
  return s
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/([*`[\]<])/g, "\\$1")
    .replace(/\r?\n/g, " ");
}

export function renderSummary(c: FindingsInput & { figures: PageFigure[]; manifest: Manifest }): string {
  const { s, L } = c;
  const sim = c.f.simulation;
  const C = L.columns;
  const m = c.manifest;
  const out: string[] = [`# ${mdText(L.summary.title(s.title))}`, ""];
  const code = (x: string) => `\`${x.replace(/`/g, "'")}\``;
  const meta = [
    `${mdText(L.meta.scenario)} ${code(s.id)}`,
    `${mdText(L.meta.file)} ${code(m.scenario)}`,
    `SHA-256 ${code(m.input_sha256.slice(0, 12))}`,
    ...(m.variant ? [`${mdText(L.meta.variant)} ${code(m.variant)}`] : []),
    ...(m.overrides.length ? [`${mdText(L.meta.overrides)} ${code(m.overrides.join(" "))}`] : []),
    mdText(
      sim
        ? L.meta.simulation(sim.samples.toLocaleString("en-US"), String(sim.seed), sim.method)
        : L.meta.deterministic,
    ),
  ];
  out.push(meta.join(" · "), "");
  out.push(`## ${mdText(L.sections.findings)}`, "");
  for (const f of keyFindings(c)) out.push(`- ${mdText(f)}`);
  out.push("", `## ${mdText(L.sections.goals)}`, "");
  const rows = goalRows(c);
  const head = [
    C.goal,
    C.subject,
    C.goalValue,
    C.projected,
    C.status,
    ...(sim ? [C.probability, C.interval] : []),
    C.source,
  ];
  out.push(`| ${head.map(mdText).join(" | ")} |`);
  out.push(`|${head.map((_h, i) => (i === 3 || (sim && (i === 5 || i === 6)) ? "---:" : "---")).join("|")}|`);
  for (const g of rows) {
    const status = g.status === "missed" ? `**${L.status.missed}**` : L.status[g.status];
    const cells = [
      `\`${g.id}\``,
      mdText(g.subject),
      mdText(g.goal),
      mdText(g.projected),
      status,
      ...(sim ? [mdText(g.probability), mdText(g.interval)] : []),
      mdText(`${g.source} (${L.columns.line} ${g.line})`),
    ];
    out.push(`| ${cells.join(" | ")} |`);
  }
  const left = outOfScopeRows(c.f, L.lang);
  if (left.length) {
    out.push("", `## ${mdText(L.sections.outOfScope)}`, "");
    out.push(`| ${[C.goal, C.source, C.reason].map(mdText).join(" | ")} |`, "|---|---|---|");
    for (const r of left) out.push(`| \`${r.goal}\` | ${mdText(r.source)} | ${mdText(r.reason)} |`);
  }
  out.push("", `## ${mdText(L.summary.charts)}`, "");
  for (const f of c.figures) {
    out.push(
      `- ${mdText(L.figure(f.number))} ${mdText(f.spec.title)}: ${f.files.map((x) => `[${x}](${x})`).join(" · ")}`,
    );
  }
  out.push("", `${mdText(L.sentences.central)} ${mdText(L.sentences.howToView)}`, "");
  return out.join("\n");
}
