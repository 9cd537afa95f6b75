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
    public const string Declarants = "declarants";
    public const string DeclarationsOnTime = "declarations-on-time";
    public const string DeclarationsLate = "declarations-late";
    public const string DeclarationsMissing = "declarations-missing";
    public const string NacpNotified = "nacp-notified";
    public const string PersonsLiable = "persons-liable";
    public const string LiableDismissed = "liable-dismissed";
    public const string LiableCausesReviewed = "liable-causes-reviewed";
    public const string TrainingsHeld = "trainings-held";
    public const string PersonsTrained = "persons-trained";
    public const string TrainingHours = "training-hours";
    public const string ConsultationsGiven = "consultations-given";

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
        RegisterKind.Declarations =>
        [
            (Declarants, "Декларантів, строк подання декларацій яких настав у періоді", "осіб"),
            (DeclarationsOnTime, "Подали декларації вчасно", "осіб"),
            (DeclarationsLate, "Подали декларації із порушенням строку", "осіб"),
            (DeclarationsMissing, "Не подали декларації", "осіб"),
            (NacpNotified, "Повідомлено НАЗК про неподання чи несвоєчасне подання", "повідомлень"),
        ],
        RegisterKind.LiablePersons =>
        [
            (PersonsLiable, "Притягнуто до відповідальності за корупційні або пов'язані з корупцією правопорушення", "осіб"),
            (LiableDismissed, "Звільнено з посади", "осіб"),
            (LiableCausesReviewed, "Проведено службових розслідувань причин правопорушення", "розслідувань"),
        ],
        RegisterKind.Trainings =>
        [
            (TrainingsHeld, "Проведено навчальних заходів", "заходів"),
            (PersonsTrained, "Пройшли навчання", "осіб"),
            (TrainingHours, "Тривалість навчальних заходів", "годин"),
            (ConsultationsGiven, "Надано консультацій", "консультацій"),
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
            case RegisterKind.Declarations:
                var declarations = await db.Declarations.AsNoTracking()
                    .Where(d => d.DueOn >= from && d.DueOn <= to)
                    .Select(d => new { d.DueOn, d.FiledOn })
                    .ToListAsync(cancellationToken);
                values[Declarants] = declarations.Count;
                values[DeclarationsOnTime] = declarations.Count(d => d.FiledOn <= d.DueOn);
                values[DeclarationsLate] = declarations.Count(d => d.FiledOn > d.DueOn);
                values[DeclarationsMissing] = declarations.Count(d => d.FiledOn is null);
                // The department's work in the period: the notices it sent NACP, whichever campaign they concern.
                values[NacpNotified] = await db.Declarations.CountAsync(d => d.NacpNotifiedOn >= from && d.NacpNotifiedOn <= to, cancellationToken);
                break;
            case RegisterKind.LiablePersons:
                var liable = await db.LiablePersons.AsNoTracking()
                    .Where(l => l.DecisionOn >= from && l.DecisionOn <= to)
                    .Select(l => new { l.Dismissed, l.CausesReviewed })
                    .ToListAsync(cancellationToken);
                values[PersonsLiable] = liable.Count;
                values[LiableDismissed] = liable.Count(l => l.Dismissed);
                values[LiableCausesReviewed] = liable.Count(l => l.CausesReviewed);
                break;
            case RegisterKind.Trainings:
                var trainings = await db.TrainingEvents.AsNoTracking()
                    .Where(t => t.StartsOn >= from && t.StartsOn <= to)
                    .Select(t => new { t.Hours, Participants = t.Participants.Count })
                    .ToListAsync(cancellationToken);
                values[TrainingsHeld] = trainings.Count;
                values[PersonsTrained] = trainings.Sum(t => t.Participants);
                values[TrainingHours] = trainings.Sum(t => t.Hours);
                values[ConsultationsGiven] = await db.Consultations.CountAsync(c => c.AnsweredOn >= from && c.AnsweredOn <= to, cancellationToken);
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
            RegisterKind.Declarations => $"Строк подання декларацій настав для {Of(Declarants)} декларантів: вчасно подали {Of(DeclarationsOnTime)}, із порушенням строку — {Of(DeclarationsLate)}, не подали {Of(DeclarationsMissing)}; надіслано повідомлень до НАЗК: {Of(NacpNotified)}.",
            RegisterKind.LiablePersons => $"Притягнуто до відповідальності за корупційні або пов'язані з корупцією правопорушення {Of(PersonsLiable)} осіб, з них звільнено {Of(LiableDismissed)}; проведено {Of(LiableCausesReviewed)} службових розслідувань причин.",
            RegisterKind.Trainings => $"Проведено {Of(TrainingsHeld)} навчальних заходів тривалістю {Of(TrainingHours)} годин, навчання пройшли {Of(PersonsTrained)} осіб; надано {Of(ConsultationsGiven)} консультацій.",
            _ => $"Надійшло {Of(ConflictsNotified)} повідомлень про конфлікт інтересів, {Of(ConflictsSettledOnTime)} врегульовано у строк.",
        };
    }
}
