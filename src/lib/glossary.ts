/**
 * The glossary: each term's anchor id (its address, /glossary/#<id>: never rename one), its name
 * and definition in both languages, and the phrases that mean it in running text. The glossary
 * page renders from here (src/components/Glossary.astro), and the build links the first use of
 * each phrase on every other page to its entry (src/build/glossary-links.ts), so the two cannot
 * drift apart. Definitions are general; they state no figure from the data.
 */
import type { Lang, StringKey } from '../i18n/index.ts';

export interface GlossaryTerm {
  /** The anchor on the glossary page. Public: pages link to it. */
  id: string;
  term: Record<Lang, string>;
  definition: Record<Lang, string>;
  /**
   * Phrases that mean the term in running text, per language. Matched as whole words; a phrase
   * with two capitals in a row (an abbreviation: RCT, NNT) must match in case, others in any case.
   */
  phrases: Record<Lang, readonly string[]>;
  /** A page that says more: its path relative to the language root, and its name in the navigation. */
  more?: { path: string; label: StringKey };
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    id: 'ips',
    term: { en: 'Individual Placement and Support (IPS)', nb: 'Individuell jobbstøtte (IPS)' },
    definition: {
      en: 'A way of helping people with health problems into ordinary paid work: employment support is part of their treatment, the job search starts as soon as they say they want to work, and support goes on after they are hired. In Norway it is called individuell jobbstøtte.',
      nb: 'En måte å hjelpe mennesker med helseproblemer ut i ordinært lønnet arbeid på: arbeidsstøtten er en del av behandlingen, jobbsøkingen starter så snart de sier at de vil jobbe, og støtten fortsetter etter at de har fått jobb. På engelsk heter metoden Individual Placement and Support.',
    },
    phrases: { en: ['Individual Placement and Support'], nb: ['individuell jobbstøtte', 'Individual Placement and Support'] },
    more: { path: 'what-is-ips/', label: 'navWhatIsIps' },
  },
  {
    id: 'job-specialist',
    term: { en: 'Job specialist (employment specialist)', nb: 'Jobbspesialist' },
    definition: {
      en: 'The person who delivers IPS. A job specialist knows the local labour market, spends most of the working day outside the office with employers and the people they support, follows only a small number of people at a time, and works as part of the treatment team.',
      nb: 'Personen som gir IPS. En jobbspesialist kjenner det lokale arbeidsmarkedet, er mesteparten av arbeidsdagen ute av kontoret hos arbeidsgivere og dem hun eller han støtter, følger bare et lite antall personer om gangen, og er en del av behandlingsteamet.',
    },
    phrases: {
      en: ['job specialists', 'job specialist', 'employment specialists', 'employment specialist'],
      nb: ['jobbspesialistene', 'jobbspesialisten', 'jobbspesialister', 'jobbspesialist'],
    },
    more: { path: 'what-is-ips/#job-specialist', label: 'navWhatIsIps' },
  },
  {
    id: 'competitive-employment',
    term: { en: 'Competitive employment', nb: 'Ordinært arbeid (konkurranseutsatt arbeid)' },
    definition: {
      en: 'An ordinary job in the open labour market that anyone could apply for, paid at the usual rate: not a job set aside for people with disabilities, and not sheltered or unpaid work practice. It is the main outcome of most IPS trials.',
      nb: 'En vanlig jobb i det åpne arbeidsmarkedet som hvem som helst kan søke på, med vanlig lønn: ikke en jobb som er satt av til personer med nedsatt funksjonsevne, og ikke skjermet eller ulønnet arbeidspraksis. Det er hovedutfallet i de fleste IPS-studier.',
    },
    phrases: {
      en: ['competitive employment', 'competitive jobs', 'competitive job', 'competitive work'],
      nb: ['konkurranseutsatt arbeid', 'ordinært lønnet arbeid', 'ordinært arbeid', 'ordinær jobb'],
    },
  },
  {
    id: 'place-then-train',
    term: { en: 'Place then train, train then place', nb: 'Først jobb, så opplæring – eller omvendt' },
    definition: {
      en: 'Two ways of organising work rehabilitation. Train then place prepares people first, with courses, work training or sheltered work, and looks for a job afterwards. IPS does it the other way round, place then train: it finds an ordinary job first and gives the training and support needed in that job.',
      nb: 'To måter å organisere arbeidsrettet rehabilitering på. «Først trene, så plassere» forbereder folk først, med kurs, arbeidstrening eller skjermet arbeid, og leter etter jobb etterpå. IPS gjør det motsatt, «først plassere, så trene»: den finner en ordinær jobb først og gir opplæringen og støtten som trengs i den jobben.',
    },
    phrases: {
      en: ['place then train', 'place, then train', 'place-then-train', 'train then place', 'train, then place', 'train-then-place', 'train-and-place'],
      nb: ['først plassere, så trene', 'først trene, så plassere', 'først jobb, så opplæring'],
    },
    more: { path: 'what-is-ips/#place-then-train', label: 'navWhatIsIps' },
  },
  {
    id: 'sheltered-employment',
    term: { en: 'Sheltered employment', nb: 'Skjermet arbeid' },
    definition: {
      en: 'Work or work practice in a setting made for people who are thought not ready for ordinary work, such as a work-training company. In Norway, NAV’s work practice in a sheltered enterprise (APS) is one example; it was what the SEED trial compared IPS with.',
      nb: 'Arbeid eller arbeidspraksis i et miljø laget for folk som antas ikke å være klare for ordinært arbeid, for eksempel en arbeidsmarkedsbedrift. I Norge er NAVs arbeidspraksis i skjermet virksomhet (APS) ett eksempel; det var dette SEED-studien sammenlignet IPS med.',
    },
    phrases: {
      en: ['sheltered employment', 'sheltered work', 'sheltered workplace', 'sheltered setting'],
      nb: ['skjermet arbeid', 'skjermet virksomhet', 'skjermede virksomheter'],
    },
  },
  {
    id: 'vocational-rehabilitation',
    term: { en: 'Vocational rehabilitation', nb: 'Arbeidsrettet rehabilitering' },
    definition: {
      en: 'Services that help people with an illness or a disability into work or back to work. Traditional vocational rehabilitation often starts with assessment and training before any job search (train then place).',
      nb: 'Tjenester som hjelper mennesker med sykdom eller nedsatt funksjonsevne inn i arbeid eller tilbake til arbeid. Tradisjonell arbeidsrettet rehabilitering starter ofte med kartlegging og opplæring før jobbsøkingen (først trene, så plassere).',
    },
    phrases: {
      en: ['vocational rehabilitation'],
      nb: ['arbeidsrettet rehabilitering', 'yrkesrettet attføring'],
    },
  },
  {
    id: 'supported-employment',
    term: { en: 'Supported employment', nb: 'Arbeid med støtte (supported employment)' },
    definition: {
      en: 'Help to find and keep a paid job in the ordinary labour market, with support given at work rather than before it. IPS is the manual-based, most tested form of supported employment.',
      nb: 'Hjelp til å finne og beholde en lønnet jobb i det ordinære arbeidslivet, med støtte på arbeidsplassen i stedet for før man begynner. IPS er den manualbaserte og mest utprøvde formen for «supported employment».',
    },
    phrases: { en: ['supported employment'], nb: ['supported employment'] },
  },
  {
    id: 'fidelity',
    term: { en: 'Fidelity (fidelity scale)', nb: 'Modelltrofasthet (fidelity-skala)' },
    definition: {
      en: 'How closely a service follows the IPS model. IPS is manual-based, and a fidelity scale, a structured review of a service against the principles of the model, is used to rate it; a service that follows the model closely has high fidelity.',
      nb: 'Hvor tett en tjeneste følger IPS-modellen. IPS er manualbasert, og en fidelity-skala, en strukturert gjennomgang av tjenesten opp mot prinsippene i modellen, brukes til å vurdere den; en tjeneste som følger modellen tett, har høy modelltrofasthet.',
    },
    phrases: {
      en: ['fidelity scale', 'fidelity'],
      nb: ['modelltrofasthet', 'fidelity-skalaen', 'fidelity-skala', 'fidelityskala'],
    },
    more: { path: 'what-is-ips/#fidelity', label: 'navWhatIsIps' },
  },
  {
    id: 'rct',
    term: { en: 'Randomised controlled trial (RCT)', nb: 'Randomisert kontrollert studie (RCT)' },
    definition: {
      en: 'A study in which chance decides who is offered the intervention and who is in the comparison group. Because the groups are alike at the start, a difference between them at the end is a fair estimate of what the intervention did.',
      nb: 'En studie der tilfeldigheter avgjør hvem som får tilbud om tiltaket og hvem som er i sammenligningsgruppen. Fordi gruppene er like ved starten, er en forskjell mellom dem ved slutten et rimelig anslag på hva tiltaket gjorde.',
    },
    phrases: {
      en: ['randomised controlled trials', 'randomised controlled trial', 'randomized controlled trials', 'randomized controlled trial', 'randomised trials', 'randomised trial', 'RCTs', 'RCT'],
      nb: ['randomiserte kontrollerte studier', 'randomisert kontrollert studie', 'randomiserte kontrollerte forsøk', 'randomisert kontrollert forsøk', 'randomiserte studier', 'randomisert studie', 'RCT-er', 'RCT'],
    },
  },
  {
    id: 'control-group',
    term: { en: 'Control group (comparison group)', nb: 'Kontrollgruppe (sammenligningsgruppe)' },
    definition: {
      en: 'The people in a trial who are not offered the new intervention and with whom those who are offered it are compared.',
      nb: 'Deltakerne i en studie som ikke får tilbud om det nye tiltaket, og som de som får tilbudet, sammenlignes med.',
    },
    phrases: {
      en: ['control groups', 'control group', 'comparison group', 'control arm'],
      nb: ['kontrollgruppene', 'kontrollgruppen', 'kontrollgruppa', 'kontrollgruppe', 'sammenligningsgruppen', 'sammenligningsgruppe'],
    },
  },
  {
    id: 'treatment-as-usual',
    term: { en: 'Treatment as usual (usual care)', nb: 'Vanlig behandling (vanlig oppfølging)' },
    definition: {
      en: 'What the comparison group in a trial receives: the care and services they would have had anyway. It differs from trial to trial, so what IPS was compared with matters when reading a result.',
      nb: 'Det sammenligningsgruppen i en studie får: den behandlingen og de tjenestene de ville ha fått uansett. Innholdet varierer fra studie til studie, så hva IPS ble sammenlignet med, betyr noe når man leser et resultat.',
    },
    phrases: {
      en: ['treatment as usual', 'usual care', 'usual services'],
      nb: ['vanlig behandling', 'ordinær behandling', 'vanlig oppfølging', 'ordinær oppfølging'],
    },
  },
  {
    id: 'pilot-study',
    term: { en: 'Pilot study', nb: 'Pilotstudie' },
    definition: {
      en: 'A small study done before a full trial to see whether the intervention and the study methods work in practice. It cannot show whether the intervention works better than something else.',
      nb: 'En liten studie som gjøres før en full studie for å se om tiltaket og metodene fungerer i praksis. Den kan ikke vise om tiltaket virker bedre enn noe annet.',
    },
    phrases: { en: ['pilot studies', 'pilot study'], nb: ['pilotstudien', 'pilotstudie'] },
  },
  {
    id: 'outcome',
    term: { en: 'Primary and secondary outcomes', nb: 'Primære og sekundære utfallsmål' },
    definition: {
      en: 'The primary outcome is the one result a trial is designed and sized to answer, fixed before it starts; in IPS trials it is usually employment. Secondary outcomes, such as health or quality of life, are measured too, but the trial may be too small to be sure about them.',
      nb: 'Det primære utfallsmålet er det ene resultatet studien er planlagt og dimensjonert for å besvare, bestemt før den starter; i IPS-studier er det som regel arbeid. Sekundære utfallsmål, som helse eller livskvalitet, måles også, men studien kan være for liten til at man kan være sikker på dem.',
    },
    phrases: {
      en: ['primary outcome', 'secondary outcomes', 'secondary outcome'],
      nb: ['primære utfallsmålet', 'primært utfallsmål', 'hovedutfallsmål', 'sekundære utfallsmål', 'sekundære utfall'],
    },
  },
  {
    id: 'follow-up',
    term: { en: 'Follow-up', nb: 'Oppfølgingstid' },
    definition: {
      en: 'How long participants are followed after a trial starts, and when their outcomes are measured. Employment rates can only be compared between trials with a similar follow-up.',
      nb: 'Hvor lenge deltakerne følges etter at en studie starter, og når utfallene deres måles. Andelen i arbeid kan bare sammenlignes mellom studier med omtrent like lang oppfølgingstid.',
    },
    phrases: { en: ['follow-up'], nb: ['oppfølgingstiden', 'oppfølgingstid'] },
  },
  {
    id: 'register-data',
    term: { en: 'Register data', nb: 'Registerdata' },
    definition: {
      en: 'Information taken from national administrative registers, such as the records of work and benefits in Norway, rather than asked of the participants. It covers everyone in a trial, including those who stop answering questionnaires.',
      nb: 'Opplysninger hentet fra nasjonale administrative registre, som registrene over arbeid og ytelser i Norge, i stedet for å spørre deltakerne. De dekker alle i en studie, også dem som slutter å svare på spørreskjemaer.',
    },
    phrases: { en: ['registry data', 'register data'], nb: ['registerdataene', 'registerdata'] },
  },
  {
    id: 'trial-registry',
    term: { en: 'Trial registry', nb: 'Studieregister' },
    definition: {
      en: 'A public database where a trial is recorded, ideally before it starts, with its plan: who can take part, the groups, the outcomes and the intended size. Comparing the record with the published paper shows whether anything changed. On this site, figures read in a registry record have the status “registry”.',
      nb: 'En offentlig database der en studie registreres, helst før den starter, med planen sin: hvem som kan delta, gruppene, utfallsmålene og hvor mange som skal være med. Ved å sammenligne registeroppføringen med den publiserte artikkelen ser man om noe ble endret. På dette nettstedet har tall fra en registeroppføring statusen «register».',
    },
    phrases: {
      en: ['trial registry', 'trial registries', 'registry record', 'registry records'],
      nb: ['studieregisteret', 'studieregister', 'registeroppføringen', 'registeroppføring'],
    },
  },
  {
    id: 'meta-analysis',
    term: { en: 'Meta-analysis and meta-regression', nb: 'Metaanalyse og metaregresjon' },
    definition: {
      en: 'A meta-analysis combines the results of several studies into one pooled estimate, usually with a confidence interval. A meta-regression also asks whether the effect differs with features of the studies, such as the country or its policies.',
      nb: 'En metaanalyse slår sammen resultatene fra flere studier til ett samlet anslag, som regel med et konfidensintervall. En metaregresjon spør i tillegg om effekten varierer med kjennetegn ved studiene, som land eller politikk.',
    },
    phrases: {
      en: ['meta-analyses', 'meta-analysis', 'meta-regressions', 'meta-regression'],
      nb: ['metaanalysene', 'metaanalysen', 'metaanalyser', 'metaanalyse', 'metaregresjonen', 'metaregresjon'],
    },
  },
  {
    id: 'systematic-review',
    term: { en: 'Systematic review', nb: 'Systematisk oversikt' },
    definition: {
      en: 'A review that searches for every study on a question by a stated method and appraises them all, often with a meta-analysis.',
      nb: 'En oversikt som leter etter alle studier om et spørsmål etter en beskrevet metode og vurderer dem alle, ofte med en metaanalyse.',
    },
    phrases: { en: ['systematic reviews', 'systematic review'], nb: ['systematiske oversikter', 'systematisk oversikt'] },
  },
  {
    id: 'confidence-interval',
    term: { en: 'Confidence interval (CI)', nb: 'Konfidensintervall (KI)' },
    definition: {
      en: 'The range of values that are reasonably compatible with a study’s data. A narrow interval means a precise estimate, a wide one an uncertain estimate. By convention, intervals are computed so that, over many repetitions of a study, 95 out of 100 of them would contain the true value. If the interval for a difference leaves out zero, or the interval for a ratio leaves out one, the result is statistically significant at the usual level.',
      nb: 'Spennet av verdier som rimelig godt stemmer med dataene i en studie. Et smalt intervall betyr et presist anslag, et bredt et usikkert anslag. Etter konvensjon regnes intervallene ut slik at 95 av 100 av dem, over mange gjentakelser av en studie, ville inneholde den sanne verdien. Hvis intervallet for en forskjell ikke omfatter null, eller intervallet for en ratio ikke omfatter én, er resultatet statistisk signifikant på vanlig nivå.',
    },
    phrases: {
      en: ['confidence intervals', 'confidence interval'],
      nb: ['konfidensintervallene', 'konfidensintervallet', 'konfidensintervaller', 'konfidensintervall'],
    },
  },
  {
    id: 'statistical-significance',
    term: { en: 'Statistically significant (p-value)', nb: 'Statistisk signifikant (p-verdi)' },
    definition: {
      en: 'A result is called statistically significant when it would be unlikely if the intervention had no effect at all; by convention, when its p-value is below 0.05. “Not significant” does not mean “no effect”: a small trial can miss a real one.',
      nb: 'Et resultat kalles statistisk signifikant når det ville vært usannsynlig om tiltaket ikke hadde noen effekt; etter konvensjon når p-verdien er under 0,05. «Ikke signifikant» betyr ikke «ingen effekt»: en liten studie kan overse en reell effekt.',
    },
    phrases: {
      en: ['statistically significant', 'statistical significance', 'p-values', 'p-value'],
      nb: ['statistisk signifikante', 'statistisk signifikant', 'p-verdien', 'p-verdi'],
    },
  },
  {
    id: 'percentage-points',
    term: { en: 'Percentage points (risk difference)', nb: 'Prosentpoeng (risikodifferanse)' },
    definition: {
      en: 'The difference between two percentages, by subtraction: the share employed with IPS minus the share employed in the comparison group. It is an absolute difference, not a relative change. This site computes such differences from the published rates and marks them derived.',
      nb: 'Forskjellen mellom to prosentandeler, ved subtraksjon: andelen i arbeid med IPS minus andelen i arbeid i sammenligningsgruppen. Det er en absolutt forskjell, ikke en relativ endring. Dette nettstedet regner ut slike forskjeller fra de publiserte andelene og merker dem som beregnet.',
    },
    phrases: {
      en: ['percentage points', 'percentage point', 'risk differences', 'risk difference'],
      nb: ['prosentpoeng', 'risikodifferansen', 'risikodifferanse'],
    },
  },
  {
    id: 'risk-ratio',
    term: { en: 'Risk ratio (relative risk)', nb: 'Risikoratio (relativ risiko)' },
    definition: {
      en: 'The rate in one group divided by the rate in the other. A risk ratio of two means that the outcome, such as getting a job, was twice as common with the intervention; a risk ratio of one means no difference.',
      nb: 'Andelen i én gruppe delt på andelen i den andre. En risikoratio på to betyr at utfallet, for eksempel å få jobb, var dobbelt så vanlig med tiltaket; en risikoratio på én betyr ingen forskjell.',
    },
    phrases: {
      en: ['risk ratios', 'risk ratio', 'relative risks', 'relative risk'],
      nb: ['risikoratioen', 'risikoratio', 'relativ risiko'],
    },
  },
  {
    id: 'odds-ratio',
    term: { en: 'Odds ratio', nb: 'Oddsratio' },
    definition: {
      en: 'The odds of the outcome in one group divided by the odds in the other; odds are the chance that something happens divided by the chance that it does not. When an outcome is common, as getting a job often is in these trials, the odds ratio is further from one than the risk ratio and should not be read as “times as likely”.',
      nb: 'Oddsen for utfallet i én gruppe delt på oddsen i den andre; odds er sjansen for at noe skjer delt på sjansen for at det ikke skjer. Når et utfall er vanlig, slik det ofte er å få jobb i disse studiene, ligger oddsratioen lenger fra én enn risikoratioen og bør ikke leses som «så mange ganger så sannsynlig».',
    },
    phrases: { en: ['odds ratios', 'odds ratio'], nb: ['oddsratioen', 'oddsratioer', 'oddsratio'] },
  },
  {
    id: 'hazard-ratio',
    term: { en: 'Hazard ratio', nb: 'Hasardratio' },
    definition: {
      en: 'The ratio of the rates at which an event, such as death, happens over time in two groups. It is used in the studies of unemployment and health: a hazard ratio above one means the event happened more often among the unemployed.',
      nb: 'Forholdet mellom hvor raskt en hendelse, for eksempel død, inntreffer over tid i to grupper. Det brukes i studiene av arbeidsledighet og helse: en hasardratio over én betyr at hendelsen inntraff oftere blant de arbeidsledige.',
    },
    phrases: { en: ['hazard ratios', 'hazard ratio'], nb: ['hasardratioen', 'hasardratio'] },
  },
  {
    id: 'nnt',
    term: { en: 'Number needed to treat (NNT)', nb: 'Antall som må behandles (NNT)' },
    definition: {
      en: 'How many people would need to be offered the intervention for one more of them to reach the outcome, here a job, than with the comparison. It is one divided by the risk difference: the smaller the number, the larger the effect.',
      nb: 'Hvor mange som må få tilbud om tiltaket for at én person til skal oppnå utfallet, her en jobb, sammenlignet med alternativet. Det er én delt på risikodifferansen: jo mindre tallet er, desto større er effekten.',
    },
    phrases: { en: ['number needed to treat', 'NNT'], nb: ['antall som må behandles', 'NNT'] },
  },
  {
    id: 'smd',
    term: { en: 'Standardised mean difference (SMD)', nb: 'Standardisert gjennomsnittsforskjell (SMD)' },
    definition: {
      en: 'The difference between two group means divided by the spread of the measurements, so that outcomes measured on different scales, such as income or quality of life, can be combined. Values around 0.2 are usually called small, 0.5 medium and 0.8 large.',
      nb: 'Forskjellen mellom to gruppegjennomsnitt delt på spredningen i målingene, slik at utfall målt på ulike skalaer, som inntekt eller livskvalitet, kan slås sammen. Verdier rundt 0,2 kalles gjerne små, 0,5 middels og 0,8 store.',
    },
    phrases: {
      en: ['standardised mean differences', 'standardised mean difference', 'standardized mean difference', 'SMD'],
      nb: ['standardisert gjennomsnittsforskjell', 'standardiserte gjennomsnittsforskjeller', 'SMD'],
    },
  },
  {
    id: 'subgroup',
    term: { en: 'Subgroup', nb: 'Undergruppe' },
    definition: {
      en: 'A part of a trial’s participants, such as those on long-term benefits. Results for a subgroup are less certain than for the whole trial, especially when the subgroup was not planned in advance.',
      nb: 'En del av deltakerne i en studie, for eksempel de som mottar langvarige ytelser. Resultater for en undergruppe er mer usikre enn for hele studien, særlig når undergruppen ikke var planlagt på forhånd.',
    },
    phrases: { en: ['subgroups', 'subgroup'], nb: ['undergruppene', 'undergruppen', 'undergrupper', 'undergruppe'] },
  },
  {
    id: 'peer-review',
    term: { en: 'Peer-reviewed', nb: 'Fagfellevurdert' },
    definition: {
      en: 'Checked by independent researchers before publication in a scientific journal. On this site, figures from peer-reviewed papers have the status “published”; the others are marked “registry”, “talk only”, “not peer-reviewed” or “derived”.',
      nb: 'Vurdert av uavhengige forskere før publisering i et vitenskapelig tidsskrift. På dette nettstedet har tall fra fagfellevurderte artikler statusen «publisert»; de andre er merket «register», «bare i foredrag», «ikke fagfellevurdert» eller «beregnet».',
    },
    phrases: { en: ['peer-reviewed', 'peer review'], nb: ['fagfellevurderte', 'fagfellevurdert', 'fagfellevurdering'] },
  },
  {
    id: 'derived-figure',
    term: { en: 'Derived figure', nb: 'Beregnet tall' },
    definition: {
      en: 'A number this site computes from published figures, such as a difference, a ratio, a confidence interval or a number needed to treat, rather than reads in a source. It is shown with the formula used and marked “derived”.',
      nb: 'Et tall dette nettstedet regner ut fra publiserte tall, for eksempel en forskjell, en ratio, et konfidensintervall eller antall som må behandles, i stedet for å lese det i en kilde. Det vises med formelen som er brukt, og er merket «beregnet».',
    },
    phrases: { en: ['derived figures', 'derived figure'], nb: ['beregnede tall', 'beregnet tall'] },
  },
  {
    id: 'work-focused-cbt',
    term: { en: 'Work-focused cognitive behavioural therapy', nb: 'Arbeidsfokusert kognitiv atferdsterapi' },
    definition: {
      en: 'Cognitive behavioural therapy (CBT), a talking therapy for problems such as anxiety and depression, aimed at coping at work. In the AWaC trial it was combined with IPS for people with common mental disorders.',
      nb: 'Kognitiv atferdsterapi, en samtaleterapi for plager som angst og depresjon, rettet mot å mestre arbeidet. I AWaC-studien ble den kombinert med IPS for mennesker med vanlige psykiske lidelser.',
    },
    phrases: {
      en: ['work-focused cognitive behavioural therapy', 'work-focused cognitive behaviour therapy', 'work-focused CBT', 'cognitive behavioural therapy'],
      nb: ['arbeidsfokusert kognitiv atferdsterapi', 'kognitiv atferdsterapi'],
    },
  },
  {
    id: 'common-mental-disorders',
    term: { en: 'Common mental disorders', nb: 'Vanlige psykiske lidelser' },
    definition: {
      en: 'Anxiety and depression, the most frequent mental health problems, often mild to moderate.',
      nb: 'Angst og depresjon, de hyppigste psykiske helseplagene, ofte lette til moderate.',
    },
    phrases: { en: ['common mental disorders', 'common mental health problems'], nb: ['vanlige psykiske lidelser', 'vanlige psykiske plager'] },
  },
  {
    id: 'severe-mental-illness',
    term: { en: 'Severe mental illness', nb: 'Alvorlig psykisk lidelse' },
    definition: {
      en: 'In the IPS literature, mostly psychotic disorders such as schizophrenia, and bipolar disorder, usually with lasting impairment; some definitions include severe depression. IPS was first developed and tested for this group.',
      nb: 'I IPS-litteraturen først og fremst psykoselidelser som schizofreni, og bipolar lidelse, som regel med varig funksjonsnedsettelse; noen definisjoner tar med alvorlig depresjon. IPS ble først utviklet og prøvd ut for denne gruppen.',
    },
    phrases: {
      en: ['severe mental illnesses', 'severe mental illness', 'serious mental illness', 'moderate-to-severe mental illness'],
      nb: ['alvorlige psykiske lidelser', 'alvorlig psykisk lidelse', 'moderate til alvorlige psykiske lidelser'],
    },
  },
  {
    id: 'nav',
    term: { en: 'NAV', nb: 'NAV' },
    definition: {
      en: 'The Norwegian Labour and Welfare Administration, which runs the public employment services and pays most benefits in Norway, such as sickness and disability benefits. State funding for IPS is part of its budget.',
      nb: 'Arbeids- og velferdsforvaltningen, som driver de offentlige arbeidsrettede tjenestene og betaler ut de fleste ytelsene i Norge, som sykepenger og uføretrygd. Statens bevilgning til IPS er en del av budsjettet til NAV.',
    },
    phrases: { en: ['NAV'], nb: ['NAV'] },
  },
];

/** A term by its anchor id; fails loudly so a link to a removed term stops the build. */
export function glossaryTerm(id: string): GlossaryTerm {
  const t = GLOSSARY.find((g) => g.id === id);
  if (!t) throw new Error(`The glossary has no term "${id}" (src/lib/glossary.ts).`);
  return t;
}

/** The glossary in the reader's alphabetical order. */
export function glossaryInOrder(lang: Lang): GlossaryTerm[] {
  const collator = new Intl.Collator(lang === 'nb' ? 'nb' : 'en', { sensitivity: 'base' });
  return [...GLOSSARY].sort((a, b) => collator.compare(a.term[lang], b.term[lang]));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isAbbreviation = (phrase: string) => /[A-ZÆØÅ]{2}/.test(phrase);

interface Matcher {
  regex: RegExp;
  /** Lower-cased (or exact, for abbreviations) phrase → term id. */
  ids: Map<string, string>;
}
const matchers = new Map<Lang, Matcher>();

function matcher(lang: Lang): Matcher {
  const cached = matchers.get(lang);
  if (cached) return cached;
  const ids = new Map<string, string>();
  const phrases: string[] = [];
  for (const g of GLOSSARY) {
    for (const p of g.phrases[lang]) {
      ids.set(isAbbreviation(p) ? p : p.toLowerCase(), g.id);
      phrases.push(p);
    }
  }
  // Longest first, so "randomised controlled trials" wins over "RCT"-like shorter phrases.
  phrases.sort((a, b) => b.length - a.length);
  // Whole words only: no letter, digit or hyphen may touch the phrase on either side. The regex
  // ignores case; abbreviations are then looked up exactly, so "nav" or "Rct" is not a match.
  const regex = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${phrases.map(escape).join('|')})(?![\\p{L}\\p{N}]|-[\\p{L}\\p{N}])`, 'giu');
  const m = { regex, ids };
  matchers.set(lang, m);
  return m;
}

export type TermSegment = string | { id: string; text: string };

/**
 * Splits running text at the first use of each glossary term not yet in `used` (which it
 * updates), so the caller can wrap those uses in links. Returns undefined when nothing matched.
 */
export function findTerms(text: string, lang: Lang, used: Set<string>): TermSegment[] | undefined {
  const { regex, ids } = matcher(lang);
  const out: TermSegment[] = [];
  let last = 0;
  regex.lastIndex = 0;
  for (const m of text.matchAll(regex)) {
    const found = m[0];
    const id = ids.get(found) ?? (isAbbreviation(found) ? undefined : ids.get(found.toLowerCase()));
    if (!id || used.has(id)) continue;
    used.add(id);
    if (m.index > last) out.push(text.slice(last, m.index));
    out.push({ id, text: found });
    last = m.index + found.length;
  }
  if (out.length === 0) return undefined;
  if (last < text.length) out.push(text.slice(last));
  return out;
}
