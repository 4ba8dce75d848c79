/**
 * Text furniture that is not prose: wire datelines ("KYIV, Ukraine (AP) —"), liveblog time
 * stamps ("14:05 —") and all-caps headline lines. They are blanked with spaces so that every
 * offset into the prepared text is still an offset into the original article text.
 */

import { isLetter, isUpperLetter } from './chars';

export interface PreparedText {
  text: string;
  /** start offsets of paragraphs that opened with a time stamp (a liveblog entry of the day) */
  stamped: number[];
  /** the city of an upper-case wire dateline ("GENEVA —" gives "Geneva"), for "here" in the story */
  datelineCity?: string;
}

/** A wire's tag: a known agency, or any short capitalised name ("(IANS)", "(Sputnik)", "(Interfax-Ukraine)"). */
const AGENCY = "(?:AP|Reuters|AFP|dpa|UNIAN|Ukrinform|Interfax|Xinhua|Bloomberg|TASS|RIA Novosti|Anadolu|EFE|ANSA|PAP|[A-Z][A-Za-z.'’-]{1,20}(?: [A-Z][A-Za-z.'’-]{1,20}){0,2})";
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** CITY[, Country][, Month D][.] then an agency tag and/or a dash. */
const DATELINE = new RegExp(
  `^[ \\t]*[A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+){0,2}` +
    `(?:,[ \\t]*[A-Z][A-Za-z.]+(?:[ \\t][A-Z][a-z]+)?)?` +
    `(?:,?[ \\t]+${MONTH}[ \\t]+\\d{1,2})?\\.?[ \\t]*` +
    `(?:(?:\\(${AGENCY}\\)|/[A-Z][A-Za-z -]{1,20}/\\.?)[ \\t]*(?:[—–-]{1,2}[ \\t]*)?|[—–][ \\t]*|--[ \\t]*)`,
);
/** "Kyiv (AFP) -", "Kharkiv, Ukraine (Reuters) —", "Istanbul, July 26 (IANS)": a mixed-case city (and day) before an agency tag. */
const AGENCY_DATELINE = new RegExp(`^[ \\t]*[A-Z][a-z'’-]+(?:[ -][A-Z][a-z'’-]+){0,2}(?:,[ \\t]*[A-Z][a-z]+)?(?:,?[ \\t]+${MONTH}[ \\t]+\\d{1,2})?[ \\t]*\\(${AGENCY}\\)[ \\t]*(?:[—–-]{1,2}|:)[ \\t]*`);
/** "July 2 (Reuters) -": a date before an agency tag. */
const DATE_AGENCY_DATELINE = new RegExp(`^[ \\t]*${MONTH}[ \\t]+\\d{1,2}(?:,[ \\t]*\\d{4})?[ \\t]*\\(${AGENCY}\\)[ \\t]*(?:[—–-]{1,2}|:)[ \\t]*`);
/** "date 2024-01-09 A woman was killed ...": a page's date stamp before its first sentence. */
const ISO_STAMP = /^[ \t]*(?:date[ \t]*:?[ \t]+)?(?:19|20)\d\d-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?[ \t]+(?=[A-Z“"‘(])/;
/** A line holding only a time stamp ("16.05 BST", "Updated 09:30"): the next paragraph is a liveblog entry. */
const STAMP_LINE = /^[ \t]*(?:(?:Updated|Posted|Latest)[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]?(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|MSK|Kyiv time))?[ \t]*$/i;
const STAMP = /^[ \t]*(?:(?:Updated|Posted|Latest)[ \t]+)?\d{1,2}[:.]\d{2}(?:[ \t]?[ap]\.?m\.?)?(?:[ \t]?(?:GMT|UTC|BST|CET|CEST|EET|EEST|ET|EST|EDT|MSK|Kyiv time))?[ \t]*(?:[—–-]{1,2}|:|\|)[ \t]*/i;

function blank(s: string): string {
  return s.replace(/[^\n]/g, ' ');
}

/** An all-caps line of several words: a headline or a section banner. */
function isShouting(line: string): boolean {
  // UTF-16 lengths of the line's letters and upper-case letters (as if the others were removed)
  let letters = 0;
  let upper = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    if (isLetter(cp)) {
      letters += width;
      if (isUpperLetter(cp)) upper += width;
    }
    i += width;
  }
  if (letters < 12) return false;
  return upper / letters > 0.8 && /\s/.test(line.trim());
}

export function prepareText(text: string): PreparedText {
  const stamped: number[] = [];
  let datelineCity: string | undefined;
  if (!text) return { text, stamped };
  const lines = text.split('\n');
  let off = 0;
  // the prepared lines, joined at the end: a flat string is faster to scan than a chain of `+=`
  const out: string[] = [];
  let first = true;
  let prevBlank = true;
  let pendingStamp = false;
  for (let li = 0; li < lines.length; li++) {
    let line = lines[li]!;
    const startsParagraph = prevBlank;
    if (line.trim()) {
      if (STAMP_LINE.test(line)) {
        line = blank(line);
        pendingStamp = true;
        prevBlank = false;
        out.push(line);
        off += lines[li]!.length + 1;
        continue;
      }
      if (pendingStamp) {
        stamped.push(off);
        pendingStamp = false;
      }
      if (first) {
        const d = DATELINE.exec(line) ?? AGENCY_DATELINE.exec(line) ?? DATE_AGENCY_DATELINE.exec(line) ?? ISO_STAMP.exec(line);
        if (d && d[0].trim().length < 60) {
          const city = /^[ \t]*([A-Z][A-Z'’.-]{2,}(?:[ -][A-Z][A-Z'’.-]+){0,2})\b/.exec(d[0])?.[1];
          if (city) datelineCity = city.toLowerCase().replace(/(^|[ -])(\p{L})/gu, (_x, s: string, c: string) => s + c.toUpperCase());
          line = blank(d[0]) + line.slice(d[0].length);
        }
        first = false;
      }
      if (startsParagraph || li === 0) {
        const st = STAMP.exec(line);
        if (st) {
          line = blank(st[0]) + line.slice(st[0].length);
          stamped.push(off);
        }
      }
      if (line.length < 200 && isShouting(line)) line = blank(line);
    }
    prevBlank = !lines[li]!.trim();
    out.push(line);
    off += lines[li]!.length + 1;
  }
  const prepared = out.join('\n');
  return datelineCity ? { text: prepared, stamped, datelineCity } : { text: prepared, stamped };
}
