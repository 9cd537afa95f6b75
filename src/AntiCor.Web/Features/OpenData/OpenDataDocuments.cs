using System.Text.Json.Serialization;

namespace AntiCor.Web.Features.OpenData;

// The documents of the open-data API (contracts/*.schema.json). Field names are stable: add
// fields, never rename or drop one.

/// <summary>One page of a list: its items, where it stands, and the addresses of its neighbours.</summary>
public sealed record ListDocument<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, PageLinks Links);

public sealed record PageLinks(string Self, string First, string Last)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Prev { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Next { get; init; }
}

public sealed record OrganizationItem(
    Guid Id,
    string Slug,
    string Name,
    string? Code,
    string Kind,
    string? Katottg,
    string? ParentSlug,
    int PublishedProgrammes,
    string Page,
    string Passport);

public sealed record ProgrammeItem(
    Guid Id,
    string Organization,
    string OrganizationName,
    string Title,
    string? ActKind,
    string? ActNumber,
    DateOnly? ActDate,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    int Measures,
    DateTime PublishedAt,
    string Url,
    string Page);

public sealed record UnitItem(Guid Id, string Organization, string Name, string Kind, int Measures, string Page);

/// <summary>One measure of a programme with its published reports, period by period.</summary>
public sealed record MeasureReportsItem(Guid MeasureId, string Number, string Text, IReadOnlyList<PeriodReports> Periods);

public sealed record PeriodReports(string Period, string Label, string? Status, string? StatusText, string? Verdict, string? VerdictText, IReadOnlyList<PublishedReport> Reports);

public sealed record PublishedReport(
    Guid Id,
    string Executor,
    bool Lead,
    string MessageType,
    string Status,
    string StatusText,
    string? WhatWasDone,
    DateOnly? CompletedOn,
    string? Reasons,
    string? CancellingAct,
    DateTime PublishedAt,
    IReadOnlyList<ReportedIndicator> Indicators,
    IReadOnlyList<PublicEvidence> Evidence);

public sealed record ReportedIndicator(string Name, string Unit, decimal Value, decimal? Target);

public sealed record PublicEvidence(string Kind, string? Title, string Url)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? FileName { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? MediaType { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public long? Size { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sha256 { get; init; }
}

/// <summary>The programme's reports: which programme and period, then one page of its measures.</summary>
public sealed record ReportsDocument(Guid Programme, string? Period, IReadOnlyList<MeasureReportsItem> Items, int Page, int PageSize, int Total, PageLinks Links);
