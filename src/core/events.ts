import type { PlanNode } from '../schema/types.js';
import type { Problem } from '../schema/validate.js';

/** Detail of `plan-select`: a node of the plan was chosen (click, Enter or Space). */
export interface PlanSelectDetail {
  /** The node's id. */
  id: string;
  /** The node itself. */
  node: PlanNode;
}

/** Detail of `plan-error`: the plan could not be loaded or is not valid. */
export interface PlanErrorDetail {
  /** Every problem found, each with a JSON Pointer (`""` for load failures). */
  problems: Problem[];
  /** The URL the plan came from, when it came from `src`. */
  src?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plan-select': CustomEvent<PlanSelectDetail>;
    'plan-error': CustomEvent<PlanErrorDetail>;
    'plan-deselect': CustomEvent<Record<string, never>>;
  }
}
