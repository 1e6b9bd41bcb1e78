import { apiBaseUrl, pageSize } from './settings.js';

// Poor practice (P5): the token is part of the URL, so it lands in server and proxy
// logs, in browser history and in Referer headers.
export async function fetchRecordsWithTokenInUrl(token, page) {
  const response = await fetch(`${apiBaseUrl}/records?page=${page}&api_token=${token}`);
  return response.json();
}

// Good practice: the URL carries only ordinary parameters; the token goes in a header.
export async function fetchRecords(token, page) {
  const response = await fetch(`${apiBaseUrl}/records?page=${page}&limit=${pageSize}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response.json();
}
