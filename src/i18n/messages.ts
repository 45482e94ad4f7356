/**
 * The shape every language's messages must have: the English messages' type. A language that
 * misses a key, or gives a message with other parameters, fails the type check, so nothing falls
 * back to English silently.
 */
import type { en } from './en/index.ts';

export type Messages = typeof en;
