/** The API's order for named lists: a record added to the cache lands where a reload puts it. */
export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
