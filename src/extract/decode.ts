/**
 * Bytes → text: UTF-8 (with or without a byte-order mark), GB18030 (which
 * includes GBK and GB2312) or Big5. UTF-8 is tried first and strictly; a file
 * that is not valid UTF-8 is read as GB18030 or Big5, whichever decodes it into
 * text that looks like Chinese (a share of common characters). Binary and empty
 * files, and bytes that read as neither, are refused with a clear message.
 */
import { fail } from "../diagnostics.js";

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "gb18030" | "big5";
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
  // GB18030 decodes almost any byte string, Big5 ones included: keep the reading that looks like Chinese
  const gb = tryDecode("gb18030", bytes);
  const big5 = tryDecode("big5", bytes);
  const gbScore = gb !== undefined && mostlyText(gb) ? chineseScore(gb) : -1;
  const big5Score = big5 !== undefined && mostlyText(big5) ? chineseScore(big5) : -1;
  if (gbScore >= MIN_SCORE && gbScore >= big5Score) return { text: gb!, encoding: "gb18030" };
  if (big5Score >= MIN_SCORE) return { text: big5!, encoding: "big5" };
  return fail("E_EXTRACT_ENCODING", { file });
}

/**
 * Characters frequent in policy texts, in both scripts (的 年 发/發 展 产/產 业/業 …). A real
 * Chinese text has a large share of them among its CJK characters; bytes of one
 * encoding read as another give rare characters (い狥〆 闽е计竒).
 */
const COMMON = new Set(
  "的一是在不了有和人中大为為上个個国國以要到时時来來用们們生作地于於出就分对對成会會可主发發年动動同工也能下过過子产產种種面而方后後多定行学學法所民得经經十三之进進着等部度家电電力里如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反明看原又利比或但质質气氣第向道命此变變条條只没結结解问問意建月公无無系军軍很情者最立代想已通并提直题題党黨程展五果料象员員位入常文总總次品式活设設及管特件长長求基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別手角期根论論运運农農指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處队隊南给給色光门門即保治北造百规規热熱领領七海口东東导導器压壓志世金增争爭济濟阶階油思术術极極交受联聯什认認六共权權收证證改清己美再采转轉更单單风風切打白教速花带帶安场場身车車例真务務具万萬每目至达達走积積示议議声聲报報斗完类類八离離华華名确確才科张張信马馬节節话話米整空元况況今集温传傳土许許步群广廣石记記需段研界拉林律叫且究观觀越织織装裝影算低持音众眾书書布复復容儿兒须須际際商非验驗连連断斷深难難近矿礦千周委素技备備半办辦青省列习習响響约約支般史感劳勞便团團往酸历歷市克何除消构構府称稱太准精值号號率族维維划劃选選标標写寫存候毛亲親快效斯院查江型眼王按格养養易置派层層片始却专專状狀育厂廠京识識适適属屬圆圓包火住调調满滿县縣局照参參红紅细細引听聽该該铁鐵价價严嚴",
);
const MIN_SCORE = 0.25;

/** The share of CJK characters that are common ones (0 for a text with no CJK). */
function chineseScore(s: string): number {
  let cjk = 0;
  let common = 0;
  for (const c of s) {
    const code = c.codePointAt(0)!;
    if (code < 0x4e00 || code > 0x9fff) continue;
    cjk++;
    if (COMMON.has(c)) common++;
  }
  return cjk === 0 ? 1 : common / cjk;
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
