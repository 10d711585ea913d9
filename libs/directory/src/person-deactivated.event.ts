/** A person left the organisation or was disabled in the directory; published after the change. */
export class PersonDeactivated {
  constructor(readonly personId: string) {}
}
