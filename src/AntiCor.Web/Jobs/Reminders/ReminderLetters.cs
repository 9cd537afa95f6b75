using System.Globalization;
using System.Text;
using AntiCor.Core.Mail;
using AntiCor.Core.Reporting;

namespace AntiCor.Web.Jobs.Reminders;

/// <summary>The Ukrainian text of reminder and escalation letters: one letter lists every obligation of its recipient for the day.</summary>
public static class ReminderLetters
{
    public const string ObligationsPath = "/my/obligations";

    public static OutboxLetter For(ReminderRecipient to, IReadOnlyList<ReminderItem> items, ReminderOptions options)
    {
        var groups = items
            .GroupBy(i => (i.Obligation.ProgrammeTitle, i.Obligation.PeriodLabel, i.Obligation.DueOn, i.DaysFromDue))
            .OrderBy(g => g.Key.DueOn).ThenBy(g => g.Key.ProgrammeTitle, StringComparer.Ordinal)
            .ToList();
        var first = groups[0].Key;
        var subject = (to.Audience == ReminderAudience.Executors
                ? first.DaysFromDue > 0 ? "Прострочено звіт" : "Нагадування про звіт"
                : "Не подано звіти вчасно")
            + $" за {first.PeriodLabel} (термін {Date(first.DueOn)})"
            + (groups.Count > 1 ? " та інші" : "");

        var body = new StringBuilder();
        body.AppendLine("Доброго дня!").AppendLine();
        body.AppendLine(to.Audience switch
        {
            ReminderAudience.Executors => "Нагадуємо про звіти щодо виконання заходів антикорупційної програми, які ще не подано:",
            ReminderAudience.Coordinators => "Виконавці не подали вчасно звіти щодо виконання заходів антикорупційної програми:",
            _ => $"Звіти щодо виконання заходів антикорупційної програми не подано й через {ReportingWords.Days(Math.Max(1, options.EscalateToHeadAfterDays))} після терміну:",
        }).AppendLine();
        foreach (var group in groups)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"{group.Key.ProgrammeTitle}, {group.Key.PeriodLabel} — термін подання {Date(group.Key.DueOn)} ({When(group.Key.DaysFromDue)}):");
            foreach (var unit in group.GroupBy(i => i.Obligation.UnitName).OrderBy(u => u.Key, StringComparer.Ordinal))
            {
                var numbers = unit.Select(i => i.Obligation.MeasureNumber).Distinct().Order(MeasureNumbers.Comparer);
                body.AppendLine(CultureInfo.InvariantCulture, $"  • {unit.Key}: заходи {string.Join(", ", numbers)}");
            }

            body.AppendLine();
        }

        body.AppendLine(to.Audience == ReminderAudience.Executors ? "Подати звіти:" : "Зобов'язання виконавців:");
        body.AppendLine(options.Link(ObligationsPath)).AppendLine();
        body.Append("Цей лист надіслано автоматично системою АнтиКор.");
        return new OutboxLetter(to.Email, subject, body.ToString());
    }

    private static string When(int daysFromDue) => daysFromDue switch
    {
        < 0 => $"залишилося {ReportingWords.Days(-daysFromDue)}",
        0 => "сьогодні останній день",
        _ => $"прострочено на {ReportingWords.Days(daysFromDue)}",
    };

    private static string Date(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
}

/// <summary>Orders measure numbers as people read them: 1.2 before 1.10.</summary>
public static class MeasureNumbers
{
    public static readonly IComparer<string> Comparer = Comparer<string>.Create(Compare);

    private static int Compare(string? a, string? b)
    {
        var x = (a ?? "").Split('.');
        var y = (b ?? "").Split('.');
        for (var i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            var c = int.TryParse(x[i], out var m) && int.TryParse(y[i], out var n) ? m.CompareTo(n) : string.CompareOrdinal(x[i], y[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}
