/** Facts about this installation (GET /api/instance). The server does not share this shape through core yet. */
export interface InstanceDto {
  name: 'Pantau';
  version: string;
  /** True when the data is the demo dataset: the UI must say so on every page. */
  demo: boolean;
  /** Sign-in through the institution's identity provider: the name on its button; null when off. */
  singleSignOn: { name: string } | null;
}
