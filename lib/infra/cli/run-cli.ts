// Runs a command-line entry point: a one-line reason and exit code 1 on failure, never a stack trace
// (set DEBUG=1 to see it).
export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      // Prisma errors start with an empty line: show the first line that says something
      const reason = message.split("\n").find((line) => line.trim()) ?? "неизвестная ошибка";
      console.error(`Ошибка: ${reason.trim()}`);
      if (process.env.DEBUG) console.error(error);
      process.exit(1);
    },
  );
}
