// Server start-up and the request pipeline: open (and upgrade) the database before the
// first request, then guard, authenticate and authorise every request in one place.
import { sequence } from '@sveltejs/kit/hooks';
import { serverDb } from '$lib/server/db';
import { guardRequest } from '$lib/server/guard';
import { authenticate } from '$lib/server/auth/handle';
import type { HandleServerError, ServerInit } from '@sveltejs/kit';

export const init: ServerInit = async () => {
	await serverDb();
};

export const handle = sequence(guardRequest, authenticate);

export const handleError: HandleServerError = ({ error, status }) => {
	if (status !== 404) console.error(error);
	return { message: status === 404 ? 'Not found' : 'Something went wrong on the server; the details are in its log.' };
};
