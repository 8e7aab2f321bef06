export type DossierParseErrorCode = 'empty' | 'binary' | 'not_a_dossier' | 'truncated';

/** Thrown when a text cannot be parsed into a dossier. `code` is stable; `line` is 1-based when known. */
export class DossierParseError extends Error {
  override readonly name = 'DossierParseError';

  constructor(
    readonly code: DossierParseErrorCode,
    message: string,
    readonly line: number | null = null,
  ) {
    super(message);
    Object.setPrototypeOf(this, DossierParseError.prototype);
  }
}

export function isDossierParseError(error: unknown): error is DossierParseError {
  return error instanceof DossierParseError;
}
