/**
 * Plain-text tables for the terminal, aligned with wide (CJK) characters
 * counted as two cells.
 */
import { isWide } from "../diagnostics.js";

export type Align = "left" | "right";

export interface Column {
  header: string;
  align?: Align;
}

/** Display width of a string in terminal cells. */
export function cellWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += isWide(ch) ? 2 : 1;
  return w;
}

function pad(s: string, width: number, align: Align): string {
  const fill = " ".repeat(Math.max(0, width - cellWidth(s)));
  return align === "right" ? fill + s : s + fill;
}

/**
 * @example
 * renderTable([{ header: "id" }, { header: "2025", align: "right" }], [["software", "15,664.9"]])
 * // "id        2025\n--------  --------\nsoftware  15,664.9"
 */
export function renderTable(columns: Column[], rows: string[][]): string {
  const widths = columns.map((c, i) =>
    Math.max(cellWidth(c.header), ...rows.map((r) => cellWidth(r[i] ?? ""))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, columns[i]!.align ?? "left"))
      .join("  ")
      .trimEnd();
  return [
    line(columns.map((c) => c.header)),
    line(widths.map((w) => "-".repeat(w))),
    ...rows.map((r) => line(r)),
  ].join("\n");
}
