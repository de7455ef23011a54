/**
 * Whether a scenario file is a workbook, by its name (kept apart from the
 * reader so deciding does not load the xlsx library).
 *
 * @example
 * isWorkbookFile("plan.XLSX") // true
 */
export const isWorkbookFile = (file: string): boolean => /\.xlsx$/i.test(file);
