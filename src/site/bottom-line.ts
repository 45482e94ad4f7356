/**
 * The bottom line of a question, decided from the data alone: a one-sentence answer, the effect
 * per 100 people, the relative effect with its interval, how sure we can be, the sources, and a
 * sentence a reader can quote. Pure: the card (BottomLine.astro) only lays it out.
 *
 * Wording follows the evidence, not the other way round: a difference whose interval includes
 * no difference is "not statistically clear"; a single trial is "one trial, not a pooled
 * estimate"; no certainty grade is ever made up ("not formally graded" unless a review graded it).
 */
import type { Evidence } from '../data/load.ts';
import type { Figure, Study } from '../data/schemas.ts';
import { employedCountFor, figuresWhere, headlineComparisons, shortCitation, source, synthesisPool } from '../data/evidence.ts';
import { formatInterval, formatNumber, formatPercent, formatPoints, formatTimepoint, withCi } from '../i18n/format.ts';
import { inLang, messages, type Lang } from '../i18n/index.ts';
import { naturalFrequencies, poolRiskRatios } from '../stats/meta-analysis.ts';
import { differenceOfPercentages, riskDifference } from '../stats/stats.ts';
import { figuresOfPooledTrial } from '../stats/synthesis.ts';

export interface BottomLine {
  question: string;
  /** One sentence a reader can take away. */
  answer: string;
  /** The effect in natural frequencies: "out of 100 people…". */
  perHundred: string;
  /** The relative or absolute contrast with its interval, or why there is none. */
  effect: string;
  /** "Not formally graded", or a published rating. */
  certaintyLabel: string;
  /** What the certainty rests on, in words. */
  certainty: string;
  /** Every figure the card uses, for its sources and status badges. */
  figures: Figure[];
  /** The answer with its citation, as plain text to copy. */
  quote: string;
}

/** Whether the data show the difference is statistically clear (an interval or p-value says so). */
export type Clarity = 'clear' | 'not-clear' | 'unknown';

const CONTRASTS = ['odds-ratio', 'risk-ratio', 'risk-difference'] as const;

/**
 * An arm's label inside a sentence: "Treatment as usual" → "treatment as usual", but a name stays
 * as it is ("About Face alone", "ACT-IPS"): only a capitalised ordinary first word is lowered.
 */
const lowerFirst = (s: string) =>
  /^[A-ZÆØÅ][a-zæøå]*(?:\s+[^A-ZÆØÅ\s]|$|[^\sa-zæøå])/.test(s) && !/^\S+\s+[A-ZÆØÅ]/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;

/** A published p-value below 0.05 (=0.015, <0.05, <=0.001) says the difference is clear. */
export function pValueClarity(p: string | undefined): Clarity {
  if (!p) return 'unknown';
  const m = /^(<=|>=|=|<|>)(.+)$/.exec(p);
  if (!m) return 'unknown';
  const value = Number(m[2]);
  if (m[1] === '>' || m[1] === '>=') return value >= 0.05 ? 'not-clear' : 'unknown';
  return value < 0.05 || (m[1] === '<' && value <= 0.05) ? 'clear' : 'not-clear';
}

/** Whether an interval excludes the value that means "no effect" (1 for ratios, 0 for differences). */
export function intervalClarity(low: number, high: number, none: number): Clarity {
  return low > none || high < none ? 'clear' : 'not-clear';
}

/** A published contrast (odds ratio, risk ratio, difference) of the headline arms at the headline time. */
function publishedContrast(e: Evidence, st: Study, rate: Figure, control: Figure): Figure | undefined {
  const candidates = figuresWhere(e, { study: st.key }).filter(
    (f) =>
      (CONTRASTS as readonly string[]).includes(f.measure) &&
      f.group === rate.group &&
      f.comparator === control.group &&
      (f.timepoint ?? '') === (rate.timepoint ?? ''),
  );
  // One with an interval says the most; then one with a p-value.
  return candidates.find((f) => f.ci_low !== undefined) ?? candidates.find((f) => f.p_value !== undefined) ?? candidates[0];
}

/** The bottom line of one trial: what happened, per 100, the contrast, and how sure one trial can make us. */
export function trialBottomLine(e: Evidence, studyKey: string, lang: Lang, site: string): BottomLine {
  const w = messages(lang).bottomLine.trial;
  const c = headlineComparisons(e, (s) => s.key === studyKey)[0];
  if (!c) throw new Error(`The study "${studyKey}" has no headline comparison in data/studies.yaml, so it has no bottom line.`);
  const { study: st, intervention: ips, control: ctl } = c;
  const trial = inLang(st, 'short', lang) ?? inLang(st, 'name', lang);
  const trialInSentence = w.inSentence(trial);
  const arm = (group: string) => {
    const a = st.arms?.find((x) => x.id === group);
    return a ? inLang(a, 'label', lang) : group;
  };
  const armIps = arm(ips.group);
  const armCtl = lowerFirst(arm(ctl.group));
  const measure = e.measures.get(ips.measure);
  const outcome = lowerFirst(measure ? inLang(measure, 'label', lang) : ips.measure);
  const when = ips.timepoint ? w.at(formatTimepoint(ips.timepoint, lang)) : '';
  const decimals = Math.max(ips.decimals, ctl.decimals);
  const figures: Figure[] = [ips, ctl];

  // How precise the difference is: a published contrast first, else counts, else nothing to say.
  let clarity: Clarity;
  let effect: string;
  const contrast = publishedContrast(e, st, ips, ctl);
  const ic = employedCountFor(e, ips);
  const cc = employedCountFor(e, ctl);
  if (contrast && contrast.ci_low !== undefined && contrast.ci_high !== undefined) {
    figures.push(contrast);
    const none = contrast.measure === 'risk-difference' ? 0 : 1;
    clarity = intervalClarity(contrast.ci_low, contrast.ci_high, none);
    const value = formatNumber(contrast.value, lang, contrast.decimals);
    effect = `${w.contrast[contrast.measure as (typeof CONTRASTS)[number]]} ${withCi(value, formatNumber(contrast.ci_low, lang, contrast.decimals), formatNumber(contrast.ci_high, lang, contrast.decimals), lang)}`;
  } else if (ic && cc) {
    figures.push(ic, cc);
    const ci = riskDifference({ events: ic.numerator!, total: ic.denominator! }, { events: cc.numerator!, total: cc.denominator! });
    clarity = intervalClarity(ci.low, ci.high, 0);
    const d = differenceOfPercentages(ips.value, ctl.value).estimate;
    effect = `${w.difference(formatPoints(d, lang, decimals, true))} (${messages(lang).format.ci} ${formatInterval(100 * ci.low, 100 * ci.high, lang, decimals)}, ${w.fromCounts(ic.status === 'derived' || cc.status === 'derived')})`;
  } else {
    const d = differenceOfPercentages(ips.value, ctl.value).estimate;
    const p = contrast?.p_value ?? ips.p_value;
    if (contrast) figures.push(contrast);
    clarity = pValueClarity(p);
    effect = `${w.difference(formatPoints(d, lang, decimals, true))}${p ? ` (${w.p} ${p.replace(/^=/, '= ').replace(/^([<>]=?)/, '$1 ')})` : `; ${w.noInterval}`}`;
  }
  if (contrast?.p_value && clarity === 'unknown') clarity = pValueClarity(contrast.p_value);

  const randomised = figuresWhere(e, { study: st.key, measure: 'participants-randomised', group: 'all' })[0];
  if (randomised) figures.push(randomised);
  const certainty = `${w.oneTrial(randomised ? formatNumber(randomised.value, lang, 0) : undefined)}${clarity === 'not-clear' ? ` ${w.includesNone}` : ''}`;
  const answer = w.answer(
    trialInSentence,
    outcome,
    when,
    formatPercent(ips.value, lang, ips.decimals),
    armIps,
    formatPercent(ctl.value, lang, ctl.decimals),
    armCtl,
    clarity,
  );
  const primary = st.primary_source ? source(e, st.primary_source) : source(e, ips.source);
  return {
    question: w.question(trialInSentence),
    answer,
    perHundred: w.perHundred(formatNumber(ips.value, lang, 0), armIps, formatNumber(ctl.value, lang, 0), armCtl, outcome, when),
    effect,
    certaintyLabel: w.notGraded,
    certainty,
    figures,
    quote: w.cite(answer, shortCitation(primary, lang), site),
  };
}

// ---------------------------------------------------------------- the trials together

/** The published meta-analyses' pooled risk ratios (IPS against control), with their trial counts. */
function publishedRiskRatios(e: Evidence): { ratios: Figure[]; counts: Figure[] } {
  const reviews = [...e.studies.values()].filter((s) => s.kind === 'meta-analysis').map((s) => s.key);
  const ratios = reviews
    .flatMap((key) => figuresWhere(e, { study: key, measure: 'risk-ratio' }))
    .filter((f) => f.group === 'ips' && f.comparator === 'control');
  const counts = [...new Set(ratios.map((f) => f.study!))].flatMap((key) => figuresWhere(e, { study: key, measure: 'rct-count', group: 'all' }));
  return { ratios, counts };
}

/** The bottom line of the trials together: the published range first, then what the site pools itself. */
export function pooledBottomLine(e: Evidence, lang: Lang, site: string): BottomLine {
  const w = messages(lang).bottomLine.pooled;
  const trials = synthesisPool(e, 'ips', lang);
  const pooled = poolRiskRatios(trials);
  const nf = naturalFrequencies(pooled);
  const { ratios, counts } = publishedRiskRatios(e);
  if (ratios.length === 0) throw new Error('No published meta-analysis risk ratio (IPS against control) in data/figures/: the bottom line needs one.');
  const sorted = [...ratios].sort((a, b) => a.value - b.value);
  const min = sorted[0]!;
  const max = sorted.at(-1)!;
  const ratio = (v: number) => formatNumber(v, lang, 2);
  const maxK = Math.max(...counts.map((f) => f.value));
  const answer = w.answer(ratio(min.value), ratio(max.value));
  const pi = pooled.prediction ? formatInterval(pooled.prediction.low, pooled.prediction.high, lang, 2) : undefined;
  const figures = [...new Set([...ratios, ...counts, ...trials.flatMap(figuresOfPooledTrial)])];
  return {
    question: w.question,
    answer,
    perHundred: w.perHundred(formatNumber(nf.ipsPer100, lang, 0), formatNumber(nf.controlPer100, lang, 0), pooled.k),
    effect: w.effect(
      ratio(pooled.rr.estimate),
      formatInterval(pooled.rr.low, pooled.rr.high, lang, 2),
      pi,
      pooled.k,
      formatNumber(pooled.participants, lang, 0),
    ),
    certaintyLabel: w.notGraded,
    certainty: w.certainty(
      pooled.k,
      formatNumber(maxK, lang, 0),
      formatPercent(pooled.reml.I2, lang, 0),
      pooled.prediction ? pooled.prediction.low <= 1 && pooled.prediction.high >= 1 : undefined,
    ),
    figures,
    quote: w.cite(answer, sorted.map((f) => shortCitation(source(e, f.source), lang)).join('; '), site),
  };
}
