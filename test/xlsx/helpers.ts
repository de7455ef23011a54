/** Reading workbooks back with the library chainsim writes them with (exceljs). */
import ExcelJS from "exceljs";

export async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as plain values (row 1 = the header), columns from A. */
export function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const v = row.values as unknown[];
    out[n - 1] = v.slice(1);
  });
  return out;
}
