/**
 * Imports every module's error catalogue so that the catalogue test and the docs see all codes.
 * Each module adds its `*.errors.ts` here.
 */
import '../platform/errors.ts';
