// English function words: too common to find a passage by, kept out of the quote-term index.
export const STOPWORDS: string[] = [
  'a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'about', 'as',
  'into', 'over', 'under', 'between', 'among', 'through', 'during', 'before', 'after', 'above', 'below', 'up', 'down',
  'out', 'off', 'than', 'then', 'so', 'too', 'very', 'can', 'will', 'would', 'shall', 'should', 'may', 'might', 'must',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'having',
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his', 'its', 'their',
  'this', 'that', 'these', 'those', 'there', 'here', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how',
  'all', 'any', 'both', 'each', 'few', 'more', 'most', 'other', 'some', 'such', 'no', 'not', 'only', 'own', 'same',
  'also', 'just', 'if', 'because', 'while', 'until', 'again', 'further', 'once', 's', 't',
];
