/**
 * Maintenance warnings, plugged into the model's validator through its NetworkCheck hook: entries not
 * reviewed for longer than a set period, and organisations without an aandachtsfunctionaris or an
 * aanspreekpunt (seed 004 §3.4). Warnings, never errors: the file stays valid.
 */
import type { CheckContext, NetworkCheck, Problem } from '../model/index.js';
import { msg } from '../i18n/localize.js';
import '../i18n/editor-catalogue.js';
import { COLLECTIONS, rawItemsOf, type CollectionKey } from './collections.js';

const REVIEWED: readonly CollectionKey[] = ['organisations', 'contacts', 'specialisms', 'meetings', 'interventions'];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Today as YYYY-MM-DD (local time). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `date` minus `months` whole months, as YYYY-MM-DD. */
export function monthsBefore(date: string, months: number): string {
  const m = DATE.exec(date);
  if (!m) return date;
  const total = Number(m[1]) * 12 + (Number(m[2]) - 1) - Math.max(0, Math.floor(months));
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${m[3]}`;
}

export interface ReviewCheckOptions {
  /** Entries reviewed longer ago than this many months are listed (default 12). */
  maxAgeMonths?: number;
  /** Today's date as YYYY-MM-DD (default: the real date). */
  today?: string;
}

/** Entries whose `reviewedAt` is older than the period (and the file's own metadata.reviewedAt). */
export function reviewDateCheck(options: ReviewCheckOptions = {}): NetworkCheck {
  const months = options.maxAgeMonths ?? 12;
  return (data: unknown, context: CheckContext): Problem[] => {
    const limit = monthsBefore(options.today ?? todayIso(), months);
    const problems: Problem[] = [];
    const check = (path: string, reviewedAt: unknown) => {
      if (typeof reviewedAt !== 'string' || !DATE.test(reviewedAt) || reviewedAt >= limit) return;
      problems.push({
        path: `${path}/reviewedAt`,
        code: 'review-overdue',
        severity: 'warning',
        message: msg(context.lang, 'editor.check.reviewOverdue', { what: context.describe(path), date: reviewedAt, months }),
      });
    };
    const metadata = (data as { metadata?: { reviewedAt?: unknown } } | null)?.metadata;
    if (metadata && typeof metadata === 'object') check('/metadata', metadata.reviewedAt);
    for (const c of COLLECTIONS) {
      if (!REVIEWED.includes(c.key)) continue;
      rawItemsOf(data, c.key).forEach((item, i) => {
        if (item && typeof item === 'object') check(`${c.pointer}/${i}`, (item as { reviewedAt?: unknown }).reviewedAt);
      });
    }
    return problems;
  };
}

export interface ContactCheckOptions {
  /** Organisation types that need no contact persons (default: none excluded). */
  skipTypes?: readonly string[];
}

/** Organisations without an aandachtsfunctionaris and/or an aanspreekpunt among the contact persons. */
export function missingContactsCheck(options: ContactCheckOptions = {}): NetworkCheck {
  const skip = new Set(options.skipTypes ?? []);
  return (data: unknown, context: CheckContext): Problem[] => {
    const roles = new Map<string, Set<string>>();
    for (const contact of rawItemsOf(data, 'contacts')) {
      if (!contact || typeof contact !== 'object') continue;
      const { organisation, role } = contact as { organisation?: unknown; role?: unknown };
      if (typeof organisation !== 'string' || typeof role !== 'string') continue;
      if (!roles.has(organisation)) roles.set(organisation, new Set());
      roles.get(organisation)!.add(role);
    }
    const problems: Problem[] = [];
    rawItemsOf(data, 'organisations').forEach((org, i) => {
      if (!org || typeof org !== 'object') return;
      const { id, type } = org as { id?: unknown; type?: unknown };
      if (typeof id !== 'string' || (typeof type === 'string' && skip.has(type))) return;
      const has = roles.get(id) ?? new Set<string>();
      for (const role of ['aandachtsfunctionaris', 'aanspreekpunt'] as const) {
        if (has.has(role)) continue;
        const path = `/organisations/${i}`;
        problems.push({
          path,
          code: `missing-${role}`,
          severity: 'warning',
          message: msg(context.lang, `editor.check.missing.${role}`, { what: context.describe(path) }),
        });
      }
    });
    return problems;
  };
}

/** The editor's maintenance checks with their defaults. */
export function maintenanceChecks(options: ReviewCheckOptions & ContactCheckOptions = {}): NetworkCheck[] {
  return [reviewDateCheck(options), missingContactsCheck(options)];
}
