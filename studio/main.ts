/// <reference types="vite/client" />
/**
 * The studio page: open a workbook, CSV files or JSON; see every problem with its place; see the
 * figures; download the plan, the workbook, the figures; copy the embed code. Everything happens
 * in this page: no file is sent anywhere.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import '../src/components/plan-tree/index.js';
import '../src/components/plan-collaboration/index.js';
import '../src/components/plan-indicators/index.js';
import '../src/components/plan-overview/index.js';
import type { PlanDocument } from '../src/schema/index.js';
import sampleUrl from '../examples/iwaki-sample-indicators.plan.json?url';
import { importFiles, type InputFile, type SheetProblem } from './import.js';
import { text, t, type StudioLang } from './messages.js';
import { rowOf, jsonAt, columnLetter, type RowView } from './rows.js';
import { embedSnippet, fileBase, type FigureTag } from './snippet.js';

interface Figure {
  tag: FigureTag;
  id: string;
  name: (typeof text)['tree'];
  /** False where the element's toSVG() does not give the whole figure. */
  files?: boolean;
}

/** The figures drawn from a plan, in page order. */
const FIGURES: Figure[] = [
  { tag: 'plan-tree', id: 'tree', name: text.tree },
  { tag: 'plan-collaboration', id: 'collaboration', name: text.collaboration },
  { tag: 'plan-indicators', id: 'indicators', name: text.indicators },
  { tag: 'plan-overview', id: 'overview', name: text.overview },
];

/** The figures a page with plan-viz.iife.js shows (the overview from plan-viz-overview.iife.js beside it, loaded by the script). */
const EMBEDDABLE: FigureTag[] = ['plan-tree', 'plan-collaboration', 'plan-indicators', 'plan-overview'];

interface State {
  lang: StudioLang;
  files: InputFile[];
  plan?: PlanDocument;
  problems: SheetProblem[];
  busy: boolean;
  /** Index of the problem whose row is shown, and that row. */
  open?: number;
  row?: (RowView & { at?: string }) | 'unavailable';
  embedTag: FigureTag;
  embedMode: 'inline' | 'src';
  embedFile: string;
  status: string;
}

const state: State = {
  lang: document.documentElement.lang === 'en' ? 'en' : 'ja',
  files: [],
  problems: [],
  busy: false,
  embedTag: 'plan-tree',
  embedMode: 'inline',
  embedFile: 'plan.json',
  status: '',
};

const root = document.querySelector<HTMLElement>('#studio')!;

function update(changes: Partial<State> = {}): void {
  Object.assign(state, changes);
  document.documentElement.lang = state.lang;
  document.title = t(text.pageTitle, state.lang);
  render(page(), root);
}

/** Says `message` in the live region (a saved file, a copy, a count of problems). */
let statusTimer: ReturnType<typeof setTimeout> | undefined;

function announce(message: string): void {
  // Emptied first so that the same message twice is announced twice.
  update({ status: '' });
  requestAnimationFrame(() => update({ status: message }));
  clearStatusLater();
}

/** The status shows over the page: it goes after a while so that it covers nothing for long. */
function clearStatusLater(): void {
  clearTimeout(statusTimer);
  statusTimer = setTimeout(() => update({ status: '' }), 8000);
}

async function readFiles(list: FileList | File[]): Promise<void> {
  const files = [...list];
  if (files.length === 0) return;
  const inputs = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  await open(inputs);
}

async function open(files: InputFile[]): Promise<void> {
  update({ busy: true, status: t(text.reading, state.lang), open: undefined, row: undefined });
  let result: { plan?: PlanDocument; problems: SheetProblem[] };
  try {
    result = await importFiles(files);
  } catch (error) {
    // The importers report problems rather than throw; this is the last guard against a blank page.
    const detail = error instanceof Error ? error.message : String(error);
    result = {
      problems: [
        {
          file: files.map((f) => f.name).join(', '),
          code: 'internal',
          severity: 'error',
          message: { ja: `読み込みに失敗しました（${detail}）。`, en: `Reading failed (${detail}).` },
        },
      ],
    };
  }
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const plan = errors === 0 ? result.plan : undefined;
  const names = files.map((f) => f.name);
  update({
    busy: false,
    files,
    plan,
    problems: result.problems,
    embedFile: plan ? `${fileBase(plan)}.plan.json` : state.embedFile,
    status: plan ? `${t(text.loadedFiles(names), state.lang)} ${t(text.valid, state.lang)}` : t(text.problemCount(errors), state.lang),
  });
  clearStatusLater();
  // A screen reader user lands on what happened: the list of problems, or the check's result.
  document.querySelector<HTMLElement>(plan ? '#check-result' : '#problems-heading')?.focus();
}

async function openSample(): Promise<void> {
  const response = await fetch(sampleUrl);
  await open([{ name: 'iwaki-sample-indicators.plan.json', bytes: new Uint8Array(await response.arrayBuffer()) }]);
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
  announce(t(text.saved(name), state.lang));
}

function failed(error: unknown): void {
  announce(t(text.failed(error instanceof Error ? error.message : String(error)), state.lang));
}

type Exportable = HTMLElement & { toSVG(): Promise<string>; toPNG(options?: { scale?: number }): Promise<Blob> };

function figureElement(figure: Figure): Exportable {
  return document.querySelector<Exportable>(`#figure-${figure.id}`)!;
}

async function saveSVG(figure: Figure): Promise<void> {
  try {
    save(`${fileBase(state.plan!)}-${figure.id}.svg`, new Blob([await figureElement(figure).toSVG()], { type: 'image/svg+xml' }));
  } catch (error) {
    failed(error);
  }
}

async function savePNG(figure: Figure): Promise<void> {
  try {
    save(`${fileBase(state.plan!)}-${figure.id}.png`, await figureElement(figure).toPNG());
  } catch (error) {
    failed(error);
  }
}

function saveJSON(): void {
  save(`${fileBase(state.plan!)}.plan.json`, new Blob([`${JSON.stringify(state.plan, null, 2)}\n`], { type: 'application/json' }));
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function saveWorkbook(): Promise<void> {
  try {
    const sheets = await import('./sheets.js');
    const result = await sheets.exportWorkbook(state.plan!);
    if (!result.bytes || result.problems.length > 0) {
      failed(result.problems.map((p) => t(p.message, state.lang)).join(' / '));
      return;
    }
    save(`${fileBase(state.plan!)}.xlsx`, new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: XLSX }));
  } catch (error) {
    failed(error);
  }
}

const PPTX = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The deck (plan-viz/deck, loaded on demand) in the page's language, 16:9 or 4:3. */
async function saveDeck(size: '16:9' | '4:3'): Promise<void> {
  try {
    const { planDeck } = await import('../src/deck/index.js');
    const bytes = planDeck(state.plan!, { lang: state.lang, size });
    save(`${fileBase(state.plan!)}${size === '4:3' ? '-4x3' : ''}.pptx`, new Blob([bytes as Uint8Array<ArrayBuffer>], { type: PPTX }));
  } catch (error) {
    failed(error);
  }
}

async function saveTemplate(lang: StudioLang): Promise<void> {
  try {
    const sheets = await import('./sheets.js');
    const bytes = await sheets.templateWorkbook(lang);
    save(lang === 'ja' ? 'plan-template.xlsx' : 'plan-template-en.xlsx', new Blob([bytes as Uint8Array<ArrayBuffer>], { type: XLSX }));
  } catch (error) {
    failed(error);
  }
}

async function toggleRow(index: number): Promise<void> {
  if (state.open === index) {
    update({ open: undefined, row: undefined });
    return;
  }
  const problem = state.problems[index]!;
  const file = state.files.find((f) => f.name === problem.file);
  let row: State['row'] = 'unavailable';
  try {
    if (problem.pointer !== undefined && file && /\.json$/i.test(file.name)) {
      row = jsonAt(file, problem.pointer) ?? 'unavailable';
    } else if (problem.row !== undefined) {
      row = (await rowOf(state.files, problem)) ?? 'unavailable';
    }
  } catch {
    row = 'unavailable';
  }
  update({ open: index, row });
}

async function copySnippet(code: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(code);
    announce(t(text.copied, state.lang));
  } catch {
    document.querySelector<HTMLTextAreaElement>('#embed-code')?.select();
    announce(t(text.copyFailed, state.lang));
  }
}

// ---- the page ----

function place(problem: SheetProblem, lang: StudioLang): string {
  const parts = [problem.file];
  if (problem.sheet) parts.push(`${t(text.sheet, lang)}「${problem.sheet}」`);
  if (problem.row !== undefined) parts.push(lang === 'ja' ? `${problem.row} 行目` : `row ${problem.row}`);
  if (problem.column) parts.push(`${t(text.column, lang)}「${problem.column}」`);
  if (problem.pointer !== undefined && problem.row === undefined) parts.push(problem.pointer || '/');
  return parts.join(lang === 'ja' ? '　' : ', ');
}

function rowPanel(problem: SheetProblem, lang: StudioLang): TemplateResult {
  const row = state.row;
  if (row === undefined || row === 'unavailable') return html`<p>${t(text.rowUnavailable, lang)}</p>`;
  const json = row.at !== undefined;
  const caption = json ? t(text.jsonPlace(problem.file, row.at ?? ''), lang) : t(text.rowHeading(problem.file, problem.sheet, problem.row ?? 0), lang);
  return html`
    <table class="row">
      <caption>${caption}<span class="caption-note">${t(json ? text.jsonHelp : text.rowHelp, lang)}</span></caption>
      <thead><tr><th scope="col">${t(json ? text.key : text.column, lang)}</th><th scope="col">${t(text.value, lang)}</th></tr></thead>
      <tbody>
        ${row.headers.map((header, i) => {
          const bad = i === row.column;
          return html`<tr class=${bad ? 'bad' : ''}>
            <th scope="row">${json ? nothing : html`<span class="letter">${columnLetter(i)}</span> `}${header}${bad ? html` <span aria-hidden="true">▲</span><span class="visually-hidden">${t(json ? text.problemKey : text.problemColumn, lang)}</span>` : nothing}</th>
            <td>${row.cells[i] ?? ''}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
}

/** The problems of one severity, each a button that shows its row; `index` is the place in state.problems. */
function problemItems(severity: 'error' | 'warning', lang: StudioLang): TemplateResult {
  const items = state.problems.map((problem, index) => ({ problem, index })).filter(({ problem }) => problem.severity === severity);
  return html`<ol class="problems ${severity}">
    ${items.map(
      ({ problem, index: i }) => html`<li>
        <button type="button" class="problem" aria-expanded=${state.open === i ? 'true' : 'false'} aria-controls="row-${i}" @click=${() => toggleRow(i)}>
          <span class="where">${place(problem, lang)}</span>
          <span class="message">${t(problem.message, lang)}</span>
          ${problem.value !== undefined ? html`<span class="value">${t(text.value, lang)}：「${problem.value}」</span>` : nothing}
        </button>
        <div id="row-${i}" class="row-panel" ?hidden=${state.open !== i}>${state.open === i ? rowPanel(problem, lang) : nothing}</div>
      </li>`,
    )}
  </ol>`;
}

function problemList(lang: StudioLang): TemplateResult {
  const errors = state.problems.filter((p) => p.severity === 'error').length;
  return html`
    <h3 id="problems-heading" tabindex="-1">${t(text.problemCount(errors), lang)}</h3>
    <p>${t(text.problemHelp, lang)}</p>
    ${problemItems('error', lang)}
    <p>${t(text.nothingWritten, lang)}</p>
    ${warningList(lang)}`;
}

function warningList(lang: StudioLang): TemplateResult | typeof nothing {
  const warnings = state.problems.filter((p) => p.severity === 'warning').length;
  if (warnings === 0) return nothing;
  return html`<h3>${t(text.warningCount(warnings), lang)}</h3>
    <p>${t(text.warningHelp, lang)}</p>
    ${problemItems('warning', lang)}`;
}

function figures(plan: PlanDocument, lang: StudioLang): TemplateResult {
  return html`
    <section aria-labelledby="figures-heading">
      <h2 id="figures-heading">${t(text.figuresHeading, lang)}</h2>
      <p>${t(text.figuresHelp, lang)}</p>
      ${FIGURES.map((figure) => {
        const name = t(figure.name, lang);
        return html`<section class="figure" aria-labelledby="heading-${figure.id}">
          <h3 id="heading-${figure.id}">${name}</h3>
          ${figure.tag === 'plan-overview' ? html`<p>${t(text.overviewNote, lang)}</p>` : nothing}
          ${
            figure.files === false
              ? nothing
              : html`<p class="actions">
            <button type="button" @click=${() => saveSVG(figure)}>${t(text.svgShort, lang)}<span class="visually-hidden">${t(text.of(name), lang)}</span></button>
            <button type="button" @click=${() => savePNG(figure)}>${t(text.pngShort, lang)}<span class="visually-hidden">${t(text.of(name), lang)}</span></button>
          </p>`
          }
          ${/* A new element per language: <plan-collaboration> and <plan-indicators> do not watch their lang attribute. */ keyed(lang, figureTemplate(figure, plan, lang))}
        </section>`;
      })}
    </section>`;
}

function figureTemplate(figure: Figure, plan: PlanDocument, lang: StudioLang): TemplateResult {
  switch (figure.tag) {
    case 'plan-tree':
      return html`<plan-tree id="figure-tree" color-scheme="light" lang=${lang} .plan=${plan}></plan-tree>`;
    case 'plan-collaboration':
      return html`<plan-collaboration id="figure-collaboration" color-scheme="light" lang=${lang} .plan=${plan}></plan-collaboration>`;
    case 'plan-indicators':
      return html`<plan-indicators id="figure-indicators" color-scheme="light" heading-level="4" lang=${lang} .plan=${plan}></plan-indicators>`;
    case 'plan-overview':
      // The whole 概要版, its tree and collaboration figure in its slots (so that its file holds them too).
      return html`<plan-overview id="figure-overview" color-scheme="light" heading-level="3" lang=${lang} .plan=${plan}>
        <plan-tree slot="tree" color-scheme="light" lang=${lang} .plan=${plan}></plan-tree>
        ${plan.collaboration ? html`<plan-collaboration slot="collaboration" color-scheme="light" lang=${lang} .plan=${plan}></plan-collaboration>` : nothing}
      </plan-overview>`;
  }
}

function publish(plan: PlanDocument, lang: StudioLang): TemplateResult {
  const code = embedSnippet(plan, { tag: state.embedTag, mode: state.embedMode, fileName: state.embedFile, lang });
  return html`
    <section aria-labelledby="publish-heading">
      <h2 id="publish-heading">${t(text.publishHeading, lang)}</h2>
      <h3>${t(text.downloadsHeading, lang)}</h3>
      <p class="actions">
        <button type="button" @click=${saveJSON}>${t(text.downloadJSON, lang)}</button>
        <button type="button" @click=${saveWorkbook}>${t(text.downloadWorkbook, lang)}</button>
      </p>
      <h3>${t(text.slidesHeading, lang)}</h3>
      <p>${t(text.slidesHelp, lang)}</p>
      <p class="actions">
        <button type="button" @click=${() => saveDeck('16:9')}>${t(text.downloadDeck, lang)}</button>
        <button type="button" @click=${() => saveDeck('4:3')}>${t(text.downloadDeck43, lang)}</button>
      </p>
      <h3>${t(text.embedHeading, lang)}</h3>
      <p>${t(text.embedHelp, lang)}</p>
      <div class="embed-options">
        <p>
          <label for="embed-figure">${t(text.embedFigure, lang)}</label>
          <select id="embed-figure" @change=${(e: Event) => update({ embedTag: (e.target as HTMLSelectElement).value as FigureTag })}>
            ${FIGURES.filter((f) => EMBEDDABLE.includes(f.tag)).map((f) => html`<option value=${f.tag} ?selected=${f.tag === state.embedTag}>${t(f.name, lang)}（&lt;${f.tag}&gt;）</option>`)}
          </select>
        </p>
        <fieldset>
          <legend>${t(text.embedData, lang)}</legend>
          <label><input type="radio" name="embed-mode" value="inline" .checked=${state.embedMode === 'inline'} @change=${() => update({ embedMode: 'inline' })} /> ${t(text.embedInline, lang)}</label>
          <label><input type="radio" name="embed-mode" value="src" .checked=${state.embedMode === 'src'} @change=${() => update({ embedMode: 'src' })} /> ${t(text.embedSrc, lang)}</label>
        </fieldset>
        ${
          state.embedMode === 'src'
            ? html`<p><label for="embed-file">${t(text.embedFileName, lang)}</label>
              <input id="embed-file" type="text" spellcheck="false" .value=${state.embedFile} @input=${(e: Event) => update({ embedFile: (e.target as HTMLInputElement).value })} /></p>`
            : nothing
        }
      </div>
      <p><label for="embed-code">${t(text.embedCode, lang)}</label></p>
      <textarea id="embed-code" readonly rows="12" spellcheck="false" .value=${code}></textarea>
      <p class="actions"><button type="button" @click=${() => copySnippet(code)}>${t(text.copy, lang)}</button></p>
      <p class="note">${t(text.cspNote, lang)}</p>
    </section>`;
}

function page(): TemplateResult {
  const lang = state.lang;
  const plan = state.plan;
  return html`
    <header>
      <h1>${t(text.heading, lang)}</h1>
      <p>${t(text.intro, lang)}</p>
      <p class="privacy">${t(text.privacy, lang)}</p>
      <fieldset class="language">
        <legend>${t(text.language, lang)}</legend>
        <label lang="ja"><input type="radio" name="lang" value="ja" .checked=${lang === 'ja'} @change=${() => update({ lang: 'ja' })} /> 日本語</label>
        <label lang="en"><input type="radio" name="lang" value="en" .checked=${lang === 'en'} @change=${() => update({ lang: 'en' })} /> English</label>
      </fieldset>
      ${import.meta.env.DEV ? html`<p><a href="/">${t(text.demoLink, lang)}</a></p>` : nothing}
    </header>
    <main>
      <section aria-labelledby="open-heading">
        <h2 id="open-heading">${t(text.openHeading, lang)}</h2>
        <div class="drop" @dragover=${dragOver} @dragleave=${dragLeave} @drop=${drop}>
          <p id="open-help">${t(text.openHelp, lang)}</p>
          <label for="files" class="file-label">${t(text.chooseFiles, lang)}</label>
          <input id="files" type="file" multiple accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" aria-describedby="open-help" ?disabled=${state.busy} @change=${(e: Event) => readFiles((e.target as HTMLInputElement).files ?? [])} />
        </div>
        <p class="actions"><button type="button" ?disabled=${state.busy} @click=${openSample}>${t(text.sample, lang)}</button></p>
        <p id="status" class="status" role="status">${state.status}</p>
        <h3>${t(text.templateHeading, lang)}</h3>
        <p>${t(text.templateHelp, lang)}</p>
        <p class="actions">
          <button type="button" @click=${() => saveTemplate('ja')}>${t(text.templateJa, lang)}</button>
          <button type="button" @click=${() => saveTemplate('en')}>${t(text.templateEn, lang)}</button>
        </p>
      </section>
      <section aria-labelledby="check-heading">
        <h2 id="check-heading">${t(text.checkHeading, lang)}</h2>
        ${state.files.length > 0 ? html`<p>${t(text.loadedFiles(state.files.map((f) => f.name)), lang)}</p>` : nothing}
        ${
          state.files.length > 0 && !plan
            ? problemList(lang)
            : html`<p id="check-result" tabindex="-1" class=${plan ? 'ok' : ''}>${t(plan ? text.valid : text.nothingYet, lang)}</p>${warningList(lang)}`
        }
      </section>
      ${plan ? figures(plan, lang) : nothing}
      ${plan ? publish(plan, lang) : nothing}
    </main>`;
}

function dragOver(event: DragEvent): void {
  event.preventDefault();
  (event.currentTarget as HTMLElement).classList.add('over');
}

function dragLeave(event: DragEvent): void {
  (event.currentTarget as HTMLElement).classList.remove('over');
}

function drop(event: DragEvent): void {
  event.preventDefault();
  (event.currentTarget as HTMLElement).classList.remove('over');
  if (event.dataTransfer?.files) void readFiles(event.dataTransfer.files);
}

update();
