/**
 * Why a file cannot be read or written (E_FILE_READ's and E_OUTPUT's reason),
 * in both languages, by the operating system's error code.
 */
import type { Bilingual } from "../lang.js";

const BY_CODE: Record<string, Bilingual> = {
  EACCES: {
    zh: "没有权限（文件夹为只读，或属于其他用户）",
    en: "permission denied (the folder is read-only or belongs to someone else)",
  },
  EROFS: { zh: "文件系统为只读", en: "the file system is read-only" },
  ENOSPC: { zh: "磁盘已满", en: "the disk is full" },
  EDQUOT: { zh: "磁盘配额已用完", en: "the disk quota is used up" },
  ENOTDIR: { zh: "路径中有一部分是文件而不是文件夹", en: "a part of the path is a file, not a folder" },
  ENOENT: { zh: "文件夹不存在", en: "the folder does not exist" },
  EISDIR: { zh: "有一个同名文件夹挡住了", en: "a folder is in the way" },
  ENAMETOOLONG: { zh: "路径过长", en: "the path is too long" },
};
BY_CODE.EPERM = BY_CODE.EACCES!;

export const FILE_REASON = {
  isFolder: { zh: "这是一个文件夹", en: "it is a folder" },
  isFolderNotFile: { zh: "这是一个文件夹，不是文件", en: "it is a folder, not a file" },
  symlinkLoop: { zh: "符号链接层数过多", en: "too many levels of symbolic links" },
  linksLoop: { zh: "符号链接构成循环", en: "symbolic links loop" },
  fileNotFolder: { zh: "这是一个文件，不是文件夹", en: "it is a file, not a folder" },
  parentMissing: (dir: string): Bilingual => ({
    zh: `文件夹"${dir}"不存在`,
    en: `the folder "${dir}" does not exist`,
  }),
  parentIsFile: (dir: string): Bilingual => ({
    zh: `"${dir}"是文件，不是文件夹`,
    en: `"${dir}" is a file, not a folder`,
  }),
  /** Writing: the code's reason, else the system's own words (English) with a Chinese lead. */
  write: (code: string | undefined, message: string): Bilingual =>
    (code && BY_CODE[code]) || { zh: `系统错误 ${code ?? ""}`.trim(), en: message },
  /** Reading: the code's reason where it has one, else the code itself. */
  read: (code: string | undefined, message: string): Bilingual =>
    (code && code !== "ENOENT" && BY_CODE[code]) || {
      zh: code ? `系统错误 ${code}` : "系统错误",
      en: code ?? message,
    },
} as const;
