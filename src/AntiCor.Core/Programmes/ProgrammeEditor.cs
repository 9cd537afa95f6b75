using AntiCor.Core.Data;
using AntiCor.Core.Documents.Import;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>What a person wrote for a measure: its text, its term and its executors as they would appear in an order.</summary>
public sealed record MeasureInput(string Text, string TermText, string ExecutorsText);

/// <summary>
/// Changes a stored programme: directions and measures added, edited, moved or removed. Each
/// change is saved with a new edition naming who made it and under which amending act, in one
/// transaction with the audit trail. Terms and executors are read by the importer's own rules.
/// </summary>
public sealed class ProgrammeEditor(AppDbContext db, TimeProvider time)
{
    public async Task EditMeasureAsync(Guid programmeId, Guid measureId, MeasureInput input, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var (programme, units) = await LoadAsync(programmeId, cancellationToken);
        var measure = FindMeasure(programme, measureId);
        Apply(measure, input, units);
        programme.DropWarningsFor(measure.Number);
        await SaveAsync(programme, by, $"Змінено захід {measure.Number}", act, cancellationToken);
    }

    public async Task<Measure> AddMeasureAsync(Guid programmeId, Guid directionId, MeasureInput input, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var (programme, units) = await LoadAsync(programmeId, cancellationToken);
        var direction = FindDirection(programme, directionId);
        var measure = direction.AddMeasure(direction.NextMeasureNumber(), Required(input.Text), TermParser.Parse(input.TermText));
        Apply(measure, input, units);
        await SaveAsync(programme, by, $"Додано захід {measure.Number}", act, cancellationToken);
        return measure;
    }

    public async Task RemoveMeasureAsync(Guid programmeId, Guid measureId, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var (programme, _) = await LoadAsync(programmeId, cancellationToken);
        var measure = FindMeasure(programme, measureId);
        programme.Directions.Single(d => d.Measures.Contains(measure)).RemoveMeasure(measure);
        programme.DropWarningsFor(measure.Number);
        await SaveAsync(programme, by, $"Вилучено захід {measure.Number}", act, cancellationToken);
    }

    public async Task MoveMeasureAsync(Guid programmeId, Guid measureId, Guid toDirectionId, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var (programme, _) = await LoadAsync(programmeId, cancellationToken);
        var measure = FindMeasure(programme, measureId);
        var from = programme.Directions.Single(d => d.Measures.Contains(measure));
        var was = measure.Number;
        programme.DropWarningsFor(was);
        programme.MoveMeasure(measure, from, FindDirection(programme, toDirectionId));
        await SaveAsync(programme, by, $"Захід {was} перенесено як {measure.Number}", act, cancellationToken);
    }

    public async Task<Direction> AddDirectionAsync(Guid programmeId, string title, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var (programme, _) = await LoadAsync(programmeId, cancellationToken);
        var number = programme.Directions.Count == 0 ? 1 : programme.Directions.Max(d => d.Number) + 1;
        var direction = programme.AddDirection(number, Required(title));
        await SaveAsync(programme, by, $"Додано напрям {number}", act, cancellationToken);
        return direction;
    }

    public async Task RenameDirectionAsync(Guid programmeId, Guid directionId, string title, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var (programme, _) = await LoadAsync(programmeId, cancellationToken);
        var direction = FindDirection(programme, directionId);
        direction.Rename(Required(title));
        await SaveAsync(programme, by, $"Змінено назву напряму {direction.Number}", act, cancellationToken);
    }

    public async Task RemoveDirectionAsync(Guid programmeId, Guid directionId, AmendingAct? act, string by, CancellationToken cancellationToken = default)
    {
        var (programme, _) = await LoadAsync(programmeId, cancellationToken);
        var direction = FindDirection(programme, directionId);
        programme.RemoveDirection(direction);
        await SaveAsync(programme, by, $"Вилучено напрям {direction.Number}", act, cancellationToken);
    }

    private static void Apply(Measure measure, MeasureInput input, UnitResolver units)
    {
        measure.Edit(Required(input.Text), TermParser.Parse(input.TermText.Trim()));
        var executors = ExecutorParser.Parse(input.ExecutorsText);
        measure.ReplaceExecutors(executors.Select(e => (units.Resolve(e.Name, e.Kind), e.Raw, e.ConsentRequired)));
    }

    private static string Required(string text) =>
        string.IsNullOrWhiteSpace(text) ? throw new DomainException("Текст не може бути порожнім.") : text.Trim();

    private async Task<(Programme Programme, UnitResolver Units)> LoadAsync(Guid programmeId, CancellationToken cancellationToken)
    {
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var units = await UnitResolver.LoadAsync(db, programme.Organization, [], cancellationToken);
        return (programme, units);
    }

    private async Task SaveAsync(Programme programme, string by, string summary, AmendingAct? act, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await Editions.AppendAsync(db, programme, by, summary, act, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static Measure FindMeasure(Programme programme, Guid measureId) =>
        programme.Directions.SelectMany(d => d.Measures).FirstOrDefault(m => m.Id == measureId)
            ?? throw new DomainException("Захід не знайдено в цій програмі.");

    private static Direction FindDirection(Programme programme, Guid directionId) =>
        programme.Directions.FirstOrDefault(d => d.Id == directionId)
            ?? throw new DomainException("Напрям не знайдено в цій програмі.");
}
