// The chart palette for the page's colour scheme: canvas cannot read CSS variables, so
// pages ask here and pass the palette to the option builders.
import { MediaQuery } from 'svelte/reactivity';
import { darkPalette, lightPalette, type Palette } from '$lib/charts/palette';

const dark = new MediaQuery('(prefers-color-scheme: dark)', false);

export const palette = (): Palette => (dark.current ? darkPalette : lightPalette);
