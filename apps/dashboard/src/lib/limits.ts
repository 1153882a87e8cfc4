/** Short free-text fields (references, contact details): the API's limit. */
export const SHORT_TEXT_LIMIT = 200;
