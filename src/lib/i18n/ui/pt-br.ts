import type { UiText } from './en.ts';
import { en } from './en.ts';

// Placeholder until the translation lands: English words, so nothing is missing.
export const ptBr: UiText = en;
