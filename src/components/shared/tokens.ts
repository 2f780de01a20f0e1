/**
 * The theme: every colour the components use, as a documented `--gia-…` custom property with a light
 * and a dark default. A municipality overrides any of them on the element (or a parent); where an NL
 * Design System token exists (`--utrecht-…`) the light theme falls back to it first, so a site that
 * already has a huisstijl gets it for free.
 *
 * Components never use these names directly in rules: they read the private `--_gia-…` values that
 * `themeStyles` (theme.styles.ts) resolves from this table. The contrast test checks CONTRAST_PAIRS
 * for both themes, so a change here that breaks WCAG contrast fails the suite.
 */

export interface ThemeToken {
  /** Name without prefix: `color-text` → `--gia-color-text` (public) and `--_gia-color-text` (private). */
  name: string;
  /** Default in the light theme. Always a #rrggbb colour or a plain CSS value. */
  light: string;
  /** Default in the dark theme (`prefers-color-scheme: dark`). */
  dark: string;
  /** NL Design System token the light theme falls back to before its own default. */
  nlds?: string;
  /** What it colours (documented in the README's theming table). */
  description: string;
}

export const TOKENS: readonly ThemeToken[] = [
  { name: 'color-text', light: '#1a1a1a', dark: '#f0f0f0', nlds: '--utrecht-document-color', description: 'Tekst' },
  { name: 'color-text-muted', light: '#4d4d4d', dark: '#bcc1c8', description: 'Secundaire tekst' },
  { name: 'color-background', light: '#ffffff', dark: '#121417', nlds: '--utrecht-document-background-color', description: 'Achtergrond van kaart en panelen' },
  { name: 'color-surface', light: '#f3f4f6', dark: '#1e2228', description: 'Achtergrond van werkbalk, legenda en kaarten' },
  { name: 'color-border', light: '#6b6f76', dark: '#8d949e', description: 'Randen van velden en knoppen' },
  { name: 'color-link', light: '#0b5cad', dark: '#8cc2ff', nlds: '--utrecht-link-color', description: 'Links en knoptekst' },
  { name: 'color-accent', light: '#0b5cad', dark: '#8cc2ff', nlds: '--utrecht-button-primary-action-background-color', description: 'Primaire knop, geselecteerde knoop' },
  { name: 'color-accent-text', light: '#ffffff', dark: '#0b1a2b', nlds: '--utrecht-button-primary-action-color', description: 'Tekst op de accentkleur' },
  { name: 'color-focus', light: '#c4005a', dark: '#ffd166', nlds: '--utrecht-focus-outline-color', description: 'Focusrand' },
  { name: 'color-highlight', light: '#8a4b00', dark: '#ffb454', description: 'Markering van zoek- en hulpresultaten' },
  { name: 'color-link-line', light: '#6b6f76', dark: '#8d949e', description: 'Lijnen tussen knopen' },
  { name: 'color-error', light: '#b00020', dark: '#ff8a8a', description: 'Foutmeldingen' },
  { name: 'color-kind-phase', light: '#4a4f57', dark: '#c3c8d0', description: 'AVE-fase (knoop)' },
  { name: 'color-kind-organisation', light: '#1f5fa8', dark: '#6fa8ff', description: 'Organisatie (knoop)' },
  { name: 'color-kind-meeting', light: '#7a3fb0', dark: '#c49bff', description: 'Overleg (knoop)' },
  { name: 'color-kind-intervention', light: '#1b7a4b', dark: '#5fd39a', description: 'Interventie of hulpaanbod (knoop)' },
  { name: 'color-kind-specialism', light: '#8a5a00', dark: '#e0b050', description: 'Specialisme (knoop)' },
  { name: 'color-kind-contact', light: '#b0004f', dark: '#ff7ab0', description: 'Contactpersoon (knoop)' },
  { name: 'font-family', light: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', dark: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', nlds: '--utrecht-document-font-family', description: 'Lettertype (geen webfonts: niets wordt van elders geladen)' },
  { name: 'radius', light: '4px', dark: '4px', description: 'Afronding van knoppen en panelen' },
];

/** Pairs that must keep their contrast in both themes: [foreground, background, minimum ratio]. */
export const CONTRAST_PAIRS: ReadonlyArray<readonly [string, string, number]> = [
  ['color-text', 'color-background', 4.5],
  ['color-text', 'color-surface', 4.5],
  ['color-text-muted', 'color-background', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-link', 'color-background', 4.5],
  ['color-link', 'color-surface', 4.5],
  ['color-accent-text', 'color-accent', 4.5],
  ['color-error', 'color-background', 4.5],
  ['color-highlight', 'color-background', 4.5],
  ['color-border', 'color-background', 3],
  ['color-border', 'color-surface', 3],
  ['color-focus', 'color-background', 3],
  ['color-focus', 'color-surface', 3],
  ['color-link-line', 'color-background', 3],
  ['color-accent', 'color-background', 3],
  ['color-kind-phase', 'color-background', 3],
  ['color-kind-organisation', 'color-background', 3],
  ['color-kind-meeting', 'color-background', 3],
  ['color-kind-intervention', 'color-background', 3],
  ['color-kind-specialism', 'color-background', 3],
  ['color-kind-contact', 'color-background', 3],
  // The editor: text of a danger button ("Verwijderen") on the error colour, the "not saved" state and error
  // texts in the toolbar and boxes on the surface colour.
  ['color-background', 'color-error', 4.5],
  ['color-highlight', 'color-surface', 4.5],
  ['color-error', 'color-surface', 4.5],
];

/** The private custom property a component rule reads: `var(--_gia-color-text)`. */
export function tokenVar(name: string): string {
  return `var(--_gia-${name})`;
}
