namespace Dudao.Modules.Rectification.Lifecycle;

/// <summary>A plan or evidence text; <c>version</c> is the problem version the client read (409 when it changed).</summary>
public sealed record StepInput(string? Note, int? Version = null);

/// <summary>A verification (销号 when passed) or a follow-up check (回头看); a failure needs the reason.</summary>
public sealed record VerifyInput(bool? Passed, string? Note, int? Version = null);
