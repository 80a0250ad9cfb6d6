// The SVG path of a KPI tile's sparkline: values scaled into a box, a gap where a bucket
// has no value (null), so a week without data is not drawn as a drop to zero.

export interface Spark {
	path: string;
	/** The last drawn point, marked on the tile. */
	last: { x: number; y: number } | null;
}

export function sparkline(values: (number | null)[], width = 120, height = 28, pad = 2): Spark {
	const known = values.filter((v): v is number => v !== null && Number.isFinite(v));
	if (known.length === 0) return { path: '', last: null };
	const min = Math.min(...known);
	const max = Math.max(...known);
	const span = max - min || 1;
	const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
	const round = (n: number) => Math.round(n * 10) / 10;
	let path = '';
	let pen = false;
	let last: Spark['last'] = null;
	values.forEach((v, i) => {
		if (v === null || !Number.isFinite(v)) {
			pen = false;
			return;
		}
		const x = round(pad + i * step);
		// A flat series sits in the middle rather than on the floor.
		const y = round(max === min ? height / 2 : height - pad - ((v - min) / span) * (height - 2 * pad));
		path += `${pen ? 'L' : 'M'}${x} ${y}`;
		pen = true;
		last = { x, y };
	});
	return { path, last };
}
