/**
 * The bottom line of a question, decided from the data alone: a one-sentence answer, the effect
 * per 100 people, the relative effect with its interval, how sure we can be, the sources, and a
 * sentence a reader can quote. Pure: the card (BottomLine.astro) only lays it out.
 *
 * Wording follows the evidence, not the other way round: a difference whose interval includes
 * no difference is "not statistically clear"; a single trial is "one trial, not a pooled
 * estimate"; no certainty grade is ever made up ("not formally graded" unless a review graded it).
 */
import type { Evidence } from './data/load.ts';
import type { Figure, Study } from './data/schemas.ts';
import { employedCountFor, figuresWhere, headlineComparisons, shortCitation, source, synthesisPool } from './evidence.ts';
import { formatInterval, formatNumber, formatPercent, formatPoints, formatTimepoint } from './format.ts';
import { inLang, type Lang } from '../i18n/index.ts';
import { naturalFrequencies, poolRiskRatios } from './meta-analysis.ts';
import { differenceOfPercentages, riskDifference } from './stats.ts';
import { figuresOfPooledTrial } from './synthesis.ts';

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

const words = {
  en: {
    question: (trial: string) => `What happened in ${trial}?`,
    answer: (trial: string, outcome: string, when: string, ips: string, armIps: string, ctl: string, armCtl: string, clarity: Clarity) =>
      `In ${trial}, ${outcome}${when ? ` ${when}` : ''} was ${ips} with ${armIps} against ${ctl} with ${armCtl}${
        clarity === 'clear' ? '; the difference is statistically clear' : clarity === 'not-clear' ? '; the difference is not statistically clear' : ''
      }.`,
    perHundred: (ips: string, armIps: string, ctl: string, armCtl: string, outcome: string, when: string) =>
      `Out of 100 people offered ${armIps}, about ${ips} (${outcome}${when ? `, ${when}` : ''}), against about ${ctl} of 100 with ${armCtl}.`,
    at: (tp: string) => (/^\d/.test(tp) ? `at ${tp}` : tp),
    ci: '95% CI',
    p: 'p',
    difference: (d: string) => `Difference: ${d}`,
    fromCounts: (fitted: boolean) => (fitted ? 'computed here from counts fitted to the published percentages' : 'computed here from the published counts'),
    noInterval: 'no confidence interval can be computed from the published percentages',
    oneTrial: (n: string | undefined) =>
      `One randomised trial${n ? ` (${n} people randomised)` : ''}: a single trial, not a pooled estimate.`,
    includesNone: 'Its interval includes no difference.',
    notGraded: 'Not formally graded',
    contrast: { 'odds-ratio': 'Odds ratio', 'risk-ratio': 'Risk ratio', 'risk-difference': 'Difference' },
    cite: (answer: string, citation: string, site: string) => `${answer} (${citation}; via ${site})`,
  },
  nb: {
    question: (trial: string) => `Hva skjedde i ${trial}?`,
    answer: (trial: string, outcome: string, when: string, ips: string, armIps: string, ctl: string, armCtl: string, clarity: Clarity) =>
      `I ${trial} var ${outcome}${when ? ` ${when}` : ''} ${ips} med ${armIps} mot ${ctl} med ${armCtl}${
        clarity === 'clear' ? '; forskjellen er statistisk tydelig' : clarity === 'not-clear' ? '; forskjellen er ikke statistisk tydelig' : ''
      }.`,
    perHundred: (ips: string, armIps: string, ctl: string, armCtl: string, outcome: string, when: string) =>
      `Av 100 personer som fikk tilbud om ${armIps}, omtrent ${ips} (${outcome}${when ? `, ${when}` : ''}), mot omtrent ${ctl} av 100 med ${armCtl}.`,
    at: (tp: string) => (/^\d/.test(tp) ? `etter ${tp}` : tp),
    ci: '95 % KI',
    p: 'p',
    difference: (d: string) => `Forskjell: ${d}`,
    fromCounts: (fitted: boolean) => (fitted ? 'beregnet her fra antall tilpasset de publiserte prosentene' : 'beregnet her fra de publiserte antallene'),
    noInterval: 'konfidensintervall kan ikke beregnes fra de publiserte prosentene',
    oneTrial: (n: string | undefined) => `Én randomisert studie${n ? ` (${n} personer randomisert)` : ''}: en enkelt studie, ikke et samlet estimat.`,
    includesNone: 'Intervallet omfatter ingen forskjell.',
    notGraded: 'Ikke formelt gradert',
    contrast: { 'odds-ratio': 'Oddsratio', 'risk-ratio': 'Risikoratio', 'risk-difference': 'Forskjell' },
    cite: (answer: string, citation: string, site: string) => `${answer} (${citation}; via ${site})`,
  },
} as const;

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A published p-value below 0.05 (=0.015, <0.05, <=0.001) says the difference is clear. */
export function pValueClarity(p: string | undefined): Clarity {
  if (!p) return 'unknown';
  const m = /^(=|<|<=|>|>=)(.+)$/.exec(p);
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
  const w = words[lang];
  const c = headlineComparisons(e, (s) => s.key === studyKey)[0];
  if (!c) throw new Error(`The study "${studyKey}" has no headline comparison in data/studies.yaml, so it has no bottom line.`);
  const { study: st, intervention: ips, control: ctl } = c;
  const trial = inLang(st, 'short', lang) ?? inLang(st, 'name', lang);
  const trialInSentence = lang === 'en' && /^Norwegian/.test(trial) ? `the ${trial}` : trial;
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
  let clarity: Clarity = 'unknown';
  let effect: string;
  const contrast = publishedContrast(e, st, ips, ctl);
  const ic = employedCountFor(e, ips);
  const cc = employedCountFor(e, ctl);
  if (contrast && contrast.ci_low !== undefined && contrast.ci_high !== undefined) {
    figures.push(contrast);
    const none = contrast.measure === 'risk-difference' ? 0 : 1;
    clarity = intervalClarity(contrast.ci_low, contrast.ci_high, none);
    const value = formatNumber(contrast.value, lang, contrast.decimals);
    effect = `${w.contrast[contrast.measure as (typeof CONTRASTS)[number]]} ${value} (${w.ci} ${formatInterval(contrast.ci_low, contrast.ci_high, lang, contrast.decimals)})`;
  } else if (ic && cc) {
    figures.push(ic, cc);
    const ci = riskDifference({ events: ic.numerator!, total: ic.denominator! }, { events: cc.numerator!, total: cc.denominator! });
    clarity = intervalClarity(ci.low, ci.high, 0);
    const d = differenceOfPercentages(ips.value, ctl.value).estimate;
    effect = `${w.difference(formatPoints(d, lang, decimals, true))} (${w.ci} ${formatInterval(100 * ci.low, 100 * ci.high, lang, decimals)}, ${w.fromCounts(ic.status === 'derived' || cc.status === 'derived')})`;
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

const pooledWords = {
  en: {
    question: 'Does IPS help people get a job?',
    answer: (min: string, max: string) =>
      `Yes: in randomised trials, people offered IPS were more likely to get a competitive job than people offered other services; published meta-analyses found them ${min} to ${max} times as likely.`,
    perHundred: (ips: string, ctl: string, k: number) =>
      `Out of 100 people offered IPS, about ${ips} got a competitive job, against about ${ctl} of 100 without it (the median comparison group of the ${k} trials pooled here, times their pooled risk ratio).`,
    effect: (rr: string, ci: string, pi: string | undefined, k: number, n: string) =>
      `Risk ratio ${rr} (95% CI ${ci}${pi ? `; 95% prediction interval ${pi}` : ''}), pooled here from ${k} trials with ${n} participants (random effects, REML, Hartung–Knapp).`,
    certainty: (k: number, maxK: string, i2: string, piIncludesNone: boolean | undefined) =>
      `${k} trials pooled here (published reviews: up to ${maxK}); heterogeneity I² = ${i2}${
        piIncludesNone === undefined ? '' : piIncludesNone ? '; the prediction interval includes no effect, so a new service might see none' : '; the prediction interval excludes no effect'
      }. No published certainty rating (such as GRADE) could be checked, so none is shown.`,
    notGraded: 'Not formally graded',
    cite: (answer: string, citations: string, site: string) => `${answer} (${citations}; via ${site})`,
  },
  nb: {
    question: 'Hjelper IPS folk å få jobb?',
    answer: (min: string, max: string) =>
      `Ja: i randomiserte studier fikk flere av dem som fikk tilbud om IPS, ordinært arbeid enn av dem som fikk andre tilbud; publiserte metaanalyser fant at sjansen var ${min} til ${max} ganger så stor.`,
    perHundred: (ips: string, ctl: string, k: number) =>
      `Av 100 personer som fikk tilbud om IPS, fikk omtrent ${ips} ordinært arbeid, mot omtrent ${ctl} av 100 uten (medianen av sammenligningsgruppene i de ${k} studiene som er slått sammen her, ganget med deres samlede risikoratio).`,
    effect: (rr: string, ci: string, pi: string | undefined, k: number, n: string) =>
      `Risikoratio ${rr} (95 % KI ${ci}${pi ? `; 95 % prediksjonsintervall ${pi}` : ''}), slått sammen her fra ${k} studier med ${n} deltakere (tilfeldige effekter, REML, Hartung–Knapp).`,
    certainty: (k: number, maxK: string, i2: string, piIncludesNone: boolean | undefined) =>
      `${k} studier slått sammen her (publiserte oversikter: opptil ${maxK}); heterogenitet I² = ${i2}${
        piIncludesNone === undefined ? '' : piIncludesNone ? '; prediksjonsintervallet omfatter ingen effekt, så et nytt tilbud kan se ingen' : '; prediksjonsintervallet utelukker ingen effekt'
      }. Ingen publisert vurdering av tilliten (som GRADE) kunne kontrolleres, så ingen vises.`,
    notGraded: 'Ikke formelt gradert',
    cite: (answer: string, citations: string, site: string) => `${answer} (${citations}; via ${site})`,
  },
} as const;

/** The published meta-analyses' pooled risk ratios (IPS against control), with their trial counts. */
function publishedRiskRatios(e: Evidence): { ratios: Figure[]; counts: Figure[] } {
  const reviews = [...e.studies.values()].filter((s) => s.kind === 'meta-analysis').map((s) => s.key);
  const ratios = reviews.flatMap((key) => figuresWhere(e, { study: key, measure: 'risk-ratio' })).filter((f) => f.group === 'ips' && f.comparator === 'control');
  const counts = [...new Set(ratios.map((f) => f.study!))].flatMap((key) => figuresWhere(e, { study: key, measure: 'rct-count', group: 'all' }));
  return { ratios, counts };
}

/** The bottom line of the trials together: the published range first, then what the site pools itself. */
export function pooledBottomLine(e: Evidence, lang: Lang, site: string): BottomLine {
  const w = pooledWords[lang];
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
    certainty: w.certainty(pooled.k, formatNumber(maxK, lang, 0), formatPercent(pooled.reml.I2, lang, 0), pooled.prediction ? pooled.prediction.low <= 1 && pooled.prediction.high >= 1 : undefined),
    figures,
    quote: w.cite(answer, sorted.map((f) => shortCitation(source(e, f.source), lang)).join('; '), site),
  };
}
