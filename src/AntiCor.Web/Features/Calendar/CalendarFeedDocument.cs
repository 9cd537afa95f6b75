using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using AntiCor.Web.Jobs.Reminders;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Web.Features.Calendar;

/// <summary>
/// One unit's due dates as iCalendar: one all-day event per programme period the unit reports in,
/// naming its measures. The UID comes from the period and the unit, so Outlook and Google update an
/// event (a due date moved by a holiday) instead of adding a second one.
/// </summary>
public static class CalendarFeedDocument
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static async Task<string> BuildAsync(AppDbContext db, Guid unitId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var unitName = await db.OrgUnits.Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(cancellationToken);
        var rows = await (
            from o in db.Obligations.AsNoTracking()
            join p in db.ReportingPeriods on o.PeriodId equals p.Id
            join m in db.Measures on o.MeasureId equals m.Id
            join pr in db.Programmes on o.ProgrammeId equals pr.Id
            where o.OrgUnitId == unitId && o.WithdrawnAtUtc == null && !o.IsExternal
            select new { PeriodId = p.Id, p.Key, p.DueOn, pr.Title, m.Number, o.State })
            .ToListAsync(cancellationToken);

        var calendar = new Ical.Net.Calendar { ProductId = "-//AntiCor//Reporting calendar//UK", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", $"Звітування: {unitName}");
        calendar.AddProperty("X-WR-TIMEZONE", "Europe/Kyiv");
        foreach (var period in rows.GroupBy(r => (r.PeriodId, r.Key, r.DueOn, r.Title)).OrderBy(g => g.Key.DueOn))
        {
            var numbers = period.Select(r => r.Number).Distinct().Order(MeasureNumbers.Comparer).ToList();
            var label = PeriodKey.Parse(period.Key.Key).Label;
            calendar.Events.Add(new CalendarEvent
            {
                Uid = $"{period.Key.PeriodId:N}-{unitId:N}@anticor",
                DtStamp = new CalDateTime(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc), hasTime: true),
                DtStart = new CalDateTime(period.Key.DueOn),
                DtEnd = new CalDateTime(period.Key.DueOn.AddDays(1)),
                Summary = $"Звіт за {label}: заходи {string.Join(", ", numbers)}",
                Description = string.Join("\n",
                    [$"{period.Key.Title}", $"{unitName}, {label} — термін подання {period.Key.DueOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)}",
                     .. period.OrderBy(r => r.Number, MeasureNumbers.Comparer).Select(r => $"{r.Number}: {ReportingWords.Of(r.State)}")]),
                Transparency = "TRANSPARENT",
            });
        }

        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }
}
