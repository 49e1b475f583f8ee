/** The one error type services throw. Codes map to HTTP status in one table. */
export const errorStatus = {
  bad_request: 400,
  validation: 400,
  role_unit_mismatch: 400,
  unauthenticated: 401,
  second_factor_required: 401,
  forbidden: 403,
  account_disabled: 403,
  no_role: 403,
  no_account: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  name_taken: 409,
  two_factor_enabled: 409,
  version_conflict: 409,
  possible_duplicate: 409,
  identity_number_taken: 409,
  organisation_number_taken: 409,
  participant_merged: 409,
  merge_blocked: 409,
  session_past: 409,
  double_booking: 409,
  activity_full: 409,
  gone: 410,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = code,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} not found`);
export const versionConflict = () =>
  new AppError(
    'version_conflict',
    'Someone else changed this record since you opened it. Reload and try again.',
  );
