// The domain core's public surface: one implementation of every rule in docs/rules.md §§2–7.
export * from './criteria';
export * from './settings';
export * from './errors';
export * from './input';
export * from './wage';
export * from './tax';
export * from './transport';
export * from './warnings';
export * from './calculate';
export * from '../calendar';
