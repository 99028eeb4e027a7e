import type { Settings } from './types';

/**
 * What a menu item asks of the renderer, sent on the menu channel. Settings changed from the menu are
 * already saved by main; the renderer only applies them.
 */
export type MenuCommand =
  { type: 'focusSearch' } | { type: 'export' } | { type: 'showHelp' } | { type: 'settingsChanged'; settings: Settings };
