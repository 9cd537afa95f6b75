using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Executors;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>What a person wrote for a measure: its text, its term and its executors as they would appear in an order.</summary>
public sealed record MeasureInput(string Text, string TermText, string ExecutorsText);

/// <summary>
/// Changes a stored programme: directions and measures added, edited, moved or removed. Each
/// change is saved with a new edition naming who made it and under which amending act, in one
/// transaction with the audit trail. Terms and executors are read by the importer's own rules; an
/// executor name not among the organisation's units is settled by the <see cref="ExecutorDecisions"/>
/// given, or refuses the save (no unit is created unasked).
/// </summary>
public sealed class ProgrammeEditor(AppDbContext db, TimeProvider time)
{
    public Task EditMeasureAsync(
        Guid programmeId, Guid measureId, MeasureInput input, AmendingAct? act, string by, CancellationToken cancellationToken = default, ExecutorDecisions? executors = null) =>
        SaveMeasureAsync(programmeId, measureId, input, null, null, act, by, cancellationToken, executors);

    /// <summary>
    /// One save of the measure form: its text, term and executors, and a move to another direction
    /// when <paramref name="toDirectionId"/> differs — one transaction, one edition. With
    /// <paramref name="expectedVersion"/> (the version the form was opened at) a change saved by
    /// someone else meanwhile is refused, not overwritten.
    /// </summary>
    public async Task SaveMeasureAsync(
        Guid programmeId,
        Guid measureId,
        MeasureInput input,
        Guid? toDirectionId,
        int? expectedVersion,
        AmendingAct? act,
        string by,
        CancellationToken cancellationToken = default,
        ExecutorDecisions? executors = null)
    {
        var (programme, units) = await LoadAsync(programmeId, input, executors, cancellationToken);
        var measure = FindMeasure(programme, measureId);
        if (expectedVersion is { } version)
        {
            db.ExpectVersion(measure, version);
        }

        var was = measure.Number;
        Apply(measure, input, units);
        db.Touch(measure);
        programme.DropWarningsFor(was);
        var summary = $"Змінено захід {was}";
        var from = programme.Directions.Single(d => d.Measures.Contains(measure));
        if (toDirectionId is { } to && to != from.Id)
        {
            programme.MoveMeasure(measure, from, FindDirection(programme, to));
            summary += $" і перенесено як {measure.Number}";
        }

        await SaveAsync(programme, by, summary, act, cancellationToken);
    }

    public async Task<Measure> AddMeasureAsync(
        Guid programmeId, Guid directionId, MeasureInput input, AmendingAct? act, string by, CancellationToken cancellationToken = default, ExecutorDecisions? executors = null)
    {
        var (programme, units) = await LoadAsync(programmeId, input, executors, cancellationToken);
        var direction = FindDirection(programme, directionId);
        var measure = direction.AddMeasure(direction.NextMeasureNumber(), Required(input.Text), TermParser.Parse(input.TermText));
        Apply(measure, input, units);
        await SaveAsync(programme, by, $"Додано захід {measure.Number}", act, cancellationToken);
        return measure;
    }

    /// <summary>A measure leaves the programme only by an amending act that says so.</summary>
    public async Task RemoveMeasureAsync(Guid programmeId, Guid measureId, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        if (act is null)
        {
            throw new DomainException("Захід вилучають лише актом про внесення змін: вкажіть його вид, номер і дату.");
        }

        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var measure = FindMeasure(programme, measureId);
        programme.Directions.Single(d => d.Measures.Contains(measure)).RemoveMeasure(measure);
        programme.DropWarningsFor(measure.Number);
        await SaveAsync(programme, by, $"Вилучено захід {measure.Number}", act, cancellationToken);
    }

    public async Task MoveMeasureAsync(Guid programmeId, Guid measureId, Guid toDirectionId, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var measure = FindMeasure(programme, measureId);
        var from = programme.Directions.Single(d => d.Measures.Contains(measure));
        var was = measure.Number;
        programme.DropWarningsFor(was);
        programme.MoveMeasure(measure, from, FindDirection(programme, toDirectionId));
        await SaveAsync(programme, by, $"Захід {was} перенесено як {measure.Number}", act, cancellationToken);
    }

    public async Task<Direction> AddDirectionAsync(Guid programmeId, string title, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var number = programme.Directions.Count == 0 ? 1 : programme.Directions.Max(d => d.Number) + 1;
        var direction = programme.AddDirection(number, Required(title));
        await SaveAsync(programme, by, $"Додано напрям {number}", act, cancellationToken);
        return direction;
    }

    public async Task RenameDirectionAsync(
        Guid programmeId, Guid directionId, string title, AmendingAct? act, string by, CancellationToken cancellationToken = default, int? expectedVersion = null)
    {
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var direction = FindDirection(programme, directionId);
        if (expectedVersion is { } version)
        {
            db.ExpectVersion(direction, version);
        }

        direction.Rename(Required(title));
        await SaveAsync(programme, by, $"Змінено назву напряму {direction.Number}", act, cancellationToken);
    }

    public async Task RemoveDirectionAsync(Guid programmeId, Guid directionId, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var direction = FindDirection(programme, directionId);
        programme.RemoveDirection(direction);
        await SaveAsync(programme, by, $"Вилучено напрям {direction.Number}", act, cancellationToken);
    }

    private static void Apply(Measure measure, MeasureInput input, UnitResolver units)
    {
        measure.Edit(Required(input.Text), TermParser.Parse(input.TermText.Trim()));
        var executors = ExecutorParser.Parse(input.ExecutorsText);
        measure.ReplaceExecutors(executors.Select(e => (units.Resolve(e.Name), e.Raw, e.ConsentRequired)));
    }

    private static string Required(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException("Текст не може бути порожнім.") : text.Trim();

    private async Task<(Programme Programme, UnitResolver Units)> LoadAsync(
        Guid programmeId, MeasureInput input, ExecutorDecisions? executors, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var names = ExecutorName.Of(ExecutorParser.Parse(input.ExecutorsText));
        var units = await UnitResolver.LoadAsync(db, programme.Organization, names, executors ?? ExecutorDecisions.None, cancellationToken);
        return (programme, units);
    }

    private async Task SaveAsync(Programme programme, string by, string summary, AmendingAct? act, CancellationToken cancellationToken)
    {
        if (act is not null)
        {
            CheckActDate(programme, act);
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await Editions.AppendAsync(db, programme, by, summary, act, time.GetUtcNow().UtcDateTime, cancellationToken);
            await new ReportingSchedule(db, time).PlanAsync(programme.Id, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw StaleRecord.Refusal();
        }
    }

    /// <summary>An amending act cannot come before the act that approved the programme, nor from the future.</summary>
    private void CheckActDate(Programme programme, AmendingAct act)
    {
        var today = KyivTime.Today(time);
        if (act.Date > today)
        {
            throw new DomainException($"Дата акта про зміни {act.Date:dd.MM.yyyy} ще не настала.");
        }

        if (act.Date < programme.LegalBasis.Date)
        {
            throw new DomainException($"Акт про зміни від {act.Date:dd.MM.yyyy} раніший за акт, яким затверджено програму ({programme.LegalBasis.Date:dd.MM.yyyy}).");
        }
    }

    private static Measure FindMeasure(Programme programme, Guid measureId) =>
        programme.Directions.SelectMany(d => d.Measures).FirstOrDefault(m => m.Id == measureId)
            ?? throw new DomainException("Захід не знайдено в цій програмі.");

    private static Direction FindDirection(Programme programme, Guid directionId) =>
        programme.Directions.FirstOrDefault(d => d.Id == directionId)
            ?? throw new DomainException("Напрям не знайдено в цій програмі.");
}
