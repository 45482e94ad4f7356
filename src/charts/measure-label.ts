/**
 * A measure's name in the reader's language, from data/measures.yaml (`label`, `label_nb`), so a
 * chart never shows a measure's key or its English label on a Norwegian page.
 */
import type { Evidence } from '../data/load.ts';
import { inLang, type Lang } from '../i18n/index.ts';

export function measureLabel(e: Evidence, key: string, lang: Lang): string {
  const m = e.measures.get(key);
  if (!m) throw new Error(`data/measures.yaml: no measure "${key}" (a figure in data/figures/ uses it); expected an entry with a label.`);
  return inLang(m, 'label', lang);
}
