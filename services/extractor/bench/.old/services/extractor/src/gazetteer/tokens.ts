/** Word tokens with offsets; shared by the gazetteer index and the extractor so both split alike. */
export interface Token {
  /** the token as written, possessive suffix removed */
  text: string;
  /** lower-cased text */
  lower: string;
  start: number;
  /** end offset of the token including any possessive suffix */
  end: number;
  possessive: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:[.'’\-][\p{L}\p{N}]+)*/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let t = m[0];
    let possessive = false;
    if (t.length > 2 && (t.endsWith("'s") || t.endsWith('’s'))) {
      t = t.slice(0, -2);
      possessive = true;
    } else if (text[m.index + t.length] === '’' || text[m.index + t.length] === "'") {
      // plural possessive: "Ukrainians' families"
      if (/s$/.test(t) && !/[\p{L}]/u.test(text[m.index + t.length + 1] ?? '')) possessive = true;
    }
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + m[0].length, possessive });
  }
  return out;
}
