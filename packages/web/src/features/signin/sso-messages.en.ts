/** Text of signing in through the institution's identity provider (OpenID Connect) in English. */
import type { ssoMessagesId } from './sso-messages.id';

export const ssoMessagesEn: Record<keyof typeof ssoMessagesId, string> = {
  'sso.button': 'Sign in with {name}',
  'sso.or': 'or with your Pantau e-mail and password',
  'sso.error.sso_state':
    'The single sign-on attempt could not be matched (it expired, was opened in another browser, or was restarted). Please try again with the button below.',
  'sso.error.sso_nonce':
    "The identity provider's answer does not match this sign-in request (different nonce), so it was refused. Please try again.",
  'sso.error.sso_code': "The identity provider's sign-in code has expired or was already used. Please try again.",
  'sso.error.sso_unreachable':
    "Your institution's identity provider cannot be reached right now. Try again later, or sign in with your e-mail and password.",
  'sso.error.sso_denied': 'Sign-in was cancelled or refused at the identity provider.',
  'sso.error.sso_no_email':
    "The identity provider did not share your e-mail address, so no Pantau account can be matched. Contact your institution's single sign-on administrator.",
  'sso.error.sso_unverified_email':
    'Your e-mail address is not verified at the identity provider, so it cannot be used to sign in to Pantau. Verify it there, or sign in with your password.',
  'sso.error.sso_unknown_email':
    "No Pantau account has the e-mail address the identity provider gave. Accounts are created by your institution's focal point (Inspektorat) or the admin — ask them for an invitation.",
  'sso.error.sso_account_disabled':
    "The Pantau account with this e-mail address is disabled. Contact your institution's focal point (Inspektorat) or the admin.",
  'sso.error.sso_failed': 'Single sign-on failed because of an unexpected error. Please try again.',
};
