import type { Text } from './types.js';

function primary(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

function pick(entries: [string, string][], lang: string | undefined): string | undefined {
  if (!lang) return undefined;
  const wanted = lang.toLowerCase();
  const exact = entries.find(([tag]) => tag.toLowerCase() === wanted);
  if (exact) return exact[1];
  const base = primary(wanted);
  return entries.find(([tag]) => primary(tag) === base)?.[1];
}

/**
 * The string to show for a `Text` in a language: the entry for `lang` (an exact tag, else the
 * same primary language: `en-GB` serves `en`), else for `fallbackLang`, else the first entry.
 * A missing text gives `""`.
 */
export function resolveText(text: Text | undefined | null, lang?: string, fallbackLang?: string): string {
  if (typeof text === 'string') return text;
  if (typeof text !== 'object' || text === null) return '';
  const entries = Object.entries(text).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return pick(entries, lang) ?? pick(entries, fallbackLang) ?? entries[0]?.[1] ?? '';
}

/** The language a `Text` was shown in by {@link resolveText}, for the `lang` attribute of the drawn text. */
export function resolveTextLang(text: Text | undefined | null, lang?: string, fallbackLang?: string): string | undefined {
  if (typeof text !== 'object' || text === null) return fallbackLang;
  const tags = Object.keys(text).filter((tag) => typeof text[tag] === 'string');
  const find = (wanted: string | undefined): string | undefined => {
    if (!wanted) return undefined;
    return tags.find((t) => t.toLowerCase() === wanted.toLowerCase()) ?? tags.find((t) => primary(t) === primary(wanted));
  };
  return find(lang) ?? find(fallbackLang) ?? tags[0];
}
