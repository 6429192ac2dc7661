/** What a command handler returns: the entity written and the revision its stream reached. */
export interface WriteResult {
  id: string;
  revision: number;
}
