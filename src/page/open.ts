/// <reference lib="dom" />
/**
 * Opening a scenario on the workbench: a file picker and drag-and-drop
 * anywhere on the page. The file is read as text in the browser (nothing is
 * uploaded); spreadsheets are refused with what to do instead.
 */
import type { Lang } from "../i18n/lang.js";
import { el, tr } from "./dom.js";

export interface OpenedFile {
  name: string;
  text: string;
}

/** Read a chosen or dropped file: its text, or an error for what the page cannot read. */
export async function readChosen(
  file: File | undefined,
  lang: Lang,
  open: (f: OpenedFile) => void,
  error: (message: string) => void,
): Promise<void> {
  if (!file) return;
  if (/\.(xlsx|xls|ods)$/i.test(file.name)) return error(tr("xlsxLater", lang));
  open({ name: file.name, text: await file.text() });
}

/** The "Open a scenario" button (with its hidden file input), calling `choose` with the file picked. */
export function pickerButton(lang: Lang, choose: (f: File | undefined) => void): HTMLElement {
  const input = el("input", { type: "file", id: "open-file", accept: ".yaml,.yml,.json", hidden: "" });
  const button = el("button", { type: "button", id: "open" }, tr("open", lang));
  button.addEventListener("click", () => input.click());
  input.addEventListener("change", () => {
    choose(input.files?.[0]);
    input.value = "";
  });
  return el("span", {}, button, input);
}

/** Files dropped anywhere on the page go to `choose` (registered once). */
export function listenForDrops(choose: (f: File | undefined) => void): void {
  const body = document.body;
  body.addEventListener("dragover", (e) => {
    e.preventDefault();
    body.classList.add("dragging");
  });
  body.addEventListener("dragleave", () => body.classList.remove("dragging"));
  body.addEventListener("drop", (e) => {
    e.preventDefault();
    body.classList.remove("dragging");
    choose(e.dataTransfer?.files[0]);
  });
}
