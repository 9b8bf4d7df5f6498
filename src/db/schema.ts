/**
 * Every table of Khiên, re-exported from the module that owns it (drizzle-kit reads this file).
 * Each module adds one line here.
 */
export * from '../org/org.schema.ts';
export * from '../registry/registry.schema.ts';
export * from '../auth/auth.schema.ts';
export * from '../org/hr.schema.ts';
