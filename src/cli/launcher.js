#!/usr/bin/env node
// Entry point of the `onecall` command and `npm start`: builds the app and the CLI
// bundle when the sources are newer than the build, then runs build/cli/onecall.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const stamp = join(root, 'build', '.built');
const inputs = ['src', 'queries', 'static', 'package.json', 'svelte.config.js', 'vite.config.ts'];

/**
 * Newest modification time below a path, in milliseconds.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

function buildIfStale() {
	const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
	if (builtAt >= Math.max(...inputs.map((p) => newest(join(root, p))))) return;
	console.error('onecall: building the app (first start or changed sources) ...');
	const vite = join(root, 'node_modules', 'vite', 'bin', 'vite.js');
	for (const args of [['build'], ['build', '--mode', 'cli']]) {
		const result = spawnSync(process.execPath, [vite, ...args, '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
		if (result.status !== 0) {
			console.error('onecall: the build failed; see the messages above.');
			process.exit(result.status ?? 1);
		}
	}
	writeFileSync(stamp, new Date().toISOString() + '\n');
}

buildIfStale();
process.env.ONECALL_ROOT ??= root;
const cli = await import(pathToFileURL(join(root, 'build', 'cli', 'onecall.js')).href);
process.exitCode = await cli.runCli(process.argv.slice(2));
