/**
 * Data tables as Parquet files, with hyparquet-writer (pure JavaScript, no
 * install scripts). Strings are UTF-8, whole numbers INT32, numbers DOUBLE,
 * flags BOOLEAN; every column may hold nulls. No timestamps are written, so
 * the same table gives the same bytes.
 */
import { parquetWriteBuffer } from "hyparquet-writer";
import { VERSION } from "../version.js";
import type { ColumnType, DataTable } from "./charts/data.js";

const TYPES: Record<ColumnType, "STRING" | "INT32" | "DOUBLE" | "BOOLEAN"> = {
  string: "STRING",
  int: "INT32",
  number: "DOUBLE",
  boolean: "BOOLEAN",
};

/**
 * @example
 * tableParquet({ name: "t", columns: [{ name: "year", type: "int" }], rows: [[2025]] }) // Uint8Array "PAR1…PAR1"
 */
export function tableParquet(t: DataTable): Uint8Array {
  const buf = parquetWriteBuffer({
    columnData: t.columns.map((c, i) => ({
      name: c.name,
      type: TYPES[c.type],
      nullable: true,
      data: t.rows.map((r) => r[i] ?? null) as never,
    })),
    createdBy: `chainsim ${VERSION}`,
  });
  return new Uint8Array(buf);
}
