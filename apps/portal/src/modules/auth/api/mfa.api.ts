import {
  RecoveryCodes,
  TotpSetup,
  User,
  type EnableTotpBody,
  type MfaCodeBody,
} from '@bgb/contracts';
import { apiRequest } from '../../../api/http-client';

/** The second factor: setting up an authenticator app, turning it off, and the login's code step. */
export const mfaApi = {
  setup: () => apiRequest('/auth/mfa/totp/setup', { method: 'POST', schema: TotpSetup }),
  enable: (body: EnableTotpBody) =>
    apiRequest('/auth/mfa/totp/enable', { method: 'POST', body, schema: RecoveryCodes }),
  disable: (body: MfaCodeBody) => apiRequest<void>('/auth/mfa/totp', { method: 'DELETE', body }),
  verify: (body: MfaCodeBody) =>
    apiRequest('/auth/mfa/verify', { method: 'POST', body, schema: User }),
};
