// Chart colours from the Okabe-Ito colour-blind-safe set, for light and dark pages;
// canvas cannot read CSS variables, so the page picks one of these and passes it in.
export interface Palette {
	text: string;
	muted: string;
	grid: string;
	axis: string;
	tooltipBg: string;
	tooltipBorder: string;
	/** Ticket volume, FCR: the calm main series colour. */
	primary: string;
	/** CSAT. */
	secondary: string;
	/** Change-caused incidents: the one colour that means "our doing". */
	warning: string;
	/** Reference bands (industry average) behind a series. */
	band: string;
	bandText: string;
	/** Reference lines (world class). */
	reference: string;
}

export const lightPalette: Palette = {
	text: '#1d2433',
	muted: '#5d6778',
	grid: '#e8ebf0',
	axis: '#c9ced8',
	tooltipBg: '#ffffff',
	tooltipBorder: '#d5dae2',
	primary: '#0072b2',
	secondary: '#009e73',
	warning: '#d55e00',
	band: 'rgba(230, 159, 0, 0.18)',
	bandText: '#8a5a00',
	reference: '#7a6a00'
};

export const darkPalette: Palette = {
	text: '#e4e8ef',
	muted: '#a3adbd',
	grid: '#2c3442',
	axis: '#465063',
	tooltipBg: '#1b2130',
	tooltipBorder: '#3a4356',
	primary: '#56b4e9',
	secondary: '#3fc79d',
	warning: '#f08a3c',
	band: 'rgba(230, 159, 0, 0.16)',
	bandText: '#e6b34d',
	reference: '#e0cf5a'
};
