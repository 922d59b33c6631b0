// The answer while the database is down: a small Russian page (or JSON for the API) with HTTP 503 and
// Retry-After, built without the database, translations or React — none of them may be available.
const PAGE = `<!doctype html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="15">
<title>Сервис временно недоступен — Кадровый портал</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937}h1{font-size:1.5rem}</style>
</head>
<body>
<main>
<h1>Сервис временно недоступен</h1>
<p>База данных портала не отвечает. Мы уже знаем о проблеме; страница обновится сама через несколько секунд.</p>
<p>Введённые в формы данные не потеряны: вернитесь на предыдущую страницу и повторите отправку позже.</p>
</main>
</body>
</html>
`;

export function unavailableResponse(pathname: string, headers: Record<string, string> = {}): Response {
  const common = { "Retry-After": "15", "Cache-Control": "no-store", ...headers };
  if (pathname.startsWith("/api/")) {
    const body = { error: { code: "UNAVAILABLE", message: "Сервис временно недоступен: база данных не отвечает" } };
    return Response.json(body, { status: 503, headers: common });
  }
  return new Response(PAGE, { status: 503, headers: { ...common, "Content-Type": "text/html; charset=utf-8" } });
}
