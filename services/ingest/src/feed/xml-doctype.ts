/**
 * DOCTYPE handling with a fixed safety policy. Nothing is ever fetched.
 * - external parameter entities (`<!ENTITY % x SYSTEM ...>`) and parameter references: ignored;
 * - external general entities (XXE): the document is refused (`xml_unsafe`);
 * - internal general entities whose text refers to other entities (the billion-laughs
 *   shape): refused; plain internal entities are kept and expanded once, within a budget.
 */
import { FeedParseError } from './types';
import type { Repairs } from './repairs';

export interface DoctypeResult {
  /** Index just past the closing `>` of the DOCTYPE. */
  end: number;
  /** Root element name the DOCTYPE names (e.g. `rss`, `html`). */
  rootName: string;
  entities: Map<string, string>;
}

const MAX_SUBSET = 1_000_000;
const MAX_ENTITIES = 1000;
const MAX_ENTITY_VALUE = 10_000;

function skipQuoted(s: string, i: number): number {
  const q = s[i];
  const end = s.indexOf(q ?? '"', i + 1);
  return end < 0 ? s.length : end + 1;
}

/** Parse the DOCTYPE starting at `start` (pointing at `<!DOCTYPE`). */
export function readDoctype(s: string, start: number, repairs: Repairs): DoctypeResult {
  let i = start + '<!DOCTYPE'.length;
  const nameMatch = /\s*([^\s\[>]+)/y;
  nameMatch.lastIndex = i;
  const nm = nameMatch.exec(s);
  const rootName = nm?.[1] ?? '';
  if (nm) i = nameMatch.lastIndex;
  const entities = new Map<string, string>();

  while (i < s.length) {
    const c = s[i];
    if (c === '"' || c === "'") {
      i = skipQuoted(s, i);
    } else if (c === '[') {
      i = readInternalSubset(s, i + 1, entities, repairs);
    } else if (c === '>') {
      return { end: i + 1, rootName, entities };
    } else {
      i++;
    }
  }
  throw new FeedParseError('malformed', 'unterminated DOCTYPE declaration');
}

function readInternalSubset(s: string, start: number, entities: Map<string, string>, repairs: Repairs): number {
  let i = start;
  let count = 0;
  while (i < s.length) {
    if (i - start > MAX_SUBSET) throw new FeedParseError('xml_unsafe', 'DOCTYPE internal subset is too large');
    const c = s[i];
    if (c === ']') return i + 1;
    if (s.startsWith('<!--', i)) {
      const e = s.indexOf('-->', i + 4);
      i = e < 0 ? s.length : e + 3;
    } else if (s.startsWith('<?', i)) {
      const e = s.indexOf('?>', i + 2);
      i = e < 0 ? s.length : e + 2;
    } else if (s.startsWith('<!', i)) {
      const end = declarationEnd(s, i + 2);
      const decl = s.slice(i, end);
      if (/^<!ENTITY\s/.test(decl)) {
        if (++count > MAX_ENTITIES) throw new FeedParseError('xml_unsafe', 'DOCTYPE declares too many entities');
        readEntityDecl(decl, entities, repairs);
      }
      i = end;
    } else if (c === '%') {
      const e = s.indexOf(';', i);
      // A parameter-entity reference: an external DTD a non-validating reader need not read.
      i = e < 0 ? s.length : e + 1;
    } else {
      i++;
    }
  }
  throw new FeedParseError('malformed', 'unterminated DOCTYPE internal subset');
}

/** Index just past the `>` that ends a markup declaration, skipping quoted literals. */
function declarationEnd(s: string, i: number): number {
  while (i < s.length) {
    const c = s[i];
    if (c === '"' || c === "'") i = skipQuoted(s, i);
    else if (c === '>') return i + 1;
    else i++;
  }
  return s.length;
}

const ENTITY_DECL = /^<!ENTITY\s+(%\s+)?([^\s]+)\s+(?:(SYSTEM|PUBLIC)\b|("([^"]*)"|'([^']*)'))/;

function readEntityDecl(decl: string, entities: Map<string, string>, repairs: Repairs): void {
  const m = ENTITY_DECL.exec(decl);
  if (!m) {
    repairs.add('unreadable DOCTYPE entity declaration ignored');
    return;
  }
  const [, percent, name = '', external] = m;
  const value = m[5] ?? m[6] ?? '';
  if (percent) {
    // Parameter entities only matter to validation: ignored, never fetched.
    return;
  }
  if (external) {
    throw new FeedParseError(
      'xml_unsafe',
      `DOCTYPE declares external entity '${name}' (${external}); external entities are refused`,
    );
  }
  if (/&[A-Za-z_:]|%[A-Za-z_:]/.test(value)) {
    throw new FeedParseError(
      'xml_unsafe',
      `DOCTYPE entity '${name}' refers to other entities (entity expansion is refused)`,
    );
  }
  if (value.length > MAX_ENTITY_VALUE) {
    throw new FeedParseError('xml_unsafe', `DOCTYPE entity '${name}' is too large`);
  }
  const text = value.replace(/&#(x[0-9a-fA-F]+|[0-9]+);/g, (_w, n: string) => {
    const cp = n.startsWith('x') ? Number.parseInt(n.slice(1), 16) : Number.parseInt(n, 10);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '';
  });
  if (!entities.has(name)) entities.set(name, text);
}
