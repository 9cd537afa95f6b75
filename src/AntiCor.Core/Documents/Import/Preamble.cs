using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>What the running text of an order says about the programme it approves.</summary>
internal sealed record Preamble(
    string? ActKind,
    string? Issuer,
    string? Number,
    DateOnly? Date,
    string? ActTitle,
    string? PlanTitle,
    ParentProgrammeData? Parent,
    SignatoryData? Signatory,
    SignatoryData? AnnexSignatory,
    string? Coordinator,
    ReportingReading? Reporting,
    string? Organization,
    int? ApprovalLine,
    string? ApprovalNumber,
    DateOnly? ApprovalDate);
