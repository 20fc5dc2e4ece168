export * from './enums';
export * from './audit-action';
export * from './permissions';
export * from './labels';
export * from './messages';
export * from './ethnicities';
export * from './text';
export * from './circumstance-subgroups';
