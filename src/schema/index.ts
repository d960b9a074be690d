export type * from './types.js';
export { validatePlan, MAX_DEPTH, pointerToken, type Problem, type ProblemCode, type ValidationResult } from './validate.js';
export { resolveText, resolveTextLang } from './text.js';
export { messages, ui, localize, type Message, type UiLanguage } from './messages.js';
