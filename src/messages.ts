/**
 * Every user-facing error and warning, in one place.
 *
 * Each entry has a stable code (shown to the user, listed in the README) and
 * returns the message and a hint saying what to do. Messages are short and
 * specific; hints say how to fix the input.
 */

import { type Bilingual, isBilingual, type Lang } from "./i18n/lang.js";
import { zhCatalogue } from "./messages/zh.js";

export type Entry = { message: string; hint?: string };

declare const localised: unique symbol;
/**
 * A parameter a caller must give as `{ zh, en }`: a plain string does not
 * type-check (the brand is never made), and the catalogue function receives
 * the text of the chosen language, a plain string at run time.
 */
type Localised = string & { readonly [localised]: true };

const or = (s: string | undefined, prefix = ""): string => (s ? `${prefix}${s}` : "");
const mean = (suggestion: string | undefined): string | undefined =>
  suggestion ? `did you mean "${suggestion}"?` : undefined;

export const catalogue = {
  // ── files and encodings ───────────────────────────────────────────────
  E_FILE_NOT_FOUND: (p: { file: string }): Entry => ({
    message: `cannot find scenario file "${p.file}"`,
    hint: "check the path; scenario files end in .yaml, .yml or .json",
  }),
  E_FILE_READ: (p: { file: string; reason: Localised }): Entry => ({
    message: `cannot read "${p.file}": ${p.reason}`,
  }),
  E_FILE_TOO_LARGE: (p: { bytes: number; max: number; atLeast?: boolean }): Entry => ({
    message: `the file is ${p.atLeast ? "at least " : ""}${p.bytes} bytes, more than the ${p.max} a scenario may have`,
    hint: "split it with includes, or check that this is really a scenario file",
  }),
  E_ENCODING: (p: { guess: Localised }): Entry => ({
    message: `the file is not UTF-8 (it looks like ${p.guess})`,
    hint: "save it as UTF-8 (in Notepad: Save As, Encoding: UTF-8; or iconv -f GBK -t UTF-8)",
  }),
  E_BINARY: (): Entry => ({
    message: "the file contains NUL bytes; it is not a text scenario file",
  }),
  E_EMPTY_FILE: (): Entry => ({
    message: "the scenario file is empty",
    hint: "start from scenarios/shandong-it-2025.yaml, or run `chainsim schema` for the format",
  }),
  W_BOM: (): Entry => ({
    message: "the file starts with a byte-order mark; it was ignored",
    hint: "save as UTF-8 without BOM to silence this",
  }),
  E_LINE_TOO_LONG: (p: { length: number; max: number }): Entry => ({
    message: `a line of ${p.length} characters; lines may have at most ${p.max}`,
    hint: "break long lists over several lines",
  }),

  // ── chainsim extract: policy texts ────────────────────────────────────
  E_EXTRACT_NOT_FOUND: (p: { file: string }): Entry => ({
    message: `cannot find the document "${p.file}"`,
    hint: "give the path of a plain-text policy document (.txt, UTF-8 or GB18030)",
  }),
  E_EXTRACT_EMPTY: (p: { file: string }): Entry => ({
    message: `the document "${p.file}" is empty`,
    hint: "save the policy text into the file first (copy it from the web page or PDF as plain text)",
  }),
  E_EXTRACT_TOO_LARGE: (p: { file: string; bytes: number; max: number }): Entry => ({
    message: `the document "${p.file}" is ${p.bytes} bytes, more than the ${p.max} a policy text may have`,
    hint: "check that this is a plain-text policy document, not an archive or a database dump",
  }),
  E_EXTRACT_BINARY: (p: { file: string }): Entry => ({
    message: `"${p.file}" is a binary file (a PDF, Word document, image or archive?), not plain text`,
    hint: "convert it to plain text first, e.g. pdftotext FILE.pdf FILE.txt, or copy the text into a .txt file",
  }),
  E_EXTRACT_ENCODING: (p: { file: string }): Entry => ({
    message: `"${p.file}" is not Chinese text in UTF-8, GB18030/GBK or Big5`,
    hint: "save it as UTF-8 (e.g. iconv -f SHIFT_JIS -t UTF-8 FILE); UTF-8, GB18030/GBK and Big5 are read",
  }),
  W_EXTRACT_NO_GOALS: (p: { file: string }): Entry => ({
    message: `no goals found in "${p.file}"`,
    hint: "the text has no quantitative goal (a figure with a year, a comparator or a unit); nothing was written",
  }),

  // ── YAML / JSON syntax ────────────────────────────────────────────────
  E_YAML_SYNTAX: (p: { detail: Localised }): Entry => ({
    message: `syntax error: ${p.detail}`,
    hint: "check indentation (spaces, not tabs), colons after keys, and closing quotes and brackets",
  }),
  E_YAML_TAB: (): Entry => ({
    message: "a tab character is used for indentation",
    hint: "YAML indents with spaces only; replace the tab with spaces",
  }),
  E_DUPLICATE_KEY: (p: { key: string }): Entry => ({
    message: `the key "${p.key}" appears twice in the same mapping`,
    hint: "keep one of them; the second would silently replace the first",
  }),
  E_YAML_ALIASES: (p: { max: number }): Entry => ({
    message: `too many alias expansions (more than ${p.max})`,
    hint: "anchors and aliases (&a, *a) may be used sparingly; write the values out",
  }),
  E_TOO_DEEP: (p: { depth: number; max: number }): Entry => ({
    message: `nesting ${p.depth} levels deep; at most ${p.max} are allowed`,
  }),
  E_NOT_A_MAPPING: (p: { found: Localised }): Entry => ({
    message: `a scenario must be a mapping of keys (id, title, sectors, …), not ${p.found}`,
    hint: "start from scenarios/shandong-it-2025.yaml",
  }),

  // ── structure ─────────────────────────────────────────────────────────
  E_UNKNOWN_KEY: (p: { key: string; suggestion?: string; allowed: string[] }): Entry => ({
    message: `unknown key "${p.key}"${or(mean(p.suggestion), "; ")}`,
    hint: `allowed here: ${p.allowed.join(", ")}`,
  }),
  E_MISSING_FIELD: (p: { field: string }): Entry => ({
    message: `missing required field "${p.field}"`,
    hint: "add it: docs/reference describes every field, and chainsim init writes a complete scenario to start from",
  }),
  E_WRONG_TYPE: (p: { expected: Localised; found: Localised }): Entry => ({
    message: `expected ${p.expected}, found ${p.found}`,
  }),
  E_INVALID_VALUE: (p: { detail: Localised }): Entry => ({
    message: p.detail,
  }),
  E_BAD_ID: (p: { id: string }): Entry => ({
    message: `"${p.id}" is not a valid id`,
    hint: "ids are snake_case: lower-case letters, digits and underscores, starting with a letter (e.g. cloud_big_data)",
  }),
  E_DUPLICATE_ID: (p: { kind: string; id: string; first?: number }): Entry => ({
    message: `duplicate ${p.kind} id "${p.id}"${p.first ? ` (first defined on line ${p.first})` : ""}`,
    hint: "ids must be unique across sectors and indicators",
  }),
  E_UNKNOWN_REFERENCE: (p: { kind: string; name: string; suggestion?: string }): Entry => ({
    message: `unknown ${p.kind} "${p.name}"${or(mean(p.suggestion), "; ")}`,
    hint: `define it under ${p.kind === "indicator" ? "indicators" : p.kind === "target" ? "targets" : "sectors"}, or fix the spelling`,
  }),
  E_SECTOR_CYCLE: (p: { cycle: string[] }): Entry => ({
    message: `sectors contain each other: ${p.cycle.join(" → ")}`,
    hint: "a sector cannot be its own ancestor; remove one of the children entries",
  }),

  // ── magnitudes and units ──────────────────────────────────────────────
  E_BAD_MAGNITUDE: (p: { text: string; reason: Localised }): Entry => ({
    message: `cannot read "${p.text}" as a number: ${p.reason}`,
    hint: "write numbers as the documents do: 2.2万亿, 14000亿, 50亿, 过千亿, 10%以上, 5‰, 2000万, or a range 11000~11300",
  }),
  E_UNIT_UNKNOWN: (p: { unit: string }): Entry => ({
    message: `unknown unit "${p.unit}"`,
    hint: "money units: 元, 万元, 亿元, 万亿元; counts: a measure word such as 家, 件, 个, 人; ratios: %, ‰",
  }),
  E_UNIT_MISMATCH: (p: { text: string; found: Localised; expected: Localised }): Entry => ({
    message: `"${p.text}" is in ${p.found}, which does not convert to ${p.expected}`,
    hint: "give the value in the quantity's own unit, or move it to a sector or indicator with that unit",
  }),
  E_NOT_FINITE: (p: { text: string }): Entry => ({
    message: `"${p.text}" is not a finite number`,
    hint: "write the value out; NaN and Infinity are not allowed",
  }),
  E_TOO_LARGE: (p: { text: string; max: string }): Entry => ({
    message: `${p.text} is too large to be meaningful (limit ${p.max})`,
    hint: "check the unit: values are in the scenario's unit (e.g. 亿元)",
  }),
  E_NEGATIVE: (p: { what: Localised; text: string }): Entry => ({
    message: `${p.what} cannot be negative (${p.text})`,
  }),
  E_RATE_AS_NUMBER: (p: { text: string }): Entry => ({
    message: `${p.text} as a rate would mean ${Number(p.text) * 100}%`,
    hint: `write rates with a percent sign (${p.text}%) or as a fraction (${Number(p.text) / 100})`,
  }),
  E_GROWTH_TOO_LOW: (p: { text: string }): Entry => ({
    message: `a growth rate of ${p.text} is impossible: it must be above -100%`,
  }),
  E_RANGE_ORDER: (p: { low: string; high: string }): Entry => ({
    message: `range ${p.low}~${p.high} has its low end above its high end`,
    hint: "write the smaller value first",
  }),
  E_SHARE_RANGE: (p: { text: string }): Entry => ({
    message: `a share of ${p.text} is outside 0%..100%`,
  }),
  E_RATIO_RANGE: (p: { id: string; text: string; unit: string }): Entry => ({
    message: `${p.text} is outside 0%..100%: "${p.id}" is in ${p.unit}, a share of something`,
    hint: 'write the share itself (47%, or 0.47 with unit: share); a ratio that may pass 100% (an index, a multiple) takes unit: "1"',
  }),
  E_ACTUAL_SPREAD: (p: { text: string }): Entry => ({
    message: `spread: applies to a figure published as a floor (以上) or as 左右, not to "${p.text}"`,
    hint: "write a published range as value: 20000~22500, or leave spread out",
  }),
  E_ACTUAL_THROUGH: (p: { through: string; year: number }): Entry => ({
    message: `through: ${p.through} does not fit the actual of ${p.year}`,
    hint: "give the last month the figure covers in its own year (2023-06 for Jan–Jun 2023) and a share_of_year above 0, e.g. 45%~50%",
  }),
  E_AS_OF: (p: { value: string }): Entry => ({
    message: `--as-of ${p.value} is not a date`,
    hint: "give a month or a day: --as-of 2023-06 or --as-of 2023-06-30",
  }),
  E_SOURCE_EMPTY: (): Entry => ({
    message: "this source: names no document, publisher or assumption",
    hint: "give doc: (and clause:), or publisher: and published: for a published statistic, or assumed: with the reason",
  }),
  E_FIGURES_FILE: (p: { id: string; field: string }): Entry => ({
    message: `published figure "${p.id}": its ${p.field} is missing or malformed`,
    hint: "each entry of figures: that names a sector or indicator needs period (a year or YYYY-MM..YYYY-MM) and a numeric value (seeds/README.md)",
  }),
  E_YEAR_RANGE: (p: { year: number; min: number; max: number }): Entry => ({
    message: `year ${p.year} is out of range (${p.min}..${p.max})`,
  }),
  E_HORIZON_BEFORE_BASE: (p: { base: number; horizon: number }): Entry => ({
    message: `horizon ${p.horizon} is before base_year ${p.base}`,
  }),
  E_TARGET_BEFORE_BASE: (p: { year: number; base: number }): Entry => ({
    message: `the goal's year ${p.year} is before the base year ${p.base}`,
    hint: "record past outcomes as actuals on the sector instead",
  }),
  E_PERIOD_ORDER: (p: { from: number; to: number }): Entry => ({
    message: `period from ${p.from} to ${p.to} does not run forward`,
  }),

  // ── sectors, baselines, growth ───────────────────────────────────────
  E_MISSING_BASELINE: (p: { id: string }): Entry => ({
    message: `"${p.id}" has neither a baseline nor a formula`,
    hint: "give baseline: { year, value }, baseline: implied, or value: { formula: … }",
  }),
  E_MISSING_GROWTH: (p: { id: string }): Entry => ({
    message: `"${p.id}" has a baseline but no growth assumption`,
    hint: "give growth: 10%, a range 8%~12%, a schedule, a distribution or a formula",
  }),
  E_IMPLIED_BASELINE: (p: { id: string; reason: Localised }): Entry => ({
    message: `cannot imply a baseline for "${p.id}": ${p.reason}`,
    hint: "an implied baseline needs a level goal on the sector and a growth rate (a growth goal or growth assumption)",
  }),
  E_BASELINE_YEAR: (p: { year: number; base: number }): Entry => ({
    message: `baseline year ${p.year} is after the base year ${p.base}`,
    hint: "use a baseline at or before base_year; later outcomes are actuals",
  }),
  E_SCHEDULE_EMPTY: (): Entry => ({
    message: "a growth schedule needs at least one year",
  }),

  // ── distributions ─────────────────────────────────────────────────────
  E_DISTRIBUTION_UNKNOWN: (p: { name: string; suggestion?: string; known: string[] }): Entry => ({
    message: `unknown distribution "${p.name}"${or(mean(p.suggestion), "; ")}`,
    hint: `known: ${p.known.join(", ")}`,
  }),
  E_DISTRIBUTION_PARAMS: (p: { name: string; detail: Localised }): Entry => ({
    message: `invalid ${p.name} parameters: ${p.detail}`,
  }),

  // ── targets ───────────────────────────────────────────────────────────
  E_TARGET_SUBJECT: (): Entry => ({
    message: "a goal needs exactly one of sector or indicator",
  }),
  E_TARGET_KIND: (p: { found: string[] }): Entry => ({
    message:
      p.found.length === 0
        ? "a goal needs a year (a level goal) or one of growth, share, per_year, cumulative"
        : `a goal can be of one kind only, found ${p.found.join(" and ")}`,
  }),
  E_COMPARATOR: (p: { found: string[] }): Entry => ({
    message:
      p.found.length === 0
        ? "a goal needs a comparator with its value"
        : `a goal has one comparator, found ${p.found.join(" and ")}`,
    hint: "at_least (突破/超过/以上/过), reach (达到), about (左右), no_fewer_than (不少于), below (低于), at_most (不超过)",
  }),
  E_DUPLICATE_TARGET: (p: { id: string; first: number }): Entry => ({
    message: `duplicate goal id "${p.id}" (first on line ${p.first})`,
    hint: "give the goal an explicit unique id",
  }),
  W_NO_SOURCE: (p: { id: string }): Entry => ({
    message: `goal "${p.id}" names no source document and clause`,
    hint: "add source: { doc: FILE, clause: 二(二) } so every figure can be traced",
  }),
  W_QUALIFIER_IGNORED: (p: { text: string; qualifier: Localised }): Entry => ({
    message: `"${p.text}" says ${p.qualifier}; the number itself is used`,
    hint: "for a bound on an assumption, write a range such as 12000~13000",
  }),

  // ── overlaps, sector graph, regions ─────────────────────────────────
  E_OVERLAP_FORM: (): Entry => ({
    message: "an overlap needs exactly one of within (double counting) or outside (out of a parent's scope)",
    hint: "{ part: cloud, within: software, share: 60%~90% } or { part: materials, outside: it_industry, share: 30%~70% }",
  }),
  E_OVERLAP_SELF: (p: { id: string }): Entry => ({
    message: `"${p.id}" cannot overlap with itself`,
  }),
  E_OVERLAP_SUM: (p: { id: string; total: string }): Entry => ({
    message: `the stated shares of "${p.id}" add up to ${p.total} at their low ends, more than the whole`,
    hint: "overlap shares of one part are disjoint portions of it; lower them so they total at most 100%",
  }),
  E_CHILD_NOT_SECTOR: (p: { id: string; unit: string }): Entry => ({
    message: `child "${p.id}" is an indicator in ${p.unit}; children must be sectors in a money unit`,
    hint: "list only sectors under children; compare indicators with goals of their own",
  }),
  E_EXHAUSTIVE_NO_GOALS: (p: { id: string }): Entry => ({
    message: `"${p.id}" declares its children exhaustive, but none of them has a level goal`,
    hint: "give the children goals, or remove exhaustive: true",
  }),
  E_REGION_OUTSIDE: (p: { file: string }): Entry => ({
    message: `region file "${p.file}" is outside this scenario's folder`,
    hint: "copy it next to the scenario, or run with --allow-outside-includes if you trust it (the file cannot grant this itself)",
  }),
  E_REGION_CYCLE: (p: { cycle: string[] }): Entry => ({
    message: `region files include each other: ${p.cycle.join(" → ")}`,
  }),
  E_REGION_UNIT: (p: { region: string; unit: string; expected: string }): Entry => ({
    message: `region "${p.region}" is in ${p.unit}, which does not convert to ${p.expected}`,
  }),

  E_RESERVED_ID: (p: { id: string }): Entry => ({
    message: `"${p.id}" is reserved and cannot name a sector or indicator`,
    hint: "formulas use year, t, pi, e and function names; choose another id",
  }),

  // ── sensitivity, discovery, goal seeking ─────────────────────────────
  E_NO_UNCERTAIN_INPUTS: (): Entry => ({
    message: "the scenario has no uncertain inputs to analyse",
    hint: "give growth rates or baselines a range (8%~12%) or a distribution ({ triangular: [8%, 12%, 17%] })",
  }),
  E_UNKNOWN_INPUT: (p: { name: string; suggestion?: string }): Entry => ({
    message: `unknown input "${p.name}"${p.suggestion ? `; did you mean "${p.suggestion}"?` : ""}`,
    hint: "inputs are named sector.growth, sector.baseline or sector.growth.YEAR (schedules)",
  }),
  E_INPUT_NO_RANGE: (p: { name: string }): Entry => ({
    message: `input "${p.name}" is a single number, so it has no range to vary`,
    hint: "give it a range (8%~12%) or a distribution, or leave it out",
  }),
  E_METHOD_PARAM: (p: { name: Localised; value: string; rule: Localised }): Entry => ({
    message: `${p.name} must be ${p.rule}, not ${p.value}`,
  }),
  E_SOLVE_FOR: (p: { path: string; detail: Localised }): Entry => ({
    message: `cannot solve for "${p.path}": ${p.detail}`,
    hint: "solve for an assumption such as software.growth or software.baseline",
  }),

  // ── formulas ──────────────────────────────────────────────────────────
  E_FORMULA_SYNTAX: (p: { detail: Localised }): Entry => ({
    message: `formula syntax error: ${p.detail}`,
  }),
  E_FORMULA_FORBIDDEN: (p: { construct: Localised }): Entry => ({
    message: `formulas may not use ${p.construct}`,
    hint: "formulas allow numbers, + - * / ^ %, comparisons, and/or/not, a ? b : c, functions such as min, max, exp, log, sqrt, and names of sectors and indicators",
  }),
  E_FORMULA_UNKNOWN_NAME: (p: { name: string; suggestion?: string }): Entry => ({
    message: `formula uses unknown name "${p.name}"${or(mean(p.suggestion), "; ")}`,
    hint: "a formula may name sectors, indicators, year, t, and the constants pi and e",
  }),
  E_FORMULA_CYCLE: (p: { cycle: string[] }): Entry => ({
    message: `formulas depend on each other in a cycle: ${p.cycle.join(" → ")}`,
    hint: "break the cycle, for example by giving one of them a baseline and growth",
  }),
  E_FORMULA_TOO_LONG: (p: { length: number; max: number }): Entry => ({
    message: `formula of ${p.length} characters; at most ${p.max} are allowed`,
  }),
  E_FORMULA_TOO_DEEP: (p: { depth: number; max: number }): Entry => ({
    message: `brackets nested ${p.depth} deep; at most ${p.max} are allowed`,
  }),
  E_JSON_SYNTAX: (p: { detail: Localised }): Entry => ({
    message: `invalid JSON: ${p.detail}`,
    hint: "JSON allows no comments and no trailing commas; or save the file as .yaml",
  }),
  E_FORMULA_TOO_COMPLEX: (p: { nodes: number; max: number }): Entry => ({
    message: `formula has ${p.nodes} parts; at most ${p.max} are allowed`,
  }),
  E_FORMULA_EVAL: (p: { id: string; year: number; detail: Localised }): Entry => ({
    message: `formula of "${p.id}" in ${p.year}: ${p.detail}`,
    hint: "check for division by zero or log of a non-positive value",
  }),

  // ── firms and policy instruments ─────────────────────────────────────
  E_UNKNOWN_FIRM_ATTRIBUTE: (p: { attribute: string; suggestion?: string; known: string[] }): Entry => ({
    message: `unknown firm attribute "${p.attribute}"${or(mean(p.suggestion), "; ")}`,
    hint: `firm attributes: ${p.known.join(", ")}`,
  }),
  E_FIRMS_UNKNOWN_REFERENCE: (p: {
    kind: string;
    name: string;
    suggestion?: string;
    table: string;
  }): Entry => ({
    message: `unknown ${p.kind} "${p.name}"${or(mean(p.suggestion), "; ")}`,
    hint: `declare it under firms: ${p.table}, or fix the spelling`,
  }),
  E_CAP_NEGATIVE: (p: { scope: Localised; text: string }): Entry => ({
    message: `the ${p.scope} cap ${p.text} is below zero`,
    hint: "a cap is the most that is paid (最高100万元 → 100万); write 0 to pay nothing",
  }),
  E_LADDER_ORDER: (p: { index: number; text: string; previous: string }): Entry => ({
    message: `threshold ${p.index} (${p.text}) is not above the one before it (${p.previous})`,
    hint: "list a ladder's thresholds from the lowest revenue to the highest, each once",
  }),
  E_DUPLICATE_POLICY_ID: (p: { kind: string; id: string; first: number }): Entry => ({
    message: `duplicate ${p.kind} id "${p.id}" (first on line ${p.first})`,
    hint: "ids of firms, groups, cohorts and instruments must be unique",
  }),
  E_INSTRUMENTS_WITHOUT_FIRMS: (): Entry => ({
    message: "instruments need a firm population to pay, but the file has no firms block",
    hint: "add firms: with above_scale_threshold, sectors and named, generated or entry firms",
  }),
  E_BASE_NOT_AMOUNT: (p: { attribute: string }): Entry => ({
    message: `"${p.attribute}" is not an amount of money; a rate cannot apply to it`,
    hint: "bases and exclusions are revenue, investment, land, rent, rd or event_cost",
  }),
  E_EVENT_COST_WITHOUT_EVENT: (): Entry => ({
    message: "event_cost is the cost of an event, but this instrument names no event",
    hint: "add event: NAME (an event under firms: events that has a cost), or use another base",
  }),
  E_EVENT_RECIPIENTS: (p: { event: string; happensTo: Localised; pays: Localised }): Entry => ({
    message: `event "${p.event}" happens to ${p.happensTo}, but this instrument pays ${p.pays}`,
    hint: "give the instrument the event's recipients, or choose an event of its recipients",
  }),
  E_RECIPIENT_ATTRIBUTE: (p: { recipients: string; attribute: string }): Entry => ({
    message: `"${p.recipients}" are organisations: they have no firm attribute "${p.attribute}"`,
    hint: "rules paying organisations use their events (and event_cost); firm conditions belong to rules paying firms",
  }),
  E_FIRM_NO_GROWTH: (p: { population: Localised; sector: string }): Entry => ({
    message: `${p.population} has no growth assumption, and neither has its sector "${p.sector}"`,
    hint: "give firms: sectors: SECTOR: growth (the sector's common yearly growth), or growth on the population",
  }),
  E_FIRMS_TOO_MANY: (p: { count: number; max: number }): Entry => ({
    message: `the firm population may hold ${p.count} firms or organisations; at most ${p.max} are simulated`,
    hint: "model small firms as fewer, larger groups, or lower the counts",
  }),
  E_COSTS_NO_POLICY: (p: { file: string }): Entry => ({
    message: `"${p.file}" has no instruments to cost`,
    hint: "add firms: and instruments: blocks (see the README, chainsim costs); scenarios/liaocheng-it-2025.yaml has both",
  }),

  // ── variants and --set ───────────────────────────────────────────────
  E_UNKNOWN_VARIANT: (p: { name: string; suggestion?: string; available: string[] }): Entry => ({
    message: `unknown variant "${p.name}"${or(mean(p.suggestion), "; ")}`,
    hint: p.available.length
      ? `variants in this file: ${p.available.join(", ")}`
      : "this file defines no variants",
  }),
  E_SET_SYNTAX: (p: { arg: string }): Entry => ({
    message: `cannot read --set "${p.arg}"`,
    hint: "write --set PATH=VALUE, e.g. --set software.growth=12%",
  }),
  E_SET_PATH: (p: { path: string; suggestion?: string }): Entry => ({
    message: `--set path "${p.path}" names nothing in the scenario${or(mean(p.suggestion), "; ")}`,
    hint: "paths start with a sector or indicator id (software.growth), a target id (targets.<id>.at_least) or a top-level key (horizon)",
  }),
  E_SET_OVERLAP: (p: {
    path: string;
    selector: string;
    /** none: the scenario states no overlaps; index: a position past the end; ambiguous: a name shared by several. */
    problem?: "none" | "index" | "ambiguous";
    count?: number;
    positions?: string;
    suggestion?: string;
    available: string[];
  }): Entry => ({
    message: `--set path "${p.path}": ${
      p.problem === "none"
        ? "the scenario states no overlaps"
        : p.problem === "index"
          ? `there is no overlap ${p.selector}; the scenario states ${p.count}, at positions 0 to ${(p.count ?? 1) - 1}`
          : p.problem === "ambiguous"
            ? `"${p.selector}" names more than one overlap (positions ${p.positions})`
            : `no overlap "${p.selector}"${or(mean(p.suggestion), "; ")}`
    }`,
    hint:
      p.problem === "none"
        ? "state overlaps in the file (overlaps: [{ part, within, share }]) or choose a variant that states them"
        : `name an overlap PART/SECTOR (SECTOR: the one it is counted within, or outside) or by its position from 0, e.g. overlaps.${p.available[0] ?? "0"}.share=30%; here: ${p.available.join(", ")}`,
  }),
  E_SET_LINK: (p: {
    path: string;
    name: string;
    /** key: not a key of links; index: a position outside links.sectors. */
    problem?: "key" | "index";
    suggestion?: string;
    known: string[];
  }): Entry => ({
    message: `--set path "${p.path}": ${
      p.problem === "key"
        ? `links has no key "${p.name}"`
        : p.problem === "index"
          ? `${p.name} is not a position in links.sectors`
          : `"${p.name}" is not a sector of the links`
    }${or(mean(p.suggestion), "; ")}`,
    hint:
      p.problem === "key"
        ? `keys of links: ${p.known.join(", ")}`
        : `write links.coefficients.BUYER.INPUT (input per unit of the buyer's output), links.local_share.SECTOR or links.final_demand.SECTOR; sectors: ${p.known.join(", ")}`,
  }),

  // ── command line and output ──────────────────────────────────────────
  // the detail must come from src/i18n/text/usage.ts in both languages (the type refuses a plain string)
  E_USAGE: (p: { detail: Localised }): Entry => ({
    message: p.detail,
    hint: "run chainsim --help",
  }),
  // options out of range: the library reports the value, the CLI names the flag that gave it
  E_YEAR_BEFORE_BASE: (p: { year: number; baseYear: number }): Entry => ({
    message: `the year ${p.year} is before the base year ${p.baseYear}`,
    hint: `choose ${p.baseYear} or a later year`,
  }),
  E_YEAR_OUT_OF_RANGE: (p: { year: number; from: number; to: number }): Entry => ({
    message: `the last year must be from ${p.from} to ${p.to}, not ${p.year}`,
    hint: `choose a year from ${p.from} to ${p.to}`,
  }),
  E_YEAR_BEFORE_PAYMENT: (p: { year: number; first: number }): Entry => ({
    message: `${p.year} is before ${p.first}, the first year an instrument pays`,
    hint: `choose ${p.first} or a later year`,
  }),
  E_YEAR_NOT_PROJECTED: (p: { year: number; missing: Localised }): Entry => ({
    message: `no projected value in ${p.year} for ${p.missing}`,
    hint: "choose a year the scenario projects (from the base year to the horizon)",
  }),
  E_TOO_MANY_SAMPLES: (p: { samples: number; max: number }): Entry => ({
    message: `${p.samples} samples is more than the ${p.max} this analysis takes`,
    hint: `ask for at most ${p.max} samples`,
  }),
  E_SHARD_SPEC: (p: { value: string }): Entry => ({
    message: `a shard is K/N with 1 ≤ K ≤ N ≤ 100000 (shard K of N, e.g. 2/3), not "${p.value}"`,
    hint: "write the shard as K/N, e.g. 2/3",
  }),
  E_OUTPUT: (p: { path: string; reason: Localised }): Entry => ({
    message: `cannot write "${p.path}": ${p.reason}`,
    hint: "choose a folder you can write to with -o",
  }),
  // spreadsheets (issue 17)
  E_XLSX_NEEDS_OUT: (p: { command: string }): Entry => ({
    message: `--format xlsx writes a workbook file, not text: say where with -o FILE`,
    hint: `e.g. chainsim ${p.command} … --format xlsx -o ${p.command}.xlsx`,
  }),
  E_WORKBOOK_READ: (p: { reason: string }): Entry => ({
    message: `cannot read the workbook: ${p.reason}`,
    hint: "save it from Excel or WPS as an .xlsx workbook (not .xls, .et or .csv) and try again",
  }),
  E_WORKBOOK_CELL: (p: { problem: string; fix: string }): Entry => ({
    message: p.problem,
    hint: p.fix,
  }),
  E_CONVERT_TARGET: (p: { from: string; to: string }): Entry => ({
    message: `cannot convert ${p.from} to ${p.to}`,
    hint: "convert a .yaml or .json scenario --to xlsx, or an .xlsx workbook --to yaml",
  }),
  E_OLD_WORKBOOK: (p: { file: string; ext: string }): Entry => ({
    message: `"${p.file}" is a ${p.ext} spreadsheet, which chainsim cannot read`,
    hint: "open it in Excel or WPS, save it as an .xlsx workbook (File → Save As → .xlsx) and give that file",
  }),
  E_FONT_MISSING: (p: { tried: string }): Entry => ({
    message: `no CJK font found for PNG charts (looked for ${p.tried})`,
    hint: "reinstall chainsim's dependencies (npm ci brings the Noto Sans S Chinese font of @embedpdf/fonts-sc), install fonts-noto-cjk or fonts-wqy-microhei, or set CHAINSIM_CJK_FONT to a .ttf/.otf/.ttc file; or leave out --png",
  }),
  E_PAGE_BUNDLE: (p: { path: string }): Entry => ({
    message: `the interactive page's browser bundle is missing (${p.path})`,
    hint: "build it with npm run build (npm ci and npm install run it)",
  }),
  E_SERVE: (p: { port: number; reason: Localised }): Entry => ({
    message: `cannot serve on 127.0.0.1:${p.port}: ${p.reason}`,
    hint: "choose another port with --port, or 0 for any free port",
  }),
  E_INTERNAL: (p: { detail: Localised }): Entry => ({
    message: `internal error: ${p.detail}`,
    hint: "this is a bug in chainsim; run again with --debug and report the output",
  }),

  // ── uncertainty: correlations, simulation, sweeps ────────────────────
  E_CORRELATION_UNKNOWN_INPUT: (p: { name: string; suggestion?: string }): Entry => ({
    message: `unknown input "${p.name}" in correlations${or(mean(p.suggestion), "; ")}`,
    hint: "inputs are written SECTOR.growth, SECTOR.baseline, or SECTOR.growth.YEAR for one year of a growth schedule",
  }),
  E_CORRELATION_CERTAIN: (p: { name: string; value: string }): Entry => ({
    message: `"${p.name}" is certain (${p.value}); only uncertain inputs can be correlated`,
    hint: "give it a range (8%~12%) or a distribution, or leave it out of correlations",
  }),
  E_CORRELATION_RANGE: (p: { value: number }): Entry => ({
    message: `correlation ${p.value} is outside -1..1`,
  }),
  E_CORRELATION_SHAPE: (p: { detail: Localised }): Entry => ({
    message: p.detail,
    hint: "write { between: [a, b], rho: 0.6 }, or { inputs: [a, b, c], matrix: [...] } with a square, symmetric matrix and 1 on the diagonal",
  }),
  E_CORRELATION_NOT_PSD: (p: { eigenvalue: string }): Entry => ({
    message: `these correlations cannot hold together: the matrix is not positive semi-definite (smallest eigenvalue ${p.eigenvalue})`,
    hint: "lower the strongest correlations or check their signs: if a moves with b and b with c, a cannot move strongly against c",
  }),
  E_SWEEP_SYNTAX: (p: { arg: string; reason: Localised }): Entry => ({
    message: `cannot read --set "${p.arg}" as a sweep: ${p.reason}`,
    hint: "write --set PATH=FROM:TO:STEP with the same unit on all three, e.g. --set software.growth=5%:20%:1%",
  }),
  E_SWEEP_TOO_LARGE: (p: { points: number; detail: Localised; max: number }): Entry => ({
    message: `the sweep has ${p.points} points (${p.detail}); at most ${p.max} are allowed`,
    hint: "use a larger step or a narrower range",
  }),
  E_STATE_FORMAT: (p: { file: string; detail: Localised }): Entry => ({
    message: `"${p.file}" is not a usable chainsim state file: ${p.detail}`,
    hint: "state files are written by chainsim simulate --shard K/N --state-out FILE; pass those files to chainsim merge",
  }),
  E_STATE_VERSION: (p: { file: string; what: Localised; found: string; expected: string }): Entry => ({
    message: `"${p.file}" was written with ${p.what} ${p.found}, this chainsim reads ${p.expected}`,
    hint: "run every shard and the merge with the same chainsim version",
  }),
  E_STATE_MISMATCH: (p: {
    file: string;
    what: Localised;
    found: string;
    expected: string;
    first: string;
  }): Entry => ({
    message: `"${p.file}" belongs to a different run: its ${p.what} is ${p.found}, in "${p.first}" it is ${p.expected}`,
    hint: "merge only the shards of one run: the same scenario file, --variant, --set, --samples, --seed, --lhs and N in --shard K/N",
  }),
  E_STATE_DUPLICATE_SHARD: (p: { file: string; index: number; count: number; other: string }): Entry => ({
    message: `"${p.file}" is shard ${p.index}/${p.count} again (already given in "${p.other}")`,
    hint: "pass each shard's state file once",
  }),
  E_STATE_MISSING_SHARD: (p: { missing: string; count: number }): Entry => ({
    message: `shard${p.missing.includes(",") ? "s" : ""} ${p.missing} of ${p.count} ${p.missing.includes(",") ? "are" : "is"} missing`,
    hint: "run the missing shards (chainsim simulate … --shard K/N --state-out FILE) and pass every state file to merge",
  }),

  // ── industry chain: input-output links, shocks ───────────────────────
  E_LINK_FORM: (p: { found: string[] }): Entry => ({
    message:
      p.found.length === 0
        ? "links need input-output coefficients or a transactions table"
        : `links take one of coefficients or transactions, found ${p.found.join(" and ")}`,
    hint: "coefficients: { terminals: { ic: 0.08~0.15 } } (input per unit of the buyer's output), or sectors: [a, b], transactions: [[…], […]], output: [xa, xb]",
  }),
  E_LINK_UNKNOWN_SECTOR: (p: { name: string; suggestion?: string; listed?: boolean }): Entry => ({
    message: `unknown sector "${p.name}" in links${p.listed ? " (not in links.sectors)" : ""}${or(mean(p.suggestion), "; ")}`,
    hint: "links name sectors defined under sectors (and listed in links.sectors when it is given)",
  }),
  E_LINK_UNIT: (p: { id: string; unit: string; expected: string }): Entry => ({
    message: `"${p.id}" is an indicator in ${p.unit}; input-output links join sectors valued in ${p.expected}`,
    hint: "coefficients are money per money: link sectors (in the scenario's money unit), not indicators",
  }),
  E_LINK_NEGATIVE: (p: { row: string; column: string; text: string }): Entry => ({
    message: `the input from "${p.row}" to "${p.column}" is negative (${p.text})`,
    hint: "input-output entries are non-negative: write 0, or leave the entry out, where a sector buys nothing from another",
  }),
  E_LINK_COLUMN_SUM: (p: { column: string; sum: string; detail: Localised }): Entry => ({
    message: `the inputs of column "${p.column}" sum to ${p.sum} per unit of its output${p.detail}; inputs must total less than 1 (with value added, at most 1)`,
    hint: "a sector cannot buy inputs worth as much as its output: lower this column's coefficients (the rest of its output is value added and inputs from outside the system)",
  }),
  E_NOT_PRODUCTIVE: (p: { radius: string; column: string; sectors: string }): Entry => ({
    message: `the input-output system is not productive: the spectral radius of the coefficient matrix is ${p.radius}, not below 1 (Hawkins–Simon fails when column "${p.column}" joins ${p.sectors})`,
    hint: "the sectors would together need more of each other's output than they produce; lower the coefficients of sectors that buy from each other in a loop",
  }),
  E_MATRIX_SHAPE: (p: { what: Localised; found: Localised; expected: Localised }): Entry => ({
    message: `${p.what} is ${p.found}; with the sectors listed in links.sectors it must be ${p.expected}`,
    hint: "matrices list rows (inputs, selling sectors) in the order of links.sectors, each row with one entry per buying sector",
  }),
  E_NO_LINKS: (p: { file: string }): Entry => ({
    message: `"${p.file}" has no links block; chain analysis needs input-output coefficients`,
    hint: "add links: { coefficients: { BUYER: { INPUT: 0.08~0.15 } }, local_share: { INPUT: 20%~40% } } (README: chainsim chain)",
  }),
  E_SHOCK_SYNTAX: (p: { arg: string; reason: Localised }): Entry => ({
    message: `cannot read shock "${p.arg}": ${p.reason}`,
    hint: "write --shock SECTOR=-10% (a relative change of its final demand) or SECTOR=-600亿 (an absolute one); --supply-shock SECTOR=-20% changes its primary inputs (Ghosh model)",
  }),
  W_SENSITIVITY_INDEPENDENT: (p: { method: string; inputs: string }): Entry => ({
    message: `${p.method} draws its inputs independently: the file's correlations among ${p.inputs} are not applied`,
    hint: "the indices describe each input on its own; for each input's share of the variance with the correlations applied, use --method shapley (simulate, discover and solve --probability apply them too; for Morris, --group can treat correlated inputs as one)",
  }),
  W_LINK_LOCAL_SHARE: (p: { ids: string }): Entry => ({
    message: `links give no local_share for ${p.ids}: all their sales to the system are taken as local (100%)`,
    hint: "add local_share: { SECTOR: 20%~40% } for the share of purchases sourced inside the region",
  }),
  W_CHAIN_FINAL_DEMAND: (p: { id: string; value: string; year: number }): Entry => ({
    message: `derived final demand of "${p.id}" in ${p.year} is negative (${p.value}): local purchases from it exceed its projected output`,
    hint: "lower its local_share or the coefficients in its row, or check its projected output",
  }),
  W_CHAIN_SAMPLES_DROPPED: (p: { dropped: number; samples: number }): Entry => ({
    message: `${p.dropped} of ${p.samples} samples drew coefficients whose column sums reach 1 and were left out of the intervals`,
    hint: "bound the distributions of the coefficients (a range, triangular or PERT instead of normal)",
  }),
  W_GHOSH_OUTPUT: (p: { ids: string }): Entry => ({
    message: `no positive output for ${p.ids}: the supply-side (Ghosh) model leaves them out`,
  }),

  // ── robustness: limits, special files, includes (issue 22; docs/robustness.md) ──
  E_NOT_REGULAR_FILE: (p: { file: string; kind: Localised }): Entry => ({
    message: `cannot read "${p.file}": it is ${p.kind}, not a regular file`,
    hint: "give the path of a scenario file saved on disk",
  }),
  E_TOO_MANY_KEYS: (p: { count: number; max: number }): Entry => ({
    message: `a mapping or list with ${p.count} entries; at most ${p.max} are allowed`,
    hint: "split the scenario with includes (regions:), or check that this is really a scenario file",
  }),
  E_TOO_MANY_NODES: (p: { max: number }): Entry => ({
    message: `the file has more than ${p.max} keys and values`,
    hint: "split the scenario with includes (regions:), or check that this is really a scenario file",
  }),
  E_TOO_MANY_ENTRIES: (p: { max: number }): Entry => ({
    message: `more than ${p.max} entries (lines, list items, values in brackets) in the scenario and the files it includes; not read further`,
    hint: "a scenario states assumptions and goals, not data tables: keep long data elsewhere, or check that this is really a scenario file",
  }),
  E_ID_TOO_LONG: (p: { length: number; max: number }): Entry => ({
    message: `a key of ${p.length} characters; keys and ids may have at most ${p.max}`,
    hint: "use a short id and put the full name in name: { zh: …, en: … }",
  }),
  E_MORE_ERRORS: (p: { count: number }): Entry => ({
    message: `${p.count} more errors not shown`,
    hint: "fix the errors above and run again",
  }),
  W_ALLOW_OUTSIDE_IGNORED: (): Entry => ({
    message:
      "allow_outside_includes in the file is ignored: a scenario cannot grant itself access outside its folder",
    hint: "run with --allow-outside-includes if you trust the files it includes, and remove the key",
  }),
  E_REGION_OUTSIDE_INVALID: (p: { file: string; code: string; line: number; col: number }): Entry => ({
    message: `"${p.file}" (outside the scenario's folder) does not load: ${p.code} at line ${p.line}, column ${p.col}; its content is not shown`,
    hint: "open that file to see the problem, or run chainsim validate on it directly",
  }),
  W_FULLWIDTH_COMMA: (p: { count: number }): Entry => ({
    message: `${p.count} full-width comma${p.count === 1 ? "" : "s"} (，or 、) in a distribution's list read as ","`,
    hint: "type the list with ASCII commas: [8%, 12%, 17%]",
  }),
  W_WORKERS_CAPPED: (p: { asked: number; cores: number }): Entry => ({
    message: `--workers ${p.asked} is more than the ${p.cores} cores of this machine; using ${p.cores}`,
    hint: "more threads than cores only add memory and switching (the results do not depend on --workers)",
  }),
  E_RUN_TOO_LARGE: (p: { what: Localised; evaluations: string; memory: string; max: Localised }): Entry => ({
    message: `${p.what} needs about ${p.evaluations} model evaluations and ${p.memory} of memory, more than the ${p.max} allowed`,
    hint: "lower --samples (N); Sobol indices settle well before N = 100,000 for most models",
  }),
  W_LONG_RUN: (p: { what: Localised; evaluations: string; memory: string; time: string }): Entry => ({
    message: `${p.what}: about ${p.evaluations} model evaluations, ${p.memory} of memory and ${p.time}`,
    hint: "lower --samples for a quicker first look",
  }),
  E_OUTPUT_LOCKED: (p: { path: string; pid: number; lock: string }): Entry => ({
    message: `another chainsim run${p.pid ? ` (process ${p.pid})` : ""} is writing "${p.path}"`,
    hint: `wait for it to finish, or write elsewhere with -o; if no run is going, delete ${p.lock}`,
  }),
  E_REGION_LOOP: (p: { file: string; depth: number }): Entry => ({
    message: `region file "${p.file}" is included ${p.depth} levels deep (a folder that links to itself?)`,
    hint: "check the symbolic links under the scenario's folder",
  }),
  E_FORMULA_NEGATIVE: (p: { id: string; year: number; value: string; unit: string }): Entry => ({
    message: `formula of "${p.id}" gives ${p.value} ${p.unit} in ${p.year}: an amount cannot be negative`,
    hint: "check the formula's sign (a growth formula below -1 is a fall of more than 100%); if the quantity may really be negative (a net balance, a change), add may_be_negative: true to it",
  }),
  W_NEGATIVE_DRAWS: (p: {
    id: string;
    year: number;
    share: string;
    count: number;
    samples: number;
  }): Entry => ({
    message: `"${p.id}" is negative in ${p.share} of the samples in ${p.year} (${p.count} of ${p.samples})`,
    hint: "the statistics include these samples as drawn: narrow the distribution or bound the formula (max(…, 0)); if negative values are meant, add may_be_negative: true to the quantity",
  }),

  // ── chainsim init (issue 23) ──────────────────────────────────────────
  E_INIT_EXISTS: (p: { file: string }): Entry => ({
    message: `"${p.file}" already exists; chainsim init does not overwrite it`,
    hint: "choose another file name, or add --force to replace it",
  }),
} as const;

export type MessageCode = keyof typeof catalogue;
/** The parameters of a code's message, as its catalogue functions receive them (in one language). */
export type RawParams<C extends MessageCode> = Parameters<(typeof catalogue)[C]>[0] extends undefined
  ? Record<string, never>
  : Parameters<(typeof catalogue)[C]>[0];
/**
 * The parameters a caller gives: any text may be given in both languages
 * (`{ zh, en }`), e.g. a reason made below the CLI, and is printed in the
 * language chosen.
 */
export type MessageParams<C extends MessageCode> = {
  [K in keyof RawParams<C>]: RawParams<C>[K] extends string ? RawParams<C>[K] | Bilingual : RawParams<C>[K];
};

/**
 * The catalogue in each language: `catalogue` (English, the codes' reference
 * order) and `zhCatalogue` (src/messages/zh.ts), one entry per code in each
 * (test/i18n/messages.test.ts fails when a code lacks a language).
 */
export const catalogues = { en: catalogue, zh: zhCatalogue } as const;

/** Each `{ zh, en }` parameter as its text in `lang`. */
function paramsIn(params: unknown, lang: Lang): unknown {
  if (params === null || typeof params !== "object") return params;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(params)) out[k] = isBilingual(v) ? (v[lang] ?? v.en) : v;
  return out;
}

/**
 * The message and hint for a code in `lang` (English when the Chinese entry
 * is missing: never nothing).
 *
 * @example
 * message("E_EMPTY_FILE", {}, "zh").message // "情景文件是空的"
 * message("E_EMPTY_FILE", {}).message // "the scenario file is empty"
 */
export function message<C extends MessageCode>(code: C, params: MessageParams<C>, lang: Lang = "en"): Entry {
  const zh = lang === "zh" ? (zhCatalogue[code] as ((p: unknown) => Entry) | undefined) : undefined;
  const fn = zh ?? (catalogue[code] as (p: unknown) => Entry);
  return fn(paramsIn(params, lang));
}

/** Words longer than this get no "did you mean" (ids are short; a long word is not a typo of one). */
export const SUGGEST_MAX_LENGTH = 64;
/** At most this many candidates are compared. */
export const SUGGEST_MAX_CANDIDATES = 5000;

/**
 * The closest of `candidates` to `word`, if close enough to be a likely typo:
 * within a third of its length in edits (a swap of two letters counts as one),
 * or the start of a longer name (triangle → triangular). Bounded work: words
 * longer than SUGGEST_MAX_LENGTH and candidates past SUGGEST_MAX_CANDIDATES
 * are not compared, and each comparison stops once past the limit.
 *
 * @example
 * suggest("gpd", ["gdp", "software"]) // "gdp"
 */
export function suggest(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > SUGGEST_MAX_LENGTH) return undefined;
  const w = word.toLowerCase();
  const limit = Math.max(1, Math.floor(word.length / 3));
  const pool: string[] = [];
  for (const c of candidates) {
    if (pool.length >= SUGGEST_MAX_CANDIDATES) break;
    if (c.length <= SUGGEST_MAX_LENGTH) pool.push(c);
  }
  let best: string | undefined;
  let bestD = limit + 1;
  for (const c of pool) {
    const d = editDistance(w, c.toLowerCase(), bestD - 1);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  if (best !== undefined) return best;
  if (w.length >= 4) {
    for (const c of pool) {
      const l = c.toLowerCase();
      if (l.startsWith(w.slice(0, -1)) || w.startsWith(l)) return c;
    }
  }
  return undefined;
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and
 * adjacent swaps; any value above `max` is returned as `max + 1` (early exit).
 */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, prev2[j - 2]! + 1);
      row.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return Math.min(prev[b.length]!, max + 1);
}

const LIST_PARAMS = new Set(["allowed", "available", "found", "cycle", "known"]);

/** Every code with its message pattern and hint in `lang`, for the README's table. */
export function documentCodes(
  lang: Lang = "en",
): Array<{ code: MessageCode; message: string; hint: string }> {
  const params = new Proxy(
    {},
    { get: (_t, prop) => (LIST_PARAMS.has(String(prop)) ? [`‹${String(prop)}›`] : `‹${String(prop)}›`) },
  );
  return (Object.keys(catalogue) as MessageCode[]).map((code) => {
    const zh = lang === "zh" ? (zhCatalogue[code] as ((p: unknown) => Entry) | undefined) : undefined;
    const e = (zh ?? (catalogue[code] as (p: unknown) => Entry))(params);
    return { code, message: e.message, hint: e.hint ?? "" };
  });
}

const TABLE_HEADER: Record<Lang, string> = {
  en: "| code | message | what to do |",
  zh: "| 代码 | 信息 | 怎么办 |",
};

/** The README's error-code table in `lang` (kept in sync by a test). */
export function errorCodeTable(lang: Lang = "en"): string {
  const esc = (s: string) => s.replace(/\|/g, "\\|");
  return [
    TABLE_HEADER[lang],
    "|---|---|---|",
    ...documentCodes(lang).map((c) => `| \`${c.code}\` | ${esc(c.message)} | ${esc(c.hint)} |`),
  ].join("\n");
}
