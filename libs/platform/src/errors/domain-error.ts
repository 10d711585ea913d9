import { Language, Localized } from './localized';
import { PROBLEM_STATUS, ProblemCode } from './problem-code';

/**
 * An error that a person can act on. Domain code throws these (never HTTP exceptions); the problem
 * filter maps them to RFC 9457 answers in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ProblemCode,
    readonly detail: Localized,
    /** Machine-readable facts for the client, merged into the problem body (never internals). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail.en);
    this.name = new.target.name;
  }

  get status(): number {
    return PROBLEM_STATUS[this.code];
  }

  /** The extensions as a reader of `language` gets them; errors whose facts hold texts translate them here. */
  extensionsIn(_language: Language): Record<string, unknown> {
    return this.extensions;
  }
}

export class NotFoundError extends DomainError {
  constructor(what: Localized = { de: 'Nicht gefunden.', en: 'Not found.' }) {
    super('NOT_FOUND', what);
  }
}

export class ForbiddenError extends DomainError {
  constructor(
    detail: Localized = {
      de: 'Dafür fehlt Ihnen die Berechtigung.',
      en: 'You are not allowed to do this.',
    },
  ) {
    super('FORBIDDEN', detail);
  }
}

/** A request that is well-formed but names values that do not fit together (a zone of another floor). */
export class ValidationError extends DomainError {
  constructor(detail: Localized, errors?: FieldError[]) {
    super('VALIDATION_FAILED', detail, errors ? { errors } : {});
  }
}

/** The state of an object forbids the request, for example deleting a floor whose desks are booked. */
export class StateConflictError extends DomainError {
  constructor(detail: Localized, extensions?: Record<string, unknown>) {
    super('CONFLICT', detail, extensions);
  }
}

export interface FieldError {
  /** Where the error is: a property path (`equipment.monitors`), or a CSV `line`/`column`. */
  field?: string;
  line?: number;
  column?: string;
  message: string;
}
