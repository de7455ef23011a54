/// <reference lib="dom" />
/**
 * What the workbench saves besides the scenario: its tables as one CSV
 * (UTF-8 with a byte-order mark, so Excel reads Chinese; CRLF lines; each
 * table under its heading) and the current view as a PNG (the goals table
 * and the charts drawn on a canvas, 1600 pixels wide).
 */

import { FONT_FAMILY } from "../report/charts/style.js";

/** One CSV field, quoted when it must be. */
function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * Every table under `root` as CSV sections: the heading before it, then its rows.
 *
 * @example
 * tablesCsv(results) // "\uFEFFGoals\r\ngoal,subject,…\r\n…"
 */
export function tablesCsv(root: HTMLElement): string {
  const out: string[] = [];
  for (const t of root.querySelectorAll("table")) {
    let h: Element | null = t.previousElementSibling;
    while (h && !/^H[1-6]$/.test(h.tagName)) h = h.previousElementSibling;
    if (out.length) out.push("");
    if (h) out.push(csvField(h.textContent ?? ""));
    for (const tr of t.querySelectorAll("tr")) {
      out.push([...tr.children].map((c) => csvField((c.textContent ?? "").trim())).join(","));
    }
  }
  return `\uFEFF${out.join("\r\n")}\r\n`;
}

const WIDTH = 1600;
const FONT = FONT_FAMILY;

function svgImage(svgEl: SVGElement): Promise<HTMLImageElement> {
  const text = new XMLSerializer().serializeToString(svgEl);
  const img = new Image();
  return new Promise((resolve, reject) => {
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error("chart image"));
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
  });
}

/** The view as PNG: title, the goals table's rows, and every chart (three a row). */
export async function viewPng(title: string, root: HTMLElement): Promise<Blob> {
  const rows = [...root.querySelectorAll("#goals tr")].map((r) =>
    [...r.children].map((c) => (c.textContent ?? "").trim()),
  );
  const charts = [...root.querySelectorAll<SVGElement>("#charts svg")];
  const images = await Promise.all(charts.map(svgImage));
  const rowH = 26;
  const chartW = (WIDTH - 80) / 3;
  const chartH = chartW * (220 / 360);
  const top = 70 + rows.length * rowH + 20;
  const height = Math.ceil(top + Math.ceil(images.length / 3) * (chartH + 10) + 20);
  const canvas = document.createElement("canvas");
  canvas.width = WIDTH;
  canvas.height = height;
  const ctx = canvas.getContext("2d")!;
  ctx.fillStyle = "#fff";
  ctx.fillRect(0, 0, WIDTH, height);
  ctx.fillStyle = "#1f2328";
  ctx.font = `600 26px ${FONT}`;
  ctx.fillText(title, 40, 46);
  const cols = rows[0]?.length ?? 1;
  const colW = (WIDTH - 80) / cols;
  rows.forEach((cells, i) => {
    ctx.font = `${i === 0 ? "600 " : ""}15px ${FONT}`;
    cells.forEach((c, j) => {
      ctx.fillStyle =
        c === "未达成" || c === "missed" ? "#cf222e" : c === "达成" || c === "met" ? "#1a7f37" : "#1f2328";
      ctx.fillText(c.length > 28 ? `${c.slice(0, 27)}…` : c, 40 + j * colW, 80 + i * rowH, colW - 8);
    });
  });
  images.forEach((img, i) => {
    ctx.drawImage(img, 40 + (i % 3) * chartW, top + Math.floor(i / 3) * (chartH + 10), chartW - 10, chartH);
  });
  return new Promise((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("PNG"))), "image/png"),
  );
}
