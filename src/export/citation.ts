/**
 * How to cite a chart and the sources behind it, in APA 7 (plain text), BibTeX and RIS.
 * Pure functions of the data: the chart's citation names the site, the chart's title, the
 * data version and its release date, and the chart's address; each source's citation is
 * built from data/sources.yaml (authors as printed there, "Reme SE", become "Reme, S. E.").
 */
import type { Source } from '../data/schemas.ts';
import { sourceLink } from '../data/evidence.ts';
import { LOCALE, messages, type Lang } from '../i18n/index.ts';

/** What a chart's citation needs. */
export interface ChartCitation {
  /** The chart's id, for citation keys. */
  id: string;
  title: string;
  /** The site's name in the chart's language, the author of the chart. */
  siteName: string;
  /** Data version (semver) and its release date (ISO), from data/release.yaml. */
  version: string;
  date: string;
  /** Absolute address of the page that shows the chart. */
  url: string;
  /**
   * Absolute address of the embed pinned to this data version (/embed/v<version>/<id>/), when
   * this version is released: the address that keeps showing exactly these numbers. A
   * citation names it rather than the page, whose chart moves on with the data.
   */
  pinnedUrl?: string;
  lang: Lang;
}

/** The address a chart's record cites: its pinned embed, or the page that shows it. */
export const citedUrl = (c: ChartCitation) => c.pinnedUrl ?? c.url;

// ---------------------------------------------------------------- authors

export interface PersonName {
  /** Surname with any particle, as printed: "van Busschbach", "St-Pierre", "Løvvik". */
  family: string;
  /** Initials as letters, hyphenated ones kept together: ["S", "E"], ["A-L"]. */
  initials: string[];
}
/** A group author ("EQOLISE Group", "IPS Employment Center") is kept whole. */
export type Author = PersonName | { group: string };

/** "Reme SE" → Reme + S, E; "Park A-L" → Park + A-L; "EQOLISE Group" → a group. */
export function parseAuthor(raw: string): Author {
  const m = /^(.+?)\s+([A-Z]+(?:-[A-Z]+)*)$/u.exec(raw.trim());
  if (!m || m[2]!.replace(/-/g, '').length > 4) return { group: raw.trim() };
  const initials: string[] = [];
  for (const part of m[2]!.split(/(?=[A-Z])/)) {
    // "A-L" splits to "A-", "L": join a hyphenated pair back together.
    const prev = initials[initials.length - 1];
    if (prev?.endsWith('-')) initials[initials.length - 1] = prev + part;
    else initials.push(part);
  }
  return { family: m[1]!, initials };
}

const isGroup = (a: Author): a is { group: string } => 'group' in a;

/** APA initials: "S. E.", "A.-L.". */
function apaInitials(initials: readonly string[]): string {
  return initials
    .map((i) =>
      i
        .split('-')
        .map((p) => `${p}.`)
        .join('-'),
    )
    .join(' ');
}

/** One author as APA prints it: "Reme, S. E." */
export function apaAuthor(a: Author): string {
  return isGroup(a) ? a.group : `${a.family}, ${apaInitials(a.initials)}`;
}

/**
 * An APA 7 author list: "A, B., & C, D."; up to 20 names in full, from 21 on the first 19,
 * an ellipsis, and the last.
 */
export function apaAuthors(raw: readonly string[]): string {
  const names = raw.map((r) => apaAuthor(parseAuthor(r)));
  if (names.length === 0) return '';
  if (names.length === 1) return names[0]!;
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names[names.length - 1]}`;
  return `${names.slice(0, -1).join(', ')}, & ${names[names.length - 1]}`;
}

// ---------------------------------------------------------------- APA 7

/** "2026, November 24" (APA 7), or in Norwegian APA "2026, 24. november", from an ISO date. */
export function apaDate(iso: string, lang: Lang = 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  // The month's name from Intl (UTC, so the date never shifts a day); the order is the language's APA convention.
  const month = new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
  return messages(lang).citation.date(y!, month, d!);
}

/**
 * A page range as printed, with an en dash: "33–41"; a range whose end was not captured
 * ("745–") is cited by its first page.
 */
export function pageRange(pages: string | undefined): { start?: string; end?: string; text?: string } {
  if (!pages) return {};
  const [start = '', end = ''] = pages.split(/\s*[–-]\s*/);
  if (!start) return {};
  return end ? { start, end, text: `${start}–${end}` } : { start, text: start };
}

/** End a part with a full stop unless it already ends with punctuation. */
const period = (s: string) => (/[.?!]$/.test(s) ? s : `${s}.`);

/**
 * APA 7 reference of a source, as plain text (no italics). Articles: authors, (year),
 * title, journal, volume(issue), pages, DOI. Other kinds: author or publisher, (date),
 * title [description], site, address. No author and no publisher: the title leads.
 */
export function apaSource(s: Source, lang: Lang = 'en'): string {
  const w = messages(lang).citation;
  const when = s.date ? apaDate(s.date, lang) : s.year ? String(s.year) : w.noDate;
  const who = s.authors?.length ? apaAuthors(s.authors) : s.publisher;
  const link = sourceLink(s);
  if (s.kind === 'article') {
    const vol = s.volume ? `, ${s.volume}${s.issue ? `(${s.issue})` : ''}` : '';
    const range = pageRange(s.pages).text;
    const pages = range ? `, ${range}` : '';
    const journal = s.journal ? ` ${s.journal}${vol}${pages}.` : '';
    return [`${period(who ?? s.title)} (${when}).`, who ? ` ${period(s.title)}` : '', journal, link ? ` ${link}` : ''].join('');
  }
  const format = s.kind === 'talk' || s.kind === 'slides' ? w.slides : s.kind === 'conference-abstract' ? w.abstract : undefined;
  const registry = s.kind === 'registry' && s.registry && !s.title.includes(s.registry) ? ` (${w.identifier} ${s.registry})` : '';
  const title = `${s.title}${registry}${format ? ` [${format}]` : ''}`;
  const site = s.kind === 'registry' ? 'ClinicalTrials.gov' : s.authors?.length ? s.publisher : undefined;
  const parts = who ? [`${period(who)} (${when}).`, ` ${period(title)}`] : [`${period(title)} (${when}).`];
  if (s.kind === 'conference-abstract' && s.journal) parts.push(` ${period(s.journal)}`);
  if (site && site !== who) parts.push(` ${period(site)}`);
  if (link) parts.push(` ${link}`);
  return parts.join('');
}

/**
 * APA 7 reference of the chart in three parts, so a page can set the title in italics:
 * the site as group author, dated by the data release; the title; version, kind, address.
 */
export function apaChartParts(c: ChartCitation): { before: string; title: string; after: string } {
  const w = messages(c.lang).citation;
  return {
    before: `${c.siteName}. (${apaDate(c.date, c.lang)}). `,
    title: c.title,
    after: ` (${w.version} ${c.version}) [${w.kind}]. ${citedUrl(c)}`,
  };
}

/** APA 7 reference of the chart as plain text. */
export function apaChart(c: ChartCitation): string {
  const p = apaChartParts(c);
  return `${p.before}${p.title}${p.after}`;
}

/** The APA download: the chart, then each source, one reference a paragraph. */
export function apaFile(c: ChartCitation, sources: readonly Source[]): string {
  const w = messages(c.lang).citation;
  return `${[w.thisChart, apaChart(c), '', w.itsSources, ...sources.map((s) => apaSource(s, c.lang))].join('\n')}\n`;
}

// ---------------------------------------------------------------- BibTeX

/**
 * Text safe inside a BibTeX field: the characters TeX treats as special are escaped
 * (\ { } $ & % # _ ^ ~), dashes become TeX dashes. Letters such as ø stay UTF-8
 * (biblatex/biber and modern BibTeX read it).
 */
export function bibtexEscape(s: string): string {
  return s
    .replace(/[\\{}$&%#_^~]/g, (ch) => {
      switch (ch) {
        case '\\':
          return '\\textbackslash{}';
        case '^':
          return '\\textasciicircum{}';
        case '~':
          return '\\textasciitilde{}';
        default:
          return `\\${ch}`;
      }
    })
    .replace(/—/g, '---')
    .replace(/–/g, '--');
}

/**
 * A title in an inner pair of braces, so BibTeX styles keep its case as the source printed
 * it (IPS, SEED, Norway would otherwise be lower-cased by sentence-case styles).
 */
export function bibtexTitle(s: string): string {
  return `{${bibtexEscape(s)}}`;
}

function bibtexName(a: Author): string {
  return isGroup(a) ? `{${bibtexEscape(a.group)}}` : `${bibtexEscape(a.family)}, ${apaInitials(a.initials)}`;
}

/** A BibTeX key: letters, digits and - _ : . only. */
export function bibtexKey(s: string): string {
  return s.replace(/[^A-Za-z0-9_:.-]/g, '-');
}

/** A value written without braces: a month macro (jan … dec), which every style knows. */
interface Raw {
  raw: string;
}
type FieldValue = string | Raw | undefined;

function bibtexEntry(type: string, key: string, fields: Array<[string, FieldValue]>): string {
  const body = fields
    .filter((f): f is [string, string | Raw] => f[1] !== undefined && f[1] !== '')
    .map(([k, v]) => `  ${k} = ${typeof v === 'string' ? `{${v}}` : v.raw}`)
    .join(',\n');
  return `@${type}{${bibtexKey(key)},\n${body}\n}`;
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "2026-11-24" → the month macro `nov`; a date without a month → nothing. */
function bibtexMonth(iso: string | undefined): Raw | undefined {
  const m = iso ? Number(iso.split('-')[1]) : NaN;
  return m >= 1 && m <= 12 ? { raw: MONTH_MACROS[m - 1]! } : undefined;
}

/** URLs and DOIs go in verbatim except for the characters that would break the field. */
const bibtexVerbatim = (s: string | undefined) => s?.replace(/[{}\\]/g, (ch) => `\\${ch}`);

/**
 * An address inside \url{…} in `howpublished`: styles pass the field to other macros, where a
 * bare "#" or "%" stops LaTeX; url.sty prints \# and \% as the plain characters. (The `url`
 * field is read verbatim by biblatex and keeps them as they are.)
 */
const bibtexUrlArg = (s: string) => bibtexVerbatim(s)!.replace(/[#%]/g, (ch) => `\\${ch}`);

/**
 * The chart's record, in fields that classic BibTeX styles (plain, plainnat) and biblatex both
 * read: year and month (not biblatex's `date`, which BibTeX ignores), the version in `note`
 * (not biblatex's `version`), the address in `howpublished` (what BibTeX prints) and `url`.
 */
export function bibtexChart(c: ChartCitation): string {
  const w = messages(c.lang).citation;
  const url = citedUrl(c);
  return bibtexEntry('misc', `ips-evidence-${c.id}-${c.version}`, [
    ['author', `{${bibtexEscape(c.siteName)}}`],
    ['title', bibtexTitle(c.title)],
    ['year', c.date.slice(0, 4)],
    ['month', bibtexMonth(c.date)],
    ['howpublished', `\\url{${bibtexUrlArg(url)}}`],
    ['url', bibtexVerbatim(url)],
    ['note', `${w.kind}, ${w.version.toLowerCase()} ${c.version}`],
  ]);
}

export function bibtexSource(s: Source): string {
  const authors = s.authors?.map((r) => bibtexName(parseAuthor(r))).join(' and ');
  const author = authors ?? (s.publisher ? `{${bibtexEscape(s.publisher)}}` : undefined);
  const link = sourceLink(s);
  const year = s.year !== undefined ? String(s.year) : s.date?.slice(0, 4);
  if (s.kind === 'article') {
    return bibtexEntry('article', s.key, [
      ['author', author],
      ['title', bibtexTitle(s.title)],
      ['journal', s.journal && bibtexEscape(s.journal)],
      ['year', year],
      ['volume', s.volume && bibtexEscape(s.volume)],
      ['number', s.issue && bibtexEscape(s.issue)],
      ['pages', pageRange(s.pages).text?.replace('–', '--')],
      ['doi', bibtexVerbatim(s.doi)],
      ['pmid', s.pmid],
      ['url', s.doi ? undefined : bibtexVerbatim(link)],
    ]);
  }
  const how =
    s.kind === 'registry'
      ? `ClinicalTrials.gov, ${s.registry}`
      : s.kind === 'talk' || s.kind === 'slides'
        ? 'Presentation slides'
        : s.kind === 'conference-abstract'
          ? `Conference abstract${s.journal ? `, ${bibtexEscape(s.journal)}` : ''}`
          : undefined;
  return bibtexEntry('misc', s.key, [
    ['author', author],
    // Without an author, styles sort and label by `key` (plain warns "need author or key").
    ['key', author ? undefined : bibtexEscape(s.registry ?? s.title)],
    ['title', bibtexTitle(s.title)],
    ['year', year],
    ['month', bibtexMonth(s.date)],
    ['howpublished', how],
    ['publisher', s.authors?.length && s.publisher ? bibtexEscape(s.publisher) : undefined],
    ['doi', bibtexVerbatim(s.doi)],
    ['url', bibtexVerbatim(link)],
  ]);
}

export function bibtexFile(c: ChartCitation, sources: readonly Source[]): string {
  return `${[bibtexChart(c), ...sources.map(bibtexSource)].join('\n\n')}\n`;
}

// ---------------------------------------------------------------- RIS

/** One RIS tag line: two letters, two spaces, a hyphen, a space; no line breaks in values. */
function risLine(tag: string, value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : [`${tag}  - ${value.replace(/\s*[\r\n]+\s*/g, ' ')}`];
}

const RIS_TYPE: Record<Source['kind'], string> = {
  article: 'JOUR',
  registry: 'ELEC',
  talk: 'SLIDE',
  slides: 'SLIDE',
  web: 'ELEC',
  news: 'NEWS',
  'conference-abstract': 'ABST',
};

/** RIS names: "Reme, S. E."; a group author as it is. */
function risAuthor(a: Author): string {
  return isGroup(a) ? a.group : `${a.family}, ${apaInitials(a.initials)}`;
}

function risRecord(lines: string[][]): string {
  return [...lines.flat(), 'ER  - '].join('\r\n');
}

export function risChart(c: ChartCitation): string {
  const w = messages(c.lang).citation;
  return risRecord([
    risLine('TY', 'ELEC'),
    risLine('AU', c.siteName),
    risLine('TI', c.title),
    risLine('PY', c.date.slice(0, 4)),
    risLine('DA', c.date.replace(/-/g, '/')),
    risLine('ET', `${w.version} ${c.version}`),
    risLine('PB', c.siteName),
    risLine('UR', citedUrl(c)),
    risLine('LA', c.lang),
    risLine('N1', `${w.kind}, ${w.version.toLowerCase()} ${c.version}`),
  ]);
}

export function risSource(s: Source): string {
  const { start, end } = pageRange(s.pages);
  return risRecord([
    risLine('TY', RIS_TYPE[s.kind]),
    ...(s.authors ?? []).map((r) => risLine('AU', risAuthor(parseAuthor(r)))),
    risLine(s.authors?.length ? 'PB' : 'AU', s.publisher),
    risLine('TI', s.title),
    risLine('T2', s.journal),
    risLine('PY', s.year !== undefined ? String(s.year) : s.date?.slice(0, 4)),
    risLine('DA', s.date?.replace(/-/g, '/')),
    risLine('VL', s.volume),
    risLine('IS', s.issue),
    risLine('SP', start),
    risLine('EP', end),
    risLine('DO', s.doi),
    risLine('AN', s.pmid ? `PMID: ${s.pmid}` : s.registry),
    risLine('UR', sourceLink(s)),
  ]);
}

/** RIS lines end with CR LF; records follow one another. */
export function risFile(c: ChartCitation, sources: readonly Source[]): string {
  return `${[risChart(c), ...sources.map(risSource)].join('\r\n')}\r\n`;
}
