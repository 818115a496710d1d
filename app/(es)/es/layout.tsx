import type { ReactNode } from 'react';
import { RootLayout, rootMetadata, rootViewport } from '@/app/_pages/root-layout';

export const metadata = rootMetadata('es');
export const viewport = rootViewport;

export default function SpanishLayout({ children }: { children: ReactNode }) {
  return <RootLayout locale="es">{children}</RootLayout>;
}
