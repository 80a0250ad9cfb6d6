// How the staged file's values are read, decided from the values before they are typed:
// each date column's format (import-dates.ts) and the satisfaction scale (import-csat.ts).
import type { Conn, Param } from './db';
import { csatParams, readCsat } from './import-csat';
import { dateParams, readDates } from './import-dates';
import type { StagePlan } from './import-stage';

export interface ValueReadings {
	/** Bound into type_tickets.sql / type_changes.sql. */
	params: Record<string, Param>;
	/** Said after the import: readings chosen by default, values off the column's format or scale. */
	notes: string[];
}

// Rows profiled first; the whole file only when a date column is not ISO 8601 there (a
// D/M against M/D order is decided over every value) or no score was among them. An ISO
// file, the common large one, is not read twice: its rows are checked one by one when typed.
const sampleRows = 20_000;
const everyRow = 2 ** 62;

/** Profiles import_source (the staged view) and decides how its dates and scores read. */
export async function readValues(conn: Conn, plan: StagePlan): Promise<ValueReadings> {
	const mapped = [...plan.columns.keys()];
	const headerOf = (field: string) => plan.columns.get(field)?.[0] ?? field;
	const profile = async (rows: number) => conn.run('import/profile_rows', { rows });
	const csatMapped = plan.kind === 'tickets' && mapped.includes('csat_score');
	const decide = async () => ({
		dates: await readDates(conn, plan.kind, mapped, plan.dateFormats, plan.dateHints ?? [], headerOf),
		csat: csatMapped
			? await readCsat(conn, plan.csatScale, plan.csatHint, headerOf('csat_score'))
			: { scale: plan.csatScale ?? plan.csatHint ?? '', labels: {}, blanks: [], responses: 0, notes: [] }
	});
	try {
		await profile(sampleRows);
		const [{ n }] = await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM import_profile_rows');
		let { dates, csat } = await decide();
		const isoOnly = Object.values(dates.byField).every((r) => r.formats[0] === 'iso');
		// Past the sample: a D/M against M/D order, or scores that only start further down.
		if (n >= sampleRows && (!isoOnly || (csatMapped && csat.responses === 0))) {
			await profile(everyRow);
			({ dates, csat } = await decide());
		}
		const params: Record<string, Param> = dateParams(plan.kind, dates);
		if (plan.kind === 'tickets') Object.assign(params, csatParams(csat));
		return { params, notes: [...dates.notes, ...csat.notes] };
	} finally {
		// The profiling read filled the reader's reject tables; the typing read fills them afresh.
		await conn.runSql('DROP TABLE IF EXISTS import_profile_rows; DROP TABLE IF EXISTS import_reader_rejects; DROP TABLE IF EXISTS import_reader_scans');
	}
}
