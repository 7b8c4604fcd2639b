import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/text';

/**
 * A searchable picker (combobox with a list of matches) inside `scope`, by its label: type part of
 * a name, then choose the option whose name starts with `option`.
 */
export class Picker {
  readonly box: Locator;
  readonly list: Locator;

  constructor(
    readonly scope: Page | Locator,
    readonly label: string,
  ) {
    this.box = scope.getByRole('combobox', { name: label, exact: true });
    this.list = scope.getByRole('listbox', { name: label, exact: true });
  }

  /** An option of the open list, by the start of its name (the code and details follow it). */
  option(name: string): Locator {
    return this.list.getByRole('option', { name: new RegExp(`^${escapeRegExp(name)}\\b`) });
  }

  /** Types `search` and clicks the option named `name`. */
  async choose(search: string, name: string): Promise<void> {
    await this.box.fill(search);
    await this.option(name).click();
  }

  /** The chosen items of a picker taking several, by name. */
  chosen(name: string): Locator {
    return this.scope
      .getByRole('list', { name: `${this.label} yang dipilih` })
      .getByRole('listitem')
      .filter({
        hasText: new RegExp(`^${escapeRegExp(name)}`),
      });
  }
}

/** Chooses `name` in the picker labelled `label`, found by typing `search` (the name by default). */
export function pick(scope: Page | Locator, label: string, name: string, search = name): Promise<void> {
  return new Picker(scope, label).choose(search, name);
}
