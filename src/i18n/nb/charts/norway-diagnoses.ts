import type { Messages } from '../../messages.ts';

export const norwayDiagnoses: Messages['charts']['norwayDiagnoses'] = {
  title: 'Alvorlig og moderat psykisk lidelse i den norske IPS-studien',
  parts: {
    severe: {
      label: 'Alvorlig',
      long: 'Alvorlig psykisk lidelse (psykose- og bipolare lidelser)',
      phrase: 'en alvorlig psykisk lidelse (psykose eller bipolar lidelse)',
    },
    moderate: { label: 'Moderat', long: 'Moderat psykisk lidelse (depresjon og angstlidelser)', phrase: 'en moderat (depresjon eller angstlidelse)' },
  },
  diagnoses: {
    'norway-share-major-depressive-episode': 'Depressiv episode',
    'norway-share-anxiety-disorders': 'Angstlidelser',
    'norway-share-psychotic-disorders': 'Psykoselidelser',
  },
  row: (n: string, all: string) => `Psykiatrisk kartlegging, ${n} av ${all}`,
  sourceLine: (status: string) => `Forskernes lysbilder (${status})`,
  axis: 'Andel av de kartlagte (%)',
  viewSplit: 'Alvorlig eller moderat',
  viewDiagnoses: 'Hyppigste diagnoser',
  group: 'Gruppe',
  base: 'Deltakere kartlagt',
  bySource: (slides: string, talk: string) => `${slides}; Remes foredrag: ${talk}`,
  talkCol: 'Remes foredrag (uten grunnlag)',
  slidesCol: 'Lysbilder (n kartlagt)',
  summary: (n: string, all: string, severe: string, moderate: string, same: boolean, severePhrase: string, moderatePhrase: string) =>
    `I en psykiatrisk kartlegging av ${n} av de ${all} deltakerne hadde ${severe} ${severePhrase} og ${moderate} ${moderatePhrase}, ifølge forskernes lysbilder, som ikke er fagfellevurdert${same ? '; Remes foredrag oppgir den samme fordelingen' : ''}.`,
  overlap: 'Diagnosene overlapper (én person kan ha flere), så andelene blir til sammen mer enn helheten.',
};
