/**
 * ajv (draft-07, with ajv-formats) for the tests that validate emitted JSON against the schemas we write
 * (Form 08, STIX 2.1). ajv is a dev dependency: only tests import this file.
 */
import AjvModule from 'ajv';
import formatsModule from 'ajv-formats';

type AjvCtor = typeof AjvModule.default;
const Ajv = ((AjvModule as unknown as { default?: AjvCtor }).default ?? AjvModule) as AjvCtor;
const addFormats = ((formatsModule as unknown as { default?: typeof formatsModule.default }).default ?? formatsModule) as typeof formatsModule.default;

/** A validator instance. */
export type AjvInstance = InstanceType<AjvCtor>;

/**
 * Creates a strict ajv with formats.
 *
 * @returns the instance
 */
export function createAjv(): AjvInstance {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
}
