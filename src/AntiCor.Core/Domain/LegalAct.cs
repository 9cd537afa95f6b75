namespace AntiCor.Core.Domain;

/// <summary>
/// The act that approved a programme: "розпорядження міського голови від 12.08.2019 № 98".
/// Kind, number and date are null where the document (an annex without its order) does not say
/// and the coordinator left them empty in the review (ADR-011).
/// </summary>
public sealed record LegalAct(
    string? Kind,
    string? Number,
    DateOnly? Date,
    string? Issuer = null,
    string? Title = null,
    string? SignatoryPosition = null,
    string? SignatoryName = null);
