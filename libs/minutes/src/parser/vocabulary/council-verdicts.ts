/**
 * What became of a member's question or motion at a council meeting, as the referat's first line about it says:
 * `Foretoges.` (the question was put), `Besvaret.`, `Beslutningsforslaget blev oversendt til <organ>` (the motion
 * went on to a committee), `Medlemsforslaget blev henvist til <organ>`.
 */
export const COUNCIL_VERDICT_OPENING = /^(?:(?:Foretoges|Besvaret|Besvaredes)\.?$|(?:Beslutnings|Medlems)forslag(?:et)?\s+blev\s+(?:oversendt|henvist|videresendt)\s+til\s+\p{L})/u;
