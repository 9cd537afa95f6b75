namespace AntiCor.Core.Domain;

/// <summary>The higher-level programme a plan implements, as cited in its preamble.</summary>
public sealed record ParentProgramme(
    string? Title,
    string? Number,
    DateOnly? Date,
    string? Kind = null,
    string? Issuer = null);
