// `onecall bench-insights`: what each insight costs at 1M tickets (BENCH_TICKETS), with the
// generated changes: each section of GET /api/insights timed alone, default range and 12 months.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { localAccess } from '$lib/server/access/scope';
import { closeDb, openDb, projectRoot } from '$lib/server/db';
import { importFile } from '$lib/server/importer';
import { allSections, insights } from '$lib/server/insights';
import { writeSample } from '$lib/sample/generator';
import type { CliIo } from './onecall';

const TICKETS = Number(process.env.BENCH_TICKETS ?? 1_000_000);
const CALLS = 5;

export async function benchInsights(io: CliIo): Promise<number> {
	const print = (name: string, value: string | number) => io.out(`${name}: ${value}`);
	const dir = join(projectRoot(), 'data', 'bench', `insights-${TICKETS}`);
	const dbPath = join(dir, 'insights.duckdb');
	if (!existsSync(dbPath)) {
		mkdirSync(dir, { recursive: true });
		const sample = await writeSample(dir, { tickets: TICKETS, seed: 7, end: new Date('2026-11-01T00:00:00Z') });
		const db = await openDb(dbPath);
		await importFile(db, sample.ticketsFile, { kind: 'tickets' });
		await importFile(db, sample.changesFile, { kind: 'changes' });
		closeDb(db);
	}
	const db = await openDb(dbPath);
	print('tickets', TICKETS);
	for (const [range, filters] of [['default', { from: '2026-08-03', to: '2026-11-01' }], ['12m', { from: '2025-11-01', to: '2026-11-01' }]] as const) {
		// BENCH_SECTIONS=change_impact,alerts: only those (a quick run while working on one).
		const only = process.env.BENCH_SECTIONS?.split(',');
		for (const section of allSections.filter((s) => !only || only.includes(s))) {
			const times: number[] = [];
			for (let i = 0; i < CALLS + 1; i++) {
				const t0 = performance.now();
				await insights(db, localAccess, filters, { sections: [section] });
				if (i > 0) times.push(performance.now() - t0); // the first call warms caches
			}
			times.sort((a, b) => a - b);
			print(`insights_${section}_${range}_ms`, times[Math.floor(times.length / 2)].toFixed(0));
		}
	}
	closeDb(db);
	return 0;
}
