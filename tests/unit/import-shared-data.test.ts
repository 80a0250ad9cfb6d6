// The real shared exports in ../shared/data (skipped with a message when absent):
// the BPIC 2013 event log collapses to 7,554 tickets; the Kaggle export's quoted
// multi-line descriptions arrive whole.
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importFile } from '../../src/lib/server/importer';
import { withConnection } from '../../src/lib/server/db';
import { memoryDb, sharedData } from '../helpers/db';

const bpic = sharedData('bpic2013-volvo-service-requests.csv');
const kaggle = sharedData('synthetic-customer-support-tickets.csv');

describe.skipIf(!existsSync(bpic))('BPIC 2013 service requests (skipped: ../shared/data/bpic2013-volvo-service-requests.csv is absent)', () => {
	it('is recognised as a process-mining log and collapses 65,533 events to 7,554 tickets', async () => {
		const db = await memoryDb();
		const result = await importFile(db, bpic);
		expect(result).toMatchObject({ format: 'bpic2013', rowsRead: 65533, rowsLoaded: 7554, rowsRejected: 0 });
		const [summary] = await withConnection(db, (c) =>
			c.allSql<Record<string, unknown>>(`SELECT count(*)::INTEGER AS tickets, count(DISTINCT ticket_id)::INTEGER AS ids,
			        count(resolved_at)::INTEGER AS resolved, count(first_contact_resolved)::INTEGER AS fcr_known,
			        strftime(min(created_at), '%Y-%m-%d %H:%M:%S') AS first FROM tickets`)
		);
		// Every SR ends resolved (Completed: Closed/In Call/Resolved) except the 8 still open and 1 cancelled.
		expect(summary).toEqual({ tickets: 7554, ids: 7554, resolved: 7545, fcr_known: 7554, first: '2010-03-31 14:59:42' });
	});
});

describe.skipIf(!existsSync(kaggle))('synthetic Kaggle export (skipped: ../shared/data/synthetic-customer-support-tickets.csv is absent)', () => {
	it('loads 8,469 tickets with their multi-line descriptions and 1-5 ratings', async () => {
		const db = await memoryDb();
		const result = await importFile(db, kaggle);
		expect(result).toMatchObject({ format: 'kaggle-customer-support', rowsRead: 8469, rowsLoaded: 8469, rowsRejected: 0 });
		const [summary] = await withConnection(db, (c) =>
			c.allSql<Record<string, unknown>>(`SELECT count(*) FILTER (WHERE (extra->>'Ticket Description') LIKE '%' || chr(10) || '%')::INTEGER AS multiline,
			        count(csat_score)::INTEGER AS rated, count(*) FILTER (WHERE csat_scale = '1-5')::INTEGER AS on_1_5
			 FROM tickets`)
		);
		expect(summary).toEqual({ multiline: 6150, rated: 2769, on_1_5: 2769 });
		const [first] = await withConnection(db, (c) =>
			c.allSql<{ d: string }>(`SELECT extra->>'Ticket Description' AS d FROM tickets WHERE ticket_id = '1'`)
		);
		expect(first.d.startsWith("I'm having an issue with the {product_purchased}. Please assist.\n\nYour billing zip code is: 71701.\n\n")).toBe(true);
	});
});
