// The mapping screen's draft carried over a re-read of the file: picks whose header
// survives stay, recognition fills the rest, and what the analyst typed is kept.
import { describe, expect, it } from 'vitest';
import { recognise } from '../../src/lib/formats/recognise';
import { draftFrom, redraft } from '../../src/routes/data/mapping-draft';

const oneColumn = ['Ref;Opened on;caller;team'];
const split = ['Ref', 'Opened on', 'caller', 'team'];

describe('redraft', () => {
	it('keeps picks whose header still exists and drops the others', () => {
		const old = { ...draftFrom(recognise(split), 'legacy.csv'), delimiter: ';' };
		old.columns = { ...old.columns, ticket_id: 'Ref', created_at: 'Opened on' };
		const headers = ['Ref', 'Opened on', 'caller', 'Queue'];
		const next = redraft(old, recognise(headers), headers, 'legacy.csv');
		expect(next.columns).toMatchObject({ ticket_id: 'Ref', created_at: 'Opened on', caller_id: 'caller' });
		expect(next.columns.team).toBe('');
		expect(next.delimiter).toBe(';');
	});

	it('fills the pickers from recognition once the right delimiter splits the header', () => {
		const old = draftFrom(recognise(oneColumn), 'legacy.csv');
		old.dateFormats = '%d/%m/%Y %H:%M';
		old.delimiter = ';';
		const next = redraft(old, recognise(split), split, 'legacy.csv');
		expect(next.columns).toMatchObject({ caller_id: 'caller', team: 'team' });
		expect(next).toMatchObject({ name: 'legacy', delimiter: ';', dateFormats: '%d/%m/%Y %H:%M', kind: 'tickets' });
	});

	it('takes a recognised format over a guess about a header that is gone', () => {
		const servicenow = ['number', 'opened_at', 'caller_id', 'assignment_group', 'state', 'priority', 'short_description', 'reassignment_count'];
		const recognition = recognise(servicenow);
		expect(recognition.status).toBe('preset');
		const old = { ...draftFrom(recognise([servicenow.join(';')]), 'sn.csv'), kind: 'changes' as const, delimiter: ',' };
		const next = redraft(old, recognition, servicenow, 'sn.csv');
		expect(next.kind).toBe('tickets');
		expect(next.columns).toMatchObject({ ticket_id: 'number', created_at: 'opened_at' });
		expect(next.dateFormats).toBe(draftFrom(recognition, 'sn.csv').dateFormats);
		expect(next.delimiter).toBe(',');
	});

	it('keeps the kind the analyst chose while the header stays unrecognised', () => {
		const old = { ...draftFrom(recognise(oneColumn), 'x.csv'), kind: 'changes' as const };
		expect(redraft(old, recognise(['a', 'b']), ['a', 'b'], 'x.csv').kind).toBe('changes');
	});
});
