// Settings for the nightly export job.

// Poor practice (P3): the token is written into the script, and the script is edited
// whenever the token is rotated.
export const ownApiToken = '3zX3ZbYSDMMXg037v588w6FUV5Ioj4vwWcuML1kO';

// Good practice: the deployment provides the token; the code never holds its value.
export function loadApiToken() {
  const token = process.env.OWN_API_TOKEN;
  if (!token) throw new Error('OWN_API_TOKEN is not set');
  return token;
}

export const apiBaseUrl = 'https://api.own.example/v1';
export const pageSize = 200;
