/**
 * Resolves the theme table (tokens.ts) into private `--_gia-…` values on the host: a public
 * `--gia-…` override wins, then (light theme) the NL Design System token, then the default.
 * Include `themeStyles` first in every component's `static styles`.
 */
import { css, unsafeCSS } from 'lit';
import { TOKENS } from './tokens.js';

function declarations(theme: 'light' | 'dark'): string {
  return TOKENS.map((t) => {
    const fallback = theme === 'light' && t.nlds ? `var(${t.nlds}, ${t.light})` : t[theme];
    return `--_gia-${t.name}: var(--gia-${t.name}, ${fallback});`;
  }).join('\n  ');
}

export const themeStyles = css`
  :host {
    ${unsafeCSS(declarations('light'))}
    color-scheme: light dark;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      ${unsafeCSS(declarations('dark'))}
    }
  }
  :host([theme='light']) {
    ${unsafeCSS(declarations('light'))}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${unsafeCSS(declarations('dark'))}
    color-scheme: dark;
  }
`;
