/**
 * Same inputs, same bytes: the xlsx library stamps each zip entry with the
 * time of writing; the package is re-packed by JSZip (the zip library exceljs
 * itself uses) with every entry dated FIXED_DATE, entries in the order
 * written, DEFLATE at a fixed level. The workbook's own timestamps
 * (docProps/core.xml created/modified) are set to FIXED_DATE by the writer.
 */
import JSZip from "jszip";

/** The date inside every workbook chainsim writes: 2000-01-01T00:00:00Z (zip dates start at 1980). */
export const FIXED_DATE = new Date(Date.UTC(2000, 0, 1, 0, 0, 0));

/**
 * The zip `bytes` with every entry's date set to FIXED_DATE.
 *
 * @example
 * const a = await fixZipDates(await wb.xlsx.writeBuffer());
 * // a is the same, byte for byte, whenever it is written
 */
export async function fixZipDates(bytes: Uint8Array | ArrayBuffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const entry of Object.values(zip.files)) entry.date = FIXED_DATE;
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
    platform: "DOS",
  });
}
