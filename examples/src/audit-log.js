// Poor practice (P4): the integration writes the token to its log as it passes through.
export function logOutgoingCall(endpoint, apiToken) {
  console.info(`calling ${endpoint} with token ${apiToken}`);
}

function maskToken(value) {
  return value.length > 8 ? `${value.slice(0, 4)}…${value.slice(-2)}` : '***';
}

// Good practice: only a masked form reaches the log.
export function logOutgoingCallMasked(endpoint, apiToken) {
  console.info(`calling ${endpoint} with token ${maskToken(apiToken)}`);
}
