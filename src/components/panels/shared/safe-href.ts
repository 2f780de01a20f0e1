/**
 * Safe links for contact channels. Only `https:`, `http:`, `mailto:` and `tel:` links are ever made;
 * anything else (`javascript:`, `data:`, relative paths, garbage) is shown as plain text. Pure.
 */
import type { Channel } from '../../../model/types.js';

export interface SafeLink {
  href: string;
  /** True for web links (open in a new window, marked as external). */
  external: boolean;
}

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;
const PHONE = /^\+?[\d\s().-]{3,30}$/;
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:[/?#][^\s]*)?$/i;

function webLink(value: string): SafeLink | undefined {
  const text = BARE_DOMAIN.test(value) ? `https://${value}` : value;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (url.username || url.password) return undefined;
  return { href: url.href, external: true };
}

/** The safe link for a channel, or undefined when it must be shown as text. Never throws. */
export function channelLink(channel: Partial<Channel> | undefined): SafeLink | undefined {
  if (!channel || typeof channel.value !== 'string') return undefined;
  const value = channel.value.trim();
  if (value === '' || value.length > 2000) return undefined;
  switch (channel.type) {
    case 'email': {
      const address = value.replace(/^mailto:/i, '');
      return EMAIL.test(address) ? { href: `mailto:${address}`, external: false } : undefined;
    }
    case 'phone':
    case 'crisis-line': {
      const number = value.replace(/^tel:/i, '');
      if (!PHONE.test(number)) return undefined;
      const digits = number.replace(/[^\d+]/g, '');
      return digits.replace(/\+/g, '').length >= 3 ? { href: `tel:${digits}`, external: false } : undefined;
    }
    case 'website':
    case 'chat':
      return webLink(value);
    default:
      return undefined;
  }
}
