// The routes folder read the way SvelteKit reads it: every +page / +server file as a route id,
// with the methods it answers (a page's GET, its form actions' POST; a +server's exports).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface RouteFile {
	id: string;
	kind: 'page' | 'server';
	reads: boolean;
	writes: boolean;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export function routeFiles(routesDir = 'src/routes'): RouteFile[] {
	const byId = new Map<string, RouteFile>();
	for (const file of walk(routesDir)) {
		const m = /^\+(page|server)(\.server)?\.(ts|js|svelte)$/.exec(file.split('/').pop()!);
		if (!m) continue;
		const dir = relative(routesDir, join(file, '..'));
		const id = '/' + dir.split('/').filter(Boolean).join('/');
		const kind = m[1] === 'server' ? 'server' : 'page';
		const text = readFileSync(file, 'utf8');
		const entry = byId.get(id) ?? { id, kind, reads: false, writes: false };
		if (kind === 'server') {
			entry.reads ||= /export (const|async function|function) (GET|HEAD)\b/.test(text);
			entry.writes ||= /export (const|async function|function) (POST|PUT|PATCH|DELETE)\b/.test(text);
		} else {
			entry.reads = true;
			entry.writes ||= /export const actions\b/.test(text);
		}
		byId.set(id, entry);
	}
	return [...byId.values()].sort((a, b) => a.id.localeCompare(b.id));
}
