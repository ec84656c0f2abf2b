-- 0071 public contacts: the authority that runs a region's public service and its complaint hotline,
-- shown on the public home; one row per region.

CREATE TABLE "public_contacts" (
    "id" TEXT NOT NULL CONSTRAINT "pk_public_contacts" PRIMARY KEY,
    "region_code" TEXT NOT NULL,
    "authority" TEXT NOT NULL,
    "hotline" TEXT NOT NULL
);

CREATE UNIQUE INDEX "ix_public_contacts_region_code" ON "public_contacts" ("region_code");
