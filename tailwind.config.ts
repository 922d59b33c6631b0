// Design tokens of the portal (loaded by app/globals.css through @config). Colours meet WCAG AA
// contrast on white; status colours always come with a text label, never colour alone.
import type { Config } from "tailwindcss";

export default {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { DEFAULT: "#1d4ed8", dark: "#1e3a8a", light: "#dbeafe" },
        ink: { DEFAULT: "#111827", muted: "#4b5563" },
        ok: { DEFAULT: "#166534", bg: "#dcfce7" },
        warn: { DEFAULT: "#92400e", bg: "#fef3c7" },
        bad: { DEFAULT: "#991b1b", bg: "#fee2e2" },
        line: "#d1d5db",
        surface: "#f9fafb",
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Arial", "sans-serif"],
      },
      borderRadius: { card: "0.5rem" },
    },
  },
} satisfies Config;
