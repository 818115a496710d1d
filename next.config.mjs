/** @type {import('next').NextConfig} */
const nextConfig = {
  // A static site: `next build` writes every page to out/ and nothing runs on a server.
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  reactStrictMode: true,
  poweredByHeader: false,
};

export default nextConfig;
