// The header the web app sends on every state-changing request to a plain HTTP route (uploads).
// Like Apollo's CSRF prevention (`apollo-require-preflight`), a custom header makes the request
// one that another origin can only send after a CORS preflight, which the server never grants;
// the server refuses such requests from a signed-in browser without it.
export const CSRF_HEADER = 'x-requested-with';
