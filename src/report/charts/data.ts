/**
 * The series behind a chart, as one typed table: written as CSV (for
 * spreadsheets) and Parquet (for pandas, R and DuckDB) under data/.
 */
import { toCsv } from "../csv.js";
import { roundForOutput } from "../format.js";

export type ColumnType = "string" | "int" | "number" | "boolean";

export interface DataColumn {
  name: string;
  type: ColumnType;
}

export type Cell = string | number | boolean | null;

export interface DataTable {
  /** File stem: data/<name>.csv and data/<name>.parquet. */
  name: string;
  columns: DataColumn[];
  rows: Cell[][];
}

/** Build a table from records, in the column order given. */
export function table(
  name: string,
  columns: DataColumn[],
  records: Array<Record<string, Cell | undefined>>,
): DataTable {
  return {
    name,
    columns,
    rows: records.map((r) => columns.map((c) => normalise(r[c.name], c.type))),
  };
}

function normalise(v: Cell | undefined, type: ColumnType): Cell {
  if (v === undefined || v === null) return null;
  switch (type) {
    case "number":
      return typeof v === "number" && Number.isFinite(v) ? roundForOutput(v) : null;
    case "int":
      return typeof v === "number" && Number.isFinite(v) ? Math.round(v) : null;
    case "boolean":
      return typeof v === "boolean" ? v : null;
    case "string":
      return String(v);
  }
}

export function tableCsv(t: DataTable): string {
  return toCsv(
    t.columns.map((c) => c.name),
    t.rows,
  );
}
