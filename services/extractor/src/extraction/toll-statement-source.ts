import type { Article } from './analyze';
import { nameFromPhrase } from './attribution';
import { partyRef } from './entities';
import type { TollHit } from './tolls';

/**
 * A sentence that names the source of the figures beside it and tells no figure itself: "This
 * is stated in the monthly report of the UN Human Rights Monitoring Mission", "This was
 * reported by the Coordination Headquarters", "The relevant statement was made by the Ministry
 * of Defence of the United Kingdom". Its source is the source of the unattributed figures of the
 * sentence just before it (for "This ...") or of the next two sentences (for a statement, or "X
 * has published its monthly report", told first). A sentence that tells a figure of its own names
 * no one else's source. Pure: fills `reportedBy` in place.
 */
const THIS_STATED = /^\s*(?:This|These (?:figures|data|numbers))\s+(?:is|was|were|has been|have been)\s+(?:stated|reported|announced|said|published|given|provided|posted)\s+(?:(?:in|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}(?:report|update|statement|bulletin|briefing|review)\s+(?:of|by|from)|by)\s+(.+?)\s*\.?\s*$/iu;
const STATEMENT_MADE = /^\s*The (?:relevant |corresponding )?(?:statement|information|data|figures?|report)\s+(?:is|was|were|has been)\s+(?:made|released|published|given|provided|posted|issued)\s+by\s+(.+?)(?:\s+(?:on|in|at|via)\s+(?:the\s+)?(?:social media|its website|[A-Z]\w*|Telegram|X|Facebook)\b.*)?\s*\.?\s*$/u;

/** "The UN Human Rights Monitoring Mission in Ukraine (HRMMU) has published an updated report on ...": who published the figures that follow. */
const PUBLISHED_REPORT = /^\s*(.+?)\s+(?:has |have |had )?(?:published|released|issued|presented|unveiled)\s+(?:its|an|a|the|their)\s+(?:[\p{L}-]+\s+){0,3}(?:report|update|bulletin|review|assessment)\b/iu;

export function creditStatementSource(a: Article, tolls: TollHit[]): void {
  const sourceOf = (i: number, re: RegExp): { name: string; party: string | null } | null => {
    const si = a.sentences[i];
    if (!si || tolls.some((h) => h.sentence === i)) return null;
    const m = re.exec(si.text);
    if (!m) return null;
    const at = si.text.indexOf(m[1]!, m.index);
    // (the name ends at a comma: "the Ministry of Defence, referring to ...", "Meduza and Mediazona, based on ...")
    const phrase = m[1]!.split(/,\s/)[0]!;
    const r = nameFromPhrase(phrase, at, si.mentions);
    if (r.kind !== 'org' && r.kind !== 'person') return null;
    if (!r.name) return null;
    const side = si.mentions.filter((x) => x.start >= at).map((x) => partyRef(x)).find((p) => p !== null);
    return { name: r.name, party: side?.party ?? null };
  };
  for (const t of tolls) {
    if (t.claim.reportedBy !== null || t.unnamedSource) continue;
    const src =
      sourceOf(t.sentence + 1, THIS_STATED) ??
      sourceOf(t.sentence - 1, STATEMENT_MADE) ??
      sourceOf(t.sentence - 2, STATEMENT_MADE) ??
      sourceOf(t.sentence - 1, PUBLISHED_REPORT) ??
      sourceOf(t.sentence - 2, PUBLISHED_REPORT);
    if (!src) continue;
    t.claim.reportedBy = src.name;
    t.claim.reporterCountry = src.party;
    t.signals.attributed = true;
  }
}
