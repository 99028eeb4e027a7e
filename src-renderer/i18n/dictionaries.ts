import { ar } from './ar';
import { en } from './en';
import type { Language, Strings } from './Strings';

export const dictionaries: Record<Language, Strings> = { ar, en };
