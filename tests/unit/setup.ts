// Component tests render outside a Next app router; the site's Link asks the router to prefetch on
// intent, so it gets a router that does nothing.
import { vi } from 'vitest';

vi.mock('next/navigation', async (importOriginal) => ({
  ...(await importOriginal<typeof import('next/navigation')>()),
  useRouter: () => ({ prefetch: () => undefined }),
}));
