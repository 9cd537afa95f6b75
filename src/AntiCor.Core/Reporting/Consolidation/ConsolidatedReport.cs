using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>
/// What the department reports to the mayor for a programme and a period key (a quarter, or a
/// half-year or year taken cumulatively): measures by direction with their status and verdict,
/// each executor's accepted report, the late and the missing, stamped with when it was generated
/// and how fresh its data is.
/// </summary>
public sealed record ConsolidatedReport(
    Guid ProgrammeId,
    string ProgrammeTitle,
    LegalAct Act,
    string OrganizationName,
    PeriodKey Period,
    IReadOnlyList<string> PeriodsCovered,
    DateTime GeneratedAtUtc,
    DateTime? AsOfUtc,
    IReadOnlyList<ConsolidatedDirection> Directions,
    IReadOnlyList<ConsolidatedRow> Rows)
{
    /// <summary>Whether the report adds up several reporting periods (a half-year or a year of quarters).</summary>
    public bool IsCumulative => PeriodsCovered.Count > 1;

    public StatusSummary Summary => StatusSummary.Of(Directions.SelectMany(d => d.Measures).Select(m => m.Status));

    /// <summary>Reports submitted after their due date, in the order of the table.</summary>
    public IReadOnlyList<ConsolidatedRow> Late => [.. Rows.Where(r => r.FirstDaysLate > 0)];

    /// <summary>Obligations without an accepted report.</summary>
    public IReadOnlyList<ConsolidatedRow> Missing => [.. Rows.Where(r => r.Status is null)];
}

public sealed record ConsolidatedDirection(int Number, string Title, IReadOnlyList<ConsolidatedMeasure> Measures)
{
    public StatusSummary Summary => StatusSummary.Of(Measures.Select(m => m.Status));
}

/// <summary>A measure with its status for the period (null: no information) and the executors' rows shown for it.</summary>
public sealed record ConsolidatedMeasure(
    Guid Id,
    string Number,
    string Text,
    MeasureStatus? Status,
    Verdict? Verdict,
    string? OverrideReason,
    IReadOnlyList<ConsolidatedRow> Executors);

/// <summary>
/// One obligation (measure × executor unit × period) with its accepted report, if any: the raw row
/// of the spreadsheet, and the layout history import reads back.
/// </summary>
public sealed record ConsolidatedRow(
    string Period,
    DateOnly DueOn,
    int DirectionNumber,
    string DirectionTitle,
    Guid MeasureId,
    string MeasureNumber,
    string MeasureText,
    Guid UnitId,
    string UnitName,
    bool IsLead,
    ObligationState State,
    MessageType? MessageType,
    MeasureStatus? Status,
    string? WhatWasDone,
    DateOnly? CompletedOn,
    string? Reasons,
    string? CancellingAct,
    DateTime? SubmittedAtUtc,
    DateTime? FirstSubmittedAtUtc,
    int? FirstDaysLate,
    MeasureStatus? MeasureStatus,
    Verdict? Verdict);

/// <summary>How many measures stand in each status; percentages leave «Втратив актуальність» out.</summary>
public sealed record StatusSummary(IReadOnlyDictionary<MeasureStatus, int> Counts, int NoInformation)
{
    public static readonly IReadOnlyList<MeasureStatus> Order =
        [MeasureStatus.Done, MeasureStatus.PartlyDone, MeasureStatus.InProgress, MeasureStatus.NotStarted, MeasureStatus.NotDone, MeasureStatus.Obsolete];

    public static StatusSummary Of(IEnumerable<MeasureStatus?> statuses)
    {
        var counts = Order.ToDictionary(s => s, _ => 0);
        var none = 0;
        foreach (var status in statuses)
        {
            if (status is { } s)
            {
                counts[s]++;
            }
            else
            {
                none++;
            }
        }

        return new StatusSummary(counts, none);
    }

    public int this[MeasureStatus status] => Counts.GetValueOrDefault(status);

    public int Total => Counts.Values.Sum() + NoInformation;

    /// <summary>The measures that count in percentages: all but those that lost relevance.</summary>
    public int Counted => Total - this[MeasureStatus.Obsolete];

    public int DoneOrPartly => this[MeasureStatus.Done] + this[MeasureStatus.PartlyDone];

    /// <summary>Share of counted measures done fully or partly, 0–100, rounded; null when none count.</summary>
    public int? DoneOrPartlyPercent => Counted == 0 ? null : (int)Math.Round(100.0 * DoneOrPartly / Counted, MidpointRounding.AwayFromZero);

    public int? DonePercent => Counted == 0 ? null : (int)Math.Round(100.0 * this[MeasureStatus.Done] / Counted, MidpointRounding.AwayFromZero);
}
