namespace Dudao.Modules.Organization.Import;

/// <summary>What an accepted import did: rows that created records and rows that updated existing ones.</summary>
public sealed record ImportResult(int Imported, int Updated);
