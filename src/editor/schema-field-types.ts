/** Shape of the generated schema facts (src/editor/generated/schema-fields.ts). */
export type FieldFormat = 'id' | 'shortText' | 'longText' | 'date' | 'color' | 'webUrl' | 'email' | 'phone';

export interface SchemaFieldInfo {
  title?: string;
  description?: string;
  kind: 'string' | 'integer' | 'number' | 'boolean' | 'enum' | 'array' | 'object';
  format?: FieldFormat;
  enum?: readonly string[];
  /** Item description of an array. */
  items?: SchemaFieldInfo;
  /** Name of the object entry (in SCHEMA_OBJECTS) of an object field. */
  object?: string;
  pattern?: string;
  maxLength?: number;
  minimum?: number;
  minItems?: number;
  uniqueItems?: boolean;
}

export interface SchemaObjectInfo {
  title?: string;
  description?: string;
  required: readonly string[];
  fields: Readonly<Record<string, SchemaFieldInfo>>;
}
