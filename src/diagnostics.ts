/**
 * Diagnostics: positioned, coded problems found in user input.
 *
 * Every user-facing text comes from `messages.ts`; this module only carries
 * them (with a position) and formats them for a terminal.
 */
import { type Bilingual, type Lang, pick } from "./i18n/lang.js";
import { DIAGNOSTIC_WORDS } from "./i18n/text/diagnostics.js";
import { type MessageCode, type MessageParams, message } from "./messages.js";

/** A place in an input: a file position, or a command-line argument. */
export interface SourceLocation {
  /** File path as the user gave it, or `--set` / `--variant` for command-line input. */
  file: string;
  /** 1-based line; 0 when unknown. */
  line: number;
  /** 1-based column; 0 when unknown. */
  col: number;
}

export interface Diagnostic {
  code: MessageCode;
  severity: "error" | "warning";
  /** The message in English (for logs, JSON and callers that match on text); printed in the chosen language from `params`. */
  message: string;
  hint?: string;
  /** The parameters the message was built from, so it can be printed in either language. */
  params?: unknown;
  /** Said before the message, e.g. which variant was being loaded. */
  context?: Bilingual;
  loc?: SourceLocation;
  /** The source line, for a caret excerpt. */
  excerpt?: string;
}

/** Build a diagnostic from a message code and its parameters. */
export function diagnostic<C extends MessageCode>(
  code: C,
  params: MessageParams<C>,
  loc?: SourceLocation,
  severity: "error" | "warning" = "error",
): Diagnostic {
  const m = message(code, params, "en");
  const d: Diagnostic = { code, severity, message: m.message, params };
  if (m.hint) d.hint = m.hint;
  if (loc) d.loc = loc;
  return d;
}

/**
 * A diagnostic's message and hint in `lang`, rebuilt from its code and
 * parameters (a diagnostic made without them keeps its English text).
 *
 * @example
 * diagnosticText(diagnostic("E_EMPTY_FILE", {}), "zh").message // "情景文件是空的"
 */
export function diagnosticText(d: Diagnostic, lang: Lang): { message: string; hint?: string } {
  const m =
    d.params === undefined
      ? { message: d.message, ...(d.hint ? { hint: d.hint } : {}) }
      : message(d.code, d.params as MessageParams<typeof d.code>, lang);
  const context = d.context ? pick(d.context, lang) : "";
  return { ...m, message: `${context}${m.message}` };
}

/** A diagnostic's message in both languages (to quote it inside another message). */
export function diagnosticBilingual(d: Diagnostic): Bilingual {
  return { zh: diagnosticText(d, "zh").message, en: diagnosticText(d, "en").message };
}

/** At most this many diagnostics are shown; the rest are counted ("N more errors not shown"). */
export const MAX_DIAGNOSTICS = 50;
/** A bag keeps at most this many (the rest are only counted), so bad input cannot fill memory. */
const MAX_COLLECTED = 1000;

/**
 * The first `MAX_DIAGNOSTICS` diagnostics, then one E_MORE_ERRORS counting
 * the rest (and `unseen` more that were never stored).
 *
 * @example
 * capDiagnostics(sixtyErrors).length // 51: fifty, then "10 more errors not shown"
 */
export function capDiagnostics(ds: Diagnostic[], unseen = 0): Diagnostic[] {
  const rest = Math.max(0, ds.length - MAX_DIAGNOSTICS) + unseen;
  if (rest === 0) return ds;
  const last = ds[ds.length - 1];
  if (ds.length === MAX_DIAGNOSTICS + 1 && last?.code === "E_MORE_ERRORS" && unseen === 0) return ds;
  return [...ds.slice(0, MAX_DIAGNOSTICS), diagnostic("E_MORE_ERRORS", { count: rest })];
}

/** Thrown for bad input: carries every diagnostic found (at most MAX_DIAGNOSTICS and a count); the CLI exits with code 2. */
export class ChainsimError extends Error {
  readonly diagnostics: Diagnostic[];
  readonly exitCode: number;
  constructor(all: Diagnostic[], exitCode = 2) {
    const diagnostics = capDiagnostics(all);
    super(diagnostics.map((d) => formatDiagnostic(d)).join("\n"));
    this.name = "ChainsimError";
    this.diagnostics = diagnostics;
    this.exitCode = exitCode;
  }
  /** The first diagnostic's code, for tests and callers that branch on it. */
  get code(): MessageCode {
    return this.diagnostics[0]!.code;
  }
}

/** Throw a single diagnostic. */
export function fail<C extends MessageCode>(code: C, params: MessageParams<C>, loc?: SourceLocation): never {
  throw new ChainsimError([diagnostic(code, params, loc)]);
}

/** Collects diagnostics during a pass; throws them all at once at the end. */
export class DiagnosticBag {
  readonly items: Diagnostic[] = [];
  /** Errors past MAX_COLLECTED, counted but not kept. */
  private unseen = 0;
  add(d: Diagnostic): void {
    if (d.severity === "error" && this.items.length >= MAX_COLLECTED) this.unseen++;
    else if (this.items.length < MAX_COLLECTED * 2) this.items.push(d);
  }
  error<C extends MessageCode>(code: C, params: MessageParams<C>, loc?: SourceLocation): void {
    this.add(diagnostic(code, params, loc));
  }
  warn<C extends MessageCode>(code: C, params: MessageParams<C>, loc?: SourceLocation): void {
    this.add(diagnostic(code, params, loc, "warning"));
  }
  get errors(): Diagnostic[] {
    return this.items.filter((d) => d.severity === "error");
  }
  get warnings(): Diagnostic[] {
    return this.items.filter((d) => d.severity === "warning");
  }
  /** Throw if any error was collected, sorted by position. */
  throwIfErrors(): void {
    const errors = this.errors;
    if (errors.length > 0) throw new ChainsimError(capDiagnostics(sortDiagnostics(errors), this.unseen));
  }
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return [...ds].sort(
    (a, b) =>
      (a.loc?.file ?? "").localeCompare(b.loc?.file ?? "") ||
      (a.loc?.line ?? 0) - (b.loc?.line ?? 0) ||
      (a.loc?.col ?? 0) - (b.loc?.col ?? 0),
  );
}

/**
 * Control characters that would act on a terminal (ESC sequences, BEL,
 * backspace, C1 controls, bidirectional overrides, line separators), except
 * those in `keep`.
 */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** One control character as visible text: \x1b, \u202e. */
function escapeControl(ch: string): string {
  const cp = ch.codePointAt(0)!;
  return cp < 0x100 ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16).padStart(4, "0")}`;
}

/**
 * Text safe to print on a terminal: control characters (ESC, BEL, …) shown
 * as escapes, so a name in a scenario cannot move the cursor, retitle the
 * window or ring the bell. Line feeds and tabs are kept.
 *
 * @example
 * terminalSafe("a\x1b]0;pwned\x07b") // "a\\x1b]0;pwned\\x07b"
 */
export function terminalSafe(text: string, keep = "\n\t"): string {
  return text.replace(CONTROL, (ch) => (keep.includes(ch) ? ch : escapeControl(ch)));
}

/**
 * `file:line:col: error E_CODE: message` then an excerpt with a caret and the
 * hint, in `lang` (positions and codes are the same in both); control
 * characters escaped.
 *
 * @example
 * formatDiagnostic(d, "zh") // "a.yaml:3:5: 错误 E_DUPLICATE_KEY：同一层里键"id"出现了两次\n  …\n  提示：…"
 */
export function formatDiagnostic(d: Diagnostic, lang: Lang = "en"): string {
  const where = d.loc ? `${d.loc.file}${d.loc.line ? `:${d.loc.line}:${d.loc.col}` : ""}: ` : "";
  const text = diagnosticText(d, lang);
  const w = pick(DIAGNOSTIC_WORDS[d.severity], lang);
  const lines = [terminalSafe(`${where}${w} ${d.code}${pick(DIAGNOSTIC_WORDS.colon, lang)}${text.message}`)];
  if (d.excerpt !== undefined && d.loc && d.loc.line > 0) {
    const gutter = String(d.loc.line);
    const text = d.excerpt.length > 160 ? `${d.excerpt.slice(0, 157)}...` : d.excerpt;
    lines.push(`  ${gutter} | ${terminalSafe(text, "\t")}`);
    const col = Math.max(1, Math.min(d.loc.col, text.length + 1));
    lines.push(`  ${" ".repeat(gutter.length)} | ${caretPad(text, col)}^`);
  }
  if (text.hint) lines.push(terminalSafe(`  ${pick(DIAGNOSTIC_WORDS.hint, lang)}${text.hint}`));
  return lines.join("\n");
}

/** Pad to a column, counting wide (CJK) characters as two cells and escaped controls as their escapes, so the caret lines up. */
function caretPad(text: string, col: number): string {
  let pad = "";
  const chars = Array.from(text);
  for (let i = 0; i < col - 1 && i < chars.length; i++) {
    const ch = chars[i]!;
    const shown = ch === "\t" ? ch : terminalSafe(ch, "");
    pad += ch === "\t" ? "\t" : shown !== ch ? " ".repeat(shown.length) : isWide(ch) ? "  " : " ";
  }
  return pad;
}

export function isWide(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
