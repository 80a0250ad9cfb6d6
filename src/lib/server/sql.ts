// The SQL files of queries/, bundled by Vite so the server, the CLI and the tests
// read exactly the same text. Names are paths below queries/ without ".sql".
const files = import.meta.glob<string>('/queries/**/*.sql', {
	query: '?raw',
	import: 'default',
	eager: true
});

const byName = new Map(
	Object.entries(files).map(([path, text]) => [path.replace(/^\/queries\//, '').replace(/\.sql$/, ''), text])
);

export function sqlText(name: string): string {
	const text = byName.get(name);
	if (text === undefined) throw new Error(`No query named "${name}" in queries/`);
	return text;
}

/** Names below a folder of queries/, sorted, e.g. the schema migrations. */
export function sqlNamesUnder(folder: string): string[] {
	return [...byName.keys()].filter((n) => n.startsWith(folder + '/')).sort();
}
