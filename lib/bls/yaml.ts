// A small YAML writer for the generated content files: maps, lists, strings, numbers. Strings are
// always quoted (JSON strings are valid YAML), so a code like 29-2072 or a year stays text. Prettier
// formats the result afterwards.

export type YamlValue =
  string | number | boolean | YamlValue[] | { [key: string]: YamlValue | undefined };

function scalar(value: string | number | boolean): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
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
