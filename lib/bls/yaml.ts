// A small YAML writer for the generated content files: maps, lists, strings, numbers. A string that
// YAML could read as anything else (a code like 29-2072, a year, a date, true) is quoted, as JSON
// (JSON strings are valid YAML). Prettier formats the result afterwards.

export type YamlValue =
  string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };

const PLAIN = /^[A-Za-z][\w ,.()/*-]*$/;
const WORDS_YAML_READS = /^(true|false|yes|no|on|off|null|y|n)$/i;

function scalar(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  return PLAIN.test(value) && !WORDS_YAML_READS.test(value) && !value.endsWith(' ')
    ? value
    : JSON.stringify(value);
}

function lines(value: YamlValue, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      const [first = '', ...rest] = lines(item, `${indent}  `);
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (typeof value !== 'object') return [`${indent}${scalar(value)}`];
  return Object.entries(value).flatMap(([key, child]) => {
    if (child === undefined) return [];
    if (typeof child !== 'object') return [`${indent}${key}: ${scalar(child)}`];
    if (Array.isArray(child) && child.length === 0) return [`${indent}${key}: []`];
    return [`${indent}${key}:`, ...lines(child, `${indent}  `)];
  });
}

/** A YAML document, with comment lines on top. */
export function toYaml(value: YamlValue, comments: readonly string[] = []): string {
  return [...comments.map((comment) => `# ${comment}`), ...lines(value, '')].join('\n') + '\n';
}
