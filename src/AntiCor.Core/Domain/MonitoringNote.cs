namespace AntiCor.Core.Domain;

/// <summary>
/// What a programme's monitoring columns say of a measure's execution (actual date, status,
/// result or reasons), as written; the status normalised (Contracts.MonitoringStatuses) where its
/// words name one.
/// </summary>
public sealed record MonitoringNote(DateOnly? ActualDate, string? Status, string? StatusNormalized, string? Result);
