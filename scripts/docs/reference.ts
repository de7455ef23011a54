/**
 * The format reference, docs/reference/*.md: one page per block of a scenario
 * file, its field table generated from the JSON Schema and the bilingual
 * descriptions of src/scenario/schema-docs.ts (never edited by hand).
 */
import { documentedJsonSchema } from "../../src/scenario/json-schema.js";
import { FIELD_DOCS, fieldDoc } from "../../src/scenario/schema-docs.js";

type Node = Record<string, unknown>;

interface Page {
  file: string;
  title: string;
  /** Top-level keys the page covers. */
  keys: string[];
  /** Named definitions described on the page as a whole (values.md). */
  defs?: string[];
}

/** Parts of the schema used in many blocks: described once, on values.md. */
const SHARED = new Set(["Magnitude", "Year", "Name", "Source", "Distribution", "Uncertain", "Formula"]);

export const PAGES: Page[] = [
  {
    file: "scenario.md",
    title: "The top of the file · 文件开头",
    keys: ["$schema", "id", "title", "description", "unit", "base_year", "horizon", "documents"],
  },
  { file: "sectors.md", title: "sectors · 产业", keys: ["sectors"] },
  { file: "indicators.md", title: "indicators · 指标", keys: ["indicators"] },
  { file: "targets.md", title: "targets · 目标", keys: ["targets"] },
  { file: "overlaps.md", title: "overlaps · 重复统计", keys: ["overlaps"] },
  { file: "correlations.md", title: "correlations · 相关性", keys: ["correlations"] },
  {
    file: "regions.md",
    title: "regions · 地区汇总",
    keys: ["regions", "regions_exhaustive", "allow_outside_includes"],
  },
  { file: "links.md", title: "links · 产业链投入产出", keys: ["links"] },
  { file: "firms.md", title: "firms · 企业群体", keys: ["firms"] },
  { file: "instruments.md", title: "instruments · 政策工具", keys: ["instruments"] },
  { file: "variants.md", title: "variants · 变体", keys: ["variants"] },
  {
    file: "values.md",
    title: "Values: numbers, distributions, names, sources · 数值、分布、名称、出处",
    keys: [],
    defs: ["Magnitude", "Year", "Name", "Source", "Distribution", "Formula"],
  },
];

interface Row {
  field: string;
  type: string;
  zh: string;
  en: string;
}

/** The pages, by path under docs/reference/, with the index README.md. */
export function referencePages(): Map<string, string> {
  const schema = documentedJsonSchema();
  const defs = schema.$defs as Record<string, Node>;
  const out = new Map<string, string>();
  for (const page of PAGES) {
    const rows: Row[] = [];
    const props = schema.properties as Record<string, Node>;
    for (const key of page.keys) collect(props[key] ?? {}, key, ["scenario", key], defs, rows, new Set());
    for (const name of page.defs ?? []) collect(defs[name] ?? {}, name, [name], defs, rows, new Set(), true);
    out.set(page.file, render(page, rows));
  }
  out.set("README.md", index());
  return out;
}

function collect(
  node: Node,
  field: string,
  path: string[],
  defs: Record<string, Node>,
  rows: Row[],
  seen: Set<string>,
  top = false,
): void {
  if (!top) {
    const doc = fieldDoc(path);
    rows.push({ field, type: typeOf(node), zh: doc?.zh ?? "", en: doc?.en ?? "" });
  }
  for (const [child, childPath, childNode] of children(node, defs, path, seen)) {
    collect(childNode, `${field}${child}`, childPath, defs, rows, seen);
  }
}

/** The fields below a node: properties of the object, of its $ref, of each anyOf branch, of map values and list items. */
function children(
  node: Node,
  defs: Record<string, Node>,
  path: string[],
  seen: Set<string>,
): Array<[string, string[], Node]> {
  const out: Array<[string, string[], Node]> = [];
  const visit = (n: Node, suffix: string, p: string[]): void => {
    const ref = typeof n.$ref === "string" ? n.$ref.replace("#/$defs/", "") : undefined;
    if (ref) {
      if (SHARED.has(ref) || seen.has(ref)) return;
      seen.add(ref);
      visit(defs[ref] ?? {}, suffix, [ref]);
      seen.delete(ref);
      return;
    }
    for (const [k, v] of Object.entries((n.properties ?? {}) as Record<string, Node>)) {
      if (!out.some(([f]) => f === `${suffix}.${k}`)) out.push([`${suffix}.${k}`, [...p, k], v]);
    }
    for (const branch of [...((n.anyOf ?? []) as Node[]), ...((n.oneOf ?? []) as Node[])])
      visit(branch, suffix, p);
    if (n.additionalProperties && typeof n.additionalProperties === "object")
      visit(n.additionalProperties as Node, `${suffix}.NAME`, p);
    if (n.items && typeof n.items === "object" && !Array.isArray(n.items))
      visit(n.items as Node, `${suffix}[]`, p);
  };
  visit(node, "", path);
  return out;
}

function typeOf(n: Node): string {
  if (typeof n.$ref === "string") return n.$ref.replace("#/$defs/", "");
  if (Array.isArray(n.anyOf)) return [...new Set((n.anyOf as Node[]).map(typeOf))].join(" \\| ");
  if (Array.isArray(n.oneOf)) return [...new Set((n.oneOf as Node[]).map(typeOf))].join(" \\| ");
  if (n.const !== undefined) return `"${String(n.const)}"`;
  if (Array.isArray(n.enum)) return n.enum.map((e) => `"${String(e)}"`).join(" \\| ");
  if (n.type === "array")
    return n.items && !Array.isArray(n.items) ? `list of ${typeOf(n.items as Node)}` : "list";
  if (n.type === "object") return n.additionalProperties ? "map" : "object";
  if (Array.isArray(n.type)) return n.type.join(" \\| ");
  return typeof n.type === "string" ? n.type : "any";
}

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

function render(page: Page, rows: Row[]): string {
  const lines = [
    `# ${page.title}`,
    "",
    "<!-- generated by npm run docs from src/scenario/schema-docs.ts and src/scenario/schema.ts: do not edit -->",
    "",
    "[← format reference · 格式参考](README.md)",
    "",
  ];
  for (const key of page.keys) {
    const doc = FIELD_DOCS[`scenario.${key}`];
    if (doc && page.keys.length === 1) lines.push(`${doc.zh}`, "", `${doc.en}`, "");
  }
  lines.push("| field · 字段 | type · 类型 | 说明 | description |", "| --- | --- | --- | --- |");
  for (const r of rows) lines.push(`| \`${r.field}\` | ${r.type} | ${esc(r.zh)} | ${esc(r.en)} |`);
  lines.push(
    "",
    "`NAME` stands for a key you choose (a sector's id); `[]` for each item of a list. Types in capitals are described on [values.md](values.md). · `NAME` 表示自取的键名（如产业编号），`[]` 表示列表中的每一项；首字母大写的类型见 [values.md](values.md)。",
    "",
  );
  return lines.join("\n");
}

function index(): string {
  const lines = [
    "# Format reference · 格式参考",
    "",
    "<!-- generated by npm run docs: do not edit -->",
    "",
    "One page per block of a scenario file; every field with its type and its meaning in Chinese and English (the same text editors show on hover, from [src/scenario/schema-docs.ts](../../src/scenario/schema-docs.ts)). For a walk-through, read [the guide](../guide.md).",
    "",
    "情景文件每一段一页；每个字段列出类型和中英文说明（与编辑器悬停提示相同）。分步说明见[指南](../guide.md)。",
    "",
  ];
  for (const p of PAGES) lines.push(`- [${p.title}](${p.file})`);
  lines.push("");
  return lines.join("\n");
}
