-- 0001 initial schema: registries, accounts, audit and login logs.
-- Written from `dotnet run --project src/Dudao.Cli -- schema-script postgres`;
-- region_code indexes use varchar_pattern_ops so the data-scope prefix filter can use them.

CREATE TABLE audit_entries (
    id character varying(32) NOT NULL,
    at timestamp with time zone NOT NULL,
    user_name character varying(64) NOT NULL,
    region_code character varying(9) NOT NULL,
    action character varying(32) NOT NULL,
    entity_type character varying(64) NOT NULL,
    entity_id character varying(64) NOT NULL,
    changes text,
    CONSTRAINT pk_audit_entries PRIMARY KEY (id)
);

CREATE TABLE departments (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    name character varying(64) NOT NULL,
    CONSTRAINT pk_departments PRIMARY KEY (id)
);

CREATE TABLE inspectors (
    id character varying(32) NOT NULL,
    name character varying(32) NOT NULL,
    kind character varying(8) NOT NULL,
    region_code character varying(9) NOT NULL,
    phone character varying(20),
    version integer NOT NULL,
    CONSTRAINT pk_inspectors PRIMARY KEY (id)
);

CREATE TABLE institutions (
    id character varying(32) NOT NULL,
    uscc character varying(18) NOT NULL,
    name character varying(100) NOT NULL,
    category character varying(8) NOT NULL,
    kind character varying(8),
    profit character varying(8) NOT NULL,
    mode character varying(8) NOT NULL,
    licence character varying(8) NOT NULL,
    status character varying(8) NOT NULL,
    region_code character varying(9) NOT NULL,
    address character varying(200),
    version integer NOT NULL,
    CONSTRAINT pk_institutions PRIMARY KEY (id)
);

CREATE TABLE login_records (
    id character varying(32) NOT NULL,
    at timestamp with time zone NOT NULL,
    user_name character varying(64) NOT NULL,
    region_code character varying(9) NOT NULL,
    succeeded boolean NOT NULL,
    result character varying(64) NOT NULL,
    channel character varying(8) NOT NULL,
    client_address character varying(64),
    CONSTRAINT pk_login_records PRIMARY KEY (id)
);

CREATE TABLE regions (
    code character varying(9) NOT NULL,
    name character varying(64) NOT NULL,
    level character varying(16) NOT NULL,
    parent_code character varying(9),
    CONSTRAINT pk_regions PRIMARY KEY (code)
);

CREATE TABLE schools (
    id character varying(32) NOT NULL,
    code character varying(10) NOT NULL,
    name character varying(100) NOT NULL,
    type character varying(16) NOT NULL,
    ownership character varying(8) NOT NULL,
    region_code character varying(9) NOT NULL,
    zone character varying(64),
    pupils integer NOT NULL,
    teachers integer NOT NULL,
    version integer NOT NULL,
    CONSTRAINT pk_schools PRIMARY KEY (id)
);

CREATE TABLE users (
    id character varying(32) NOT NULL,
    user_name character varying(64) NOT NULL,
    normalized_user_name character varying(64) NOT NULL,
    display_name character varying(64) NOT NULL,
    password_hash character varying(200),
    security_stamp character varying(64) NOT NULL,
    lockout_enabled boolean NOT NULL,
    lockout_end timestamp with time zone,
    access_failed_count integer NOT NULL,
    two_factor_enabled boolean NOT NULL,
    authenticator_key character varying(64),
    is_active boolean NOT NULL,
    org_kind character varying(16) NOT NULL,
    region_code character varying(9) NOT NULL,
    org_ref_id character varying(32),
    roles character varying(200) NOT NULL,
    created_at timestamp with time zone NOT NULL,
    last_login_at timestamp with time zone,
    version integer NOT NULL,
    CONSTRAINT pk_users PRIMARY KEY (id)
);

CREATE TABLE zones (
    id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    name character varying(64) NOT NULL,
    CONSTRAINT pk_zones PRIMARY KEY (id)
);

CREATE TABLE assignments (
    inspector_id character varying(32) NOT NULL,
    target_kind character varying(16) NOT NULL,
    target_id character varying(32) NOT NULL,
    region_code character varying(9) NOT NULL,
    CONSTRAINT pk_assignments PRIMARY KEY (inspector_id, target_kind, target_id),
    CONSTRAINT fk_assignments_inspectors_inspector_id FOREIGN KEY (inspector_id) REFERENCES inspectors (id) ON DELETE CASCADE
);

CREATE INDEX ix_assignments_target_kind_target_id ON assignments (target_kind, target_id);

CREATE INDEX ix_audit_entries_at ON audit_entries (at);

CREATE INDEX ix_audit_entries_entity_type_entity_id ON audit_entries (entity_type, entity_id);

CREATE UNIQUE INDEX ix_departments_region_code_name ON departments (region_code, name);

CREATE INDEX ix_inspectors_region_code_name ON inspectors (region_code varchar_pattern_ops, name);

CREATE INDEX ix_institutions_region_code_name ON institutions (region_code varchar_pattern_ops, name);

CREATE UNIQUE INDEX ix_institutions_uscc ON institutions (uscc);

CREATE INDEX ix_login_records_at ON login_records (at);

CREATE INDEX ix_regions_parent_code ON regions (parent_code);

CREATE UNIQUE INDEX ix_schools_code ON schools (code);

CREATE INDEX ix_schools_region_code_name ON schools (region_code varchar_pattern_ops, name);

CREATE UNIQUE INDEX ix_users_normalized_user_name ON users (normalized_user_name);

CREATE INDEX ix_users_region_code ON users (region_code varchar_pattern_ops);

CREATE UNIQUE INDEX ix_zones_region_code_name ON zones (region_code, name);

-- The audit and login logs are append-only.
CREATE FUNCTION refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME;
END;
$$;
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entries FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
CREATE TRIGGER login_records_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON login_records FOR EACH STATEMENT EXECUTE FUNCTION refuse_change();
