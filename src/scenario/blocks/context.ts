/**
 * What the readers of every block share: the parsed file (for positions), the
 * quantities read so far, and reporting — every problem is collected with the
 * position of the path it was found at, so one run reports them all.
 */
import { ChainsimError, DiagnosticBag, diagnostic } from "../../diagnostics.js";
import type { Bilingual } from "../../i18n/lang.js";
import type { MessageCode, MessageParams } from "../../messages.js";
import type { Quantity, SourceRef } from "../../model/quantity.js";
import type { ParsedFile, Path } from "../parse.js";
import type { ScenarioFile } from "../schema.js";

/** A `source:` as written: a document key and where in it. */
export type SourceFile = {
  doc?: string;
  clause?: string | number;
  figure?: string | number;
  note?: string;
  publisher?: string;
  published?: string;
  assumed?: string | Bilingual;
};

/** What the readers of the blocks share: reporting with positions, and the quantities read so far. */
export interface NormaliseContext {
  parsed: ParsedFile;
  quantities: Map<string, Quantity>;
  /** Report a problem at a path (at its key with `key`). */
  report: <C extends MessageCode>(code: C, params: MessageParams<C>, path: Path, key?: boolean) => void;
  /** Run a reader; a thrown diagnostic gets the position of `path`, and the result is undefined. */
  attempt: <T>(path: Path, fn: () => T) => T | undefined;
  lineOf: (path: Path) => number;
  /** A `source:` with its document key resolved through `documents:`. */
  sourceOf: (s: SourceFile | undefined) => SourceRef | undefined;
}

/** The context of one file's normalisation, with what only the orchestrator reads. */
export interface ReadContext extends NormaliseContext {
  bag: DiagnosticBag;
  /** Quantities with an error reported under them, so follow-on errors are not piled on. */
  failed: Set<string>;
}

/**
 * A fresh context for a file: the parser's warnings first.
 *
 * @example
 * const ctx = createContext(parsed, file);
 * ctx.report("E_BAD_ID", { id: "Bad" }, ["sectors", "Bad"], true); // positioned at the key
 */
export function createContext(parsed: ParsedFile, file: ScenarioFile): ReadContext {
  const bag = new DiagnosticBag();
  for (const w of parsed.warnings) bag.add(w);
  const failed = new Set<string>();
  const noteFailure = (path: Path) => {
    if ((path[0] === "sectors" || path[0] === "indicators") && path.length > 1) failed.add(String(path[1]));
  };
  const documents = file.documents ?? {};
  return {
    parsed,
    quantities: new Map(),
    bag,
    failed,
    report(code, params, path, key = false) {
      noteFailure(path);
      bag.add(parsed.at(diagnostic(code, params), path, { key }));
    },
    attempt<T>(path: Path, fn: () => T): T | undefined {
      try {
        return fn();
      } catch (e) {
        if (!(e instanceof ChainsimError)) throw e;
        noteFailure(path);
        for (const d of e.diagnostics) bag.add(parsed.at(d, path));
        return undefined;
      }
    },
    lineOf: (path) => parsed.locate(path).line,
    sourceOf: (s) => (s ? sourceRef(s, documents) : undefined),
  };
}

/**
 * A `source:` resolved through `documents:` (a file name, or an object with
 * the number and title a reader cites).
 *
 * @example
 * sourceRef({ doc: "sd-it", clause: "一" }, { "sd-it": { file: "000.txt", number: "鲁政发〔2023〕11号" } })
 * // { document: "000.txt", number: "鲁政发〔2023〕11号", clause: "一" }
 */
export function sourceRef(s: SourceFile, documents: NonNullable<ScenarioFile["documents"]>): SourceRef {
  const d = s.doc === undefined ? undefined : documents[s.doc];
  const ref: SourceRef = { document: typeof d === "string" ? d : (d?.file ?? s.doc ?? "") };
  if (typeof d === "object") {
    if (d.number !== undefined) ref.number = d.number;
    if (d.title !== undefined) ref.title = d.title;
  }
  if (s.clause !== undefined) ref.clause = String(s.clause);
  if (s.figure !== undefined) ref.figure = String(s.figure);
  if (s.note !== undefined) ref.note = s.note;
  if (s.publisher !== undefined) ref.publisher = s.publisher;
  if (s.published !== undefined) ref.published = s.published;
  if (s.assumed !== undefined) ref.assumed = s.assumed;
  return ref;
}
