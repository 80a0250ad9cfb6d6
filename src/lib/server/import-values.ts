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
// D/M against M/D order is decided over every value). An ISO file, the common large one,
// is never read twice: its rows are checked one by one while typed anyway.
const sampleRows = 20_000;
const everyRow = 2 ** 62;

/** Profiles import_source (the staged view) and decides how its dates and scores read. */
export async function readValues(conn: Conn, plan: StagePlan): Promise<ValueReadings> {
	const mapped = [...plan.columns.keys()];
	const headerOf = (field: string) => plan.columns.get(field)?.[0] ?? field;
	const profile = async (rows: number) => conn.run('import/profile_rows', { rows });
	try {
		await profile(sampleRows);
		const [{ n }] = await conn.allSql<{ n: number }>('SELECT count(*)::INTEGER AS n FROM import_profile_rows');
		let dates = await readDates(conn, plan.kind, mapped, plan.dateFormats, plan.dateHints ?? [], headerOf);
		const isoOnly = Object.values(dates.byField).every((r) => r.formats[0] === 'iso');
		if (n >= sampleRows && !isoOnly && plan.dateFormats.length === 0) {
			await profile(everyRow);
			dates = await readDates(conn, plan.kind, mapped, plan.dateFormats, plan.dateHints ?? [], headerOf);
		}
		const params: Record<string, Param> = dateParams(plan.kind, dates);
		const notes = [...dates.notes];
		if (plan.kind === 'tickets') {
			const csat = mapped.includes('csat_score')
				? await readCsat(conn, plan.csatScale, plan.csatHint, headerOf('csat_score'))
				: { scale: plan.csatScale ?? plan.csatHint ?? '', labels: {}, blanks: [], notes: [] };
			Object.assign(params, csatParams(csat));
			notes.push(...csat.notes);
		}
		return { params, notes };
	} finally {
		// The profiling read filled the reader's reject tables; the typing read fills them afresh.
		await conn.runSql('DROP TABLE IF EXISTS import_profile_rows; DROP TABLE IF EXISTS import_reader_rejects; DROP TABLE IF EXISTS import_reader_scans');
	}
}
