using AntiCor.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Registers;

/// <summary>
/// The figures of a register for a period (its first to last day), counted over the whole
/// organisation: they are the department's work reported on the linked measure. Counts only —
/// no names leave the register this way.
/// </summary>
public static class RegisterFigures
{
    public const string DraftsReviewed = "drafts-reviewed";
    public const string DraftsWithFactors = "drafts-with-factors";
    public const string ProposalsTaken = "proposals-taken";
    public const string NoticesReceived = "notices-received";
    public const string NoticesLate = "notices-late";
    public const string ConflictsNotified = "conflicts-notified";
    public const string ConflictsSettledOnTime = "conflicts-settled-on-time";

    /// <summary>Each register's figures in the order the report form and the indicators list them: code, indicator name, unit.</summary>
    public static IReadOnlyList<(string Code, string Name, string Unit)> Definitions(RegisterKind register) => register switch
    {
        RegisterKind.DraftActs =>
        [
            (DraftsReviewed, "Розглянуто проєктів актів", "проєктів"),
            (DraftsWithFactors, "Проєктів, у яких виявлено корупціогенні чинники", "проєктів"),
            (ProposalsTaken, "Враховано пропозицій", "пропозицій"),
        ],
        RegisterKind.Appointments =>
        [
            (NoticesReceived, "Надійшло повідомлень про кандидатів на призначення", "повідомлень"),
            (NoticesLate, "Повідомлень, поданих із порушенням строку", "повідомлень"),
        ],
        _ =>
        [
            (ConflictsNotified, "Надійшло повідомлень про конфлікт інтересів", "повідомлень"),
            (ConflictsSettledOnTime, "Врегульовано у строк", "повідомлень"),
        ],
    };

    public static async Task<IReadOnlyList<RegisterFigure>> ForPeriodAsync(AppDbContext db, RegisterKind register, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        var values = new Dictionary<string, int>();
        switch (register)
        {
            case RegisterKind.DraftActs:
                var reviewed = await db.DraftActReviews.AsNoTracking()
                    .Where(r => r.ConcludedOn >= from && r.ConcludedOn <= to)
                    .Select(r => new { r.Conclusion, r.ProposalsTaken })
                    .ToListAsync(cancellationToken);
                values[DraftsReviewed] = reviewed.Count;
                values[DraftsWithFactors] = reviewed.Count(r => r.Conclusion == DraftActConclusion.FactorsFound);
                values[ProposalsTaken] = reviewed.Sum(r => r.ProposalsTaken ?? 0);
                break;
            case RegisterKind.Appointments:
                var notices = await db.AppointmentNotices.AsNoTracking()
                    .Where(n => n.NoticeReceivedOn >= from && n.NoticeReceivedOn <= to)
                    .ToListAsync(cancellationToken);
                values[NoticesReceived] = notices.Count;
                values[NoticesLate] = notices.Count(n => n.IsLate);
                break;
            default:
                var conflicts = await db.ConflictsOfInterest.AsNoTracking()
                    .Where(c => c.NotifiedOn >= from && c.NotifiedOn <= to)
                    .Select(c => new { c.SettledOn, c.SettlementDueOn })
                    .ToListAsync(cancellationToken);
                values[ConflictsNotified] = conflicts.Count;
                values[ConflictsSettledOnTime] = conflicts.Count(c => c.SettledOn <= c.SettlementDueOn);
                break;
        }

        return [.. Definitions(register).Select(d => new RegisterFigure(d.Code, d.Name, d.Unit, values.GetValueOrDefault(d.Code)))];
    }

    /// <summary>The figures as the sentence the report's "what was done" receives.</summary>
    public static string Sentence(RegisterKind register, IReadOnlyList<RegisterFigure> figures)
    {
        int Of(string code) => figures.First(f => f.Code == code).Value;
        return register switch
        {
            RegisterKind.DraftActs => $"Розглянуто {Of(DraftsReviewed)} проєктів актів, у {Of(DraftsWithFactors)} виявлено корупціогенні чинники, {Of(ProposalsTaken)} пропозицій враховано.",
            RegisterKind.Appointments => $"Надійшло {Of(NoticesReceived)} повідомлень про кандидатів на призначення, з них {Of(NoticesLate)} — із порушенням строку.",
            _ => $"Надійшло {Of(ConflictsNotified)} повідомлень про конфлікт інтересів, {Of(ConflictsSettledOnTime)} врегульовано у строк.",
        };
    }
}
