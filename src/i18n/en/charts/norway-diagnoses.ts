export const norwayDiagnoses = {
  title: 'Severe and moderate mental illness in the Norwegian IPS trial',
  parts: {
    severe: {
      label: 'Severe',
      long: 'Severe mental illness (psychotic and bipolar disorders)',
      phrase: 'a severe mental illness (psychotic or bipolar disorder)',
    },
    moderate: {
      label: 'Moderate',
      long: 'Moderate mental illness (depression and anxiety disorders)',
      phrase: 'a moderate one (major depression or an anxiety disorder)',
    },
  },
  diagnoses: {
    'norway-share-major-depressive-episode': 'Major depressive episode',
    'norway-share-anxiety-disorders': 'Anxiety disorders',
    'norway-share-psychotic-disorders': 'Psychotic disorders',
  },
  row: (n: string, all: string) => `Psychiatric screening, ${n} of ${all}`,
  sourceLine: (status: string) => `Researchers' slide deck (${status})`,
  axis: 'Share of those screened (%)',
  viewSplit: 'Severe or moderate',
  viewDiagnoses: 'Most frequent diagnoses',
  group: 'Group',
  base: 'Participants screened',
  bySource: (slides: string, talk: string) => `${slides}; Reme's talk: ${talk}`,
  talkCol: "Reme's talk (no base given)",
  slidesCol: 'Slide deck (n screened)',
  summary: (n: string, all: string, severe: string, moderate: string, same: boolean, severePhrase: string, moderatePhrase: string) =>
    `In a psychiatric screening of ${n} of the ${all} participants, ${severe} had ${severePhrase} and ${moderate} ${moderatePhrase}, according to the researchers' slide deck, which is not peer-reviewed${same ? '; the talk gives the same split' : ''}.`,
  overlap: 'The diagnoses overlap (one person can have several), so their shares add up to more than the whole.',
};
