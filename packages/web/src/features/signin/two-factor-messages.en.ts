/** Interface text of forgotten passwords and two-factor sign-in in English. */
import type { twoFactorMessagesId } from './two-factor-messages.id';

export const twoFactorMessagesEn: Record<keyof typeof twoFactorMessagesId, string> = {
  'forgot.title': 'Forgotten password',
  'forgot.lead':
    'Type the e-mail address of your account. We send a link to choose a new password, valid for 1 hour and usable once.',
  'forgot.submit': 'Send the link',
  'forgot.missing': 'Type the e-mail address of your account.',
  'forgot.back': 'Back to sign-in',
  'twoFactor.heading': 'Two-factor sign-in',
  'twoFactor.lead': 'Besides the password, signing in needs a code from the authenticator app on your phone.',
  'twoFactor.mustEnrolLead':
    'Your role (admin or verifier) requires two-factor sign-in. Turn it on first to open everything else.',
  'twoFactor.required': 'Required for your role.',
  'twoFactor.optional': 'Not required for your role, but recommended.',
  'twoFactor.on': 'Status: on. Recovery codes left: {count}.',
  'twoFactor.off': 'Status: off.',
  'twoFactor.start': 'Turn on two-factor sign-in',
  'twoFactor.stepApp':
    'Install an authenticator app (e.g. FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator).',
  'twoFactor.stepScan': 'Scan this QR code with the app, or type the key below it.',
  'twoFactor.qrAlt': 'QR code for the authenticator app',
  'twoFactor.secretLabel': 'Secret key',
  'twoFactor.stepCode': 'Type the 6-digit code the app shows.',
  'twoFactor.code': 'Code from the app',
  'twoFactor.confirm': 'Check the code and turn on',
  'twoFactor.enrolled': 'Two-factor sign-in is on.',
  'twoFactor.recoveryLead':
    'Keep these recovery codes somewhere safe (printed, or in a password manager). Each works once when your phone is not at hand. They will not be shown again.',
  'twoFactor.recoveryCodes': 'Recovery codes',
  'twoFactor.savedCodes': 'I have saved them',
  'twoFactor.disableHeading': 'Turn off',
  'twoFactor.disable': 'Turn off two-factor sign-in',
  'users.secondFactor.reset': 'Reset two-factor sign-in',
  'users.secondFactor.reason': 'Reason (e.g. lost phone)',
  'users.secondFactor.done':
    'This account’s two-factor sign-in was removed and its sessions ended. Its holder enrols an app again at the next sign-in.',
};
