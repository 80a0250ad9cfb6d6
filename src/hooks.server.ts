// Server start-up: open (and upgrade) the database before the first request, so
// a broken database file fails loudly at start rather than on a page.
import { serverDb } from '$lib/server/db';
import type { HandleServerError, ServerInit } from '@sveltejs/kit';

export const init: ServerInit = async () => {
	await serverDb();
};

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Something went wrong on the server; the details are in its log.' };
};
