/** Function words that carry no topic on their own (for key phrases and policy names). */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'about', 'above', 'after', 'again', 'all', 'also', 'am', 'an', 'and', 'any', 'are', 'as', 'at', 'be',
  'because', 'been', 'before', 'being', 'below', 'between', 'both', 'but', 'by', 'can', 'could', 'did', 'do',
  'does', 'doing', 'down', 'during', 'each', 'few', 'for', 'from', 'further', 'get', 'got', 'had', 'has', 'have',
  'having', 'he', 'her', 'here', 'hers', 'him', 'his', 'how', 'i', "i'm", "i've", "i'll", "i'd", 'if', 'in',
  'into', 'is', 'it', "it's", 'its', 'just', 'let', 'me', 'more', 'most', 'my', 'no', 'nor', 'not', 'now', 'of',
  'off', 'on', 'once', 'only', 'or', 'other', 'our', 'ours', 'out', 'over', 'own', 'please', 'same', 'she',
  'should', 'so', 'some', 'such', 'than', 'that', "that's", 'the', 'their', 'theirs', 'them', 'then', 'there',
  "there's", 'these', 'they', "they're", 'this', 'those', 'through', 'to', 'too', 'under', 'until', 'up', 'us',
  'very', 'was', 'we', "we're", "we've", 'were', 'what', "what's", 'when', 'where', 'which', 'while', 'who',
  'whom', 'why', 'will', 'with', 'would', 'you', "you're", "you've", 'your', 'yours', 'yourself', 'still', 'even',
  'really', 'one', 'two', 'via', 'amp', 'im', 'u', 'ur',
]);
