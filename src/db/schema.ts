/**
 * Every table of Khiên, re-exported from the module that owns it (drizzle-kit reads this file).
 * Each module adds one line here.
 */
export * from '../org/org.schema.ts';
export * from '../registry/registry.schema.ts';
export * from '../auth/auth.schema.ts';
export * from '../org/hr.schema.ts';
export * from '../access/access.schema.ts';
export * from '../respond/respond.schema.ts';
export * from '../citizen/citizen.schema.ts';
export * from '../audit/audit.schema.ts';
export * from '../detect/detect.schema.ts';
export * from '../detect/verification.schema.ts';
export * from '../detect/rule-settings.schema.ts';
export * from '../posture/posture.schema.ts';
export * from '../govern/govern.schema.ts';
