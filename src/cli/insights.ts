// `onecall insights` (the JSON of GET /api/insights) and `onecall insights-eval`: the change
// impact rule's precision and recall on the sample, whose generator knows which changes burst.
import { join } from 'node:path';
import { FilterError, parseFilters } from '$lib/filters';
import { localAccess } from '$lib/server/access/scope';
import { openDb, withConnection, type Db } from '$lib/server/db';
import { importFile } from '$lib/server/importer';
import { insights } from '$lib/server/insights';
import { changeImpact } from '$lib/server/insights/change-impact';
import { sampleDir } from '$lib/server/sample';
import { sampleBursts } from '$lib/sample/generator';
import { dataRange } from '$lib/server/overview';
import { addDays } from '$lib/filters';
import type { CliIo } from './onecall';

type Values = Record<string, string | string[] | boolean | undefined>;

export async function insightsCommand(open: () => Promise<Db>, values: Values, io: CliIo): Promise<number> {
	if (!values.from || !values.to) throw new FilterError('insights needs --from and --to (YYYY-MM-DD)');
	const params = new URLSearchParams();
	for (const [k, v] of Object.entries(values)) if (typeof v === 'string') params.set(k, v);
	const filters = parseFilters(params, { from: String(values.from), to: String(values.to) });
	io.out(JSON.stringify(await insights(await open(), localAccess, filters), null, 2));
	return 0;
}

/** The shipped sample's generator options (`onecall generate-sample` defaults); flags override. */
export async function insightsEvalCommand(values: Values, io: CliIo): Promise<number> {
	const opts = {
		tickets: Number(values.tickets ?? 20000),
		seed: Number(values.seed ?? 42),
		end: new Date(String(values.end ?? '2026-11-01') + 'T00:00:00Z')
	};
	const dir = typeof values.out === 'string' ? values.out : sampleDir();
	const db = await openDb(':memory:');
	await importFile(db, join(dir, 'tickets.csv'), { kind: 'tickets' });
	await importFile(db, join(dir, 'changes.csv'), { kind: 'changes' });
	const range = await dataRange(db, localAccess);
	const filters = { from: range.first_day!, to: addDays(range.last_day!, 1) };
	const t0 = performance.now();
	const changes = await withConnection(db, (conn) => changeImpact(conn, localAccess, filters));
	const ms = performance.now() - t0;
	const truth = sampleBursts(opts);
	const flagged = changes.filter((c) => c.probable);
	const hits = flagged.filter((c) => truth.has(c.change_id)).length;
	const scored = new Set(changes.map((c) => c.change_id));
	const missed = [...truth.keys()].filter((id) => !flagged.some((c) => c.change_id === id));
	const print = (name: string, value: string | number) => io.out(`${name}: ${value}`);
	print('changes_scored', changes.length);
	print('changes_with_burst', truth.size);
	print('changes_with_burst_scored', [...truth.keys()].filter((id) => scored.has(id)).length);
	print('flagged', flagged.length);
	print('true_positives', hits);
	print('precision', flagged.length ? (hits / flagged.length).toFixed(3) : 'n/a');
	print('recall', truth.size ? (hits / truth.size).toFixed(3) : 'n/a');
	print('missed_burst_sizes', missed.map((id) => truth.get(id)).sort((a, b) => a! - b!).join(' '));
	print('flagged_without_link', flagged.filter((c) => c.linked === 0).length);
	print('change_impact_ms', Math.round(ms));
	return 0;
}
