using System.Globalization;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Reporting.Consolidation;

public enum HistoryOutcome
{
    /// <summary>Matched and valid: stored as a submitted and accepted report on confirmation.</summary>
    Store,

    /// <summary>Nothing to store: no report in the row, or the same report is already accepted.</summary>
    Skip,

    /// <summary>Unmatched or invalid: listed with the reason; nothing is stored until it is fixed or excluded.</summary>
    Problem,
}

/// <summary>What a history row will do, shown in the review before anything is stored.</summary>
public sealed record HistoryLine(HistoryRow Row, HistoryOutcome Outcome, string Note, string? MeasureText = null)
{
    internal Obligation? Obligation { get; init; }
    internal ReportingPeriod? PeriodEntity { get; init; }
    internal ReportContent? Content { get; init; }
    internal DateTime SubmittedAtUtc { get; init; }
}

/// <summary>
/// Imports earlier periods' reports (a council starting mid-programme loads what it already has):
/// each row matched exactly to a period of the programme, a measure by its number and an obliged
/// unit by its name — never guessed — and checked with the same rules as a submission. On
/// confirmation each row becomes a report version submitted on its date and accepted, on its
/// obligation, all in the caller's one save.
/// </summary>
public sealed class HistoryImport(AppDbContext db, TimeProvider time)
{
    public const string Comment = "Імпортовано з таблиці історії звітів";

    public async Task<IReadOnlyList<HistoryLine>> ReviewAsync(Guid programmeId, IReadOnlyList<HistoryRow> rows, CancellationToken cancellationToken = default)
    {
        var periods = await db.ReportingPeriods.Where(p => p.ProgrammeId == programmeId).ToListAsync(cancellationToken);
        var measures = await db.Measures.AsNoTracking()
            .Where(m => db.Directions.Any(d => d.Id == m.DirectionId && d.ProgrammeId == programmeId))
            .Select(m => new { m.Id, m.Number, m.Text }).ToListAsync(cancellationToken);
        var obligations = await db.Obligations.Where(o => o.ProgrammeId == programmeId && o.WithdrawnAtUtc == null && !o.IsExternal).ToListAsync(cancellationToken);
        var unitIds = obligations.Select(o => o.OrgUnitId).Distinct().ToList();
        var units = await db.OrgUnits.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var obligationIds = obligations.Select(o => o.Id).ToList();
        var reports = (await db.Reports.Where(r => obligationIds.Contains(r.ObligationId)).ToListAsync(cancellationToken)).ToLookup(r => r.ObligationId);

        var seen = new Dictionary<Guid, int>();
        var lines = new List<HistoryLine>();
        foreach (var row in rows)
        {
            lines.Add(Review(row));
        }

        return lines;

        HistoryLine Review(HistoryRow row)
        {
            HistoryLine Problem(string note) => new(row, HistoryOutcome.Problem, note);
            if (row.Status.Length == 0)
            {
                return row.WhatWasDone is null && row.Reasons is null && row.CompletedOn is null
                    ? new HistoryLine(row, HistoryOutcome.Skip, "Звіту в рядку немає (статус не вказано).")
                    : Problem("Не вказано статус виконання.");
            }

            if (row.Period.Length == 0 || row.MeasureNumber.Length == 0 || row.Unit.Length == 0)
            {
                return Problem("Не заповнено обов'язкові стовпці: період, № заходу й виконавець.");
            }

            if (!PeriodKey.TryParse(row.Period, out var key))
            {
                return Problem($"Період «{row.Period}» не розпізнано: пишіть, наприклад, 2020Q1.");
            }

            var period = periods.FirstOrDefault(p => p.Key == key.ToString());
            if (period is null)
            {
                return Problem($"Період {key} не належить цій програмі; її періоди: {string.Join(", ", periods.OrderBy(p => p.StartsOn).Select(p => p.Key))}.");
            }

            if (period.IsClosed)
            {
                return Problem($"Період {key} закрито: звіти за нього не приймаються.");
            }

            var measure = measures.FirstOrDefault(m => m.Number == row.MeasureNumber.Trim());
            if (measure is null)
            {
                return Problem($"Заходу № {row.MeasureNumber} у програмі немає.");
            }

            var obligation = obligations.FirstOrDefault(o => o.PeriodId == period.Id && o.MeasureId == measure.Id
                && SameName(units.GetValueOrDefault(o.OrgUnitId, ""), row.Unit));
            if (obligation is null)
            {
                return Problem($"Виконавця «{row.Unit}» немає серед зобов'язаних звітувати за заходом {measure.Number} у періоді {key}.") with { MeasureText = measure.Text };
            }

            if (ParseStatus(row.Status) is not { } status)
            {
                return Problem($"Невідомий статус «{row.Status}»; можливі: {string.Join(", ", Enum.GetValues<MeasureStatus>().Select(s => $"«{ReportingWords.Of(s)}»"))}.");
            }

            var messageType = status is MeasureStatus.NotStarted or MeasureStatus.InProgress ? MessageType.Progress : MessageType.Result;
            if (row.MessageType is { } typeText)
            {
                if (Enum.GetValues<MessageType>().FirstOrDefault(t => Same(ReportingWords.Of(t), typeText), (MessageType)(-1)) is var t && !Enum.IsDefined(t))
                {
                    return Problem($"Невідомий тип повідомлення «{typeText}».");
                }
                else
                {
                    messageType = t;
                }
            }

            DateOnly? completedOn = null;
            if (row.CompletedOn is { } dateText)
            {
                if (!DateOnly.TryParseExact(dateText, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    return Problem($"Дату виконання «{dateText}» не розпізнано: пишіть ДД.ММ.РРРР.");
                }

                completedOn = d;
            }

            var submittedAtUtc = KyivTime.ToUtcLenient(period.DueOn.ToDateTime(new TimeOnly(12, 0)));
            if (row.SubmittedAt is { } stampText)
            {
                if (!DateTime.TryParseExact(stampText, [ConsolidatedColumns.StampFormat, "dd.MM.yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var stamp))
                {
                    return Problem($"Дату подання «{stampText}» не розпізнано: пишіть ДД.ММ.РРРР або ДД.ММ.РРРР ГГ:ХХ.");
                }

                submittedAtUtc = KyivTime.ToUtcLenient(stamp);
            }

            var content = new ReportContent(messageType, status, row.WhatWasDone, completedOn, row.Reasons, row.CancellingAct);
            var problems = Problems(period, obligation, content);
            if (problems.Count > 0)
            {
                return Problem(string.Join(" ", problems)) with { MeasureText = measure.Text };
            }

            var versions = reports[obligation.Id].ToList();
            var last = versions.MaxBy(v => v.Number);
            if (last is { State: ReportState.Submitted or ReportState.Draft })
            {
                return Problem(last.State == ReportState.Submitted
                    ? "Виконавець уже подав звіт, що очікує розгляду: розгляньте його спершу."
                    : "Виконавець має незавершену чернетку звіту за цей період: імпорт її не перезаписує.") with { MeasureText = measure.Text };
            }

            if (last is { State: ReportState.Accepted } && SameContent(last, content))
            {
                return new HistoryLine(row, HistoryOutcome.Skip, "Такий звіт уже збережено й прийнято.", measure.Text);
            }

            if (!seen.TryAdd(obligation.Id, row.Line))
            {
                return Problem($"Повторює рядок {seen[obligation.Id]}: той самий захід, виконавець і період.") with { MeasureText = measure.Text };
            }

            var note = $"{key}: {units[obligation.OrgUnitId]} — захід {measure.Number}, «{ReportingWords.Of(status)}»"
                + (last is null ? "" : $" (виправлення: нова версія {last.Number + 1})");
            return new HistoryLine(row, HistoryOutcome.Store, note, measure.Text)
            {
                Obligation = obligation,
                PeriodEntity = period,
                Content = content,
                SubmittedAtUtc = submittedAtUtc,
            };
        }
    }

    /// <summary>
    /// Stores the rows the review marks to store, except <paramref name="excluded"/> lines; refuses
    /// (nothing stored) while any other line is a problem. The caller saves: one transaction.
    /// </summary>
    public async Task<int> StoreAsync(Guid programmeId, IReadOnlyList<HistoryRow> rows, IReadOnlySet<int> excluded, Guid userId, CancellationToken cancellationToken = default)
    {
        var lines = (await ReviewAsync(programmeId, [.. rows.Where(r => !excluded.Contains(r.Line))], cancellationToken)).ToList();
        var problems = lines.Where(l => l.Outcome == HistoryOutcome.Problem).ToList();
        if (problems.Count > 0)
        {
            throw new DomainException($"Нічого не збережено: рядки {string.Join(", ", problems.Select(p => p.Row.Line))} мають помилки — виправте їх у файлі або виключіть.");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var stored = 0;
        foreach (var line in lines.Where(l => l.Outcome == HistoryOutcome.Store))
        {
            var obligation = line.Obligation!;
            var versions = await db.Reports.Where(r => r.ObligationId == obligation.Id).ToListAsync(cancellationToken);
            var draft = obligation.OpenDraft(versions, line.PeriodEntity!, userId, line.SubmittedAtUtc);
            db.Reports.Add(draft);
            draft.Edit(line.Content!, draft.IsCorrection ? Comment : null);
            obligation.Submit(draft, versions, line.PeriodEntity!, userId, line.SubmittedAtUtc);
            obligation.Accept(draft, Comment, userId, now);
            stored++;
        }

        return stored;
    }

    /// <summary>The submission rules of a report, run on a draft that is never saved.</summary>
    private static List<string> Problems(ReportingPeriod period, Obligation obligation, ReportContent content)
    {
        var probe = new Obligation(period, obligation.MeasureId, obligation.OrgUnitId, obligation.IsLead);
        var draft = probe.OpenDraft([], period, Guid.Empty, DateTime.UnixEpoch);
        draft.Edit(content, null);
        return [.. draft.SubmissionProblems().Select(p => p.Message)];
    }

    private static bool SameContent(Report r, ReportContent c) =>
        r.Status == c.Status && r.MessageType == c.MessageType && r.WhatWasDone == Clean(c.WhatWasDone) && r.CompletedOn == c.CompletedOn
        && r.Reasons == Clean(c.Reasons) && r.CancellingAct == Clean(c.CancellingAct);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static MeasureStatus? ParseStatus(string text) =>
        Enum.GetValues<MeasureStatus>().Where(s => Same(ReportingWords.Of(s), text)).Select(s => (MeasureStatus?)s).FirstOrDefault();

    private static bool Same(string a, string b) => string.Equals(Normal(a), Normal(b), StringComparison.OrdinalIgnoreCase);

    private static bool SameName(string a, string b) => Same(a, b);

    private static string Normal(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'').Replace('ʼ', '\'');
}
