// schema.org JSON-LD for pages, built from content. Serialised with "<" escaped so the JSON can never
// close its <script> element.
import { figuresFor } from './compare';
import { getOccupation, type Role } from './content';
import { absoluteUrl } from './site';

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function roleJsonLd(role: Role): string {
  const occupation = getOccupation(role.occupation);
  const [median] = figuresFor(occupation.figures, ['median-pay'], 'usd-per-year');
  return serializeJsonLd({
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: role.name,
    description: role.summary,
    url: absoluteUrl(`/roles/${role.slug}/`),
    occupationalCategory: occupation.code,
    educationRequirements: role.education,
    skills: role.skills.join(', '),
    occupationLocation: { '@type': 'Country', name: 'United States' },
    ...(median
      ? {
          estimatedSalary: {
            '@type': 'MonetaryAmountDistribution',
            name: `Median pay, ${occupation.title} (${median.asOf})`,
            currency: 'USD',
            duration: 'P1Y',
            median: median.value,
          },
        }
      : {}),
  });
}
