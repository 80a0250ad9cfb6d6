// Query parameters are checked before any query runs: dates within 1900..2200 (the previous
// period too), values and names of bounded length; each refusal is a FilterError (a 400).
import { describe, expect, it } from 'vitest';
import { FilterError, parseFilters } from '../../src/lib/filters';
import { teamView } from '../../src/lib/server/views/team';
import { drilldownRequest } from '../../src/lib/server/metric/request';
import { anonymous } from '../../src/lib/server/access/scope';
import { importFile } from '../../src/lib/server/importer';
import { fixture, memoryDb } from '../helpers/db';
import { localAccess } from '../../src/lib/server/access/scope';

const fallback = { from: '2026-08-01', to: '2026-11-01' };
const parse = (query: string) => parseFilters(new URLSearchParams(query), fallback);

describe('parseFilters', () => {
	it('refuses dates outside 1900-01-01..2200-01-01, naming the parameter', () => {
		expect(() => parse('from=2026-08-01&to=9999-12-31')).toThrow(new FilterError('to must be between 1900-01-01 and 2200-01-01, got 9999-12-31'));
		expect(() => parse('from=0000-01-01&to=2026-01-01')).toThrow(/^from must be between 1900-01-01 and 2200-01-01, got 0000-01-01$/);
		expect(() => parse('from=1899-12-31')).toThrow(FilterError);
		expect(parse('from=1900-01-02&to=1900-01-03')).toEqual({ from: '1900-01-02', to: '1900-01-03' });
	});

	it('refuses a period whose previous period would start before 1900', () => {
		expect(() => parse('from=1950-01-01&to=2100-01-01')).toThrow(/previous period .* would start on 1799-12-31, before 1900-01-01/);
		expect(parse('from=2001-01-01&to=2100-01-01').to).toBe('2100-01-01');
	});

	it('refuses values longer than 200 characters and too many parameters', () => {
		expect(() => parse(`client=${'x'.repeat(201)}`)).toThrow(/^client is 201 characters long; at most 200 are allowed$/);
		expect(parse(`client=${'x'.repeat(200)}`).client).toHaveLength(200);
		expect(() => parse(`caller=${'c'.repeat(5000)}`)).toThrow(/caller is 5000 characters/);
		expect(() => parse(Array.from({ length: 51 }, (_, i) => `p${i}=1`).join('&'))).toThrow(/too many query parameters/);
	});

	it('shortens a huge bad value in its message', () => {
		const err = (() => {
			try {
				parse(`from=${'9'.repeat(150)}`);
			} catch (e) {
				return e as Error;
			}
		})();
		expect(err).toBeInstanceOf(FilterError);
		expect(err!.message.length).toBeLessThan(120);
	});

	it('checks a drill-down bucket date the same way', () => {
		const filters = parse('');
		expect(() => drilldownRequest(new URLSearchParams('metric=fcr&grain=week&bucket=9999-12-27'), filters, anonymous)).toThrow(FilterError);
	});
});

describe('the Team view with an out-of-range period (finding 3)', () => {
	it('is a FilterError before any query runs, for to=9999-12-31 and from=0000-01-01', async () => {
		const db = await memoryDb();
		await importFile(db, fixture('two-tickets.csv'));
		await expect(teamView(db, localAccess, new URLSearchParams('from=2026-08-01&to=9999-12-31'))).rejects.toThrow(FilterError);
		await expect(teamView(db, localAccess, new URLSearchParams('from=0000-01-01&to=2026-01-01'))).rejects.toThrow(FilterError);
		const view = await teamView(db, localAccess, new URLSearchParams('from=2020-01-01&to=2030-01-01'));
		expect(view.filters).toEqual({ from: '2020-01-01', to: '2030-01-01' });
	});
});
