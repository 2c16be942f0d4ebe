// Fails early, with advice, when the system Chromium the browser tests drive is missing.
import { accessSync, constants } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
try {
  accessSync(path, constants.X_OK);
} catch {
  console.error(
    [
      `Browser tests need Chromium, and none was found at ${path}.`,
      'Install it from your system packages, e.g. on Debian or Ubuntu:',
      '  sudo apt-get update && sudo apt-get install -y chromium',
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary:',
      '  CHROMIUM_PATH=/path/to/chrome npm test',
      'Nothing is downloaded by the tests themselves.',
    ].join('\n'),
  );
  process.exit(1);
}
