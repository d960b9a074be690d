/** The subset of JSON Schema 2020-12 that the generated plan schema uses. */
export interface JsonSchema {
  /** The name of a definition in the root `$defs` (the generated module writes `Plan` for `#/$defs/Plan`). */
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  type?: 'object' | 'array' | 'string' | 'number' | 'integer' | 'boolean' | 'null';
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  propertyNames?: JsonSchema;
  minProperties?: number;
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  anyOf?: JsonSchema[];
  enum?: readonly unknown[];
  const?: unknown;
  pattern?: string;
  minLength?: number;
  format?: string;
  minimum?: number;
  maximum?: number;
  [other: string]: unknown;
}
