import type { TitleOptionGroup } from '@/lib/job-compare';

/** A select's title choices, one group per family. */
export function TitleOptions({ options }: { options: readonly TitleOptionGroup[] }) {
  return options.map((group) => (
    <optgroup key={group.family} label={group.family}>
      {group.titles.map((title) => (
        <option key={title.slug} value={title.slug}>
          {title.name}
        </option>
      ))}
    </optgroup>
  ));
}
