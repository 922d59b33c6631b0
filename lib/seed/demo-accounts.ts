// Демо-учётные записи: one per role. The list lives in demo-accounts.json so that the seed (this module)
// and scripts/print-demo-accounts.mjs (plain Node, printed by `npm run demo`) read the same passwords.
import { ROLES, type Role } from "../auth/permissions";
import accounts from "./demo-accounts.json";

export type DemoAccount = {
  email: string;
  password: string;
  role: Role;
  /** Absent when the account is linked to a record whose name it takes. */
  fullName?: string;
  /** Regions of a COORDINATOR. */
  regionCodes?: string[];
  /** The demo expert record (Expert.code) the EXPERT account is. */
  expertCode?: string;
  /** The demo participant record (Participant.code) the PARTICIPANT account is. */
  participantCode?: string;
};

function checked(list: unknown[]): DemoAccount[] {
  return list.map((raw) => {
    const account = raw as DemoAccount;
    // a typo in the JSON must stop the seed, not create a user who cannot sign in
    if (!ROLES.includes(account.role))
      throw new Error(`demo-accounts.json: неизвестная роль "${account.role}" у ${account.email}`);
    if (account.password.length < 12) throw new Error(`demo-accounts.json: пароль ${account.email} короче 12 символов`);
    return account;
  });
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = checked(accounts);
