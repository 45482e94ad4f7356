import type { Messages } from '../messages.ts';

export const citation: Messages['citation'] = {
  talk: (who) => `${who} (foredrag)`,
};
