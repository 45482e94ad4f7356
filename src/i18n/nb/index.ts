/** Every word the site's code shows a reader, in Norwegian (bokmål): the same shape as en/. */
import type { Messages } from '../messages.ts';
import { ui } from './ui.ts';

export const nb: Messages = {
  ui,
};
