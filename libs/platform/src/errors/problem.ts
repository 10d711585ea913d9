import { HttpException } from '@nestjs/common';
import { DomainError } from './domain-error';
import { Language, Localized } from './localized';
import { PROBLEM_STATUS, ProblemCode } from './problem-code';

/** An RFC 9457 problem document as this API writes it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: ProblemCode;
  instance?: string;
  requestId?: string;
  [extension: string]: unknown;
}

const TITLES: Record<ProblemCode, Localized> = {
  VALIDATION_FAILED: { de: 'Ungültige Anfrage', en: 'Invalid request' },
  UNAUTHENTICATED: { de: 'Anmeldung erforderlich', en: 'Sign-in required' },
  FORBIDDEN: { de: 'Keine Berechtigung', en: 'Forbidden' },
  NOT_FOUND: { de: 'Nicht gefunden', en: 'Not found' },
  BOOKING_CONFLICT: { de: 'Bereits gebucht', en: 'Already booked' },
  POLICY_VIOLATION: { de: 'Buchungsregel verletzt', en: 'Booking rule violated' },
  RATE_LIMITED: { de: 'Zu viele Anfragen', en: 'Too many requests' },
  UNAVAILABLE: { de: 'Vorübergehend nicht verfügbar', en: 'Temporarily unavailable' },
  METHOD_NOT_ALLOWED: { de: 'Methode nicht erlaubt', en: 'Method not allowed' },
  NOT_ACCEPTABLE: { de: 'Format nicht verfügbar', en: 'Not acceptable' },
  CONFLICT: { de: 'Konflikt mit dem aktuellen Zustand', en: 'Conflict with the current state' },
  IDEMPOTENCY_IN_PROGRESS: { de: 'Anfrage läuft noch', en: 'Request still in progress' },
  IDEMPOTENCY_KEY_REUSED: { de: 'Idempotency-Key wiederverwendet', en: 'Idempotency key reused' },
  PAYLOAD_TOO_LARGE: { de: 'Anfrage zu groß', en: 'Payload too large' },
  UNSUPPORTED_MEDIA_TYPE: { de: 'Format nicht unterstützt', en: 'Unsupported media type' },
  INTERNAL: { de: 'Interner Fehler', en: 'Internal error' },
};

const DETAILS: Partial<Record<ProblemCode, Localized>> = {
  VALIDATION_FAILED: { de: 'Die Anfrage ist ungültig.', en: 'The request is invalid.' },
  UNAUTHENTICATED: {
    de: 'Bitte melden Sie sich an; das Token fehlt, ist ungültig oder abgelaufen.',
    en: 'Please sign in; the token is missing, invalid or expired.',
  },
  FORBIDDEN: { de: 'Dafür fehlt Ihnen die Berechtigung.', en: 'You are not allowed to do this.' },
  NOT_FOUND: { de: 'Diese Adresse oder dieses Objekt gibt es nicht.', en: 'No such address or object.' },
  METHOD_NOT_ALLOWED: { de: 'Diese Methode ist hier nicht erlaubt.', en: 'This method is not allowed here.' },
  PAYLOAD_TOO_LARGE: { de: 'Die Anfrage ist zu groß.', en: 'The request is too large.' },
  UNSUPPORTED_MEDIA_TYPE: {
    de: 'Dieses Datenformat wird hier nicht angenommen.',
    en: 'This content type is not accepted here.',
  },
  RATE_LIMITED: { de: 'Zu viele Anfragen; bitte kurz warten.', en: 'Too many requests; please wait a moment.' },
  UNAVAILABLE: {
    de: 'Der Dienst ist vorübergehend nicht verfügbar.',
    en: 'The service is temporarily unavailable.',
  },
  INTERNAL: {
    de: 'Ein unerwarteter Fehler ist aufgetreten; er wurde protokolliert.',
    en: 'An unexpected error occurred; it has been logged.',
  },
};

const CODE_BY_STATUS: Record<number, ProblemCode> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'VALIDATION_FAILED',
  429: 'RATE_LIMITED',
  503: 'UNAVAILABLE',
};

/** `BOOKING_CONFLICT` → `booking-conflict`, used in the `type` URI. */
function slug(code: ProblemCode): string {
  return code.toLowerCase().replace(/_/g, '-');
}

/**
 * Turns anything thrown into a problem document. Only `DomainError`s and HTTP errors of the
 * framework say what went wrong; everything else becomes a bare `INTERNAL` without internals.
 */
export function toProblem(error: unknown, language: Language): Problem {
  if (error instanceof DomainError) {
    return build(error.code, error.status, error.detail[language], language, error.extensionsIn(language));
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const code = CODE_BY_STATUS[status] ?? (status >= 500 ? 'INTERNAL' : 'VALIDATION_FAILED');
    return build(code, status, (DETAILS[code] ?? DETAILS.VALIDATION_FAILED!)[language], language);
  }
  return build('INTERNAL', 500, DETAILS.INTERNAL![language], language);
}

function build(
  code: ProblemCode,
  status: number,
  detail: string,
  language: Language,
  extensions: Record<string, unknown> = {},
): Problem {
  return {
    ...extensions,
    type: `urn:platzbuch:problem:${slug(code)}`,
    title: TITLES[code][language],
    status: status || PROBLEM_STATUS[code],
    detail,
    code,
  };
}
