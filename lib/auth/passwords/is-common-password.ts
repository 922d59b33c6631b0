// Распространённые пароли (ASVS 6.2.4): the 3,000 most common passwords of the zxcvbn-ts frequency list
// (MIT, data/common-passwords.LICENSE.txt). Compared without case: "Password1" is as weak as "password1".
import COMMON_PASSWORDS from "../data/common-passwords.json";

const COMMON = new Set((COMMON_PASSWORDS as string[]).map((p) => p.toLowerCase()));

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}
