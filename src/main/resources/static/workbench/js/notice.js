// A sentence for the next screen drawn, once: what a write did, said on the screen the planner is sent to
// (a deleted document's notice on the search screen, since its own page is gone).

let pending = null;

export function say(text) {
  pending = text;
}

/** The sentence left for this screen, or null; taken, so a reload does not repeat it. */
export function take() {
  const text = pending;
  pending = null;
  return text;
}
