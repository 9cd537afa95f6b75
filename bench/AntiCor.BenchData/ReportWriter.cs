using System.Security.Cryptography;
using AntiCor.Core.Data;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.BenchData;

/// <summary>
/// An organisation's quarters as they go in life, through the domain's own steps: most executors
/// report on time, some late, a few not at all or only as a draft; the department accepts most,
/// returns some with a comment (the executor corrects and submits again), and leaves the newest
/// quarter's partly waiting. Some reports carry a link or a small PDF of their own.
/// </summary>
internal sealed class ReportWriter(AppDbContext db, BenchClock clock, Random random)
{
    private static readonly string[] Done =
    [
        "Проведено навчання з питань запобігання корупції для працівників підрозділу, складено протокол і перелік учасників.",
        "Оновлено перелік посад з підвищеним корупційним ризиком; зміни погоджено з уповноваженою особою.",
        "Розглянуто повідомлення про потенційний конфлікт інтересів, вжито заходів для його врегулювання, про що складено довідку.",
        "Проєкти рішень пройшли антикорупційну експертизу; корупціогенних чинників не виявлено, зауваження враховано.",
        "Інформацію про виконання заходу оприлюднено на офіційному вебсайті ради в розділі «Запобігання корупції».",
        "Проведено роз'яснювальну роботу щодо подання декларацій; усі суб'єкти декларування подали декларації вчасно.",
        "Здійснено перевірку дотримання вимог щодо обмежень після припинення діяльності; порушень не виявлено.",
        "Укладено договори з дотриманням вимог законодавства про публічні закупівлі; звіти оприлюднено в системі Prozorro.",
    ];

    private static readonly string[] Reasons =
    [
        "Захід перенесено у зв'язку з кадровими змінами у підрозділі.",
        "Не вистачило фінансування, передбаченого на навчання; заявку подано на наступний квартал.",
        "Терміни погодження з іншими органами перевищили запланові.",
    ];

    public int Reports { get; private set; }

    public async Task WriteAsync(Guid programmeId, IReadOnlyDictionary<Guid, Guid> authorOfUnit, Guid coordinator, CancellationToken cancellationToken)
    {
        var periods = await db.ReportingPeriods.Where(p => p.ProgrammeId == programmeId).OrderBy(p => p.StartsOn).ToListAsync(cancellationToken);
        var obligations = await db.Obligations.Where(o => o.ProgrammeId == programmeId && !o.IsExternal && o.WithdrawnAtUtc == null).ToListAsync(cancellationToken);
        // In the programme's own order (direction, measure, unit name): ids are time-ordered with
        // random bits, so rows made in one millisecond come back in any order, and the random
        // fates below must fall on the same obligations in every run.
        var measureIds = obligations.Select(o => o.MeasureId).Distinct().ToList();
        var unitIds = obligations.Select(o => o.OrgUnitId).Distinct().ToList();
        var measureOrder = await (from m in db.Measures.AsNoTracking()
                                  join d in db.Directions.AsNoTracking() on m.DirectionId equals d.Id
                                  where measureIds.Contains(m.Id)
                                  select new { m.Id, Direction = d.Number, Measure = m.Position })
            .ToDictionaryAsync(x => x.Id, x => (x.Direction, x.Measure), cancellationToken);
        var unitName = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.NameKey, cancellationToken);
        obligations = [.. obligations.OrderBy(o => measureOrder[o.MeasureId]).ThenBy(o => unitName[o.OrgUnitId], StringComparer.Ordinal)];
        var indicators = (await db.Indicators.AsNoTracking().Where(i => obligations.Select(o => o.MeasureId).Contains(i.MeasureId)).Select(i => new { i.Id, i.MeasureId }).ToListAsync(cancellationToken))
            .ToLookup(i => i.MeasureId, i => i.Id);
        for (var p = 0; p < periods.Count; p++)
        {
            var period = periods[p];
            var newest = p == periods.Count - 1;
            foreach (var obligation in obligations.Where(o => o.PeriodId == period.Id))
            {
                if (authorOfUnit.TryGetValue(obligation.OrgUnitId, out var author))
                {
                    Quarter(obligation, period, author, coordinator, newest, indicators[obligation.MeasureId]);
                }
            }

            if (!newest)
            {
                clock.Set(At(period.DueOn.AddDays(30)));
                period.Close(coordinator, clock.UtcNow);
            }
        }
    }

    private void Quarter(Obligation obligation, ReportingPeriod period, Guid author, Guid coordinator, bool newest, IEnumerable<Guid> indicators)
    {
        var fate = random.NextDouble();
        if (fate < 0.06)
        {
            return; // never reported
        }

        var versions = new List<Report>();
        var draft = Open(obligation, period, versions, author, period.EndsOn.AddDays(random.Next(1, 10)));
        Fill(draft, period, indicators);
        if (fate < 0.10)
        {
            return; // a draft nobody submitted
        }

        var late = random.NextDouble() < 0.15;
        Submit(obligation, period, versions, draft, author, late ? period.DueOn.AddDays(random.Next(1, 21)) : period.DueOn.AddDays(-random.Next(0, 10)));
        if (newest && random.NextDouble() < 0.3)
        {
            return; // waiting for the department
        }

        if (random.NextDouble() < 0.12)
        {
            clock.Set(At(period.DueOn.AddDays(random.Next(2, 8))));
            obligation.Return(draft, "Уточніть, що саме зроблено, і додайте підтвердження (протокол, наказ або посилання).", coordinator, clock.UtcNow);
            var correction = Open(obligation, period, versions, author, period.DueOn.AddDays(random.Next(8, 12)));
            var text = $"{correction.WhatWasDone} Додано підтвердні документи.".Trim();
            correction.Edit(new ReportContent(correction.MessageType, correction.Status, text, correction.CompletedOn, correction.Reasons, correction.CancellingAct), "Доповнено за зауваженнями департаменту.");
            Submit(obligation, period, versions, correction, author, period.DueOn.AddDays(random.Next(12, 15)));
            draft = correction;
        }

        clock.Set(At(period.DueOn.AddDays(random.Next(15, 25))));
        obligation.Accept(draft, null, coordinator, clock.UtcNow);
    }

    private Report Open(Obligation obligation, ReportingPeriod period, List<Report> versions, Guid author, DateOnly day)
    {
        clock.Set(At(day));
        var report = obligation.OpenDraft(versions, period, author, clock.UtcNow);
        db.Reports.Add(report);
        versions.Add(report);
        Reports++;
        return report;
    }

    private void Submit(Obligation obligation, ReportingPeriod period, List<Report> versions, Report report, Guid author, DateOnly day)
    {
        clock.Set(At(day));
        obligation.Submit(report, versions, period, author, clock.UtcNow);
    }

    private void Fill(Report draft, ReportingPeriod period, IEnumerable<Guid> indicators)
    {
        var roll = random.NextDouble();
        var text = string.Join(" ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(Done)));
        var completed = period.StartsOn.AddDays(random.Next(0, period.EndsOn.DayNumber - period.StartsOn.DayNumber + 1));
        var content = roll switch
        {
            < 0.55 => new ReportContent(MessageType.Result, MeasureStatus.Done, text, completed, null, null),
            < 0.80 => new ReportContent(MessageType.Progress, MeasureStatus.InProgress, text, null, null, null),
            < 0.92 => new ReportContent(MessageType.Result, MeasureStatus.PartlyDone, text, completed, Pick(Reasons), null),
            < 0.97 => new ReportContent(MessageType.Result, MeasureStatus.NotDone, text, null, Pick(Reasons), null),
            _ => new ReportContent(MessageType.Progress, MeasureStatus.NotStarted, null, null, null, null),
        };
        draft.Edit(content, null);
        foreach (var indicator in indicators)
        {
            draft.SetIndicatorValue(indicator, random.Next(0, 50));
        }

        var evidence = random.NextDouble();
        if (evidence < 0.08)
        {
            draft.AttachLink($"https://rada.example.gov.ua/news/{random.Next(1, 1_000_000)}", "Повідомлення на сайті ради");
        }
        else if (evidence < 0.11)
        {
            var bytes = SmallPdf();
            var file = new EvidenceContent(Convert.ToHexStringLower(SHA256.HashData(bytes)), EvidenceFileType.Pdf.MediaType, bytes.Length, bytes, clock.UtcNow);
            db.EvidenceContents.Add(file);
            draft.AttachFile(file, "protokol.pdf");
        }
    }

    private byte[] SmallPdf()
    {
        var head = System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% AntiCor bench data {random.NextInt64():x16}{random.NextInt64():x16}\n");
        var bytes = new byte[2048];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length).Fill((byte)' ');
        return bytes;
    }

    private string Pick(string[] texts) => texts[random.Next(texts.Length)];

    // Ten in the morning, Kyiv time (seven or eight UTC): when offices file.
    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(8, 0), DateTimeKind.Utc);
}
