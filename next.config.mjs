/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: `next build` writes every page to out/ and nothing runs on a server.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked once per run, by `npm run typecheck` (part of `npm test` and CI); checking
  // them again inside every `next build` (CI builds twice) only repeats that work.
  typescript: { ignoreBuildErrors: true },
  experimental: {
    // Prerender on every core: Next's default leaves one idle, which on a 2-core machine halves it.
    cpus: 2,
    // Each language has its own root layout (<html lang>), so the one 404 page for unmatched
    // addresses is app/global-not-found.tsx, which brings its own.
    globalNotFound: true,
  },
};

export default nextConfig;
