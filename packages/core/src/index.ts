export * from './assignment-rules.js';
export * from './catalogue.js';
export * from './dates.js';
export * from './institutions.js';
export * from './quarters.js';
export * from './reports.js';
export * from './roles.js';
