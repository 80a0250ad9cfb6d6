// The 403 page a signed-in user sees for a page their role may not open: plain HTML with the
// way back (Overview, account, sign out), styled inline under a hash-pinned CSP.
import { createHash } from 'node:crypto';

const style = `body{margin:0;min-height:100vh;display:grid;place-items:center;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;background:#f5f6f8;color:#1d2433}
main{width:min(30rem,calc(100% - 2rem));padding:2rem;background:#fff;border:1px solid #e2e5ea;border-radius:10px}
h1{margin:.75rem 0 .5rem;font-size:1.375rem}p{color:#5d6778;line-height:1.5}a{color:#174a6d;font-weight:600}
nav{display:flex;gap:1rem;align-items:center;flex-wrap:wrap;margin-top:1.25rem}
button{font:inherit;padding:.35rem .75rem;border:1px solid #c9ced7;border-radius:6px;background:#fff;color:#5d6778;cursor:pointer}
@media (prefers-color-scheme:dark){body{background:#11151d;color:#e4e8ef}main{background:#181e29;border-color:#283042}p{color:#a3adbd}a{color:#7ab4dd}button{background:#181e29;color:#a3adbd;border-color:#3a4458}}`;
const styleHash = createHash('sha256').update(style).digest('base64');
const csp = `default-src 'none'; style-src 'sha256-${styleHash}'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function forbiddenPage(message: string): Response {
	const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>No access · onecall</title><style>${style}</style></head><body><main role="alert">
<img src="/favicon.svg" alt="onecall" width="32" height="32"><h1>You cannot open this page</h1><p>${escape(message)}</p>
<p>An admin can change your role on the Users page.</p>
<nav><a href="/">Back to the Overview</a><a href="/account">Your account</a><form method="POST" action="/logout"><button type="submit">Sign out</button></form></nav>
</main></body></html>`;
	return new Response(html, { status: 403, headers: { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': csp, 'cache-control': 'private, no-store' } });
}
