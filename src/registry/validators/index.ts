/**
 * Identifier validators of the registry, one file per identifier (see each file for its legal basis).
 */
export * from './result.ts';
export * from './personal-id.ts';
export * from './social-insurance-no.ts';
export * from './benefit-level.ts';
export * from './card-code.ts';
export * from './employer-code.ts';
export * from './area-code.ts';
export * from './phone.ts';
export * from './full-name.ts';
