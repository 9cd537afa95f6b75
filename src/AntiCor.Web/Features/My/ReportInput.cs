using System.Globalization;
using AntiCor.Core.Reporting;

namespace AntiCor.Web.Features.My;

/// <summary>The report form as posted: text as typed, so a wrong date or number comes back as the user wrote it.</summary>
public sealed class ReportInput
{
    /// <summary>The draft the form was opened on (empty before the first save) and its version token.</summary>
    public Guid? ReportId { get; set; }
    public int Version { get; set; }
    public MessageType MessageType { get; set; }
    public MeasureStatus Status { get; set; }
    public string? WhatWasDone { get; set; }
    public string? CompletedOn { get; set; }
    public string? Reasons { get; set; }
    public string? CancellingAct { get; set; }
    public string? CorrectionReason { get; set; }
    public List<IndicatorInput> Indicators { get; set; } = [];
    public string? LinkUrl { get; set; }
    public string? LinkTitle { get; set; }

    public static ReportInput From(Report report, IEnumerable<Guid> indicatorIds) => new()
    {
        ReportId = report.Id,
        Version = report.Version,
        MessageType = report.MessageType,
        Status = report.Status,
        WhatWasDone = report.WhatWasDone,
        CompletedOn = report.CompletedOn?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture),
        Reasons = report.Reasons,
        CancellingAct = report.CancellingAct,
        CorrectionReason = report.CorrectionReason,
        Indicators = [.. indicatorIds.Select(id => new IndicatorInput
        {
            IndicatorId = id,
            Value = report.IndicatorValues.FirstOrDefault(v => v.IndicatorId == id)?.Value.ToString(CultureInfo.GetCultureInfo("uk-UA")),
        })],
    };

    public static bool TryParseDate(string? text, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        if (DateOnly.TryParseExact(text.Trim(), "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        return false;
    }
}

public sealed class IndicatorInput
{
    public Guid IndicatorId { get; set; }
    public string? Value { get; set; }
}
