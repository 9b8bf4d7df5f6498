import { defineConfig } from 'drizzle-kit';

// Every module keeps its tables in `src/<module>/*.schema.ts`; drizzle-kit reads them all from there.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/*/*.schema.ts',
  out: './drizzle',
});
