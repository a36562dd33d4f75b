// Writing the YAML of a starting inventory by hand: the files keep their comments (the `# TODO` marks and the
// headers) and the compact style of the bundled inventories, which a YAML library would not.

/** A scalar as YAML: plain when it cannot be misread, double-quoted (JSON escapes are valid YAML) otherwise. */
export function q(value: string | number | boolean): string {
  if (typeof value !== 'string') return String(value);
  if (/^[a-z][a-z0-9./-]*$/.test(value) && !/^(true|false|null|yes|no|on|off|y|n)$/.test(value)) return value;
  return JSON.stringify(value);
}

/** A flow mapping `{ a: 1, b: x }` from entries whose value is defined. */
export function flowMap(entries: Readonly<Record<string, string | number | boolean | readonly string[] | undefined>>): string {
  const parts = Object.entries(entries)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? flowList(v) : q(v as string | number | boolean)}`);
  return `{ ${parts.join(', ')} }`;
}

/** A flow sequence `[a, b]`. */
export const flowList = (items: readonly string[]): string => `[${items.map(q).join(', ')}]`;

/** A value a person must supply: a placeholder starting with TODO, marked on its line. */
export function todo(key: string, what: string, indent = '  '): string {
  return `${indent}${key}: ${q(`TODO: ${what}`)}  # TODO`;
}

/** A commented-out line for an optional value a person must supply (the rules report it missing until then). */
export function todoLine(line: string, note: string, indent = '  '): string {
  return `${indent}# ${line}  # TODO: ${note}`;
}

/** The envelope of one document; `spec` lines are already indented by two spaces. */
export function doc(kind: string, name: string, spec: readonly string[], description?: string): string {
  const meta = [`metadata:`, `  name: ${q(name)}`, ...(description ? [`  description: ${q(description)}`] : [])];
  return ['apiVersion: hatang.vn/v1', `kind: ${kind}`, ...meta, 'spec:', ...spec].join('\n') + '\n';
}

/** Documents of one file, after its header comment. */
export function file(header: readonly string[], docs: readonly string[]): string {
  const head = header.map((l) => (l ? `# ${l}` : '#'));
  return `${head.join('\n')}\n${docs.join('---\n')}`;
}
