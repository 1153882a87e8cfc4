/**
 * "Now" for the browser tests, on the API (FULCRUM_NOW) and in the browser alike, so no journey
 * depends on today's date: mid-month, so "this month so far" and the last whole month both hold data.
 */
export const E2E_NOW = '2026-11-20T12:00:00Z';
