using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using AntiCor.Core.Programmes.Executors;
using AntiCor.Core.Reporting;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>
/// Stores an imported programme in the organisation chosen for it: finds its executors among the
/// known units (matching spellings) and settles the others as <see cref="ExecutorDecisions"/> say —
/// a unit is created only where creation was confirmed — then writes the programme with its
/// warnings in one transaction. The organisation named in the document is only compared: a mismatch is a warning.
/// </summary>
public sealed class ProgrammeRegistrar(AppDbContext db, TimeProvider time)
{
    public const string OrganizationMismatch = "organization-mismatch";

    /// <summary>
    /// Stores the programme and its first edition; <paramref name="createdBy"/> is named in that edition.
    /// It stays a draft for staff unless <paramref name="publish"/> (the bundled sample, `anticor import --publish`).
    /// Executor names not among the organisation's units are settled by <paramref name="executors"/>;
    /// without it such a name refuses the save.
    /// </summary>
    public async Task<Programme> RegisterAsync(
        ProgrammeDocument document,
        Organization organization,
        string? sourceFileName,
        string createdBy,
        CancellationToken cancellationToken = default,
        bool publish = false,
        ExecutorDecisions? executors = null)
    {
        var data = document.Programme;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await RefuseDuplicateAsync(organization, data.LegalBasis, cancellationToken);

        var units = await UnitResolver.LoadAsync(db, organization, ExecutorName.Of(document), executors ?? ExecutorDecisions.None, cancellationToken);
        RefuseWithoutPeriod(data);
        var programme = new Programme(
            organization,
            data.Title,
            new LegalAct(
                Known(data.LegalBasis.KnownKind),
                Known(data.LegalBasis.KnownNumber),
                data.LegalBasis.KnownDate,
                data.LegalBasis.Issuer,
                data.LegalBasis.Title,
                data.LegalBasis.Signatory?.Position,
                data.LegalBasis.Signatory?.Name),
            data.Period.From,
            data.Period.To,
            ReportingOf(data),
            time.GetUtcNow().UtcDateTime);
        var details = await MeasureDetails.LoadAsync(db, programme, cancellationToken);
        programme.SetSourceFile(sourceFileName is null ? null : Path.GetFileName(sourceFileName));
        if (publish)
        {
            programme.Publish(programme.ImportedAtUtc);
        }

        SetHeader(programme, data, units);
        foreach (var directionData in data.Directions)
        {
            var direction = programme.AddDirection(directionData.Number, directionData.Title);
            foreach (var m in directionData.Measures)
            {
                Reread(direction.AddMeasure(m.Number, m.Text, TermOf(m)), m, units, details);
            }
        }

        AddWarnings(programme, document, organization);
        db.Programmes.Add(programme);
        await Editions.AppendAsync(db, programme, createdBy, $"Імпорт документа {programme.SourceFileName}", null, programme.ImportedAtUtc, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await new ReportingSchedule(db, time).PlanAsync(programme.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return programme;
    }

    /// <summary>The organisation's stored programme approved by the same act (kind, number, date), if any.</summary>
    public async Task<Guid?> FindSameActAsync(ProgrammeDocument document, Guid organizationId, CancellationToken cancellationToken = default)
    {
        var act = document.Programme.LegalBasis;
        if (!IsNamed(act))
        {
            return null;
        }

        return await db.Programmes
            .Where(p => p.OrganizationId == organizationId && p.LegalBasis.Kind == act.Kind && p.LegalBasis.Number == act.Number && p.LegalBasis.Date == act.Date)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The stored measures an update from this document would remove (for the review to list).</summary>
    public async Task<IReadOnlyList<RemovedMeasure>> PreviewRemovalsAsync(Guid programmeId, ProgrammeDocument document, CancellationToken cancellationToken = default)
    {
        var programme = await ProgrammeQueries.LoadForExportAsync(db, programmeId, cancellationToken)
            ?? throw new DomainException("Програму не знайдено.");
        return ProgrammeUpdatePlan.For(programme, document).RemovedMeasures;
    }

    /// <summary>
    /// Brings a stored programme to a newer reading of the same act (a corrected import), keeping
    /// its identity, its directions' and measures' identities and its history: the change is a new
    /// edition. Measures the document no longer has are removed only when <paramref name="removalsConfirmed"/>.
    /// </summary>
    public async Task<Programme> ReplaceAsync(
        Guid programmeId,
        ProgrammeDocument document,
        string? sourceFileName,
        string by,
        bool removalsConfirmed,
        CancellationToken cancellationToken = default,
        ExecutorDecisions? executors = null)
    {
        var data = document.Programme;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);
        var plan = ProgrammeUpdatePlan.For(programme, document);
        if (plan.Removed.Count > 0 && !removalsConfirmed)
        {
            throw new DomainException(
                $"Оновлення вилучить заходи {string.Join(", ", plan.Removed.Select(m => m.Number))}; підтвердіть їх вилучення.");
        }

        var units = await UnitResolver.LoadAsync(db, programme.Organization, ExecutorName.Of(document), executors ?? ExecutorDecisions.None, cancellationToken);
        var details = await MeasureDetails.LoadAsync(db, programme, cancellationToken);
        RefuseWithoutPeriod(data);
        programme.Revise(data.Title, data.Period.From, data.Period.To, ReportingOf(data));
        programme.SetSourceFile(sourceFileName is null ? null : Path.GetFileName(sourceFileName));
        SetHeader(programme, data, units);
        programme.ClearWarnings();

        foreach (var gone in plan.Removed)
        {
            programme.Directions.Single(d => d.Measures.Contains(gone)).RemoveMeasure(gone);
        }

        // Kept measures whose number changes first step aside under a temporary number, so that
        // two measures trading places never meet the unique (direction, number) index.
        var renumbered = plan.Kept.Where(k => k.Value.Number != k.Key.Number).Select(k => k.Value).ToList();
        foreach (var measure in renumbered)
        {
            var direction = programme.Directions.Single(d => d.Measures.Contains(measure));
            // The whole id: version-7 ids made in the same millisecond share their first characters.
            programme.PlaceMeasure(measure, direction, "~" + measure.Id.ToString("N"), measure.Position);
        }

        await db.SaveChangesAsync(cancellationToken);

        foreach (var directionData in data.Directions)
        {
            var direction = programme.Directions.FirstOrDefault(d => d.Number == directionData.Number)
                ?? programme.AddDirection(directionData.Number, directionData.Title);
            if (direction.Title != directionData.Title)
            {
                direction.Rename(directionData.Title);
            }

            var position = 0;
            foreach (var m in directionData.Measures)
            {
                position++;
                if (plan.Kept.TryGetValue(m, out var measure))
                {
                    programme.PlaceMeasure(measure, direction, m.Number, position);
                    Reread(measure, m, units, details);
                }
                else
                {
                    Reread(direction.AddMeasure(m.Number, m.Text, TermOf(m)), m, units, details);
                }
            }
        }

        foreach (var empty in programme.Directions.Where(d => d.Measures.Count == 0 && data.Directions.All(x => x.Number != d.Number)).ToList())
        {
            programme.RemoveDirection(empty);
        }

        details.RemoveUnused();
        AddWarnings(programme, document, programme.Organization);
        await Editions.AppendAsync(db, programme, by, $"Оновлено повторним імпортом документа {programme.SourceFileName}", null, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await new ReportingSchedule(db, time).PlanAsync(programme.Id, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return programme;
    }

    /// <summary>
    /// The rule as the document gives it; unset (nothing planned until the coordinator sets one)
    /// where it names no frequency, or neither a day nor days after the period.
    /// </summary>
    private static ReportingRule ReportingOf(ProgrammeData data) =>
        data.Reporting.KnownFrequency is null || (data.Reporting.KnownDueDay is null && data.Reporting.DaysAfterPeriod is null)
            ? ReportingRule.Unset
            : new(ContractNames.FrequencyOf(data.Reporting.Frequency), data.Reporting.DueDay, ContractNames.DueMonthOf(data.Reporting.DueMonth))
            {
                DaysAfterPeriod = data.Reporting.DaysAfterPeriod,
                WorkingDays = data.Reporting.WorkingDays ?? false,
            };

    private static Term TermOf(MeasureData m) =>
        new(ContractNames.TermKindOf(m.Term.Kind), m.Term.Text, m.Term.From, m.Term.To) { DueEachYear = m.Term.DueEachYear, PartOfYear = m.Term.PartOfYear };

    private static string? Known(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Only an act named in full (kind, number and date) can be recognised again; an annex alone never is.</summary>
    private static bool IsNamed(LegalBasisData act) =>
        !string.IsNullOrWhiteSpace(act.KnownKind) && !string.IsNullOrWhiteSpace(act.KnownNumber) && act.KnownDate is not null;

    private static void RefuseWithoutPeriod(ProgrammeData data)
    {
        if (data.Period.KnownFrom is null || data.Period.KnownTo is null)
        {
            throw new DomainException("Документ не називає періоду програми: вкажіть його початок і кінець у перевірці.");
        }
    }

    private static void SetHeader(Programme programme, ProgrammeData data, UnitResolver units)
    {
        programme.SetParent(data.ParentProgramme is { } parent
            ? new ParentProgramme(parent.Title, parent.Number, parent.Date, parent.Kind, parent.Issuer)
            : null);
        programme.SetCoordinator(data.Coordinator is null ? null : units.Resolve(data.Coordinator));
    }

    private static void Reread(Measure measure, MeasureData m, UnitResolver units, MeasureDetails details)
    {
        details.Write(measure, m);
        measure.Reread(m.Text, TermOf(m), m.NeedsReview);
        measure.SetSource(m.Source?.Line, m.Source?.Page);
        measure.ReplaceExecutors(m.Executors.Select(e => (units.Resolve(e.Name), e.Raw, e.ConsentRequired)));
    }

    private static void AddWarnings(Programme programme, ProgrammeDocument document, Organization organization)
    {
        foreach (var w in document.Warnings)
        {
            programme.AddWarning(w.Code, w.Message, w.Line, w.Measure);
        }

        if (document.Programme.Organization is { } named && !organization.IsKnownAs(named))
        {
            programme.AddWarning(
                OrganizationMismatch,
                $"У документі названо організацію «{named}», а програму збережено в «{organization.Name}»: перевірте, що обрано ту організацію.",
                null,
                null);
        }
    }

    private async Task RefuseDuplicateAsync(Organization organization, LegalBasisData act, CancellationToken cancellationToken)
    {
        if (!IsNamed(act))
        {
            return;
        }

        var exists = await db.Programmes.AnyAsync(
            p => p.OrganizationId == organization.Id
                && p.LegalBasis.Kind == act.Kind
                && p.LegalBasis.Number == act.Number
                && p.LegalBasis.Date == act.Date,
            cancellationToken);
        if (exists)
        {
            throw new DomainException(
                $"Програму за актом «{act.Kind} № {act.Number} від {act.Date:dd.MM.yyyy}» уже імпортовано; повторно її не збережено.");
        }
    }
}
