// The figure as text, pure: the element's screen-reader list and an exported file's <desc>
// say the same thing.
import { localize } from '../../schema/messages.js';
import { resolveText, resolveTextLang } from '../../schema/text.js';
import type { Keyword, PlanDocument, PlanNode, Text } from '../../schema/types.js';
import { collaborationMessages as m } from './messages.js';

/** A piece of plan text, with its language where that is not the display language. */
export interface DescribedText {
  text: string;
  lang?: string;
}

/** One keyword: its text, and where it leads when it links to a node of the plan. */
export interface DescribedKeyword extends DescribedText {
  /** Index in `collaboration.keywords`. */
  index: number;
  /** The node it links to (absent when the id names no node). */
  node?: PlanNode;
  /** `（関連：…）`, said after the text when it links. */
  linksTo?: string;
}

/** The figure as text: each actor with its own keywords, the keywords they share, the ones around them, the ring. */
export interface CollaborationDescription {
  /** 「…が重なり合う円で描かれ…」 */
  summary: string;
  actors: { name: DescribedText; description?: DescribedText; keywords: DescribedKeyword[] }[];
  /** Keywords shared by some, by every actor, and around the circles, each under its heading. */
  groups: { heading: string; keywords: DescribedKeyword[] }[];
  /** `外側の輪：…`, when there is a ring. */
  ring?: string;
  /** Said of an actor with no keyword of its own. */
  nothingAlone: string;
}

export function findNode(nodes: readonly PlanNode[], id: string): PlanNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = node.children ? findNode(node.children, id) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** Describes `plan.collaboration` in `lang` (undefined when there is none). */
export function describeCollaboration(plan: PlanDocument, lang: string): CollaborationDescription | undefined {
  const collaboration = plan.collaboration;
  if (!collaboration) return undefined;
  const planLang = plan.plan.lang ?? 'ja';
  const text = (value: Text | undefined) => resolveText(value, lang, planLang);
  const described = (value: Text | undefined): DescribedText => {
    const own = resolveTextLang(value, lang, planLang);
    return own && own !== lang ? { text: text(value), lang: own } : { text: text(value) };
  };
  const say = (message: Parameters<typeof localize>[0]) => localize(message, lang);
  const actors = collaboration.actors;
  const keywords = collaboration.keywords ?? [];
  const names = new Map(actors.map((a) => [a.id, text(a.label)] as const));
  const order = new Map(actors.map((a, i) => [a.id, i] as const));
  const join = (ids: string[]) => {
    const list = ids.map((id) => names.get(id) ?? id);
    if (list.length <= 1) return list.join('');
    return `${list.slice(0, -1).join(say(m.listSeparator))}${say(m.lastSeparator)}${list[list.length - 1]}`;
  };
  const keywordOf = (keyword: Keyword, index: number): DescribedKeyword => {
    const node = keyword.node === undefined ? undefined : findNode(plan.goals, keyword.node);
    const entry: DescribedKeyword = { ...described(keyword.text), index };
    if (node) {
      entry.node = node;
      entry.linksTo = say(m.linksTo(text(node.title)));
    }
    return entry;
  };
  const setOf = (keyword: Keyword) => [...new Set((keyword.actors ?? []).filter((id) => order.has(id)))].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
  const alone = new Map<string, DescribedKeyword[]>();
  const shared = new Map<string, { ids: string[]; keywords: DescribedKeyword[] }>();
  const everyone: DescribedKeyword[] = [];
  const around: DescribedKeyword[] = [];
  keywords.forEach((keyword, index) => {
    const ids = setOf(keyword);
    const entry = keywordOf(keyword, index);
    if (ids.length === 0) around.push(entry);
    else if (ids.length === 1) alone.set(ids[0] ?? '', [...(alone.get(ids[0] ?? '') ?? []), entry]);
    else if (ids.length === actors.length) everyone.push(entry);
    else {
      const key = ids.join('\n');
      const group = shared.get(key) ?? { ids, keywords: [] };
      group.keywords.push(entry);
      shared.set(key, group);
    }
  });
  const center = text(collaboration.center);
  const groups = [...shared.values()].map((group) => ({ heading: say(m.shared(join(group.ids))), keywords: group.keywords }));
  if (everyone.length > 0) groups.push({ heading: say(m.everyone(center)), keywords: everyone });
  if (around.length > 0) groups.push({ heading: say(m.around), keywords: around });
  const ring = (collaboration.ring ?? []).map((label) => text(label)).filter((label) => label !== '');
  const description: CollaborationDescription = {
    summary: say(m.summary(join(actors.map((a) => a.id)), center)),
    actors: actors.map((actor) => {
      const entry: CollaborationDescription['actors'][number] = { name: described(actor.label), keywords: alone.get(actor.id) ?? [] };
      if (actor.description) entry.description = described(actor.description);
      return entry;
    }),
    groups,
    nothingAlone: say(m.nothingAlone),
  };
  if (ring.length > 0) description.ring = say(m.ring(ring.join(say(m.ringSeparator))));
  return description;
}

/** The description as plain text, one line a sentence or item, indented by depth (a file's `<desc>`). */
export function descriptionText(d: CollaborationDescription): string {
  const lines = [d.summary];
  const keywordLines = (keywords: DescribedKeyword[]) => keywords.map((k) => `    ${k.text}${k.linksTo ?? ''}`);
  for (const actor of d.actors) {
    lines.push(`  ${actor.name.text}${actor.description ? `：${actor.description.text}` : ''}${actor.keywords.length > 0 ? '' : ` ${d.nothingAlone}`}`);
    lines.push(...keywordLines(actor.keywords));
  }
  for (const group of d.groups) lines.push(`  ${group.heading}`, ...keywordLines(group.keywords));
  if (d.ring) lines.push(d.ring);
  return lines.join('\n');
}
