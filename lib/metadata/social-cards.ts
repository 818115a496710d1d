// The social preview images: one per main page, rendered at build time to /social/<id>.png.
import { getRoles, getSiteInfo } from '../content';
import { routes } from '../routes';

export interface SocialCardSpec {
  id: string;
  title: string;
  subtitle: string;
}

export function socialCards(): SocialCardSpec[] {
  const site = getSiteInfo();
  return [
    { id: 'home', title: 'Medical coding or medical billing?', subtitle: site.tagline },
    {
      id: 'compare',
      title: 'Medical coder vs medical biller',
      subtitle: 'Duties, skills, education, certifications, pay and outlook, side by side.',
    },
    {
      id: 'quiz',
      title: 'Coding or billing: which fits you?',
      subtitle: 'A short quiz with the reasons for your result.',
    },
    {
      id: 'jobs',
      title: 'What is your dream job?',
      subtitle: 'Search real coding, billing and revenue-cycle job titles.',
    },
    ...getRoles().map((role) => ({ id: role.slug, title: role.name, subtitle: role.summary })),
  ];
}

export function socialCard(id: string): SocialCardSpec {
  const card = socialCards().find((candidate) => candidate.id === id);
  if (card === undefined) throw new Error(`No social card "${id}"`);
  return card;
}

/** Open Graph and Twitter image metadata for a page, pointing at its card. */
export function socialImages(id: string) {
  const card = socialCard(id);
  const image = {
    url: routes.socialCard(card.id),
    width: 1200,
    height: 630,
    alt: `${card.title} ${card.subtitle}`,
  };
  return {
    openGraph: { images: [image] },
    twitter: { card: 'summary_large_image' as const, images: [image.url] },
  };
}
