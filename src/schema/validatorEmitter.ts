/** Thrown while reading a definition the generator does not know: the schema is not generated. */
export class NotGenerated extends Error {}

/** What the code emitted for one schema leaves behind: the statements, and the expression of its output. */
export interface Emitted {
  readonly code: string;
  readonly out: string;
}

/** The state of one generation: the referenced values, helper functions, and a counter for names. */
export class Emitter {
  readonly refs: unknown[] = [];
  readonly helpers: string[] = [];
  private names = 0;

  /** The name under which the generated code reads `value`. */
  ref(value: unknown): string {
    this.refs.push(value);
    return `r${this.refs.length - 1}`;
  }

  /** A variable name not used before in this validator. */
  fresh(prefix: string): string {
    return `${prefix}${this.names++}`;
  }
}
