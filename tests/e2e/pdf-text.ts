// The text of a PDF that Chromium (Skia) printed, without a PDF library: inflate the
// streams, read each font's ToUnicode map and decode the text-showing operators page by page.
import { inflateSync } from 'node:zlib';

interface PdfObject {
	dict: string;
	stream: Buffer | null;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
	const text = pdf.toString('latin1');
	const out = new Map<number, PdfObject>();
	const re = /(\d+) 0 obj\s*/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text))) {
		const start = m.index + m[0].length;
		const end = text.indexOf('endobj', start);
		const body = text.slice(start, end);
		const s = body.indexOf('stream');
		let stream: Buffer | null = null;
		let dict = body;
		if (s >= 0) {
			dict = body.slice(0, s);
			const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
			let from = start + s + 'stream'.length;
			if (text[from] === '\r') from++;
			if (text[from] === '\n') from++;
			const raw = pdf.subarray(from, from + length);
			try {
				stream = /FlateDecode/.test(dict) ? inflateSync(raw) : raw;
			} catch {
				stream = null;
			}
		}
		out.set(Number(m[1]), { dict, stream });
		re.lastIndex = end;
	}
	return out;
}

/** A ToUnicode CMap as glyph code (hex) -> text. */
function cmap(stream: string): Map<string, string> {
	const map = new Map<string, string>();
	const hexText = (h: string) => {
		let s = '';
		for (let i = 0; i + 4 <= h.length; i += 4) s += String.fromCharCode(parseInt(h.slice(i, i + 4), 16));
		return s;
	};
	for (const block of stream.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
		for (const [, code, uni] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code.toUpperCase(), hexText(uni));
	}
	for (const block of stream.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
		for (const [, lo, hi, uni] of block[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
			const a = parseInt(lo, 16);
			const b = parseInt(hi, 16);
			const base = parseInt(uni, 16);
			for (let c = a; c <= b; c++) map.set(c.toString(16).toUpperCase().padStart(lo.length, '0'), String.fromCharCode(base + c - a));
		}
	}
	return map;
}

const ref = (dict: string, key: string): number | null => {
	const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
	return m ? Number(m[1]) : null;
};

/** All text of the PDF, page after page; text runs are joined with spaces. */
export function pdfText(pdf: Buffer): string {
	const objs = objects(pdf);
	const maps = new Map<number, Map<string, string>>();
	const fontMap = (id: number): Map<string, string> => {
		if (!maps.has(id)) {
			const font = objs.get(id);
			const tu = font ? ref(font.dict, 'ToUnicode') : null;
			const stream = tu !== null ? objs.get(tu)?.stream : null;
			maps.set(id, stream ? cmap(stream.toString('latin1')) : new Map());
		}
		return maps.get(id)!;
	};
	const pages: string[] = [];
	for (const obj of objs.values()) {
		if (!/\/Type\s*\/Page\b/.test(obj.dict)) continue;
		const fonts = new Map<string, number>();
		const fontDict = /\/Font\s*<<([^>]*)>>/.exec(obj.dict)?.[1] ?? '';
		for (const [, name, id] of fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) fonts.set(name, Number(id));
		const contents = /\/Contents\s+(\d+) 0 R/.exec(obj.dict);
		const stream = contents ? objs.get(Number(contents[1]))?.stream : null;
		if (!stream) continue;
		const ops = stream.toString('latin1');
		let current = new Map<string, string>();
		const words: string[] = [];
		// Tf selects the font; Tj / TJ show hex glyph strings.
		for (const m of ops.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|\[((?:<[0-9A-Fa-f]*>|[^\]])*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj/g)) {
			if (m[1]) {
				const id = fonts.get(m[1]);
				current = id !== undefined ? fontMap(id) : new Map();
				continue;
			}
			const hexes = m[2] !== undefined ? [...m[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1]) : [m[3]];
			let run = '';
			for (const hex of hexes) {
				for (let i = 0; i + 4 <= hex.length; i += 4) run += current.get(hex.slice(i, i + 4).toUpperCase()) ?? '';
			}
			words.push(run);
		}
		pages.push(words.join(' '));
	}
	return pages.join('\n');
}
