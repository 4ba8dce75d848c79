/**
 * Entity and character-reference decoding for tolerant XML reading. Never expands
 * anything recursively: declared entities are replaced by their (already plain) text.
 */
import { decodeHTML } from 'entities';
import type { Repairs } from './repairs';

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** windows-1252 meaning of the C1 range, which many feeds use in numeric references. */
const CP1252_C1: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

/** Is this code point allowed in an XML 1.0 document? */
export function isXmlChar(cp: number): boolean {
  return (
    cp === 0x9 || cp === 0xa || cp === 0xd ||
    (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff)
  );
}

function charRef(body: string, repairs: Repairs): string {
  const hex = body[1] === 'x' || body[1] === 'X';
  const digits = body.slice(hex ? 2 : 1);
  const cp = Number.parseInt(digits, hex ? 16 : 10);
  if (!Number.isFinite(cp)) return '';
  const c1 = CP1252_C1[cp];
  // Well-formed, but meant as windows-1252 (browsers read them so): mapped, not a repair.
  if (c1 !== undefined) return String.fromCodePoint(c1);
  if (!isXmlChar(cp)) {
    repairs.add('invalid character reference dropped');
    return '';
  }
  return String.fromCodePoint(cp);
}

export interface EntityContext {
  /** Internal general entities declared in the DOCTYPE, already reduced to text. */
  declared: ReadonlyMap<string, string>;
  repairs: Repairs;
  /** Remaining characters that declared entities may add (expansion budget). */
  budget: { left: number };
}

const REF = /&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z_:][A-Za-z0-9_.:\-]*)?(;?)/g;

/** Decode references in a run of XML text or an attribute value. */
export function decodeReferences(raw: string, ctx: EntityContext): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(REF, (whole: string, name: string | undefined, semi: string) => {
    if (!name || semi !== ';') {
      ctx.repairs.add("bare '&' treated as text");
      return whole;
    }
    if (name.startsWith('#')) return charRef(name, ctx.repairs);
    const pre = PREDEFINED[name];
    if (pre !== undefined) return pre;
    const declared = ctx.declared.get(name);
    if (declared !== undefined) {
      ctx.budget.left -= declared.length;
      if (ctx.budget.left < 0) throw new EntityBudgetExceeded();
      return declared;
    }
    const html = decodeHTML(whole);
    if (html !== whole) {
      ctx.repairs.add(`HTML entity &${name}; decoded`);
      return html;
    }
    ctx.repairs.add(`unknown entity &${name}; kept as text`);
    return whole;
  });
}

export class EntityBudgetExceeded extends Error {
  constructor() {
    super('entity expansion exceeds the budget');
    this.name = 'EntityBudgetExceeded';
  }
}
