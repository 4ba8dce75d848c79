/**
 * A tolerant, non-validating XML reader that builds an {@link XmlElement} tree.
 * Safe by construction: it knows only the five predefined entities, character
 * references, HTML named entities, and plain internal entities from the DOCTYPE (see
 * xml-doctype.ts); it never fetches or expands anything recursively.
 * Well-formedness errors whose meaning is clear are repaired and listed.
 */
import { CONVENTIONAL_PREFIXES, NS } from './namespaces';
import { decodeReferences, EntityBudgetExceeded, type EntityContext } from './entities';
import { readDoctype } from './xml-doctype';
import { Repairs } from './repairs';
import { FeedParseError } from './types';
import type { XmlAttr, XmlElement, XmlText } from './xml-dom';

export interface XmlDocument {
  root: XmlElement;
  /** Root element name a DOCTYPE declared, if any. */
  doctypeName: string | null;
  repairs: Repairs;
}

const MAX_DEPTH = 512;
const EXPANSION_BUDGET = 1_000_000;

/** HTML void elements often left unclosed inside RSS descriptions (not `source`: RSS and Atom use it). */
const HTML_VOID = new Set(['br', 'img', 'hr', 'input', 'wbr', 'area', 'col', 'embed', 'param']);

// eslint-disable-next-line no-control-regex
const BAD_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex
const BAD_CHARS_ALL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const NAME = /[A-Za-z_:\u00C0-\uFFFF][^\s/>=<"']*/y;
const ATTR = /\s*([^\s/>=<"']+)(\s*=\s*("([^"]*)"|'([^']*)'|([^\s>"']+)))?/y;

interface Raw {
  name: string;
  attrs: { name: string; value: string }[];
}

/** Parse `input` into a tree. Throws FeedParseError for unsafe or hopeless input. */
export function parseXml(input: string, repairs = new Repairs()): XmlDocument {
  let s = input;
  if (BAD_CHARS.test(s)) {
    repairs.add('control characters removed');
    s = s.replace(BAD_CHARS_ALL, '');
  }
  const declared = new Map<string, string>();
  const ctx: EntityContext = { declared, repairs, budget: { left: EXPANSION_BUDGET } };
  let doctypeName: string | null = null;
  let root: XmlElement | null = null;
  let rootClosed = false;
  const stack: XmlElement[] = [];
  const nsStack: Map<string, string>[] = [new Map([['xml', NS.xml]])];

  const decode = (raw: string): string => {
    try {
      return decodeReferences(raw, ctx);
    } catch (e) {
      if (e instanceof EntityBudgetExceeded) {
        throw new FeedParseError('xml_unsafe', 'entity expansion exceeds the size budget');
      }
      throw e;
    }
  };

  const appendText = (value: string): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      if (value.trim() !== '') repairs.add('text outside the root element ignored');
      return;
    }
    const last = top.children[top.children.length - 1];
    if (last && last.type === 'text') last.value += value;
    else top.children.push({ type: 'text', value } satisfies XmlText);
  };

  const resolve = (prefix: string, scope: Map<string, string>, forAttr: boolean): string => {
    if (prefix === '' && forAttr) return '';
    const uri = scope.get(prefix);
    if (uri !== undefined) return uri;
    if (prefix === '') return '';
    const conventional = CONVENTIONAL_PREFIXES[prefix];
    repairs.add(`undeclared namespace prefix '${prefix}'`);
    return conventional ?? `urn:undeclared:${prefix}`;
  };

  const open = (raw: Raw, selfClosing: boolean): void => {
    if (rootClosed) {
      repairs.add('content after the root element ignored');
      return;
    }
    if (stack.length >= MAX_DEPTH) throw new FeedParseError('xml_unsafe', `elements nested deeper than ${MAX_DEPTH} levels`);
    const parentScope = nsStack[nsStack.length - 1]!;
    let scope = parentScope;
    for (const a of raw.attrs) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) {
        if (scope === parentScope) scope = new Map(parentScope);
        scope.set(a.name === 'xmlns' ? '' : a.name.slice(6), a.value.trim());
      }
    }
    const [prefix, local] = splitName(raw.name);
    const seen = new Set<string>();
    const attrs: XmlAttr[] = [];
    for (const a of raw.attrs) {
      if (seen.has(a.name)) {
        repairs.add('duplicate attribute ignored');
        continue;
      }
      seen.add(a.name);
      const [ap, al] = splitName(a.name);
      const ns = a.name === 'xmlns' || ap === 'xmlns' ? NS.xmlns : resolve(ap, scope, true);
      attrs.push({ name: a.name, local: al, ns, value: a.value });
    }
    const parent = stack[stack.length - 1] ?? null;
    const el: XmlElement = { type: 'element', name: raw.name, local, ns: resolve(prefix, scope, false), attrs, children: [], parent };
    if (parent) parent.children.push(el);
    else if (!root) root = el;
    if (selfClosing) {
      if (!parent) rootClosed = true;
      return;
    }
    stack.push(el);
    nsStack.push(scope);
  };

  const close = (name: string): void => {
    let idx = -1;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.name === name) { idx = k; break; }
    if (idx < 0) {
      for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.name.toLowerCase() === name.toLowerCase()) { idx = k; break; }
      if (idx >= 0) repairs.add('end tag in a different case matched');
    }
    if (idx < 0) {
      repairs.add(`stray end tag </${name}> ignored`);
      return;
    }
    if (idx < stack.length - 1) repairs.add('unclosed element closed by an outer end tag');
    stack.length = idx;
    nsStack.length = idx + 1;
    if (idx === 0) rootClosed = true;
  };

  let i = 0;
  const n = s.length;
  while (i < n) {
    const lt = s.indexOf('<', i);
    if (lt < 0) {
      appendText(decode(s.slice(i)));
      break;
    }
    if (lt > i) appendText(decode(s.slice(i, lt)));
    i = lt;

    if (s.startsWith('<!--', i)) {
      const e = s.indexOf('-->', i + 4);
      if (e < 0) {
        repairs.add('unterminated comment');
        break;
      }
      i = e + 3;
    } else if (s.startsWith('<![CDATA[', i)) {
      const e = s.indexOf(']]>', i + 9);
      if (e < 0) {
        repairs.add('unterminated CDATA section');
        appendText(s.slice(i + 9));
        break;
      }
      appendText(s.slice(i + 9, e));
      i = e + 3;
    } else if (s.startsWith('<!', i) && /^<!doctype/i.test(s.slice(i, i + 9))) {
      const d = readDoctype(s, i, repairs);
      if (root) repairs.add('DOCTYPE inside the document ignored');
      else {
        doctypeName = d.rootName;
        for (const [k, v] of d.entities) declared.set(k, v);
      }
      i = d.end;
    } else if (s.startsWith('<!', i)) {
      const e = s.indexOf('>', i + 2);
      repairs.add('unknown markup declaration ignored');
      if (e < 0) break;
      i = e + 1;
    } else if (s.startsWith('<?', i)) {
      const e = s.indexOf('?>', i + 2);
      if (e < 0) {
        repairs.add('unterminated processing instruction');
        break;
      }
      i = e + 2;
    } else if (s[i + 1] === '/') {
      const e = s.indexOf('>', i + 2);
      if (e < 0) {
        repairs.add('unterminated end tag');
        break;
      }
      const name = s.slice(i + 2, e).trim();
      if (name === '') repairs.add('empty end tag ignored');
      else close(name);
      i = e + 1;
    } else {
      NAME.lastIndex = i + 1;
      const nm = NAME.exec(s);
      if (!nm) {
        repairs.add("bare '<' treated as text");
        appendText('<');
        i += 1;
        continue;
      }
      const raw: Raw = { name: nm[0], attrs: [] };
      let j = NAME.lastIndex;
      let selfClosing = false;
      let terminated = false;
      while (j < n) {
        ATTR.lastIndex = j;
        const am = ATTR.exec(s);
        if (am && am.index === j && am[0].length > 0) {
          const quoted = am[4] ?? am[5];
          const unquoted = am[6];
          if (am[2] === undefined) repairs.add('attribute without a value');
          else if (unquoted !== undefined) repairs.add('unquoted attribute value');
          const value = quoted ?? unquoted ?? am[1]!;
          if (value.includes('<')) repairs.add("'<' in attribute value");
          raw.attrs.push({ name: am[1]!, value: decode(value).replace(/[\t\n\r]/g, ' ') });
          j = ATTR.lastIndex;
          continue;
        }
        while (j < n && /\s/.test(s[j]!)) j++;
        if (s.startsWith('/>', j)) {
          selfClosing = true;
          j += 2;
          terminated = true;
          break;
        }
        if (s[j] === '>') {
          j += 1;
          terminated = true;
          break;
        }
        if (s[j] === '<') break;
        repairs.add('junk in start tag skipped');
        j++;
      }
      if (!terminated) repairs.add('unterminated start tag');
      const [, local] = splitName(raw.name);
      if (!selfClosing && HTML_VOID.has(local.toLowerCase()) && stack.length > 0) {
        const endTag = `</${raw.name}>`;
        if (s.startsWith(endTag, j)) j += endTag.length;
        else repairs.add(`HTML void element <${raw.name}> closed`);
        selfClosing = true;
      }
      open(raw, selfClosing);
      i = j;
    }
  }

  if (!root) throw new FeedParseError('malformed', 'no XML root element found');
  if (stack.length > 0) repairs.add('document ended before all elements were closed');
  return { root, doctypeName, repairs };
}

function splitName(name: string): [string, string] {
  const c = name.indexOf(':');
  return c < 0 ? ['', name] : [name.slice(0, c), name.slice(c + 1)];
}
