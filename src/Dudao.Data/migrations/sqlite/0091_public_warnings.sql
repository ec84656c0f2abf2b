-- 0091 public warnings (预警提示): an early warning an office chose to publish to parents, one per region, kind and month.

CREATE TABLE "public_warnings" (
    "id" TEXT NOT NULL CONSTRAINT "pk_public_warnings" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "month" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "published_at" TEXT NOT NULL,
    "published_by" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_public_warnings_region_code_kind_month" ON "public_warnings" ("region_code", "kind", "month");
