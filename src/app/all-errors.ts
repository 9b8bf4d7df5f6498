/**
 * Imports every module's error catalogue so that the catalogue test and the docs see all codes.
 * Each module adds its `*.errors.ts` here.
 */
import '../platform/errors.ts';
import '../auth/auth.errors.ts';
import '../respond/respond.errors.ts';
import '../govern/govern.errors.ts';
import '../citizen/citizen.errors.ts';
import '../audit/audit.errors.ts';
import '../detect/detect.errors.ts';
import '../access/access.errors.ts';
import '../registry/registry.errors.ts';
import '../posture/posture.errors.ts';
import './containment.ts';
import '../db/data-dir-lock.ts';
