// The backup file format: schema, checksum and migrations (issue 3 § 3).
export * from './format';
export * from './migrations';
export * from './sha256';
export * from './crypto';
export * from './base64';
export * from './protection';
export * from './lines';
export * from './lines-reader';
export * from './same-row';
