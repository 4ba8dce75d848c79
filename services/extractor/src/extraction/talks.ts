import type { Article, SentInfo } from './analyze';
import { inAttribution } from './analyze';
import { formatDate, type DateParts } from './dates';
import { partyRef, personRef, placeOf, type Mention } from './entities';
import { agreedNotDone } from './agreed-exchange';
import { hostsByVerb } from './host-roles';
import { equalSwapEach } from './swap-ratio';
import { releasedByEachSide } from './released-each';
import { sidesOf } from '../gazetteer/sides';
import type { Gazetteer } from '../gazetteer/compile';
import { BROKER_AT_TABLE, partyCompounds, TALKS_AS_TOPIC } from './party-compounds';
import { timelineHeading, type TimelineHeading } from './talks-heading';
import { distributeByOrdinal } from './talks-ordinals';
import { withoutRelativeMeeting } from './talks-aside';
import { splitRoundBefore } from './talks-day-after';
import { newTalksFrame } from './talks-frame';
import { formatSides } from './talks-format';
import { venueParty, withoutVenueHost } from './talks-party-set';
import { splitSeparateMeetings } from './talks-separately';
import { mergeRepeats } from './talks-repeats';
import { listedDays, listedMonths, ordinalsOfListed, nearestMeetingDate, soonAfter, tellsWhenHeld, toldAsComing } from './talks-date';
import { cueGroup, hasCue, type Cues } from './cues';
import { SEPARATE_TIME, blankTradedBlows } from './lexicon';
import type { Outcome, TalksClaim } from './types';

export interface TalksFrame {
  claim: TalksClaim;
  first: number;
  last: number;
  negotiators: string[];
  leaders: string[];
  hosts: Set<string>;
  /** hosts told by a verb or a compound ("will host", "UAE-hosted"): not parties unless the frame needs them as a side */
  softHosts?: Set<string>;
  /** sides named in the sentence that opened the frame, not as hosts there */
  firmSides?: Set<string>;
  /** parties at the table only through a leader named where the meeting opened (sides unless they host the war's two sides) */
  leaderSides?: Set<string>;
  dateParts: DateParts | null;
  dateFromStatement: boolean;
  signals: number;
  /** opened by a phone call: kept only if the call produced an outcome */
  call?: boolean;
  /** "held separate talks": a side meeting, not the series a later "previous round" refers to */
  aside?: boolean;
  /** people a side took back, told before any exchange was named */
  releasedSeen?: Record<string, number>;
}

const EVENT = /\b(?:talks|negotiations?|consultations|meeting|meetings|met|meet|meets|summit|rounds?|session|discussions(?=[^.;]{0,60}\bheld with\b)|exchanged|exchange|swap(?:ped)?|traded|agreed|agreement|held talks|to brief|s[ai]t down|sitting down|gathered|convened?|reconvene[ds]?|huddled|(?:led|headed) (?:the|a|an|their|his|her) (?:[\w-]+ ){0,2}delegations?)\b/i;
/** A visit in person: "is expected in Moscow", "is due in Kyiv", "will travel to Ankara", "visited Beijing". */
/** A meeting neither side would confirm: "declined to comment when asked if ... would meet". */
const UNCONFIRMED = /\b(?:declined|refused|would not|did not|could not)\s+(?:to\s+)?(?:comment|confirm|say)\b/i;
/** A party told as the talks' host or go-between: "Turkey's role as host and facilitator", "Qatar acted as mediator". */
const ROLE_AS_HOST = /^[\p{L} .-]{0,30}?(?:[’']s\s+role\s+as|\s+(?:acted|acts|served|serves|acting|serving)\s+as)\s+(?:a\s+|the\s+)?(?:host|facilitator|mediator|go-between|intermediary)\b/iu;
/** A readiness to talk or a backdrop of meetings: no one meeting told. */
const NO_MEETING_TOLD = /\b(?:is|are|was|were|remains?|stands?)\s+(?:still\s+)?(?:ready|willing|open|prepared)\s+(?:for|to)\s+(?:(?:hold|resume|start|begin|continue)\s+)?(?:direct\s+|peace\s+)?(?:talks|negotiations|dialogue)\b|\bamid\s+(?:a\s+)?(?:flurry|series|wave|round|spate)\s+of\s+(?:[\w-]+\s+)?(?:meetings|talks|contacts|diplomacy)\b/i;
const VISIT = /\b(?:is|are|was|were) (?:expected|due) (?:in|at)\b|\bspent (?:(?:nearly|almost|about|some|more than|over|around)\s+)?(?:[\w-]+\s+)?(?:hours?|minutes) (?:with|in talks with)\b|\b(?:will|to) (?:travel|fly|go|head) to\b|\b(?:visit(?:ed|s|ing)?|arrived in|arrives in|flew to|flown to|travel(?:l)?ed to)\b/i;
/** A phone call is a talks claim only when it yields an agreement. */
const MEETING_AHEAD = /\b(?:before|ahead of|after|following)\s+(?:the|a|their|Friday's|Monday's|Tuesday's|Wednesday's|Thursday's|Saturday's|Sunday's)\s+(?:[\w'-]+\s+){0,3}(?:meeting|summit|talks)\b/gi;
/** A call as the thing held: "will hold a new telephone call with", "had a phone conversation with". */
const CALL_HELD = /\b(?:hold|holds|held|holding|have|has|had|having)\s+(?:(?:a|an|separate|two|their)\s+)?(?:new\s+|second\s+|third\s+|further\s+|another\s+|lengthy\s+|long\s+|brief\s+|separate\s+)?(?:(?:tele)?phone|video)\s+(?:calls?|conversations?|talks)\s+with\b/i;
const CALL = /\b(?:spoke|speak|talked) (?:by (?:tele)?phone|on the (?:tele)?phone|over the phone)\b|\b(?:phone|telephone|video) (?:calls?|conversations?|talks)\b|\b(?:during|in|on) (?:a|an|the|their) (?:[\w-]+ )?call (?:with|between)\b/i;
/**
 * A timeline entry that opens with its own date ("MARCH 11 -", "11 March:", "- 4–5 February, Geneva —"):
 * a new occasion.
 */
const MONTH_WORD = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const DAYS = '\\d{1,2}(?:[-–]\\d{1,2})?';
const DATED_ENTRY = new RegExp(
  `^\\s*(?:[-–•*▪]\\s+)?(?:${MONTH_WORD}\\s+${DAYS}|${DAYS}\\s+${MONTH_WORD})(?:,?\\s+\\d{4})?\\s*(?:,\\s*[A-Z][\\p{L} -]{1,30}?\\s*)?[-–—:]\\s`,
  'iu',
);
/** A timeline entry that names a meeting: "- 4–5 February, Geneva — Round 2." (not "the minister talks to reporters") */
const ENTRY_MEETING = /\b(?:round|meeting|summit|session)\b|\btalks\b(?!\s+(?:to|by phone|on the phone))/i;
/** "the same three delegations", "negotiators gathered again": the sides of the previous meeting. */
const PRIOR_ROUNDS = /\bthe (?:first|previous|earlier|last|past) (?:two|three|four) (?:rounds|meetings|sessions)\b|\bthe (?:two|three|four) (?:previous|earlier|past|prior) (?:rounds|meetings|sessions)\b|\bthe (?:first|second|third) and (?:second|third|fourth) (?:rounds|meetings|sessions)\b/i;
const ROUND_AS_SUBJECT = /^\s*The\s+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|\d+(?:st|nd|rd|th))\s+(?:(?:trilateral|bilateral|direct)\s+)?round(?:\s+of\s+(?:direct\s+|peace\s+|trilateral\s+)?(?:talks|negotiations|consultations)(?:\s+between\s+[^,.;]{1,80}?)?(?:,[^,.;]{1,60},)?)?(?:\s*,\s*(?:held|hosted|convened|opened)\b|\s+(?:lasted|took place|was held|were held|opened|began|ended|concluded|wrapped up)\b)/i;
const FORMAT_BEGUN = /\b(?:began|begun|started|start) (?:meeting|talking|to meet|to talk|direct talks|talks)\b|\b(?:at the same table|in (?:a|the) (?:trilateral|three-way|new) format)\b/i;
const PRIOR_MET = /\b(?:had|have)\s+(?:previously|already|earlier)\s+(?:held|met)\b|\b(?:previously|earlier)\s+(?:held|met)\b/i;
const SAME_SIDES_STRONG = /\bthe same (?:(?:two|three|four) )?(?:delegations|sides|parties|negotiators|teams)\b|\b(?:the|all) (?:two|three|four) (?:sides|delegations|parties)\b/i;
const SAME_SIDES = /\bthe same (?:(?:two|three|four) )?(?:delegations|sides|parties|negotiators|teams)\b|\b(?:again|reconvene[ds]?|follow-up)\b/i;
const CONTEXT = /\b(?:talks|negotiations?|negotiators?|consultations|meeting|meetings|met|meet|meets|summit|rounds?|session|discussions?|delegations?|envoys?|exchange[ds]?|swaps?|traded|released|freed|agreed|agreement|side|team|led|headed|represented|chair|pause|truce|ceasefire|mediat\w+|bodies|remains|repatriat\w*|to brief|s[ai]t down|gathered|convened?|reconvene[ds]?|huddled|spoke|call|in return)\b|\breceived\s+(?:\d|another|some|a total)/i;
/** Cues of CONTEXT (see cues.ts); no spaces: it runs on the sentence with deal idioms blanked. */
const CONTEXT_CUES = cueGroup([
  'talks', 'negotiat', 'consultation', 'meet', 'met', 'summit', 'round', 'session', 'discussion', 'delegation', 'envoy', 'exchange', 'swap', 'traded', 'released', 'freed', 'agree',
  'side', 'team', 'led', 'headed', 'represented', 'chair', 'pause', 'truce', 'ceasefire', 'mediat', 'bodies', 'remains', 'repatriat', 'brief', 'down', 'gathered',
  'convene', 'huddled', 'spoke', 'call', 'in return', 'received',
]);
const HYPO_WORDS = /\b(?:should|could|might|if|wants? to|wanted|hope[sd]?|hoping|proposals? for a|next step)\b/i;
/** The modal "may", not the month ("called off in May"): lower case, or a sentence opening "May be ...". */
const MODAL_MAY = /\bmay\b(?!\s+\d)|^May\s+(?:be|have|not|well|also|yet|soon)\b/;
const HYPO = { test: (t: string) => HYPO_WORDS.test(t) || MODAL_MAY.test(t) };
/** A proposal taken up: "agreed to U.S. President Donald Trump's proposal for a", "accepted the proposal for a". */
const PROPOSAL_ACCEPTED = /\b(?:agreed to|accepted|approved|backed|endorsed|supported|responded positively to)\s+(?:[\p{L}.'’]+\s+){0,5}?proposals? for a\b/giu;
const QUOTED = /["“][^"“”]{1,300}["”]/g;
/** A sentence that numbers the meeting just told: "It will be the sixth round", "The meeting was the third ...". */
const ROUND_OF_IT = /^\s*(?:It|This|That|The (?:meeting|talks|round|session|session))\s+(?:will be|would be|is|was|marks?|marked|becomes?|became)\s+the\s+[\w-]+\s+(?:(?:trilateral|bilateral|such)\s+)?(?:round|meeting|session)\b|^\s*The (?:announcement|agreement|deal|decision|exchange|statement) (?:came|was made|was reached|was announced) (?:during|at|on the sidelines of) the\s+[\w-]+\s+round\b/i;
/** After a speaker's name: "said (on Thursday) (that) he would meet", "told reporters she had met". */
const SPEAKER_MEETS = /^[^.;"“]{0,45}?\b(?:said|says|told [\w\s]{1,20}?|announced|confirmed)\s+(?:on \w+\s+)?(?:that\s+)?(?:he|she)\s+(?:would|will|had|has|was going to|planned to|plans to|is to)?\s*(?:meet|met|hold talks|held talks|sit down|sat down|host|see)\b/i;
/** A count one side took back, right before the number. */
const ONE_WAY_BEFORE = /\b(?:brought (?:back )?home|brought back|received|got back|welcomed (?:back|home))\s+(?:another\s+|some\s+|a further\s+|a total of\s+)?$/i;
const ONE_WAY_PEOPLE = /^\s+(?:more\s+)?(?:of (?:its|their) (?:own\s+)?)?(?:[\p{L}-]+\s+)?(?:citizens|servicem[ae]n|soldiers|prisoners|POWs|defenders|people|civilians|nationals|fighters|troops|captives)\b/iu;
/** "since the Istanbul round was called off in May": a clause about an earlier occasion. */
const SINCE_CLAUSE = /\b(?:the (?:first|only) (?:\w+ )?since|ever since|since)\b[^,;.]*/gi;
/** "the first since the talks in Istanbul", "after the Istanbul round": an earlier meeting named. */
const SINCE_BEFORE = /\b(?:since|after|before|following|unlike|than)\s+(?:the\s+)?$/i;
const CANCELLED = /\b(?:postponed|called off|cancel+ed|scrapped|shelved|put off|delayed|suspended indefinitely)\b/i;
const SCHEDULED = /\b(?:due to|(?:is|are) due (?:in|at|on|back)|will|(?:is|are) expected (?:in|on|next|later|to)|is to|are to|scheduled|planned|set to|expected to|to be held|upcoming|(?:is|are) being (?:prepared|planned|arranged|organi[sz]ed)|expect(?:ed|s)?\s+(?:the|a)\s+[^.;]{0,60}?\bto (?:take place|be held|convene|resume|go ahead)|would (?:meet|hold|host|receive|take place|be held|convene|resume|go ahead)|agreed (?:[^,.;]{0,40}?\s)?to (?:hold|meet|reconvene|convene|resume)|ahead of (?:the |their )?(?:expected|planned|upcoming|anticipated) (?:talks|meeting|negotiations|summit)|(?:arriv\w*|fl(?:ew|own|ies)|travel\w*|head(?:ed|s|ing)) (?:in|to) [^.;]{0,40}?\bfor (?:the\s+)?(?:talks|a meeting|negotiations|a summit))\b/i;
/** "would meet only after Kyiv responds": a condition, not a plan. */
const AIM_ONLY = /\b(?:seek|seeks|seeking|sought|try|tries|trying|attempt|attempts|attempting|hope|hopes|hoping|aim|aims|aiming)\s+to\s+(?:hold|arrange|organi[sz]e|set up|bring|convene|broker)\b|\bexplor\w*\s+(?:the\s+)?(?:possibility|prospect|idea)\s+of\b/i;
const CONDITIONAL = /\b(?:only (?:after|if|once|when)|unless|provided(?: that)?|providing|on condition|as long as)\b/i;
/** An offer or readiness is not a meeting: "Kyiv was ready to send a delegation ... provided Moscow agreed". */
const OFFER = /\b(?:(?:is|was|are|were|remains?|stands?) (?:ready|willing|prepared|open) to|offered to|proposed)\b/i;
const NEW_MARKER = /\b(?:separately|in a separate|at their previous|a separate|last met|previously met|met previously|(?:previous|last|earlier|prior)\s+(?:(?:face-to-face|in-person|direct|bilateral|trilateral|such|two|three)\s+){0,2}(?:meeting|round|summit|talks))\b/i;
const NEGATED_CLAUSE = /\b(?:not represented|no date (?:has been |was |is |yet )?(?:set|fixed|agreed)|no [\w\s]{0,20}(?:officials|delegates|representatives) were present|were not present|was not present|failed to|did not|no agreements?|without (?:progress|agreement|a deal|results?)|no progress|rejected|refused|no (?:indications?|signs?|sign yet|plans?) (?:that|of)|(?:is|are) not forthcoming)\b/i;
const ROLE_AFTER = /^(?:\s*(?:,\s*|and\s+|,\s*and\s+)(?:the\s+)?[A-Z][\p{L}.]+(?:\s[A-Z][\p{L}.]+)?)*\s*(?:[’']s\s+)?(?:(?:last|also|previously|first|recently|again|finally|reportedly|will|would|are (?:due |set |expected |scheduled )?to|plan to|plans to)\s+)?(?:(?:senior|top|chief|special|military|foreign|defen[cs]e|national|security|government|official|peace|own|high-level|presidential|technical|working-level|legal|humanitarian|negotiating)\s+){0,3}(?:delegations?|officials|negotiators?|representatives|envoys?|side|sides|team|teams|counterparts|advisers|diplomats|experts|specialists|working groups?|ministers?|leaders?|president|foreign minister|secretary|military team|has agreed|have agreed|had agreed|agreed|exchanged|swapped|traded|met|held|hold|holds|meet|meets|signed|concluded|completed|ended|finished|wrapped up|began|(?:have |has )?(?:begun|commenced|started)|commenced|started|kicked off|opened|resumed|convened|sat down|were represented|was represented|and\s+[A-Z][\p{L}]+\s+(?:agreed|exchanged|met))\b/u;
const ROLE_BEFORE = /\b(?:between|involving|(?:talks|negotiations|meeting|meetings|met|meet|agreement|deal|discussions|consultations|summit|session|round|contacts?)\s+(?:(?:in|at)\s+[A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?\s+)?(?:on\s+[A-Z][\p{L}]+(?:\s\d{1,2})?\s+)?with|(?:advisers|officials|delegations?|envoys|negotiators|representatives|ministers|diplomats|leaders)\s+(?:from|of))\s+(?:the\s+)?(?:(?:[A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?),\s+|[A-Z][\p{L}]+(?:\s[A-Z][\p{L}]+)?,?\s+and\s+(?:the\s+)?)*$/u;
const ROLE_WORD = /^(?:Between|Talks|Negotiations|Meetings?|Met|Meet|Agreement|Deal|Discussions|Consultations|Summit|Session|Round|Contacts?|Advisers|Officials|Delegations?|Envoys|Negotiators|Representatives|Ministers|Diplomats|Leaders)$/;
const HOST_VERB_AFTER = /^\s*(?:,\s*who\s+(?:had\s+|has\s+)?)?(?:side\s+|authorities\s+|government\s+)?(?:(?:also|formally|personally)\s+)?(?:opened|hosted|welcomed|greeted|organi[sz]ed|arranged|brokered|mediated|chaired)\b/;
const HOST_BEFORE = /\b(?:mediated by|hosted by|brokered by|organi[sz]ed by|chaired by|facilitated by|under|thanks to|helped by|with the participation of|visit to|trip to|invasion of|subject to|taken to|return(?:ed)? to|children to|deported to)\s+(?:the\s+)?$/i;
const HOST_AFTER = /^(?:[’']s)?(?:-mediated|-brokered|-hosted|\s+auspices|\s+mediation|\s+capital|\s+port|\s+royal|\s+palace|\s+soil|\s+had offered to host|\s+offered to host|\s+hosted|\s+mediated|\s+brokered|\s+court)/i;

/**
 * Cues (see cues.ts) of the patterns above and of some below. They run on the sentence with deal
 * idioms blanked (runs of more than one space): literals may hold single inner spaces, except
 * HYPO_CUES (its text also has quotations cut out).
 */
const CANCELLED_CUES = cueGroup(['postponed', 'called', 'cancel', 'scrapped', 'shelved', 'put', 'delayed', 'suspended']);
const SCHEDULED_CUES = cueGroup(['due', 'agreed', 'will', 'expected', 'is to', 'are to', 'scheduled', 'planned', 'set to', 'to be held', 'upcoming', 'would', 'being', 'ahead', 'arriv', 'flew', 'flown', 'flies', 'travel', 'head']);
const HYPO_CUES = cueGroup(['should', 'could', 'might', 'may', 'if', 'want', 'hope', 'hoping', 'proposal', 'step']);
const OFFER_CUES = cueGroup(['ready', 'willing', 'prepared', 'open', 'offered', 'proposed']);
const OFFERED_TALKS = /\b(?:offered|offers|proposed|proposes|suggested|suggests|invited|invites)\s+(?:[\p{L}’']+\s+){0,3}?to\s+(?:resume|hold|start|begin|restart|open|return to)\b/iu;
const PRESSED_INTO_TALKS = /\b(?:pressur\w*|push\w*|forc\w*|coerc\w*|compel\w*|drag\w*|nudg\w*|bring|brings|bringing)\s+(?:[\p{L}’'.-]+\s+){0,5}?(?:into|to)\s+(?:the\s+)?(?:negotiations|talks|negotiating table)\b/iu;
const EXCHANGE_HAPPENED = /\b(?:prisoner|POW|prisoners-of-war)\s+(?:exchange|swap)\s+(?:took place|was carried out|was held|happened|went ahead)\b/i;
const PHOTO_CAPTION = /\((?:[^()]{0,60}\/)?\s*(?:Getty Images|AFP|Reuters|AP Photo|AP|EPA|Anadolu|Sputnik|TASS|Ukrinform|Shutterstock)[^()]{0,30}\)\s*$|^\s*(?:Photo|Pictured|Photograph|Image)\s*(?::|by\b)|\b(?:Photo|Image) (?:by|credit|courtesy)\b/i;
const CALL_CUES = cueGroup(['phone', 'video', 'call']);
const SAME_CUES = cueGroup(['same', 'two', 'three', 'four']);
const SAME_SIDES_CUES = cueGroup(['same', 'again', 'reconvene', 'follow-up']);
const NEW_MARKER_CUES = cueGroup(['separate', 'previous', 'last', 'earlier', 'prior']);
/** A negation of what talks achieved, not of the talks: "but made no progress", "ended without agreement". */
const DURING_TALKS = /\b(?:during|at|in the course of)\s+(?:the\s+|their\s+)?(?:[\w-]+\s+)?(?:talks|negotiations|meeting)\b/i;
const RESULT_ONLY_NEGATION = /\b(?:no (?:progress|breakthrough|agreements?)|without (?:progress|agreement|a deal|a breakthrough|results?)|(?:failed|failing|fails) to (?:make|achieve|reach|produce|yield|secure|agree on|bring)(?: (?:any|a|an|real|significant|much|major|substantial|meaningful|concrete|tangible))? (?:progress|breakthrough|deal|agreement|ceasefire|truce|results?|peace))\b/i;
/** The talks said to have taken place. */
const HELD_VERB = /\b(?:held|met|hold|holds|meet|meets)\b[^.;]{0,60}\b(?:talks|rounds?|meetings?|negotiations|summit)\b|\b(?:talks|rounds?|meetings?|negotiations|summit)\b[^.;]{0,100}\b(?:ended|took place|were held|was held|concluded|held|wrapped up)\b/i;
const NEGATED_CUES = cueGroup(['not', 'no date', 'present', 'failed', 'no agreement', 'without', 'no progress', 'rejected', 'refused', 'no indication', 'no indications', 'no sign', 'no signs', 'no plans', 'no plan']);
const HOST_BEFORE_CUES = cueGroup(['mediated', 'hosted', 'brokered', 'organi', 'chaired', 'facilitated', 'participation', 'under', 'thanks', 'helped', 'visit', 'trip', 'invasion', 'subject', 'taken', 'return', 'children', 'deported']);
const ROLE_BEFORE_CUES = cueGroup(['between', 'with', 'from', 'involving']);
const ROUND_CUES = cueGroup(['round', 'trilateral', 'bilateral', 'such']);
/** outcomesIn */
const AFFIRM_CUES = cueGroup(['agree', 'accepted', 'backs', 'backed', 'reached', 'declared', 'announced', 'signed', 'approved', 'confirmed', 'exchanged', 'swapped', 'produced']);
const TRADE_CUES = cueGroup(['exchange', 'swap', 'trade']);
const RELEASED_CUES = cueGroup(['released', 'freed', 'returned', 'returning', 'brought', 'came', 'coming']);
const BODIES_CUES = cueGroup(['bodies', 'remains']);
const ENERGY_CUES = cueGroup(['energy', 'power']);
const HANDOVER_TYPES = new Set(['prisoner_exchange', 'bodies_repatriated']);
const CEASEFIRE_CUES = cueGroup(['ceasefire', 'cease-fire', 'truce', 'cessation']);
const RESTORE_CUES = cueGroup(['restor', 'establish', 'resum', 'reopen', 'normali', 'revive']);
const AGREED_CUES = cueGroup(['agreed']);
const DOCUMENT_CUES = cueGroup(['joint', 'signed', 'reached', 'produced', 'agreed']);
const NOT_PARTICIPANT_BEFORE = /\b(?:aide to|adviser to|envoy of|spokesman for|spokeswoman for|on behalf of|ally of|successor to|predecessor|without|excluding|absence of)\s+(?:(?:US|Russian|Ukrainian|President|Prime Minister|Chancellor)\s+){0,2}$/i;
/** Someone told as absent: "Zelensky was not invited", "Zelensky, who was left out". */
const ABSENT_AFTER = /^\s*(?:,\s*who\s+)?(?:was|were|is|are|has been|had been|will be)\s+(?:not\s+(?:invited|present|included|there|at the table|attending|taking part|involved|party to)|absent|excluded|left out|sidelined|shut out|kept out)\b/i;
const LEADER_ROLE = /\b(?:president|prime minister|chancellor|leader|king|crown prince)\b/i;
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, next: 0 };
const NUM_WORD: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/** Seats of government where leaders and envoys are received, and the city each stands in. */
const SEATS: [RegExp, string][] = [
  [/\b(?:in|at|inside) the Kremlin\b/, 'Moscow'],
  [/\b(?:in|at) the (?:White House|Oval Office)\b/, 'Washington'],
  [/\b(?:in|at) the [ÉE]lys[ée]e(?: Palace)?\b/, 'Paris'],
  [/\b(?:in|at) Downing Street\b/, 'London'],
  [/\b(?:in|at) the Mariinsky Palace\b/, 'Kyiv'],
];

function seatCity(t: string): string | null {
  for (const [re, city] of SEATS) {
    const m = re.exec(t);
    // (not a seat told as another time's: "since the White House meeting", "before the Kremlin talks")
    if (m && !/\b(?:since|before|after|ahead of)\s+$/i.test(t.slice(Math.max(0, m.index - 12), m.index))) return city;
  }
  return null;
}

function roundOf(t: string, cues: Cues): number | null {
  if (!hasCue(cues, ROUND_CUES)) return null;
  const m =
    /\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d+)(?:st|nd|rd|th))\s+(?:(?:trilateral|bilateral|direct)\s+)?round\b/i.exec(t) ??
    // "the sixth trilateral meeting", "the fourth such session" (not "the first meeting since ...")
    /\bthe\s+(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|(\d+)(?:nd|rd|th))\s+(?:trilateral|bilateral|such)\s+(?:meeting|session|round)\b(?!\s+(?:since|in\s+\d|this year|in (?:two|three|four|five|several) (?:years|months)))/i.exec(t);
  if (m) return m[2] ? Number(m[2]) : ORDINALS[m[1]!.toLowerCase()] || null;
  const m2 = /\bround\s+(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\b/i.exec(t);
  if (m2) return NUM_WORD[m2[1]!.toLowerCase()] ?? Number(m2[1]);
  return null;
}

interface SentTalks {
  parties: string[];
  hosts: string[];
  /** hosts told as chairing, facilitating, mediating or hosting by the passive ("chaired by Turkish Foreign Minister") */
  chairs: string[];
  /** hosts by their own verb or a "-hosted" compound */
  softHosts: string[];
  location: string | null;
  venueLocation: string | null;
  negotiators: string[];
  leaders: string[];
  /** people named in a negotiating role (envoy, led by, gazetteer negotiator) */
  strong: string[];
  strongParties: string[];
  personParties: string[];
  leaderParties: string[];
  round: number | null;
  outcomes: Outcome[];
  released: Record<string, number>;
  /** "each side released 157": the number, for the conflict's two sides of the exchange */
  releasedEach: number | null;
  negated: boolean;
  /** the negation denies the meeting itself, not only its result ("held talks but made no progress" is a meeting) */
  meetingNegated: boolean;
}

function partiesAtTable(t: string, si: SentInfo): { parties: string[]; hosts: string[]; chairs: string[] } {
  const parties: string[] = [];
  const hosts: string[] = [];
  const chairs: string[] = [];
  for (const m of si.mentions) {
    const p = partyRef(m);
    if (!p) continue;
    const before = t.slice(Math.max(0, m.start - 60), m.start);
    // ("U.S.-brokered talks": as "US-brokered", the broker that sits at the table; see party-compounds.ts)
    if (BROKER_AT_TABLE.has(p.party) && /^-(?:brokered|mediated)\b/i.test(t.slice(m.end, m.end + 12))) {
      if (!parties.includes(p.party)) parties.push(p.party);
      continue;
    }
    if ((hasCue(si.cues, HOST_BEFORE_CUES) && HOST_BEFORE.test(before)) || HOST_AFTER.test(t.slice(m.end - (m.possessive ? 2 : 0), m.end + 30))) {
      if (/mediat|host|broker|auspices|under|thanks|helped|organi[sz]|chair|facilitat|participation/i.test(before.slice(-30) + t.slice(m.end, m.end + 30))) hosts.push(p.party);
      if (/\b(?:chaired|facilitated|mediated|hosted) by\s+(?:the\s+)?$/i.test(before)) chairs.push(p.party);
      continue;
    }
    if (/\bno\s+$/i.test(before)) continue;
    if (/^\s+(?:was|were)\s+not\b/i.test(t.slice(m.end, m.end + 20))) continue;
    // "the talks focused on the possibility of restarting direct negotiations between Russia and Ukraine": the sides
    // of talks spoken of, not of the meeting told
    const upTo = t.slice(Math.max(0, m.start - 160), m.start);
    const topic = /\b(?:talks|negotiations|dialogue|contacts)\s+(?:between|with)\s+(?:[^.;]{0,50})$/i.exec(upTo);
    if (topic && TALKS_AS_TOPIC.test(upTo.slice(0, topic.index))) continue;
    // "Kyiv is expected to propose an agreement with Russia on a truce during the negotiations": the other side of a
    // proposal, not a side at this table
    if (/\b(?:propos\w*|offer\w*|seek\w*|sought|push\w* for|suggest\w*|put forward)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:agreement|deal|truce|ceasefire|accord)\s+with\s+(?:the\s+)?$/i.test(before)) continue;
    const afterText = m.possessive ? t.slice(m.end - 2, m.end + 80) : t.slice(m.end, m.end + 80);
    // a sentence-initial "Delegations from Russia" or "Negotiators from Kyiv"
    // (only the case of role words changes: the cues still tell)
    // (not "the energy truce between Moscow and Kyiv": the sides of a war or a truce, not of the meeting told)
    const roleBefore = () =>
      hasCue(si.cues, ROLE_BEFORE_CUES) &&
      ROLE_BEFORE.test(before.replace(/\b[A-Z][a-z]+\b/g, (w) => (ROLE_WORD.test(w) ? w.toLowerCase() : w))) &&
      !/\b(?:truce|ceasefire|war|conflict|border|moratorium|tensions|fighting|hostilities|front ?line)\s+between\s+(?:[\p{L}'’.-]+\s+){0,3}$/iu.test(before);
    if (ROLE_AFTER.test(afterText) || roleBefore()) {
      if (inAttribution(si, m.start, m.end) && !/\b(?:officials|delegation|negotiators|side)\b/i.test(afterText.slice(0, 40))) continue;
      // a reporter after the clause ("..., Turkish officials said") is not at the table
      if (si.attributions.some((x) => m.start >= x.start && m.end <= x.end && x.cue > m.start && x.start > 0 && /[,"”]\s*$/.test(t.slice(0, x.start)))) continue;
      if (!parties.includes(p.party)) parties.push(p.party);
    }
  }
  return { parties, hosts, chairs };
}

/** Inside a dash or bracket aside ("390 of its citizens — 372 servicemen and 18 civilians —"): a breakdown. */
function inAside(t: string, at: number): boolean {
  const before = t.slice(0, at);
  return (before.match(/\s[—–]\s|\s--\s/g)?.length ?? 0) % 2 === 1 || before.lastIndexOf('(') > before.lastIndexOf(')');
}

/** `negatedClause`: NEGATED_CLAUSE matches `t` */
function outcomesIn(t: string, si: SentInfo, partiesHint: string[], negatedClause: boolean): { outcomes: Outcome[]; released: Record<string, number> } {
  const outcomes: Outcome[] = [];
  const released: Record<string, number> = {};
  const cues = si.cues;
  const negated = negatedClause || (hasCue(cues, OFFER_CUES) && /\bproposed\b/i.test(t));
  const affirm = hasCue(cues, AFFIRM_CUES) && /\b(?:agreed|agreeing|agree[sd]? (?:on|to)|agreement|accepted|backs|backed|reached|declared|announced|signed|approved|confirmed|exchanged|swapped|produced)\b/i.test(t);
  // prisoner exchanges
  // a running count over many swaps ("20 exchanges since 2024, over 5,000 captives in all") is no one exchange's outcome
  const tally = /\b(?:exchanges|swaps)\b/i.test(t) && (si.dates.some((d) => d.role === 'since') || /\b(?:in all|in total|so far|to date)\b/i.test(t));
  if (hasCue(cues, TRADE_CUES) && /\b(?:exchange[ds]?|swap(?:ped|s)?|trade[ds]?)\b/i.test(t)) {
    for (const n of tally ? [] : si.numbers) {
      if (n.unit) continue;
      const after = t.slice(n.end, n.end + 60);
      // one side's count ("Ukraine brought home 390"), or a breakdown ("— 372 servicemen and 18 civilians"): not the swap's total
      if (ONE_WAY_BEFORE.test(t.slice(Math.max(0, n.qualStart - 30), n.qualStart)) || inAside(t, n.qualStart) || /\b(?:including|among them)\s*$/i.test(t.slice(Math.max(0, n.qualStart - 14), n.qualStart))) continue;
      if (!/^\s+(?:more\s+)?(?:prisoners|pows|captives|servicem[ae]n|soldiers|people|civilians|detainees|prisoners of war)\b/i.test(after)) continue;
      // ("agreed to exchange 200 prisoners for 200": as many from each side)
      const each = /^\s+[\w\s]{0,25}?\b(?:each|from each side|for each side|apiece|from both sides|on each side|per side)\b/i.test(after) || equalSwapEach(t) === n.value;
      const total = each ? n.value * 2 : n.value;
      if (!outcomes.some((o) => o.type === 'prisoner_exchange')) {
        const o: Outcome = { type: 'prisoner_exchange', total };
        if (each && partiesHint.length === 2) o.released = Object.fromEntries(partiesHint.map((p) => [p, n.value]));
        outcomes.push(o);
      }
    }
    // "a prisoner exchange of 314, 157 on each side"
    if (!outcomes.some((o) => o.type === 'prisoner_exchange')) {
      const of = /\b(?:exchange|swap) of\s+$/i;
      const n = si.numbers.find((x) => !x.unit && of.test(t.slice(Math.max(0, x.qualStart - 20), x.qualStart)) && !/^\s+(?:bodies|remains)\b/i.test(t.slice(x.end, x.end + 20)));
      if (n) {
        // "an exchange of 500 for 500"
        const m2 = si.numbers.find((x) => x.start > n.end && /^\s+for\s+$/i.test(t.slice(n.end, x.qualStart)) && !x.unit);
        const o: Outcome = { type: 'prisoner_exchange', total: m2 ? n.value + m2.value : n.value };
        if (m2 && m2.value === n.value && partiesHint.length === 2) o.released = Object.fromEntries(partiesHint.map((p) => [p, n.value]));
        const each = si.numbers.find((x) => x.start > n.end && x.start - n.end < 12 && x.value * 2 === n.value && /^\s+(?:\w+\s+)?(?:on each side|each|from each side|apiece|per side)\b/i.test(t.slice(x.end, x.end + 30)));
        if (each && partiesHint.length === 2) o.released = Object.fromEntries(partiesHint.map((p) => [p, each.value]));
        outcomes.push(o);
      }
    }
    // "an exchange of 1,000 for 1,000"
    if (!outcomes.some((o) => o.type === 'prisoner_exchange')) {
      for (const n1 of si.numbers) {
        const n2 = si.numbers.find((x) => x.start > n1.end && /^\s+for\s+$/i.test(t.slice(n1.end, x.qualStart)));
        if (!n2 || n1.unit || n2.unit) continue;
        const o: Outcome = { type: 'prisoner_exchange', total: n1.value + n2.value };
        if (partiesHint.length === 2 && n1.value === n2.value) o.released = Object.fromEntries(partiesHint.map((p) => [p, n1.value]));
        outcomes.push(o);
        break;
      }
    }
    // "the 205-for-205 exchange"
    const ratio = outcomes.some((o) => o.type === 'prisoner_exchange') ? null : equalSwapEach(t);
    if (ratio !== null) {
      const o: Outcome = { type: 'prisoner_exchange', total: ratio * 2 };
      if (partiesHint.length === 2) o.released = Object.fromEntries(partiesHint.map((p) => [p, ratio]));
      outcomes.push(o);
    }
    // (not "signals were exchanged", "the sides exchanged views": what else is traded in talks)
    const otherGoods = /\b(?:signals|views|letters|documents|messages|proposals|ideas|greetings|notes|positions|opinions|information|drafts|pleasantries|gifts|fire|blows|accusations|words|lists)\b/i.test(t) && !/\b(?:prisoners?|POWs|captives|servicem[ae]n|soldiers|detainees|civilians|bodies)\b/i.test(t);
    if (!outcomes.length && !otherGoods && (/\b(?:exchanged|swapped)\b/i.test(t) || /\bagree(?:d|ing|s)? (?:to|on) (?:(?:a|an|the|another) (?:new |further |fresh |large |major )?(?:prisoner )?)?(?:exchange|swap)\b/i.test(t)) && !negated) outcomes.push({ type: 'prisoner_exchange' });
  }
  // released per party: "157 Ukrainians were released"
  if (hasCue(cues, RELEASED_CUES)) for (const n of si.numbers) {
    if (n.unit) continue;
    const after = t.slice(n.end, n.end + 60);
    const rm = /^\s+([A-Z][\p{L}]+)\s+(?:prisoners\s+|soldiers\s+|servicemen\s+|POWs\s+)?(?:were|had been|have been|are)?\s*(?:released|freed|returned|returning home|brought home|came home|coming home)\b/u.exec(after);
    if (!rm) continue;
    const m = si.mentions.find((x) => x.start === n.end + after.indexOf(rm[1]!));
    const p = m ? partyRef(m) : null;
    if (p) released[p.party] = n.value;
  }
  // the receiver's own people: "Ukraine brought home 390 of its citizens", "Russia received 372 of its servicemen"
  if (!negated) for (const n of si.numbers) {
    if (n.unit || !ONE_WAY_BEFORE.test(t.slice(Math.max(0, n.qualStart - 30), n.qualStart))) continue;
    if (!ONE_WAY_PEOPLE.test(t.slice(n.end, n.end + 40))) continue;
    const subj = si.mentions.filter((m) => m.end <= n.qualStart && partyRef(m) && !inAttribution(si, m.start, m.end) && !/[;:]/.test(t.slice(m.end, n.qualStart))).pop();
    const p = subj ? partyRef(subj)!.party : null;
    if (p && released[p] === undefined) released[p] = n.value;
  }
  // one side's count in an exchange sentence is that exchange's
  if (Object.keys(released).length && !outcomes.some((o) => o.type === 'prisoner_exchange') && hasCue(cues, TRADE_CUES) && /\b(?:exchange|swap|trade)\b/i.test(t) && !tally)
    outcomes.push({ type: 'prisoner_exchange' });
  // bodies
  if (hasCue(cues, BODIES_CUES)) for (const n of si.numbers) {
    if (n.unit) continue;
    const before = t.slice(Math.max(0, n.qualStart - 30), n.qualStart);
    const after = t.slice(n.end, n.end + 30);
    if (/\b(?:bodies|remains) of\s+$/i.test(before) || /^\s+(?:bodies|remains)\b/i.test(after)) {
      if (negated) continue;
      // "6,000 bodies each way": both directions
      const value = /^[^.;]{0,40}?\b(?:each way|in each direction|both ways|from each side|by each side)\b/i.test(t.slice(n.end, n.end + 60)) ? n.value * 2 : n.value;
      // bodies handed over both ways in one sentence are one repatriation: summed
      const have = outcomes.find((o) => o.type === 'bodies_repatriated');
      if (have) have.total = (have.total ?? 0) + value;
      else outcomes.push({ type: 'bodies_repatriated', total: value });
    }
  }
  // "received the bodies of 1,000 soldiers and handed over 24": the other direction of the same handover
  const bodies = outcomes.find((o) => o.type === 'bodies_repatriated');
  if (bodies && !negated)
    for (const n of si.numbers) {
      if (n.unit) continue;
      if (!/\b(?:handed over|gave back|sent back|returned|transferred|received)\s+(?:only\s+|another\s+)?$/i.test(t.slice(Math.max(0, n.start - 30), n.start))) continue;
      if (/^\s+(?:bodies|remains|prisoners|pows|captives|soldiers|servicem[ae]n|civilians|people|of)\b/i.test(t.slice(n.end, n.end + 20))) continue;
      bodies.total = (bodies.total ?? 0) + n.value;
    }
  if (agreedNotDone(t)) for (const o of outcomes) if (o.type === 'prisoner_exchange') o.agreed = true;
  if (negated) return { outcomes: outcomes.filter((o) => o.type === 'prisoner_exchange' && o.total !== undefined), released };
  // ("a reference to the moratorium that lapsed in May": a past truce named, not one agreed)
  const truceText = t.replace(/\b(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:truce|pause|moratorium|ceasefire)\s+(?:that|which)\s+(?:had\s+|has\s+)?(?:lapsed|expired|collapsed|ended|ran out|run out|broke down|broken down)\b/gi, ' ');
  if (affirm && hasCue(cues, ENERGY_CUES) && /\b(?:energy|power)\b[^.]{0,80}\b(?:truce|pause|moratorium|ceasefire)\b|\b(?:refrain\w*|halt\w*|pause|moratorium|truce|stop\w*|renunciation|renounc\w*)\b[^.]{0,60}\b(?:energy|power)\b/i.test(truceText)) outcomes.push({ type: 'energy_truce' });
  else if (hasCue(cues, CEASEFIRE_CUES) && /\b(?:ceasefire|cease-fire|truce|cessation of hostilities)\b/i.test(t) && /\b(?:agreed|agree[sd]? (?:on|to)|accepted|backs|backed|reached|declared|signed|approved)\b/i.test(t)) outcomes.push({ type: 'ceasefire' });
  if (affirm && hasCue(cues, RESTORE_CUES) && /\b(?:restor\w*|re-?establish\w*|resum\w*|reopen\w*|normali[sz]\w*|revive\w*)\s+(?:[\w-]+\s+){0,5}(?:dialogue|channels?|contacts?|relations|ties|communications?|embassies|diplomatic)\b/i.test(t)) outcomes.push({ type: 'dialogue_restored' });
  // other agreements
  const ret = hasCue(cues, AGREED_CUES) ? /\bagreed (?:on|to) (?:the )?(?:return|release|transfer|handover|repatriation|evacuation) of\s+/i.exec(t) : null;
  if (ret) {
    const at = ret.index + ret[0].length;
    const n = si.numbers.find((x) => x.qualStart >= at && x.qualStart <= at + 20 && !x.unit);
    const what = n ? t.slice(n.end, n.end + 30) : '';
    if (n && /^\s+(?:prisoners|pows|captives|prisoners of war)\b/i.test(what)) {
      if (!outcomes.some((o) => o.type === 'prisoner_exchange')) outcomes.push({ type: 'prisoner_exchange', total: n.value });
    } else outcomes.push(n ? { type: 'agreement', total: n.value } : { type: 'agreement' });
  } else if (hasCue(cues, DOCUMENT_CUES) && /(?<!\b(?:without|no)\s(?:a\s|any\s)?)\bjoint (?:statement|declaration|communiqu\w*)\b|\bsigned (?:a|an|the)\b|\breached (?:an? )?(?:agreement|deal|accord|understanding)\b|\bproduced (?:an? |the )?(?:[\w"'“”-]+\s+){0,4}(?:framework|plan|agreement|deal|document|text|memorandum)\b|\bagreed (?:on |to )?(?:a|an|the) (?:[\w-]+ ){0,3}(?:plan|framework|deal|memorandum|roadmap|text|statement|document|parameters|terms|principles|declaration)\b/i.test(t)) {
    outcomes.push({ type: 'agreement' });
  }
  return { outcomes, released };
}

/** The negotiation venue of that name in the gazetteer ("Gomel"), or null. */
function venueNamed(g: Gazetteer, name: string): string | null {
  for (const e of g.index.get(name.split(/\s+/)[0]!.toLowerCase()) ?? []) {
    if (e.lower.join(' ') !== name.toLowerCase()) continue;
    for (const r of e.refs) if (r.type === 'place' && r.place.kind === 'venue') return r.place.name;
  }
  return null;
}

/** Parties told as chairing or facilitating the meeting ("chaired by Turkish Foreign Minister ...") in its sentences. */
function chairsTold(ss: readonly SentInfo[], first: number, last: number): string[] {
  const out: string[] = [];
  for (let i = first; i <= last && i < ss.length; i++) {
    const si = ss[i]!;
    if (!/\b(?:chaired|facilitated|moderated)\b/i.test(si.text)) continue;
    for (const m of si.mentions) {
      const p = partyRef(m);
      if (p && /\b(?:chaired|facilitated|moderated) by\s+(?:the\s+)?$/i.test(si.text.slice(Math.max(0, m.start - 30), m.start)) && !out.includes(p.party)) out.push(p.party);
    }
  }
  return out;
}

export function analyseTalksSentence(a: Article, si: SentInfo): SentTalks {
  const t = blankTradedBlows(si.dealsBlanked);
  const { parties, hosts, chairs } = partiesAtTable(t, si);
  const compounds = partyCompounds(t, a.gaz);
  addAll(parties, compounds.sides);
  const softHosts = [...compounds.hosts];
  addAll(softHosts, hostsByVerb(t, si));
  // "trilateral talks", "with American participation": sides told by the format
  // (not a format named for another meeting: "the first result since the trilateral round in Geneva")
  const byFormat = formatSides(t.replace(SINCE_CLAUSE, (x) => ' '.repeat(x.length)), parties, a.gaz.adversaries.get('russia')?.includes('ukraine') ?? false);
  addAll(parties, byFormat);
  for (const p of byFormat) if (softHosts.includes(p)) softHosts.splice(softHosts.indexOf(p), 1);
  let location: string | null = null;
  let venueLocation: string | null = null;
  for (const m of si.mentions) {
    const pl = placeOf(m);
    if (!pl || inAttribution(si, m.start, m.end)) continue;
    const pre = t.slice(Math.max(0, m.start - 40), m.start);
    if (/\bnot\s+(?:in|at)\s+(?:the\s+)?$/i.test(pre)) continue;
    // "as the delegations met, a drone struck a depot in Sumy": the place of an attack, not of the meeting
    const attackBefore = /\b(?:struck|hit|attacked|shelled|bombed|pounded|targeted|killing|killed|damaged|destroyed)\b([^,;.]{0,60})$/i.exec(t.slice(Math.max(0, m.start - 80), m.start));
    if (attackBefore && !/\b(?:talks|round|meeting|negotiations|consultations|summit)\b/i.test(attackBefore[1]!)) continue;
    // "the first since a meeting planned for Istanbul was called off": an earlier meeting's place
    if (/\bsince\b[^,;.]*$/i.test(t.slice(0, m.start)) && (/\b(?:first|only)\b[^,;.]{0,40}\bsince\b/i.test(t) || CANCELLED.test(t.slice(m.end).split(/[,;]/)[0] ?? ''))) continue;
    const venuePrep =
      (pl.kind === 'venue' && /\b(?:planned|scheduled|set|due|moved|relocated|invited|travel\w*|head\w*|arriv\w*|depart\w*|left|leaves|leaving|set off|bound|en route|way)\s+(?:for|to|in)\s+$/i.test(pre)) ||
      /\b(?:planned|scheduled|pencil+ed in|set|due|prepared|arranged)\s+(?:for|in)\s+$/i.test(pre) ||
      (/\b(?:travel\w*|fl(?:y|ew|ying)|head\w*|go(?:ing)?|went|came|arrived|return\w*)\s+(?:back\s+)?(?:to|in)\s+$/i.test(pre) &&
        /^\s+(?:[\w-]+\s+){0,3}to\s+(?:meet|brief|hold|see|talk)\b|^(?:\s+on\s+\w+(?:\s\d{1,2})?)?,?\s+where\s+(?:he|she|they|the \w+)\s+(?:met|held talks|sat down|discussed)\b/i.test(t.slice(m.end, m.end + 70)));
    // "the Russian delegation will include Lavrov ... they have already flown to Riyadh": where the delegations went
    const delegationsWent = /\b(?:they|delegations?|negotiators|envoys?|teams?)\s+(?:have|has|had)\s+(?:already\s+)?(?:flown|arrived|travel+ed)\s+(?:to|in)\s+$/i.test(pre);
    // "The Geneva round on June 3-4", "Geneva hosted the third round": the city names the meeting
    const attributive = delegationsWent ||
      (/\bthe\s+$/i.test(pre) && /^[-\s]+(?:round|talks|meeting|negotiations|consultations|summit|session)\b/i.test(t.slice(m.end, m.end + 16)) && !SINCE_BEFORE.test(t.slice(Math.max(0, m.start - 60), m.start))) ||
      (/(?:^|[.;:]\s+|,\s+|\b(?:and|that)\s+)$/i.test(pre) && /^\s+(?:also\s+|previously\s+|earlier\s+)?(?:hosted|will host|would host|is to host|is hosting|is due to host|is set to host)\s+(?:the\s+)?(?:\w+\s+){0,2}(?:round|talks|meeting|negotiations|consultations|summit)\b/i.test(t.slice(m.end, m.end + 50)));
    if (!venuePrep && !attributive && !/\b(?:in|at)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}]+(?:[’']s)?\s+)?(?:(?:port\s+)?city\s+of\s+|capital\s+of\s+|royal\s+palace\s+in\s+)?$/iu.test(pre) && !/^the\s/i.test(m.text)) continue;
    if (/\b(?:visit|trip|reporters|address|rescuers|cemeter\w*|rallied|memorial)\b[^,.]{0,25}$/i.test(pre)) continue;
    // "the prospects for a ceasefire are in Moscow's hands": a capital in the possessive is its government, not a venue
    // (but "Istanbul's Dolmabahce Palace" is where they met)
    if (m.possessive && pl.kind !== 'region' && !/^\s+(?:[\p{L}-]+\s+){0,2}(?:palace|hotel|airport|centre|center|district|outskirts|suburbs?|residence|estate|villa|resort|hall|building|office|presidential|convention|congress|headquarters)\b/iu.test(t.slice(m.end, m.end + 40))) continue;
    // "negotiations aimed at resolving the situation in Kiev took place in Gomel": the place the talks are about
    if (/\b(?:situation|crisis|conflict|fighting|hostilities)\s+(?:in|around)\s+(?:the\s+)?$/i.test(pre)) continue;
    // "to restore staffing at their embassies in Washington and Moscow": where the missions are, not where they met
    if (/\b(?:embass(?:y|ies)|consulates?|diplomatic missions?|based|headquartered|residents?|citizens)\s+(?:(?:in|at)\s+)(?:the\s+)?$/i.test(pre)) continue;
    // "the first round took place in the Gomel region": a round is held at the venue its region is named for
    const venue = pl.kind === 'region' ? venueNamed(a.gaz, pl.name.replace(/\s(?:region|oblast|province)$/i, '')) : null;
    if (venue) {
      if (!location) location = venue;
      if (!venueLocation) venueLocation = venue;
      continue;
    }
    if (pl.kind === 'region') continue;
    if (!location) location = pl.name;
    if (pl.kind === 'venue' && !venueLocation) venueLocation = pl.name;
  }
  // "a breach in Kharkiv of the moratorium agreed at talks in Abu Dhabi": the place of the meeting noun
  for (const m of si.mentions) {
    const pl = placeOf(m);
    if (!pl || pl.kind === 'region' || !location || pl.name === location) continue;
    // (not "their first meeting since talks in Istanbul": an earlier meeting's place)
    if ((/\b(?:talks|negotiations|consultations|meeting|round|session|summit)\s+(?:(?:held|hosted|that took place)\s+)?(?:in|at)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 50), m.start)) ||
      /\b(?:took place|taking place|were held|was held|(?:is|are) being held|convened|commenced)\s+(?:in|at)\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 40), m.start))) && !/\bsince\b[^,.;]*$/i.test(t.slice(Math.max(0, m.start - 60), m.start))) {
      location = pl.name;
      break;
    }
  }
  // "spent five hours with Putin in the Kremlin", "received at the White House": the seat names the city
  if (!location) location = seatCity(t);
  // "negotiators huddled in a lakeside villa here" under a "GENEVA —" dateline
  if (!location && a.datelineCity && /\b(?:in|at)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}here\b|\b(?:met|meet|talks|gathered|huddled|convened)\s+here\b/i.test(t)) location = a.datelineCity;
  const negotiators: string[] = [];
  const leaders: string[] = [];
  const personParties: string[] = [];
  const leaderParties: string[] = [];
  const strong: string[] = [];
  const strongParties: string[] = [];
  const reporterOnly = (m: Mention) => inAttribution(si, m.start, m.end) && si.attributions.some((x) => m.start >= x.start && m.end <= x.end);
  for (const m of si.mentions) {
    const p = personRef(m);
    if (!p) continue;
    const before = t.slice(Math.max(0, m.start - 40), m.start);
    if (NOT_PARTICIPANT_BEFORE.test(before) || ABSENT_AFTER.test(t.slice(m.end, m.end + 50))) continue;
    // "Turkish Foreign Minister Hakan Fidan opened the session", "with the participation of Turkish Foreign
    // Minister Mevlut Cavusoglu": the host, not a side
    if (HOST_VERB_AFTER.test(t.slice(m.end, m.end + 40)) || /\bwith the participation of\s+(?:the\s+)?(?:[\p{L}'’.-]+\s+){0,5}$/iu.test(t.slice(Math.max(0, m.start - 70), m.start))) {
      const adj = si.mentions.filter((x) => x.end <= m.start && m.start - x.end < 45 && partyRef(x)).pop();
      const hp = p.party || (adj ? partyRef(adj)!.party : null);
      if (hp && !hosts.includes(hp)) hosts.push(hp);
      continue;
    }
    const roleText = before.slice(-30) + ' ' + p.role;
    const isLeader = !p.negotiator && LEADER_ROLE.test(roleText) && !/\b(?:envoy|negotiator|delegation)\b/i.test(before.slice(-30));
    const negotiatorish = p.negotiator || /\b(?:envoys?|negotiators?|delegations?|led by|headed by|represented by|(?:will|to|would) (?:lead|head|chair|attend)|leads? the|led the|heads? the|headed the|send|sent|chair(?:ed|s)? the)\b/i.test(t.slice(Math.max(0, m.start - 60), m.end + 40));
    // "Trump said on Thursday he would meet Putin in Budapest": the speaker is the one who meets
    const speakerMeets = reporterOnly(m) && SPEAKER_MEETS.test(t.slice(m.end, m.end + 70));
    if (reporterOnly(m) && !negotiatorish && !speakerMeets) continue;
    if (reporterOnly(m) && !speakerMeets && !/\b(?:envoys?|negotiators?|delegations?|led by|headed by|(?:will|to|would) (?:lead|head|chair|attend)|leads? the|led the|heads? the|headed the|chair(?:ed|s)? the)\b/i.test(t.slice(Math.max(0, m.start - 60), m.end + 40)) && /\b(?:will|would|are to|is to|due to)\b/i.test(t)) continue;
    // party of a person without a gazetteer entry: an adjective right before the title
    let party = p.party || null;
    if (!party) {
      const adj = si.mentions.filter((x) => x.end <= m.start && m.start - x.end < 45 && partyRef(x)).pop();
      if (adj && !/[,;]/.test(t.slice(adj.end, m.start))) party = partyRef(adj)!.party;
    }
    if (negotiatorish && !isLeader) {
      if (!strong.includes(p.surname)) strong.push(p.surname);
      if (party) strongParties.push(party);
    }
    // "Envoy Witkoff met with Russian President Vladimir Putin": the leader sat at the table himself
    if (isLeader && /\b(?:met|meets|meeting|sat down|held talks)\s+(?:with\s+)?(?:[\p{L}'’.-]+\s+){0,3}$/iu.test(before) && negotiators.length > 0) {
      if (!negotiators.includes(p.surname)) negotiators.push(p.surname);
    }
    if (isLeader) {
      if (!leaders.includes(p.surname)) leaders.push(p.surname);
      if (party) leaderParties.push(party);
    } else {
      if (!negotiators.includes(p.surname)) negotiators.push(p.surname);
      if (party) personParties.push(party);
    }
  }
  const negated = hasCue(si.cues, NEGATED_CUES) && NEGATED_CLAUSE.test(t);
  const { outcomes, released } = outcomesIn(t, si, parties, negated);
  // "Ukraine brought home 240 in an exchange agreed at talks with Russia": the side taking its people back sits at the table
  if (outcomes.some((o) => o.type === 'prisoner_exchange')) addAll(parties, Object.keys(released).filter((p) => !hosts.includes(p)));
  const releasedEach = negated ? null : releasedByEachSide(t, si.numbers);
  // ("agreed to a new prisoner swap during peace talks in Istanbul, but failed to make progress": the talks took place)
  const meetingNegated = negated && !(RESULT_ONLY_NEGATION.test(t) && (HELD_VERB.test(t) || DURING_TALKS.test(t)) && !NEGATED_CLAUSE.test(t.replace(new RegExp(RESULT_ONLY_NEGATION.source, 'gi'), ' ')));
  return {
    parties,
    hosts,
    chairs,
    softHosts,
    location,
    venueLocation,
    negotiators,
    leaders,
    strong,
    strongParties,
    personParties,
    leaderParties,
    round: roundOf(t, si.cues),
    outcomes,
    released,
    releasedEach,
    negated,
    meetingNegated,
  };
}

function addAll<T>(into: T[], xs: T[]) {
  for (const x of xs) if (!into.includes(x)) into.push(x);
}

/** A recent frame at the named place: "The delegations last met in Geneva" refers to the Geneva talks. */
function sameVenueFrame(frames: TalksFrame[], location: string | null, i: number): TalksFrame | null {
  if (!location) return null;
  return [...frames].reverse().find((f) => i - f.last <= 8 && f.claim.location?.toLowerCase() === location.toLowerCase()) ?? null;
}

/** The city in a timeline entry's head, before its dash: "- 4–5 February, Geneva — Round 2." */
function entryHeadPlace(si: SentInfo): string | null {
  // (after any bullet: "- January 23–24, Abu Dhabi: round one.")
  const lead = /^\s*[-–•*▪]\s+/.exec(si.text)?.[0].length ?? 0;
  const at = si.text.slice(lead).search(/\s[-–—:]\s|:\s/);
  const dash = at < 0 ? -1 : lead + at;
  for (const m of si.mentions) {
    const pl = placeOf(m);
    if (pl && pl.kind !== 'region' && m.start < dash) return pl.name;
  }
  return null;
}

const dayIndex = (d: DateParts) => d.y * 372 + ((d.m ?? 6) - 1) * 31 + (d.d ?? 15);

/** Find negotiation rounds, meetings and agreements, merging sentences about the same meeting. */
export function extractTalks(a: Article): TalksFrame[] {
  let frames: TalksFrame[] = [];
  let current: TalksFrame | null = null;
  /** an event sentence without sides ("The talks, hosted by Turkey in Istanbul, ...") awaiting them */
  let pending: { i: number; location: string | null; hosts: string[]; dateParts: DateParts | null } | null = null;
  /** the talks a timeline's entries are rounds of */
  let series: TalksFrame | null = null;
  let heading: TimelineHeading | null = null;
  /** a format announced without a meeting of its own (never a claim: only the series of entries after it) */
  let formatHint: TalksFrame | null = null;
  for (let i = 0; i < a.sentences.length; i++) {
    const si = a.sentences[i]!;
    const t = blankTradedBlows(si.dealsBlanked);
    // "March 29, 2022 — Istanbul.": the days and city of the entry told next
    const head = timelineHeading(si, i, a.published);
    if (head) {
      heading = head;
      current = null;
      pending = null;
      continue;
    }
    // a timeline entry with its own date is a new occasion, of the series told before it
    const entry = DATED_ENTRY.test(si.text);
    if (entry) {
      series = [...frames].reverse().find((f) => f.claim.parties.filter((p) => !f.hosts.has(p)).length >= 2 && !f.aside) ?? series;
      // (a format announced after that meeting is what the entries below it are rounds of)
      if (formatHint && (!series || formatHint.first >= series.last)) series = formatHint;
      current = null;
      pending = null;
    }
    if (!(hasCue(si.cues, CONTEXT_CUES) && CONTEXT.test(t)) && !VISIT.test(t)) continue;
    // "Putin gestures during the plenary session ... (Contributor/Getty Images)": a photo caption tells no meeting
    if (PHOTO_CAPTION.test(si.text)) continue;
    const cues = si.cues;
    // ("the first since the Istanbul round was called off": another meeting's fate)
    const cancelled = hasCue(cues, CANCELLED_CUES) && CANCELLED.test(t.replace(SINCE_CLAUSE, ' '));
    // ("will be held" is to come, not held)
    const scheduled = !cancelled && hasCue(cues, SCHEDULED_CUES) && SCHEDULED.test(t) && !/\b(?:agreed|held|met|exchanged)\b/i.test(t.replace(/\bagreed (?:[^,.;]{0,40}?\s)?to (?:meet|hold|reconvene|convene|resume)\b/i, '').replace(/\b(?:will|would|shall|to|is to|are to)\s+be\s+held\b/gi, ' '));
    // a "could" inside a quotation is the speaker's wording, not a hypothetical meeting
    // ("Putin agreed to Trump's proposal for a 30-day halt": a proposal accepted is an agreement, not a hypothetical)
    if (!cancelled && !scheduled && hasCue(cues, HYPO_CUES) && HYPO.test(t.replace(QUOTED, ' ').replace(PROPOSAL_ACCEPTED, ' '))) continue;
    if (scheduled && CONDITIONAL.test(t)) continue;
    // "we will seek to hold further talks with Putin", "to explore the possibility of holding a summit": an aim, no meeting set
    if (scheduled && AIM_ONLY.test(t)) continue;
    // "Peskov declined to comment on a report that Dmitriev would also meet the US delegation": unconfirmed
    if (UNCONFIRMED.test(t) && !/\b(?:met|took place|were held|was held|held talks)\b/i.test(t)) continue;
    // "Russia is ready for talks on Ukraine", "amid a flurry of diplomatic meetings": a stance or a backdrop, no meeting
    if (NO_MEETING_TOLD.test(t) && !/\b(?:met|meets|took place|were held|was held|held talks|holds talks)\b/i.test(t)) continue;
    // "Putin has offered Ukraine to resume direct talks in Istanbul on May 15": a proposal, not a meeting (until accepted)
    if (OFFERED_TALKS.test(t) && !/\b(?:agreed|accepted|took place|were held|was held|met)\b/i.test(t)) continue;
    // "an effort to pressure Zelenskyy into negotiations with Russia": talks someone is pushed toward, not held
    if (PRESSED_INTO_TALKS.test(t) && !/\b(?:met|took place|were held|was held|held talks)\b/i.test(t)) continue;
    if (hasCue(cues, OFFER_CUES) && OFFER.test(t) && CONDITIONAL.test(t)) continue;
    if (current && i - current.last > 8) current = null;
    // ("spoke by phone … before the White House meeting": a call, the meeting another occasion)
    // ("Macron will hold a new telephone call with Putin, at a time when ... a round of negotiations": the call is what is held)
    const isCall = hasCue(cues, CALL_CUES) && CALL.test(t) && (!EVENT.test(t.replace(MEETING_AHEAD, ' ')) || CALL_HELD.test(t));
    // "Witkoff is expected in Moscow on April 22": an envoy's visit is a meeting in person
    const visit = !EVENT.test(t) && !isCall && VISIT.test(t) && si.mentions.some((m) => personRef(m) !== null);
    const isEvent = EVENT.test(t) || isCall || visit;
    // with no meeting open or pending, only an event sentence can start one: the others are passed over below
    if (!current && !isEvent && !(pending !== null && i - pending.i <= 2)) continue;
    const r = analyseTalksSentence(a, withoutRelativeMeeting(si));
    if (visit) {
      // the host country of the city visited sits across the table from the visitor
      const host = venueParty(a.gaz, r.location);
      // (the host's own people may be named too: "Witkoff spent four hours with Putin in the Kremlin")
      if (!host || r.personParties.length === 0 || r.personParties.every((p) => p === host)) continue;
      // ("Rubio arrived in the Saudi capital Riyadh" for talks with the Russians there: a host that is no side of the
      // war is where others meet, not the one met)
      if (!a.gaz.adversaries.has(host)) continue;
      addAll(r.parties, [host]);
    }
    const sideParties = [...r.parties];
    addAll(sideParties, r.personParties);
    // "Russia, Ukraine and the United States began meeting at the same table this year": a format, the series of a timeline to follow
    if (!entry && r.location === null && !r.negated && FORMAT_BEGUN.test(t) && !si.dates.some((d) => d.role === 'plain' && d.precision === 'day')) {
      const named = [...sideParties];
      for (const m of si.mentions) {
        const p = partyRef(m);
        if (p && (p.form === 'name' || p.form === 'adjective') && !inAttribution(si, m.start, m.end) && !named.includes(p.party)) named.push(p.party);
      }
      if (named.length >= 2) formatHint = newTalksFrame(i, { parties: named.sort() });
    }
    const sameSides = frames.length > 0 && !r.negated && ((hasCue(cues, SAME_CUES) && SAME_SIDES_STRONG.test(t)) || (hasCue(cues, SAME_SIDES_CUES) && SAME_SIDES.test(t) && sideParties.length < 2));
    const sameVenue = hasCue(cues, SAME_CUES) && /\b(?:in|at) the same (?:palace|city|venue|hotel|place|building|room|resort)\b/i.test(t);
    // "... brought home on June 6" then "The Geneva round on June 3-4 ...": days apart are two occasions
    const cd = current && current.dateParts?.d !== undefined && !current.dateFromStatement ? current.dateParts : null;
    const day = cd ? nearestMeetingDate(si.dates.filter((d) => d.role === 'plain' && !d.anchored && d.precision === 'day'), t) : null;
    const differentDay = cd !== null && day != null && Math.abs(dayIndex(day.resolve(a.published, 'past')) - dayIndex(cd)) > 2;
    // "... agreeing to swap 1,200 prisoners. The first stage of that exchange took place on Saturday": a
    // handover carried out on a day of its own, after a meeting that only agreed it, is an occasion of its own
    const laterHandover =
      current !== null &&
      current.claim.outcomes.some((o) => HANDOVER_TYPES.has(o.type) && o.agreed === true) &&
      !current.claim.outcomes.some((o) => HANDOVER_TYPES.has(o.type) && o.agreed !== true) &&
      r.outcomes.some((o) => HANDOVER_TYPES.has(o.type) && o.agreed !== true) &&
      (current.dateParts?.d === undefined || differentDay) &&
      si.dates.some((d) => d.role === 'plain' && !d.anchored && d.precision === 'day');
    // "A third round is expected in Geneva in March": another round of the talks just described
    // (a round told as to come or called off, after a held one, may follow a few more sentences on)
    const otherStatus = current !== null && (cancelled || scheduled) !== (current.claim.status !== 'held');
    // "The first two rounds, on May 16 and June 2, ...": earlier rounds of the series, where it meets
    // ("The countries had previously held two meetings in a similar format in Abu Dhabi in January": the same sides, elsewhere, before)
    const priorElsewhere = PRIOR_MET.test(t) && r.location !== null && current !== null && current.claim.location !== null && r.location.toLowerCase() !== current.claim.location.toLowerCase();
    const priorRounds = (PRIOR_ROUNDS.test(t) && si.dates.filter((d) => d.role === 'plain' && d.precision === 'day').length >= 2) || priorElsewhere;
    const roundOfCurrent =
      // ("were each led on the Russian side by Medinsky": a side of the current talks named again is no new side)
      (sideParties.length === 0 || (priorRounds && current !== null && sideParties.every((p) => current!.claim.parties.includes(p)))) && (r.location !== null || sameVenue || priorRounds) && current !== null && i - current.last <= (otherStatus ? 8 : 4) && !r.meetingNegated &&
      (/\b(?:next|previous|last|earlier|another|new|first|second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:round|session)\b/i.test(t) ||
        // "The first and second rounds, held in Abu Dhabi on January 23 and February 4"
        /\b(?:first|second|third|fourth|fifth|sixth)\s+and\s+(?:second|third|fourth|fifth|sixth|seventh)\s+rounds\b/i.test(t) ||
        priorRounds ||
        (differentDay && /\b(?:round|session|talks|meeting|negotiations|consultations)\b/i.test(t)));
    const underHeading = heading !== null && heading.index === i - 1 && heading.paragraph === si.sent.paragraph;
    const starts =
      roundOfCurrent ||
      isEvent &&
      !r.meetingNegated &&
      (sideParties.length + r.leaderParties.length >= 1 || sameSides || /\bthe two sides\b|\btheir\b|\bthe (?:two )?delegations\b/i.test(t)) &&
      (r.location !== null || r.round !== null || r.outcomes.length > 0 || r.negotiators.length > 0 || cancelled || scheduled || si.dates.some((d) => d.role === 'plain') || underHeading || /\b(?:recently|held|met|meeting)\b/i.test(t));
    // "- 4–5 February, Geneva — Round 2.": a round of the series, dated and placed by its entry
    const entryPlace = entry ? entryHeadPlace(si) : null;
    const entryRound = entry && series !== null && !starts && !r.negated && (r.location ?? entryPlace) !== null && sideParties.length < 2 && ENTRY_MEETING.test(t) && si.dates.some((d) => d.role === 'plain' && d.precision === 'day');
    if (entryRound && r.location === null) r.location = entryPlace;
    // ("The talks, hosted by Turkey in Istanbul, lasted ninety minutes. Medinsky led the Russian delegation and Umerov the
    // Ukrainian one.": the sides of the meeting just told, even when their sentence could open one of its own)
    const fromPending =
      (!starts || (r.location === null && !DATED_ENTRY.test(si.text))) && !current && pending !== null && i - pending.i <= 2 && sideParties.length >= 2 && !r.negated && /\b(?:led|headed|delegations?|sides?)\b/i.test(t);
    if (isEvent && !starts && !current && sideParties.length === 0 && !r.negated && (r.location !== null || r.hosts.length > 0)) {
      const plain = si.dates.find((d) => d.role === 'plain' && !d.anchored);
      pending = { i, location: r.location, hosts: r.hosts, dateParts: plain ? plain.resolve(a.published, 'past') : null };
    }
    let frame: TalksFrame | null = null;
    /** the other days of meetings the opening sentence lists ("on May 16, June 2 and July 23") */
    let alsoOn: DateParts[] = [];
    /** the round each listed day is named as ("the first round ... on Jan. 23, with the second round ... Feb. 4"), else null */
    let listedRounds: (number | null)[] = [];
    const otherOccasion = SEPARATE_TIME.test(t);
    if (otherOccasion && !starts) {
      // another occasion without its own sides is left to the exchange reader
      current = null;
      continue;
    }
    if (starts && current && !otherOccasion) {
      const c: TalksFrame = current;
      const cp = c.claim.parties;
      const differentRound = r.round !== null && c.claim.round !== null && r.round !== c.claim.round;
      const differentPlace = r.location !== null && c.claim.location !== null && r.location.toLowerCase() !== c.claim.location.toLowerCase();
      const differentStatus = (cancelled || scheduled) !== (c.claim.status !== 'held');
      const newParties = sideParties.length >= 2 && sideParties.some((p) => !cp.includes(p) && !c.hosts.has(p));
      // a call has no venue: a meeting at a named place is another occasion
      const afterCall = c.call === true && !isCall && r.location !== null;
      // "It would be their first meeting since February": a remark on the frame, not a new meeting
      const remark = sideParties.length + r.leaderParties.length === 0 && !sameSides && !roundOfCurrent && r.location === null && r.round === null && r.outcomes.length === 0 && !cancelled;
      if (remark || !((hasCue(cues, NEW_MARKER_CUES) && NEW_MARKER.test(t)) || differentRound || differentPlace || differentStatus || newParties || afterCall || differentDay || laterHandover)) frame = c;
    } else if (!starts && current) {
      // "Moscow was ready to continue contacts with Kiev in Istanbul": a sentence about somewhere else adds nothing to this meeting
      // (an offer or plan for another place, or a place after a call, which has none; "as he did in Geneva" still tells about this one)
      const otherPlace =
        r.location !== null && current.claim.location !== null && r.location.toLowerCase() !== current.claim.location.toLowerCase() &&
        ((hasCue(cues, OFFER_CUES) && OFFER.test(t)) || scheduled || cancelled) &&
        !new RegExp(`\\bas (?:he|she|they|it|we) (?:did|had|was|were) (?:in|at) (?:the )?${r.location.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(t);
      const elsewhere = !roundOfCurrent && r.location !== null && (otherPlace || (current.call === true && !isCall));
      if (!elsewhere) frame = current;
    }
    if (frame) {
      // attach to the frame that shares the most names (the one just told, on a tie)
      const shared = (f: TalksFrame) => r.negotiators.filter((n) => f.negotiators.includes(n)).length * 2 + sideParties.filter((p) => f.claim.parties.includes(p)).length;
      let best = shared(frame);
      for (const f of frames) {
        if (i - f.last > 8) continue;
        const score = shared(f);
        if (score > best) {
          best = score;
          frame = f;
        }
      }
    }
    if (!frame && !starts && !fromPending && !entryRound) continue;
    // "the parties had also agreed in principle to reconvene": a meeting to come with no day, place or number of its own
    // is no occasion a reader could file
    if (!frame && scheduled && !cancelled && !entryRound && !fromPending && r.location === null && r.round === null && !si.dates.some((d) => d.role === 'plain') && /\b(?:reconvene\w*|meet again|come together again|further (?:talks|negotiations|meetings|rounds?)|(?:new|another|next) (?:round|meeting))\b/i.test(t)) continue;
    if (!frame) {
      const sameAs = sameSides ? ([...frames].reverse().find((f) => r.location !== null && f.claim.location?.toLowerCase() === r.location.toLowerCase()) ?? frames[frames.length - 1]!) : null;
      // "A previous round in Riyadh": the series the article leads with, not a separate side meeting
      const roundSeries: TalksFrame | null = roundOfCurrent
        ? current!.aside
          ? ([...frames].reverse().find((f) => f !== current && !f.aside && (!r.location || f.claim.location?.toLowerCase() === r.location.toLowerCase())) ?? current)
          : current
        : null;
      const entryOf: TalksFrame | null = entryRound ? series : null;
      const inheritParties: string[] = entryOf
        ? entryOf.claim.parties.filter((p) => !entryOf.hosts.has(p))
        : roundSeries
        ? // (earlier rounds of a series meet with its opening sides, not with a guest told to attend the next one)
          priorRounds && roundSeries.firmSides && roundSeries.firmSides.size >= 2
          ? [...roundSeries.firmSides].sort()
          : [...roundSeries.claim.parties]
        : /\bthe two sides\b|\btheir\b|\bboth sides\b|\bthe (?:two )?delegations\b|^\s*They\b/i.test(t) && current && !sameSides && sideParties.length < 2
          ? [...(sameVenueFrame(frames, r.location, i) ?? current).claim.parties]
          : sameAs
            ? sameAs.claim.parties.filter((p) => !sameAs.hosts.has(p))
            : [];
      if (sameAs) for (const p of sideParties) if (!inheritParties.includes(p)) inheritParties.push(p);
      const sameStatus: boolean = current !== null && (current.claim.status === 'cancelled') === cancelled && (current.claim.status === 'scheduled') === scheduled;
      // (not "The talks follow a meeting between the United States and Ukraine in Saudi Arabia": the other meeting, its own sides)
      const inCountry = si.mentions.some((m) => partyRef(m)?.form === 'name' && /\bin\s+(?:the\s+)?$/i.test(t.slice(Math.max(0, m.start - 8), m.start)));
      const refersBack: boolean =
        /\b(?:the|that|this) (?:session|talks|meeting|round)\b/i.test(t) && current !== null && !(hasCue(cues, NEW_MARKER_CUES) && NEW_MARKER.test(t)) &&
        !(inCountry && sideParties.length >= 2 && sideParties.some((p) => !current!.claim.parties.includes(p)));
      // ("the first stage of that exchange": the handover the meeting agreed, carried out where it was agreed)
      const handoverOfIt = laterHandover && /\b(?:that|this|the agreed|the promised)\s+(?:(?:prisoner|POW)\s+)?(?:exchange|swap)\b/i.test(t);
      frame = newTalksFrame(
        i,
        { parties: laterHandover && inheritParties.length === 0 ? current!.claim.parties.filter((p) => !current!.hosts.has(p)) : inheritParties, location: refersBack || handoverOfIt ? current!.claim.location : null, status: cancelled ? 'cancelled' : scheduled ? 'scheduled' : 'held' },
        {
          // "The next round of the talks ... has been called off": the round is another, and so is its date
          dateParts: refersBack && sameStatus ? current!.dateParts : null,
          dateFromStatement: refersBack && sameStatus ? current!.dateFromStatement : false,
          call: isCall,
          aside: /\bseparate(?:ly)?\b/i.test(t),
        },
      );
      frames.push(frame);
      // where and when come from the sentence that opens the frame
      if (r.location) frame.claim.location = r.location;
      else if (roundOfCurrent && (sameVenue || priorRounds)) frame.claim.location = current!.claim.location;
      // "held separate talks ... in the same city": where the meeting before it was
      else if (sameVenue) frame.claim.location = [...frames].reverse().find((f) => f !== frame && f.claim.location)?.claim.location ?? null;
      if (fromPending && pending) {
        if (!frame.claim.location) frame.claim.location = pending.location;
        for (const h of pending.hosts) frame.hosts.add(h);
        if (pending.dateParts) frame.dateParts = pending.dateParts;
      }
      if (r.round !== null) frame.claim.round = r.round;
      const dir = frame.claim.status === 'held' ? 'past' : 'future';
      const plains = si.dates.filter((d) => d.role === 'plain' && !d.anchored);
      // "JUNE 30 - A summit ... in July was postponed": the entry's heading dates the report, not the summit
      const plain = nearestMeetingDate(DATED_ENTRY.test(si.text) && plains.length > 1 ? plains.slice(1) : plains, t);
      const stmt = si.dates.find((d) => d.role === 'statement');
      const listed = frame.claim.status === 'held' ? (listedDays(plains, t).length ? listedDays(plains, t) : listedMonths(plains, t)) : [];
      const listedParts = listed.map((d) => d.resolve(a.published, 'past'));
      // "on Monday and Tuesday", "on March 10 and 11": the days of one meeting, not meetings apart
      if (listed.length >= 2 && listedParts.every((d, k) => k === 0 || Math.abs(dayIndex(d) - dayIndex(listedParts[k - 1]!)) > 2)) {
        // one claim per round the sentence lists
        frame.dateParts = listedParts[0]!;
        alsoOn = listedParts.slice(1);
        listedRounds = ordinalsOfListed(listed, t);
        if (listedRounds[0] != null) frame.claim.round = listedRounds[0];
        // "... on February 28, March 3 and March 7 on Belarusian territory, while on the 10th they
        // met in Antalya": a venue told in a clause of its own after the list is not the list's
        if (frame.claim.location && frame.first === i && venueAfterList(t, listed[listed.length - 1]!.end, frame.claim.location)) frame.claim.location = null;
      } else if (plain) {
        frame.dateParts = plain.resolve(a.published, dir);
        // "delegations meet in Geneva on 10-11 March", published on March 6: this year's day, and to come unless told as past
        const ahead = plain.resolve(a.published, 'future');
        if (frame.claim.status === 'held' && plain.precision === 'day' && soonAfter(plain.resolve(a.published, 'past'), ahead, a.published)) {
          frame.dateParts = ahead;
          if (toldAsComing(t)) frame.claim.status = 'scheduled';
        }
        if (frame.claim.status === 'cancelled') {
          // a called-off meeting may have been due before or after the report: the nearer reading
          const past = plain.resolve(a.published, 'past');
          if (Math.abs(dayIndex(past) - dayIndex(a.published)) < Math.abs(dayIndex(frame.dateParts) - dayIndex(a.published))) frame.dateParts = past;
        }
        frame.dateFromStatement = false;
      } else if (stmt && !frame.dateParts && frame.claim.status === 'held') {
        frame.dateParts = stmt.resolve(a.published, 'past');
        frame.dateFromStatement = true;
      } else if (!frame.dateParts && frame.claim.status === 'held' && /\bsince (?:a|an|the|their) (?:[\w-]+ ){0,2}(?:meeting|talks|round|summit|session)\b/i.test(t) && si.dates.some((d) => d.role === 'since')) {
        // "frozen since a meeting in Istanbul in July": the date of that meeting
        frame.dateParts = si.dates.find((d) => d.role === 'since')!.resolve(a.published, 'past');
      } else if (!frame.dateParts && si.stamped && frame.claim.status === 'held') {
        // a time-stamped liveblog entry reports an event of the publication day
        frame.dateParts = a.published;
      }
    }
    if (frame.first === i && underHeading && heading) {
      // the heading names the venue and the days: over a state or a region the prose adds ("a base in Alaska")
      frame.claim.location = heading.place;
      frame.dateParts = heading.days[0]!;
      frame.dateFromStatement = false;
      if (frame.claim.status === 'held') alsoOn = heading.days.slice(1);
    }
    const c = frame.claim;
    // ("Trilateral negotiations between Ukraine, Russia and the United States ..., with American mediation":
    // a side named at the table when the meeting opened stays one when a later sentence calls it a mediator)
    // (a host that is no broker at the table, chairing it, stays a host though the opening listed it: "a trilateral meeting
    // between delegations from Türkiye, Russia, and Ukraine ... The talks will be chaired by Turkish Foreign Minister")
    for (const h of r.hosts) if (frame.first === i || (!frame.firmSides?.has(h) && !frame.leaderSides?.has(h)) || (!BROKER_AT_TABLE.has(h) && r.chairs.includes(h))) frame.hosts.add(h);
    for (const h of r.softHosts) (frame.softHosts ??= new Set()).add(h);
    const opening = frame.first === i;
    if (opening && !r.meetingNegated) for (const p of r.parties) if (!r.softHosts.includes(p)) (frame.firmSides ??= new Set()).add(p);
    // "Zelensky met French President Macron and Prime Minister Starmer in Paris": the host's leader at the table is a side
    if (opening && !r.meetingNegated) for (const p of r.leaderParties) if (!r.hosts.includes(p) && !frame.firmSides?.has(p)) (frame.leaderSides ??= new Set()).add(p);
    if (!r.meetingNegated) {
      addAll(c.parties, r.parties);
      addAll(c.parties, opening ? r.personParties : r.strongParties);
      addAll(frame.negotiators, opening ? r.negotiators : r.strong);
      if (opening) addAll(frame.leaders, r.leaders);
      if (opening) for (const p of r.leaderParties) if (!frame.hosts.has(p)) addAll(c.parties, [p]);
    }
    if (!c.location && r.venueLocation && frame.first !== i) c.location = r.venueLocation;
    // "The two-day round, which opened on April 9": the meeting's own day, over the day a source spoke of it
    if (frame.first !== i && c.status === 'held' && (frame.dateFromStatement || !frame.dateParts) && tellsWhenHeld(t)) {
      const held = nearestMeetingDate(si.dates.filter((d) => d.role === 'plain' && !d.anchored && d.precision === 'day'), t);
      if (held) {
        frame.dateParts = held.resolve(a.published, 'past');
        frame.dateFromStatement = false;
      }
    }
    // "It will be the sixth round": the frame's own number, told in the next sentence
    // ("The third round, held at the Ciragan Palace, lasted 40 minutes": the meeting just told, by its number)
    const roundAsSubject = ROUND_AS_SUBJECT.test(t) && !si.dates.some((d) => d.role === 'plain');
    if (c.round === null && r.round !== null && (frame.first === i || ROUND_OF_IT.test(t) || roundAsSubject)) c.round = r.round;
    for (const o of r.outcomes) {
      const have = c.outcomes.find((x) => x.type === o.type);
      if (!have) c.outcomes.push(o);
      else if (have.total === undefined && o.total !== undefined) have.total = o.total;
    }
    // "a prisoner exchange took place between Russia and Ukraine": the occasion is the exchange itself
    if (!r.negated && !scheduled && !cancelled && EXCHANGE_HAPPENED.test(t) && !c.outcomes.some((o) => o.type === 'prisoner_exchange')) c.outcomes.push({ type: 'prisoner_exchange' });
    if (Object.keys(r.released).length) {
      const ex = c.outcomes.find((o) => o.type === 'prisoner_exchange');
      if (ex) {
        ex.released = { ...(ex.released ?? {}), ...r.released };
        // both sides' counts told: the total is theirs ("146 ... returned in exchange for 146")
        const counts = Object.values(ex.released);
        if (ex.total === undefined && counts.length >= 2 && !ex.agreed) ex.total = counts.reduce((x, y) => x + y, 0);
      }
      // "Ukraine brought home 300 ... Russia received 300 in return": both directions told, no exchange named
      else {
        frame.releasedSeen = { ...(frame.releasedSeen ?? {}), ...r.released };
        const seen = Object.keys(frame.releasedSeen);
        if (seen.length === 2 && seen.every((p) => c.parties.includes(p)) && /\bin (?:return|exchange)\b/i.test(t)) c.outcomes.push({ type: 'prisoner_exchange', released: { ...frame.releasedSeen } });
      }
    }
    const sides = r.releasedEach !== null ? sidesOf(c.parties, a.gaz) : null;
    const ex = sides ? c.outcomes.find((o) => o.type === 'prisoner_exchange') : undefined;
    if (ex && sides && r.releasedEach !== null && (ex.total === undefined || ex.total === 2 * r.releasedEach)) {
      ex.released = { [sides[0]]: r.releasedEach, [sides[1]]: r.releasedEach };
      ex.total = 2 * r.releasedEach;
    }
    frame.last = i;
    frame.signals += 1;
    current = frame;
    // "the first two rounds, on May 16 and June 2": numbered from one, in the order listed
    const firstN = alsoOn.length > 0 ? /\bthe first (two|three|four)\s+(?:(?:trilateral|bilateral|direct)\s+)?rounds\b/i.exec(t) : null;
    const numbered = firstN !== null && NUM_WORD[firstN[1]!.toLowerCase()] === alsoOn.length + 1;
    if (numbered && frame.claim.round === null) frame.claim.round = 1;
    for (const [k, day] of alsoOn.entries()) {
      const { claim } = frame;
      frames.push({ ...frame, claim: { ...claim, parties: [...claim.parties], participants: [], outcomes: [], round: listedRounds[k + 1] ?? (numbered ? k + 2 : claim.round) }, dateParts: day, negotiators: [], leaders: [], hosts: new Set(frame.hosts), softHosts: frame.softHosts && new Set(frame.softHosts), firmSides: frame.firmSides && new Set(frame.firmSides), leaderSides: frame.leaderSides && new Set(frame.leaderSides) });
    }
  }
  distributeByOrdinal(a, frames, (t, si, parties) => outcomesIn(t, si, parties, false).outcomes);
  frames = splitSeparateMeetings(a, frames);
  splitRoundBefore(a, frames);
  const kept: TalksFrame[] = [];
  // parties an article calls the talks' host, facilitator or mediator ("Turkey's role as host and facilitator")
  const roleHosts = new Set<string>();
  for (const si of a.sentences) {
    if (!/\brole\s+as\b|\bas\s+(?:a\s+|the\s+)?(?:host|facilitator|mediator|go-between|intermediary)\b/i.test(si.text)) continue;
    for (const m of si.mentions) {
      const p = partyRef(m);
      if (p && ROLE_AS_HOST.test(si.text.slice(m.start, m.end + 60))) roleHosts.add(p.party);
    }
  }
  for (const f of frames) {
    const c = f.claim;
    // "The talks will be chaired by Turkish Foreign Minister Hakan Fidan" a few sentences on: a chair that is no broker is no side
    for (const h of chairsTold(a.sentences, f.first, f.last + 2)) if (!BROKER_AT_TABLE.has(h)) f.hosts.add(h);
    c.parties = c.parties.filter((p) => !f.hosts.has(p));
    // a host told by its verb is a side only when the meeting needs it as one ("Washington will host Kyiv's team")
    const soft = f.softHosts;
    const withoutSoft = soft ? c.parties.filter((p) => !soft.has(p) || f.firmSides?.has(p) || f.leaderSides?.has(p)) : c.parties;
    if (new Set(withoutSoft).size >= 2) c.parties = withoutSoft;
    // a leader-only meeting keeps its leaders; otherwise envoys are the participants
    c.participants = f.negotiators.length ? f.negotiators : f.leaders;
    // a leader at the table is a side ("Zelensky met Macron and Starmer in Paris"), unless the venue is his and the
    // war's two sides are both there besides ("Erdogan received the Russian and Ukrainian delegations in Istanbul")
    const host = venueParty(a.gaz, c.location);
    const warSides = (ps: string[]) => ps.some((p) => (a.gaz.adversaries.get(p) ?? []).some((q) => ps.includes(q)));
    const firm = new Set([...(f.firmSides ?? []), ...[...(f.leaderSides ?? [])].filter((p) => !(p === host && warSides(c.parties.filter((x) => x !== p))))]);
    c.parties = [...new Set(withoutVenueHost(c.parties, c.location, a.gaz, firm))].sort();
    // "Fidan emphasized Turkey's role as host and facilitator": a side the article calls the host is none
    // while the war's two sides are at the table without it
    const rest = c.parties.filter((p) => !roleHosts.has(p));
    if (rest.length < c.parties.length && warSides(rest)) c.parties = rest;
    if (c.parties.length < 2) continue;
    if (f.call && c.outcomes.length === 0) continue;
    // a meeting to come with neither place nor day ("a meeting ... is expected to begin there in the near future",
    // "the new exchange will be the largest"): no occasion a reader could file
    // (a meeting agreed to is news without either: "agreed in principle to hold a summit")
    if (c.status !== 'held' && c.location === null && !f.dateParts && !/\bagreed\b[^.;]{0,40}\bto (?:hold|meet|convene)\b/i.test(a.sentences[f.first]?.text ?? '')) continue;
    // each side's count read, no total stated: the swap is their sum
    for (const o of c.outcomes)
      if (o.type === 'prisoner_exchange' && o.total === undefined && o.released && Object.keys(o.released).length === 2 && Object.keys(o.released).every((p) => c.parties.includes(p)))
        o.total = Object.values(o.released).reduce((x, y) => x + y, 0);
    if (f.dateParts) c.date = formatDate(f.dateParts);
    // an exchange or a handover of the dead told as done, with no day of its own, is news of the article's day
    // (a meeting keeps the month: a round told days later without its day would otherwise stand apart from itself)
    else if (c.status === 'held' && c.outcomes.length > 0 && c.outcomes.every((o) => HANDOVER_TYPES.has(o.type) && o.agreed !== true)) c.date = formatDate(a.published);
    else if (c.status === 'held') c.date = formatDate({ y: a.published.y, m: a.published.m });
    kept.push(f);
  }
  return mergeRepeats(kept);
}

/** Whether `place` is told only in a clause of its own (", while ...", "; ...") after a list of days ending at `listEnd`. */
function venueAfterList(t: string, listEnd: number, place: string): boolean {
  const brk = /,\s*(?:while|whereas|but|and then)\b|;/g;
  brk.lastIndex = listEnd;
  const m = brk.exec(t);
  if (!m) return false;
  const at = t.toLowerCase().indexOf(place.toLowerCase());
  return at > m.index;
}
