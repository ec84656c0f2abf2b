-- 0040 account hardening: per account-and-client lockouts, failed-login notice, single-use TOTP steps.

CREATE TABLE "login_lockouts" (
    "user_name" TEXT NOT NULL,
    "client_key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL,
    "locked_until" TEXT NULL,
    "last_failure_at" TEXT NOT NULL,
    CONSTRAINT "pk_login_lockouts" PRIMARY KEY ("user_name", "client_key")
);

CREATE INDEX "ix_login_lockouts_last_failure_at" ON "login_lockouts" ("last_failure_at");

-- The lockout moved to login_lockouts; access_failed_count now counts failures since the last login.
ALTER TABLE "users" DROP COLUMN "lockout_enabled";
ALTER TABLE "users" DROP COLUMN "lockout_end";
UPDATE "users" SET "access_failed_count" = 0;
ALTER TABLE "users" ADD COLUMN "last_failed_login_at" TEXT NULL;
ALTER TABLE "users" ADD COLUMN "failures_before_last_login" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "users" ADD COLUMN "last_totp_step" INTEGER NULL;
