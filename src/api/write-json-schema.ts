import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaFiles } from '@/api/json-schema';

/** `npm run schema`: writes the API contract to public/schema/v1/ so it ships with the app. */
const dir = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../public/schema/v1')}/`;
mkdirSync(dir, { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) writeFileSync(`${dir}${file}`, text);
console.log(`API contract written to public/schema/v1/ (${Object.keys(jsonSchemaFiles()).length} files)`);
