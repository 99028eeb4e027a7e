/** Messages in both languages are defined in core, so its importers can word their reasons too. */
export { BilingualSchema, type Bilingual } from '../core/text/bilingual';
