using AntiCor.Core.Documents.Export;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Reporting.Consolidation;

/// <summary>The sentences of the consolidated report, shared by the letter, the head's page and the spreadsheet.</summary>
public static class ConsolidatedWording
{
    public const string NoInformation = "Інформацію не подано";

    public const string ObsoleteFootnote = "* Заходи зі статусом «Втратив актуальність» показано, але до відсотків не враховано.";

    public static string Title(ConsolidatedReport r) =>
        $"Інформація про стан виконання заходів «{r.ProgrammeTitle}» за {Genitive(r.Period)}" + (r.IsCumulative ? " (наростаючим підсумком)" : "");

    /// <summary>"затверджених розпорядженням … від 12 серпня 2019 року № 98".</summary>
    public static string Act(LegalAct act) =>
        $"(затверджено: {act.Kind ?? "актом"}{(act.Issuer is { } issuer ? " " + OrderWording.IssuerGenitive(issuer) : "")}"
        + (act.Date is { } date ? $" від {OrderWording.Date(date)}" : "")
        + (act.Number is { } number ? $" № {number}" : "") + ")";

    /// <summary>"I квартал 2020 року", "2020 рік" → "2020 рік"; the period as it follows "за".</summary>
    public static string Genitive(PeriodKey key) => key.Label;

    public static string StatusWord(MeasureStatus? status) => status is { } s ? ReportingWords.Of(s) : NoInformation;

    /// <summary>"Усього заходів: 26. Виконано — 10, …"; obsolete measures marked with the footnote's star.</summary>
    public static string Summary(StatusSummary s)
    {
        var parts = StatusSummary.Order
            .Select(status => $"{ReportingWords.Of(status).ToLowerInvariant()} — {s[status]}{(status == MeasureStatus.Obsolete ? "*" : "")}")
            .Append($"{NoInformation.ToLowerInvariant()} — {s.NoInformation}");
        return $"Усього заходів: {s.Total}; з них {string.Join(", ", parts)}.";
    }

    public static string Share(StatusSummary s) => s.DoneOrPartlyPercent is { } percent
        ? $"Виконано повністю або частково: {s.DoneOrPartly} з {s.Counted} заходів ({percent} %)*; повністю — {s.DonePercent} %."
        : "Заходів, що враховуються у відсотках, немає*.";

    /// <summary>dd.MM.yyyy HH:mm on Kyiv's clock.</summary>
    public static string KyivStamp(DateTime utc) => KyivTime.FromUtc(utc).ToString("dd.MM.yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public static string Stamps(ConsolidatedReport r) =>
        $"Сформовано: {KyivStamp(r.GeneratedAtUtc)} (за київським часом). Дані станом на: {(r.AsOfUtc is { } asOf ? KyivStamp(asOf) : "прийнятих звітів ще немає")}.";

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", System.Globalization.CultureInfo.InvariantCulture) ?? "";

    /// <summary>What an executor reported, in one cell: what was done, the actual date, the reasons, the cancelling act.</summary>
    public static string Done(ConsolidatedRow row)
    {
        if (row.Status is null)
        {
            return NoInformation;
        }

        var parts = new List<string>();
        if (row.WhatWasDone is { } what)
        {
            parts.Add(what);
        }

        if (row.CompletedOn is { } on)
        {
            parts.Add($"Виконано: {Date(on)}.");
        }

        if (row.Reasons is { } reasons)
        {
            parts.Add($"Причини: {reasons}");
        }

        if (row.CancellingAct is { } act)
        {
            parts.Add($"Акт: {act}");
        }

        return string.Join("\n", parts);
    }
}

/// <summary>One colour per status, the same in the letter's chart and on the head's page.</summary>
public static class StatusPalette
{
    public static string Of(MeasureStatus? status) => status switch
    {
        MeasureStatus.Done => "2E7D32",
        MeasureStatus.PartlyDone => "9CCC65",
        MeasureStatus.InProgress => "42A5F5",
        MeasureStatus.NotStarted => "B0BEC5",
        MeasureStatus.NotDone => "E53935",
        MeasureStatus.Obsolete => "8D6E63",
        _ => "FFFFFF",
    };
}
