/**
 * The reference pass: ids are unique across all kinds, every reference points to something of the
 * right kind, no cycles in parent / part-of, phases have their own order, relations are not loops,
 * source references exist in metadata.sources. Also warns about personal data in public text.
 * Works on any shape (it checks what it can); run after the schema check.
 */
import { describePointer, ENTITY_ARRAYS } from './describe-path.js';
import type { EntityKind, ModelText } from '../i18n/model-messages.js';
import type { Problem } from './problem.js';
import { personalDataWarnings } from './personal-data-check.js';
import { isRecord, label, quote, slugify, suggest, toPointer } from './text.js';

interface Entity {
  id: string;
  kind: EntityKind;
  path: string;
}

/** No "did you mean" after this many problems (they are not shown anyway). */
const SUGGESTION_LIMIT = 250;

const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Which kinds each reference field may point to. */
const ORGANISATION: EntityKind[] = ['organisation'];
const VIA: EntityKind[] = ['organisation', 'meeting'];
const ANY: EntityKind[] = ['phase', 'municipality', 'specialism', 'organisation', 'contact', 'meeting', 'intervention'];

export function referenceProblems(data: unknown, m: ModelText): { problems: Problem[]; warnings: Problem[] } {
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  if (!isRecord(data)) return { problems, warnings };
  const where = (path: string) => describePointer(data, path, m).text;
  const push = (path: string, code: string, message: string, severity: 'error' | 'warning' = 'error') =>
    (severity === 'error' ? problems : warnings).push({ path, code, message, severity });

  // 1. Collect ids of every entity kind.
  const byId = new Map<string, Entity>();
  const allIds: Entity[] = [];
  const collect = (kind: EntityKind, list: unknown, base: (string | number)[]) => {
    arr(list).forEach((item, i) => {
      if (!isRecord(item) || typeof item.id !== 'string') return;
      allIds.push({ id: item.id, kind, path: toPointer([...base, i]) });
    });
  };
  const escalation = isRecord(data.escalationModel) ? data.escalationModel : {};
  collect('phase', escalation.phases, ['escalationModel', 'phases']);
  for (const [key, kind] of Object.entries(ENTITY_ARRAYS)) collect(kind, data[key], [key]);
  // An invalid id ('Meldpunt Zuid') gets its own message with the fix ('meldpunt-zuid'); references
  // that already use the fixed form are accepted, so the editor is not told the same thing twice.
  const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
  const written = new Set(allIds.map((e) => e.id));
  for (const entity of allIds) {
    if (!ID.test(entity.id)) {
      const fixed = slugify(entity.id);
      if (fixed && !written.has(fixed) && !byId.has(fixed)) byId.set(fixed, { ...entity, id: fixed });
    }
  }
  for (const entity of allIds) {
    if (!ID.test(entity.id) && byId.get(slugify(entity.id))?.path === entity.path) {
      byId.set(entity.id, entity);
      continue;
    }
    const first = byId.get(entity.id);
    if (first) {
      push(
        entity.path + '/id',
        'duplicate-id',
        m('duplicateId', { id: quote(entity.id), first: where(first.path), second: where(entity.path) }),
      );
    } else {
      byId.set(entity.id, entity);
    }
  }

  // 2. Source ids in metadata.sources.
  const sourceIds = new Map<string, string>();
  const meta = isRecord(data.metadata) ? data.metadata : {};
  arr(meta.sources).forEach((s, i) => {
    if (!isRecord(s) || typeof s.id !== 'string') return;
    const path = `/metadata/sources/${i}`;
    const first = sourceIds.get(s.id);
    if (first) push(path + '/id', 'duplicate-source-id', m('duplicateSourceId', { id: quote(s.id), first: where(first), second: where(path) }));
    else sourceIds.set(s.id, path);
  });

  // 3. References. A kind whose list is missing or broken is not checked against (the schema
  // already reports that; a reference error for every use would only bury the real problem).
  const unavailable = new Set<EntityKind>();
  if (!Array.isArray(escalation.phases)) unavailable.add('phase');
  if (!Array.isArray(data.organisations)) unavailable.add('organisation');
  for (const [key, kind] of Object.entries(ENTITY_ARRAYS)) if (key in data && !Array.isArray(data[key])) unavailable.add(kind);
  const idCache = new Map<string, string[]>();
  const idsOfKind = (kinds: readonly EntityKind[]) => {
    const key = kinds.join(',');
    let ids = idCache.get(key);
    if (!ids) {
      ids = [...byId.values()].filter((e) => kinds.includes(e.kind) && ID.test(e.id)).map((e) => e.id);
      idCache.set(key, ids);
    }
    return ids;
  };
  // Suggestions cost time; beyond the problems that will be shown, nobody reads them.
  const wantSuggestion = () => problems.length < SUGGESTION_LIMIT;
  const ref = (value: unknown, path: string, owner: string, field: string, kinds: readonly EntityKind[]) => {
    if (typeof value !== 'string') return;
    if (kinds.some((k) => unavailable.has(k))) return;
    const target = byId.get(value);
    // Not an id at all ('Veilig Thuis'): the shape check already says so, with the fix.
    if (!target && !ID.test(value)) return;
    if (target && kinds.includes(target.kind)) return;
    if (target) {
      push(
        path,
        'wrong-kind-reference',
        m('wrongKindReference', {
          owner: where(owner),
          field,
          id: quote(value),
          actual: m(`kindWithArticle.${target.kind}`),
          expected: m('kindList', { kinds }),
          relationHint: target.kind === 'municipality' && kinds.includes('organisation'),
        }),
      );
      return;
    }
    const suggestion = wantSuggestion() ? suggest(value, idsOfKind(kinds)) : undefined;
    push(
      path,
      'unknown-reference',
      m('unknownReference', {
        owner: where(owner),
        field,
        id: quote(value),
        expected: m('kindList', { kinds }),
        ...(suggestion !== undefined ? { suggestion } : {}),
      }),
    );
  };
  const refs = (list: unknown, path: string, owner: string, field: string, kinds: readonly EntityKind[]) =>
    arr(list).forEach((v, i) => ref(v, `${path}/${i}`, owner, field, kinds));
  const access = (list: unknown, owner: string) =>
    arr(list).forEach((a, i) => isRecord(a) && ref(a.via, `${owner}/access/${i}/via`, owner, 'via', VIA));
  const responsibility = (r: unknown, path: string, owner: string, field: string) =>
    isRecord(r) && refs(r.organisations, `${path}/organisations`, owner, field, ORGANISATION);

  arr(escalation.phases).forEach((phase, i) => {
    if (!isRecord(phase)) return;
    const owner = `/escalationModel/phases/${i}`;
    for (const key of ['casusregie', 'procesregie', 'operationalResponsibility', 'administrativeResponsibility']) {
      responsibility(phase[key], `${owner}/${key}`, owner, key);
    }
  });
  arr(data.organisations).forEach((o, i) => {
    if (!isRecord(o)) return;
    const owner = `/organisations/${i}`;
    if (typeof o.parent === 'string' && o.parent === o.id) push(`${owner}/parent`, 'parent-self', m('parentSelf', { owner: where(owner) }));
    else ref(o.parent, `${owner}/parent`, owner, 'parent', ORGANISATION);
    refs(o.municipalities, `${owner}/municipalities`, owner, 'municipalities', ['municipality']);
    refs(o.specialisms, `${owner}/specialisms`, owner, 'specialisms', ['specialism']);
    refs(o.phases, `${owner}/phases`, owner, 'phases', ['phase']);
    access(o.access, owner);
  });
  arr(data.contacts).forEach((c, i) => {
    if (!isRecord(c)) return;
    const owner = `/contacts/${i}`;
    ref(c.organisation, `${owner}/organisation`, owner, 'organisation', ORGANISATION);
    refs(c.specialisms, `${owner}/specialisms`, owner, 'specialisms', ['specialism']);
    refs(c.municipalities, `${owner}/municipalities`, owner, 'municipalities', ['municipality']);
  });
  arr(data.meetings).forEach((mt, i) => {
    if (!isRecord(mt)) return;
    const owner = `/meetings/${i}`;
    refs(mt.phases, `${owner}/phases`, owner, 'phases', ['phase']);
    responsibility(mt.chair, `${owner}/chair`, owner, 'chair');
    refs(mt.members, `${owner}/members`, owner, 'members', ORGANISATION);
    refs(mt.specialisms, `${owner}/specialisms`, owner, 'specialisms', ['specialism']);
    refs(mt.municipalities, `${owner}/municipalities`, owner, 'municipalities', ['municipality']);
    access(mt.access, owner);
  });
  arr(data.interventions).forEach((iv, i) => {
    if (!isRecord(iv)) return;
    const owner = `/interventions/${i}`;
    refs(iv.providers, `${owner}/providers`, owner, 'providers', ORGANISATION);
    refs(iv.specialisms, `${owner}/specialisms`, owner, 'specialisms', ['specialism']);
    refs(iv.phases, `${owner}/phases`, owner, 'phases', ['phase']);
    refs(iv.municipalities, `${owner}/municipalities`, owner, 'municipalities', ['municipality']);
    access(iv.access, owner);
  });
  arr(data.urgentHelp).forEach((line, i) => {
    if (isRecord(line)) ref(line.organisation, `/urgentHelp/${i}/organisation`, `/urgentHelp/${i}`, 'organisation', ORGANISATION);
  });
  const relationKeys = new Map<string, number>();
  arr(data.relations).forEach((r, i) => {
    if (!isRecord(r)) return;
    const owner = `/relations/${i}`;
    ref(r.from, `${owner}/from`, owner, 'from', ANY);
    ref(r.to, `${owner}/to`, owner, 'to', ANY);
    if (typeof r.from === 'string' && r.from === r.to) {
      push(`${owner}/to`, 'relation-self', m('relationSelf', { relation: where(owner), id: quote(r.from) }));
    }
    const key = `${String(r.type)}\u0000${String(r.from)}\u0000${String(r.to)}`;
    const other = relationKeys.get(key);
    if (other !== undefined) push(owner, 'duplicate-relation', m('duplicateRelation', { relation: where(owner), other: other + 1 }), 'warning');
    else relationKeys.set(key, i);
  });

  // 4. Source references anywhere (except metadata.sources itself).
  const sourceList = [...sourceIds.keys()];
  const visitSources = (node: unknown, segments: (string | number)[], depth: number) => {
    if (depth > 12 || !Array.isArray(meta.sources)) return;
    if (Array.isArray(node)) {
      node.forEach((item, i) => visitSources(item, [...segments, i], depth + 1));
      return;
    }
    if (!isRecord(node)) return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'sources' && !(segments.length === 1 && segments[0] === 'metadata')) {
        arr(value).forEach((s, i) => {
          if (!isRecord(s) || typeof s.source !== 'string' || sourceIds.has(s.source)) return;
          const suggestion = wantSuggestion() ? suggest(s.source, sourceList) : undefined;
          push(
            toPointer([...segments, 'sources', i, 'source']),
            'unknown-source',
            m('unknownSource', { owner: where(toPointer(segments)), id: quote(s.source), ...(suggestion ? { suggestion } : {}) }),
          );
        });
      } else if (typeof value === 'object' && value !== null) {
        visitSources(value, [...segments, key], depth + 1);
      }
    }
  };
  visitSources(data, [], 0);

  // 5. Phases: each its own order.
  const orders = new Map<number, string>();
  arr(escalation.phases).forEach((phase, i) => {
    if (!isRecord(phase) || typeof phase.order !== 'number') return;
    const path = `/escalationModel/phases/${i}`;
    const other = orders.get(phase.order);
    if (other) push(`${path}/order`, 'duplicate-phase-order', m('duplicatePhaseOrder', { phase: where(path), other: where(other), order: phase.order }));
    else orders.set(phase.order, path);
  });

  // 6. Cycles in parent, and in "part of" (part-of relations plus parent).
  const orgs = arr(data.organisations).filter(isRecord);
  const parentEdges = new Map<string, string>();
  for (const o of orgs) {
    if (typeof o.id === 'string' && typeof o.parent === 'string' && o.parent !== o.id && byId.has(o.parent)) {
      parentEdges.set(o.id, o.parent);
    }
  }
  for (const cycle of findCycles(new Map([...parentEdges].map(([k, v]) => [k, [v]])))) {
    const start = byId.get(cycle[0]!)!;
    push(`${start.path}/parent`, 'parent-cycle', m('parentCycle', { chain: cycle.concat(cycle[0]!).map((id) => label(id, 40)).join(' → ') }));
  }
  const partOf = new Map<string, string[]>();
  const addEdge = (from: string, to: string) => partOf.set(from, [...(partOf.get(from) ?? []), to]);
  for (const [from, to] of parentEdges) addEdge(from, to);
  let partOfRelations = 0;
  for (const r of arr(data.relations)) {
    if (isRecord(r) && r.type === 'part-of' && typeof r.from === 'string' && typeof r.to === 'string' && r.from !== r.to) {
      addEdge(r.from, r.to);
      partOfRelations++;
    }
  }
  if (partOfRelations > 0) {
    const parentCycles = new Set(findCycles(new Map([...parentEdges].map(([k, v]) => [k, [v]]))).map((c) => [...c].sort().join('\u0000')));
    for (const cycle of findCycles(partOf)) {
      if (parentCycles.has([...cycle].sort().join('\u0000'))) continue;
      const start = byId.get(cycle[0]!);
      push(start?.path ?? '/relations', 'part-of-cycle', m('partOfCycle', { chain: cycle.concat(cycle[0]!).map((id) => label(id, 40)).join(' → ') }));
    }
  }

  // 7. Personal data where the public sees it (warnings: the public build cannot remove it).
  for (const w of personalDataWarnings(data, m)) warnings.push(w);
  return { problems, warnings };
}

/** Each elementary cycle found by a depth-first search, reported once (as a list of ids). */
function findCycles(edges: Map<string, string[]>): string[][] {
  const state = new Map<string, 1 | 2>();
  const cycles: string[][] = [];
  const seen = new Set<string>();
  for (const startNode of edges.keys()) {
    if (state.has(startNode)) continue;
    // Iterative DFS with an explicit path.
    const stack: Array<{ node: string; next: number }> = [{ node: startNode, next: 0 }];
    const onPath: string[] = [startNode];
    state.set(startNode, 1);
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const targets = edges.get(top.node) ?? [];
      if (top.next >= targets.length) {
        state.set(top.node, 2);
        stack.pop();
        onPath.pop();
        continue;
      }
      const target = targets[top.next++]!;
      const s = state.get(target);
      if (s === 1) {
        const cycle = onPath.slice(onPath.indexOf(target));
        const key = [...cycle].sort().join('\u0000');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === undefined) {
        state.set(target, 1);
        stack.push({ node: target, next: 0 });
        onPath.push(target);
      }
    }
  }
  return cycles;
}
