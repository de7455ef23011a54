/**
 * Bytes → text: UTF-8 (with or without a byte-order mark) or GB18030 (which
 * includes GBK and GB2312). UTF-8 is tried first and strictly; a file that is
 * not valid UTF-8 is read as GB18030 when that decodes it into mostly Chinese
 * text. Binary and empty files are refused with a clear message.
 */
import { fail } from "../diagnostics.js";

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "gb18030";
}

/** Largest document read, in bytes (a plan is tens of kilobytes; 20 MB is far beyond any). */
export const MAX_DOCUMENT_BYTES = 20_000_000;

/**
 * Decode a document's bytes.
 *
 * @example
 * decodeDocument(new TextEncoder().encode("到2025年"), "a.txt").text // "到2025年"
 * decodeDocument(Uint8Array.of(0xb5, 0xbd), "gbk.txt") // { text: "到", encoding: "gb18030" }
 */
export function decodeDocument(bytes: Uint8Array, file: string): DecodedText {
  if (bytes.length === 0) fail("E_EXTRACT_EMPTY", { file });
  if (bytes.length > MAX_DOCUMENT_BYTES)
    fail("E_EXTRACT_TOO_LARGE", { file, bytes: bytes.length, max: MAX_DOCUMENT_BYTES });
  if (looksBinary(bytes)) fail("E_EXTRACT_BINARY", { file });
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== undefined) return { text: stripBom(utf8), encoding: "utf-8" };
  const gb = tryDecode("gb18030", bytes);
  if (gb !== undefined && mostlyText(gb)) return { text: gb, encoding: "gb18030" };
  return fail("E_EXTRACT_ENCODING", { file });
}

function tryDecode(label: string, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function stripBom(s: string): string {
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}

/** NUL bytes, or many control bytes, mark a binary file (PDF, Word, image, archive). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 65536);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return control > n / 50;
}

/** A GB18030 reading that yields mostly CJK, ASCII and punctuation is text; random bytes are not. */
function mostlyText(s: string): boolean {
  let good = 0;
  let total = 0;
  for (const c of s) {
    total++;
    const code = c.codePointAt(0)!;
    if (
      (code >= 0x20 && code < 0x7f) ||
      code === 0x0a ||
      code === 0x0d ||
      code === 0x09 ||
      (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0x3000 && code <= 0x303f) ||
      (code >= 0xff00 && code <= 0xffef) ||
      (code >= 0x2010 && code <= 0x206f)
    )
      good++;
  }
  return total > 0 && good / total > 0.9;
}
