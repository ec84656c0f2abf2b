-- 0082 letterheads and document numbers: each office's full name and 文号 pattern, and the numbers it
-- issued, unique per office, year and sequence (so concurrent requests never share one) and given
-- once per document.

CREATE TABLE "letterheads" (
    "id" TEXT NOT NULL CONSTRAINT "pk_letterheads" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "office_name" TEXT NOT NULL,
    "number_pattern" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_letterheads_region_code" ON "letterheads" ("region_code");

CREATE TABLE "document_numbers" (
    "id" TEXT NOT NULL CONSTRAINT "pk_document_numbers" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "record_id" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "sequence" INTEGER NOT NULL,
    "number" TEXT NOT NULL,
    "office_name" TEXT NOT NULL,
    "issued_on" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_document_numbers_region_code_year_sequence" ON "document_numbers" ("region_code", "year", "sequence");
CREATE UNIQUE INDEX "ix_document_numbers_kind_record_id" ON "document_numbers" ("kind", "record_id");
