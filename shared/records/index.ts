// zod schemas of every stored row (issue 3 § 1). Rows are validated with these when written,
// when read back from a backup, and when migrated.
export * from './common';
export * from './cpr';
export * from './citizen';
export * from './grant';
export * from './wage-decision';
export * from './attendance';
export * from './settings-version';
export * from './work-area';
export * from './month-close';
export * from './audit';
