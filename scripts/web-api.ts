/**
 * The console's typed API client types (`web/src/api/schema.d.ts`) generated from the server's OpenAPI document
 * with openapi-typescript. `npm run web:api` rewrites the file; `web-api.test.ts` fails when the committed file
 * differs from what the running server's document generates (a route added or changed without regenerating).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { createTestApp } from '../src/app/test-app.ts';

/** Where the generated types live. */
export const WEB_API_TYPES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'web', 'src', 'api', 'schema.d.ts');

const HEADER = '/**\n * Generated from the Khiên server\'s OpenAPI document by `npm run web:api` (scripts/web-api.ts). Do not edit.\n */\n\n';

/**
 * The server's OpenAPI document, from an app built on a fresh in-memory database.
 *
 * @returns the document
 */
export async function loadServerDocument(): Promise<OpenAPI3> {
  const t = await createTestApp();
  try {
    const res = await t.app.inject({ method: 'GET', url: '/openapi.json' });
    return res.json<OpenAPI3>();
  } finally {
    await t.close();
  }
}

/**
 * Generates the TypeScript types of a document.
 *
 * @param doc - the OpenAPI document
 * @returns the file text
 */
export async function generateWebApiTypes(doc: OpenAPI3): Promise<string> {
  const ast = await openapiTS(doc, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const text = await generateWebApiTypes(await loadServerDocument());
  await writeFile(WEB_API_TYPES, text);
  console.log(`wrote ${path.relative(process.cwd(), WEB_API_TYPES)} (${text.length} characters)`);
  process.exit(0);
}
