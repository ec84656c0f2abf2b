-- 0102 school vacations (寒暑假) per region; a region without any for a year follows the one above it.

CREATE TABLE "school_vacations" (
    "id" TEXT NOT NULL CONSTRAINT "pk_school_vacations" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL
);

CREATE INDEX "ix_school_vacations_region_code_from" ON "school_vacations" ("region_code", "from");
