/** The overview's HTML parts: the timeline as an ordered list and the sections as panels. */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../schema/messages.js';
import { resolveText } from '../../schema/text.js';
import type { PlanDocument, Text } from '../../schema/types.js';
import { formatPartialDate } from './dates.js';
import { overviewMessages as m } from './messages.js';

export type Heading = 'h2' | 'h3' | 'h4' | 'h5';

/** A heading level (2 to 5, else 3) as its tag. */
export function headingTag(level: number): Heading {
  return level === 2 ? 'h2' : level === 4 ? 'h4' : level === 5 ? 'h5' : 'h3';
}

/** A heading at the given level (static tags, so the template stays a fixed string). */
export function heading(level: Heading, text: string, id?: string): TemplateResult {
  if (level === 'h2') return html`<h2 id=${id ?? nothing}>${text}</h2>`;
  if (level === 'h3') return html`<h3 id=${id ?? nothing}>${text}</h3>`;
  if (level === 'h4') return html`<h4 id=${id ?? nothing}>${text}</h4>`;
  return html`<h5 id=${id ?? nothing}>${text}</h5>`;
}

/**
 * The events oldest first (a stable sort by date string, which orders `YYYY`, `YYYY-MM` and
 * `YYYY-MM-DD` correctly), each with its date in 和暦 and Western years, its scope, and 施行予定
 * for planned ones, as a list a screen reader announces with its length.
 */
export function renderTimeline(doc: PlanDocument, lang: string, titleLevel: Heading): TemplateResult {
  const text = (value: Text | undefined) => resolveText(value, lang, doc.plan.lang ?? 'ja');
  const events = [...(doc.timeline ?? [])].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  if (events.length === 0) return html`<p part="empty">${localize(m.noTimeline, lang)}</p>`;
  // Its language, so that Japanese lines break between phrases (word-break: auto-phrase needs it).
  return html`<ol part="timeline" class="timeline" lang=${lang}>
    ${events.map(
      (event) => html`<li part=${event.planned ? 'event planned' : 'event'} class=${event.planned ? 'event planned' : 'event'}>
        <div class="when">
          <time datetime=${event.date}>${formatPartialDate(event.date, lang)}</time>
          ${event.scope ? html`<span class="scope">${localize(m[event.scope], lang)}</span>` : nothing}
          ${event.planned ? html`<strong class="badge">${localize(m.planned, lang)}</strong>` : nothing}
        </div>
        ${heading(titleLevel, text(event.title))}
        ${event.items?.length ? html`<ul>${event.items.map((item) => html`<li>${text(item)}</li>`)}</ul>` : nothing}
      </li>`,
    )}
  </ol>`;
}

/** Every section of the plan as a panel: its title as a heading and its items as a list. */
export function renderSections(doc: PlanDocument, lang: string, level: Heading): TemplateResult {
  const text = (value: Text | undefined) => resolveText(value, lang, doc.plan.lang ?? 'ja');
  return html`${(doc.sections ?? []).map(
    (section) => html`<section part="section" class="panel section">
      ${heading(level, text(section.title))}
      <ul>${section.items.map((item) => html`<li>${text(item)}</li>`)}</ul>
    </section>`,
  )}`;
}
