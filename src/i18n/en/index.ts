/**
 * Every word the site's code shows a reader, in English: one module per area (ui, one per chart
 * or component that has words of its own). en/ is the reference shape (../messages.ts).
 */
import { ui } from './ui.ts';

export const en = {
  ui,
};
