import { z } from 'zod';

// Zod compiles fast validators with `new Function`; the Content-Security-Policy forbids eval, so
// every bundle that parses with zod (the checking worker, briefing notes, the mocked API) takes it
// from here, set to use its interpreter instead of letting each parse try (and log a policy violation).
z.config({ jitless: true });

export { z };
