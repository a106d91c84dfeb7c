// `Authorization: APIKey <token>` → the principal. Keys are never echoed in messages.
import { ApiError } from "./errors.js";
import type { Directory, Principal } from "../store/directory.js";

export function authenticate(header: string | null, directory: Directory): Principal {
  if (!header || header.trim() === "") {
    throw new ApiError(401, "NotAuthenticated", "Authentication credentials were not provided.");
  }
  const match = /^\s*(\S+)\s+(\S+)\s*$/.exec(header);
  if (!match || match[1]!.toLowerCase() !== "apikey") {
    throw new ApiError(
      401,
      "AuthenticationFailed",
      "Given token not valid for any token type; use 'Authorization: APIKey <token>'.",
    );
  }
  const principal = directory.keys.get(match[2]!);
  if (!principal) throw new ApiError(401, "AuthenticationFailed", "Bad permanent token: the API key is not valid.");
  return principal;
}
