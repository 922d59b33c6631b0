-- Письма с секретной ссылкой (сброс пароля): the body is stored sealed with a key derived from AUTH_SECRET
-- and blanked after delivery, so neither the outbox page nor a database copy holds a usable link.
ALTER TABLE "OutboxMessage" ADD COLUMN "sealed" BOOLEAN NOT NULL DEFAULT false;
