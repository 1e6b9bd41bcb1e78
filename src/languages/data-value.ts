import type { SecretFinding } from '../secrets/classify.js';

/** A position in the coordinates of the file's language (ESLint converts them for output). */
export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface SourceLocation {
  readonly start: Position;
  readonly end: Position;
}

/** A string value of a data file (JSON, dotenv, …) as the rules see it. */
export interface DataValue {
  /** The decoded value. */
  readonly value: string;
  /** Where the value's node sits, quotes included. */
  readonly loc: SourceLocation;
  /**
   * Source offset of the value's first character when the source spells the value verbatim
   * (no escapes, no joined lines), so that a finding can be pointed at exactly; else undefined.
   */
  readonly verbatimStart: number | undefined;
}

interface IndexLocator {
  getLocFromIndex(index: number): Position;
}

/** The exact place of a finding inside a data value, or the whole value when it was decoded. */
export function locateFinding(sourceCode: IndexLocator, value: DataValue, finding: SecretFinding): SourceLocation {
  if (value.verbatimStart === undefined) return value.loc;
  return {
    start: sourceCode.getLocFromIndex(value.verbatimStart + finding.start),
    end: sourceCode.getLocFromIndex(value.verbatimStart + finding.end),
  };
}
