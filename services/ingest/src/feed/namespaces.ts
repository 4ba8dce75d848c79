/** Namespace URIs the mappers look at, and the conventional prefixes for undeclared ones. */
export const NS = {
  xml: 'http://www.w3.org/XML/1998/namespace',
  xmlns: 'http://www.w3.org/2000/xmlns/',
  atom10: 'http://www.w3.org/2005/Atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss090: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  media: 'http://search.yahoo.com/mrss/',
} as const;

/** Prefixes feeds commonly use without declaring them. */
export const CONVENTIONAL_PREFIXES: Readonly<Record<string, string>> = {
  atom: NS.atom10,
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  rdf: NS.rdf,
  xhtml: NS.xhtml,
  itunes: NS.itunes,
  media: NS.media,
};

/** The iTunes namespace is spelled in two cases in the wild. */
export const ITUNES_NS = [NS.itunes, 'http://www.itunes.com/DTDs/PodCast-1.0.dtd'];

/** Alternative URIs seen in the wild for the same vocabularies. */
export const ATOM10_ALIASES = new Set([NS.atom10, 'http://www.w3.org/2005/atom', 'http://purl.org/atom/ns#draft-ietf-atompub-format-08']);
