/** Gap between the word and its popup, and the least room kept to the viewport edges (px). */
export const GAP = 6;
export const EDGE = 8;
