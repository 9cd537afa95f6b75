using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// The programme's facts as the order states them — the act, the period, the reporting rule —
/// with a warning for each one it leaves unsaid; nothing is taken from elsewhere.
/// </summary>
internal static partial class PreambleFacts
{
    public static LegalBasisData LegalBasis(Preamble p, List<WarningData> warnings)
    {
        var number = p.Number ?? p.ApprovalNumber;
        var date = p.Date ?? p.ApprovalDate;
        const string review = "поле залишено порожнім — вкажіть його під час перевірки";
        WarnIfMissing(warnings, p.ActKind, WarningCodes.ActKindNotFound, $"Не знайдено виду акта, що затверджує програму (розпорядження, рішення, наказ); {review}.");
        WarnIfMissing(warnings, number, WarningCodes.ActNumberNotFound, $"Не знайдено номера акта, що затверджує програму; {review}.");
        WarnIfMissing(warnings, date, WarningCodes.ActDateNotFound, $"Не знайдено дати акта, що затверджує програму; {review}.");
        WarnIfMissing(warnings, p.Issuer, WarningCodes.ActIssuerNotFound, $"Не знайдено, хто видав акт, що затверджує програму; {review}.");

        if ((p.ApprovalNumber is not null && p.ApprovalNumber != number) || (p.ApprovalDate is not null && p.ApprovalDate != date))
        {
            warnings.Add(new WarningData(
                WarningCodes.AnnexApprovalMismatch,
                $"Гриф «ЗАТВЕРДЖЕНО» додатка (№ {p.ApprovalNumber} від {p.ApprovalDate:dd.MM.yyyy}) не збігається з реквізитами акта (№ {number} від {date:dd.MM.yyyy}).",
                p.ApprovalLine,
                null));
        }

        return new LegalBasisData(p.Issuer, p.ActKind, number, date, p.Signatory) { Title = p.ActTitle };
    }

    /// <summary>The programme's period, and whether its title states it (otherwise it is taken from the terms or the act's year).</summary>
    public static (PeriodData Period, bool Stated) Period(Preamble p, List<MeasureDraft> measures, DateOnly? actDate)
    {
        foreach (var title in new[] { p.PlanTitle, p.ActTitle })
        {
            var m = title is null ? Match.Empty : PeriodInTitle().Match(title);
            if (m.Success)
            {
                var from = int.Parse(m.Groups["from"].Value);
                var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value) : from;
                return (new PeriodData(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31)), true);
            }
        }

        var periods = measures.Select(m => TermParser.Read(m.Term?.Text ?? "")).Where(t => t.From is not null && t.To is not null).ToList();
        PeriodData? period = periods.Count > 0
            ? new PeriodData(periods.Min(t => t.From!.Value), periods.Max(t => t.To!.Value))
            : actDate is DateOnly d ? new PeriodData(new DateOnly(d.Year, 1, 1), new DateOnly(d.Year, 12, 31)) : null;
        return (period ?? new PeriodData(null, null), false);
    }

    public static WarningData PeriodWarning(PeriodData period) => new(
        WarningCodes.PeriodNotFound,
        period.KnownFrom is null
            ? "Період програми не вказано ні в назві, ні в строках заходів; його не встановлено — вкажіть під час перевірки."
            : $"Період програми не вказано в назві; прийнято {period.From:dd.MM.yyyy}–{period.To:dd.MM.yyyy} за строками заходів — перевірте.",
        null,
        null);

    public static ReportingData Reporting(Preamble p, List<WarningData> warnings)
    {
        if (p.Reporting is not { } reading)
        {
            Warn(
                warnings,
                WarningCodes.ReportingRuleNotFound,
                "У документі не знайдено правила звітування (як часто і до якого числа); його не встановлено — вкажіть під час перевірки.");
            return ReportingData.Unset;
        }

        var rule = reading.Rule;
        if (rule.KnownFrequency is null)
        {
            Warn(warnings, WarningCodes.ReportingRuleUnreadable, $"«{reading.Text}»: не вдалося прочитати, як часто звітувати; правило звітування не встановлено — вкажіть його під час перевірки.");
        }
        else if (rule.KnownDueDay is null && rule.DaysAfterPeriod is null)
        {
            Warn(warnings, WarningCodes.ReportingDueDayNotFound, $"«{reading.Text}»: не вказано, до якого числа подавати інформацію; день не встановлено — вкажіть його під час перевірки.");
        }
        else if (rule.KnownDueDay is not null && rule.DueMonth is null)
        {
            Warn(
                warnings,
                WarningCodes.ReportingDueMonthUnspecified,
                $"«{reading.Text}»: не вказано, у якому місяці настає це число — в останньому місяці звітного періоду чи в першому після нього; уточніть перед формуванням графіка звітів.");
        }

        return rule;
    }

    private static void WarnIfMissing<T>(List<WarningData> warnings, T? value, string code, string message)
    {
        if (value is null)
        {
            warnings.Add(new WarningData(code, message, null, null));
        }
    }

    private static void Warn(List<WarningData> warnings, string code, string message) =>
        warnings.Add(new WarningData(code, message, null, null));

    [GeneratedRegex(@"на\s+(?<from>\d{4})(\s*[-–—]\s*(?<to>\d{4}))?\s+(роки|рік|рр)", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodInTitle();
}
