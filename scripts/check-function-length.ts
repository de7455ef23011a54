/**
 * The function-length check (`npm run check:functions`, part of `npm test`):
 * no function in src/ longer than MAX_LINES lines, counted from the line of
 * its name (or `function` keyword) to its closing brace, nested functions
 * included. A function too long to hold in one's head is split into named
 * steps.
 *
 * Usage: `tsx scripts/check-function-length.ts [root]` lists each offender
 * and exits 1, or prints a one-line summary and exits 0.
 * `longFunctions()` measures any source text, for tests.
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { readSources } from "./check-layers.js";

/** The longest a function may be, in lines. */
export const MAX_LINES = 150;

/**
 * Functions over MAX_LINES today, each being split on another branch of
 * issue 15 ("file: name" → its length today, for the record). The lead
 * empties this list at integration; an entry whose function is gone or
 * short enough is reported as stale (not an error) so it can be deleted.
 */
export const ALLOWED: Readonly<Record<string, number>> = {};

/** One function, measured. */
export interface FunctionLength {
  file: string;
  name: string;
  line: number;
  lines: number;
}

/** A function's name as a reader would search for it: its own, its variable's, its property's or its class method's. */
function nameOf(node: ts.SignatureDeclaration, sf: ts.SourceFile): string {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) {
    const owner = node.parent;
    return ts.isClassLike(owner) && owner.name ? `${owner.name.text}.${node.name.text}` : node.name.text;
  }
  if (ts.isConstructorDeclaration(node))
    return `${(node.parent as ts.ClassLikeDeclaration).name?.text}.constructor`;
  const p = node.parent;
  if ((ts.isVariableDeclaration(p) || ts.isPropertyAssignment(p)) && ts.isIdentifier(p.name))
    return p.name.text;
  let outer: ts.Node = p;
  while (!ts.isSourceFile(outer) && !(ts.isFunctionLike(outer) && nameOf(outer, sf) !== ""))
    outer = outer.parent;
  const where = ts.isSourceFile(outer) ? "" : ` in ${nameOf(outer as ts.SignatureDeclaration, sf)}`;
  if (ts.isCallExpression(p)) return `${p.expression.getText(sf)} callback${where}`;
  const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
  return `anonymous function at line ${line}${where}`;
}

/** Every function (declaration, method, arrow, expression, accessor) in a file longer than `max` lines. */
export function longFunctions(file: string, source: string, max = MAX_LINES): FunctionLength[] {
  return measureFunctions(file, source).filter((f) => f.lines > max);
}

/** Every function with a body in a file, measured. */
export function measureFunctions(file: string, source: string): FunctionLength[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: FunctionLength[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const start = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const end = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      out.push({ file, name: nameOf(node, sf), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

export interface LengthReport {
  /** functions over the limit that are not allow-listed */
  offenders: FunctionLength[];
  /** allow-list entries with no function over the limit any more */
  stale: string[];
  functionsChecked: number;
}

/** Check a set of files (path under src/ → source text). */
export function checkFunctionLengths(
  files: ReadonlyMap<string, string>,
  allowed: Readonly<Record<string, number>> = ALLOWED,
  max = MAX_LINES,
): LengthReport {
  const offenders: FunctionLength[] = [];
  const used = new Set<string>();
  let functionsChecked = 0;
  for (const [file, source] of files) {
    const measured = measureFunctions(file, source);
    functionsChecked += measured.length;
    for (const f of measured.filter((m) => m.lines > max)) {
      const key = `${file}: ${f.name}`;
      if (key in allowed) used.add(key);
      else offenders.push(f);
    }
  }
  return { offenders, stale: Object.keys(allowed).filter((k) => !used.has(k)), functionsChecked };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = process.argv[2] ?? join(dirname(fileURLToPath(import.meta.url)), "..");
  const files = readSources(root);
  const report = checkFunctionLengths(files);
  for (const e of report.stale) console.log(`note: allow-list entry no longer needed, delete it: ${e}`);
  for (const f of report.offenders) {
    console.error(
      `src/${f.file}:${f.line}: ${f.name} is ${f.lines} lines (at most ${MAX_LINES}): split it into named steps`,
    );
  }
  if (report.offenders.length > 0) process.exit(1);
  console.log(
    `check-function-length: ${report.functionsChecked} functions, none over ${MAX_LINES} lines outside the allow-list`,
  );
}
