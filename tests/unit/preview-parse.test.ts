// The Data page's upload preview: file-head bytes decoded and split under the mapping
// screen's delimiter and encoding (or detected as the server does), and the one-column hint.
import { describe, expect, it } from 'vitest';
import { decodeHead, delimiterHint, parseHead } from '../../src/routes/data/preview-parse';

const latin1 = (s: string) => new Uint8Array(Buffer.from(s, 'latin1'));
const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

const legacy = 'Réf;Ouvert le;Appelant;Équipe\r\nLAT-1;12/10/2026 09:15;Zoë Dubois;Équipe Liège\r\nLAT-2;13/10/2026 10:00;Anaïs Müller;Équipe Liège\r\n';

describe('parseHead', () => {
	it('reads a semicolon Latin-1 file under ";" and Latin-1', () => {
		const p = parseHead(latin1(legacy), { delimiter: ';', encoding: 'latin-1' }, false);
		expect(p.headers).toEqual(['Réf', 'Ouvert le', 'Appelant', 'Équipe']);
		expect(p.rows).toEqual([
			['LAT-1', '12/10/2026 09:15', 'Zoë Dubois', 'Équipe Liège'],
			['LAT-2', '13/10/2026 10:00', 'Anaïs Müller', 'Équipe Liège']
		]);
		expect(p).toMatchObject({ delimiter: ';', encoding: 'latin-1' });
	});

	it('gives one column under ",", and the hint names semicolon', () => {
		const p = parseHead(latin1(legacy), { delimiter: ',', encoding: 'latin-1' }, false);
		expect(p.headers).toEqual(['Réf;Ouvert le;Appelant;Équipe']);
		expect(p.rows[0]).toEqual(['LAT-1;12/10/2026 09:15;Zoë Dubois;Équipe Liège']);
		expect(delimiterHint(p)).toBe('The header is one column when split on comma: the delimiter is probably wrong; try semicolon.');
	});

	it('shows Latin-1 bytes read as UTF-8 as replacement characters', () => {
		const p = parseHead(latin1(legacy), { delimiter: ';', encoding: 'utf-8' }, false);
		expect(p.headers).toEqual(['R\uFFFDf', 'Ouvert le', 'Appelant', '\uFFFDquipe']);
		expect(p.rows[0][2]).toBe('Zo\uFFFD Dubois');
	});

	it('detects Latin-1 and the delimiter when both are left on detect', () => {
		const p = parseHead(latin1(legacy), { delimiter: '', encoding: '' }, false);
		expect(p).toMatchObject({ delimiter: ';', encoding: 'windows-1252', headers: ['Réf', 'Ouvert le', 'Appelant', 'Équipe'] });
		expect(p.rows[0][2]).toBe('Zoë Dubois');
	});

	it('detects UTF-8 (byte-order mark dropped) and a tab delimiter', () => {
		const p = parseHead(utf8('\uFEFFid\tcaller\tteam\n7\tZoë\tÉquipe\n'), { delimiter: '', encoding: '' }, false);
		expect(p).toMatchObject({ delimiter: '\t', encoding: 'utf-8', headers: ['id', 'caller', 'team'], rows: [['7', 'Zoë', 'Équipe']] });
		expect(delimiterHint(p)).toBe('');
	});

	it('names headers as the server does: trimmed, blanks numbered, repeats suffixed', () => {
		const p = parseHead(utf8(' id ,Notes,Notes,\n1,a,b,c\n'), { delimiter: ',', encoding: 'utf-8' }, false);
		expect(p.headers).toEqual(['id', 'Notes', 'Notes_2', 'column_4']);
	});

	it('stops at the asked number of rows', () => {
		const body = Array.from({ length: 50 }, (_, i) => `T${i},x`).join('\n');
		const p = parseHead(utf8(`id,v\n${body}\n`), { delimiter: '', encoding: '' }, true, 8);
		expect(p.rows).toHaveLength(8);
		expect(p.rows[7]).toEqual(['T7', 'x']);
	});

	it('drops a last row cut off by the end of the slice, but only when the file goes on', () => {
		const head = utf8('id,caller\n1,Zoë Dubois\n2,Anaïs Mül');
		expect(parseHead(head, { delimiter: ',', encoding: 'utf-8' }, true).rows).toEqual([['1', 'Zoë Dubois']]);
		expect(parseHead(head, { delimiter: ',', encoding: 'utf-8' }, false).rows).toEqual([['1', 'Zoë Dubois'], ['2', 'Anaïs Mül']]);
	});
});

describe('decodeHead', () => {
	it('keeps UTF-8 when the slice ends inside a multi-byte character', () => {
		const bytes = utf8('name\nZoë');
		const cut = bytes.subarray(0, bytes.length - 1);
		expect(decodeHead(cut, '')).toEqual({ text: 'name\nZo', encoding: 'utf-8' });
	});

	it('decodes the chosen encoding whatever detection would say', () => {
		expect(decodeHead(utf8('Zoë'), 'latin-1')).toEqual({ text: 'ZoÃ«', encoding: 'latin-1' });
		expect(decodeHead(latin1('Zoë'), 'latin-1')).toEqual({ text: 'Zoë', encoding: 'latin-1' });
	});
});

describe('delimiterHint', () => {
	it('says nothing better when no offered delimiter appears in the header', () => {
		const p = parseHead(utf8('just one column\nvalue\n'), { delimiter: '', encoding: '' }, false);
		expect(p.headers).toEqual(['just one column']);
		expect(delimiterHint(p)).toBe('The header is one column when split on comma: the delimiter is probably wrong.');
	});
});
