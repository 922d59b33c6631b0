import { describe, expect, it } from "vitest";
import { appUrl, appUrlProblem } from "./app-url";

describe("APP_URL", () => {
  it("production without APP_URL is a problem named in Russian and English", () => {
    const problem = appUrlProblem({ NODE_ENV: "production" });
    expect(problem).toMatch(/APP_URL не задан/);
    expect(problem).toMatch(/required in production/);
    expect(() => appUrl({ NODE_ENV: "production" })).toThrow(/APP_URL/);
  });

  it("a malformed or non-http address is refused", () => {
    expect(appUrlProblem({ NODE_ENV: "production", APP_URL: "kadry.example.gov.ru" })).toMatch(/не адрес/);
    expect(appUrlProblem({ APP_URL: "ftp://kadry.example.gov.ru" })).toMatch(/http/);
    expect(appUrlProblem({ APP_URL: "https://u:p@kadry.example.gov.ru" })).toMatch(/credentials/);
  });

  it("the address is used as given, without a trailing slash", () => {
    expect(appUrlProblem({ NODE_ENV: "production", APP_URL: "https://kadry.example.gov.ru/" })).toBeNull();
    expect(appUrl({ NODE_ENV: "production", APP_URL: "https://kadry.example.gov.ru/portal/" })).toBe(
      "https://kadry.example.gov.ru/portal",
    );
  });

  it("outside production an unset APP_URL is the local development address, never a request's host", () => {
    expect(appUrlProblem({ NODE_ENV: "development" })).toBeNull();
    expect(appUrl({ NODE_ENV: "development", PORT: "3100" })).toBe("http://localhost:3100");
    expect(appUrl({})).toBe("http://localhost:3000");
  });
});
