import { readFileSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '@/api/json-schema';

const dir = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../public/schema/v1')}/`;

describe('the published API contract', () => {
  const files = jsonSchemaFiles();

  it('is up to date with the zod schemas (run `npm run schema` after changing them)', () => {
    expect(readdirSync(dir).sort()).toEqual(Object.keys(files).sort());
    for (const [file, text] of Object.entries(files)) {
      expect(readFileSync(`${dir}${file}`, 'utf8'), file).toBe(text);
    }
  });

  it('describes the list envelope with data and meta', () => {
    const schema = JSON.parse(files['trade-annual.schema.json'] ?? '{}') as { required?: string[] };
    expect(schema.required).toEqual(['data', 'meta']);
  });
});
