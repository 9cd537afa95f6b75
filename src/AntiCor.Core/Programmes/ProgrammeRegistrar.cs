using AntiCor.Core.Audit;
using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>
/// Stores an imported programme: finds or creates its organization and executors (matching
/// spellings to known units), then writes the programme with its warnings in one transaction.
/// </summary>
public sealed class ProgrammeRegistrar(AppDbContext db, TimeProvider time)
{
    public const string UnknownOrganization = "Організація не визначена";

    public Task<Programme> RegisterAsync(ProgrammeDocument document, string? sourceFileName, CancellationToken cancellationToken = default) =>
        RegisterAsync(document, sourceFileName, SystemActor.Instance.Name, cancellationToken);

    /// <summary>Stores the programme and its first edition; <paramref name="createdBy"/> is named in that edition.</summary>
    public async Task<Programme> RegisterAsync(ProgrammeDocument document, string? sourceFileName, string createdBy, CancellationToken cancellationToken = default)
    {
        var data = document.Programme;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        var organization = await FindOrCreateOrganizationAsync(data.Organization ?? UnknownOrganization, cancellationToken);
        await RefuseDuplicateAsync(organization, data.LegalBasis, cancellationToken);

        var units = await UnitResolver.LoadAsync(db, organization, document.OrgUnits, cancellationToken);
        var programme = new Programme(
            organization,
            data.Title,
            new LegalAct(
                data.LegalBasis.Kind,
                data.LegalBasis.Number,
                data.LegalBasis.Date,
                data.LegalBasis.Issuer,
                data.LegalBasis.Title,
                data.LegalBasis.Signatory?.Position,
                data.LegalBasis.Signatory?.Name),
            data.Period.From,
            data.Period.To,
            new ReportingRule(
                ContractNames.FrequencyOf(data.Reporting.Frequency),
                data.Reporting.DueDay,
                ContractNames.DueMonthOf(data.Reporting.DueMonth)),
            time.GetUtcNow().UtcDateTime);
        programme.SetSourceFile(sourceFileName is null ? null : Path.GetFileName(sourceFileName));
        Fill(programme, document, units);
        db.Programmes.Add(programme);
        await Editions.AppendAsync(db, programme, createdBy, $"Імпорт документа {programme.SourceFileName}", null, programme.ImportedAtUtc, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return programme;
    }

    /// <summary>The stored programme approved by the same act (issuer's organization, kind, number, date), if any.</summary>
    public async Task<Guid?> FindSameActAsync(ProgrammeDocument document, CancellationToken cancellationToken = default)
    {
        var act = document.Programme.LegalBasis;
        var organization = document.Programme.Organization ?? UnknownOrganization;
        return await db.Programmes
            .Where(p => p.Organization.Name == organization && p.LegalBasis.Kind == act.Kind && p.LegalBasis.Number == act.Number && p.LegalBasis.Date == act.Date)
            .Select(p => (Guid?)p.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Replaces a stored programme's content with a newer reading of the same act (a corrected
    /// import), keeping its identity and history: the change is a new edition.
    /// </summary>
    public async Task<Programme> ReplaceAsync(Guid programmeId, ProgrammeDocument document, string? sourceFileName, string by, CancellationToken cancellationToken = default)
    {
        var data = document.Programme;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var programme = await ProgrammeQueries.LoadForEditAsync(db, programmeId, cancellationToken);

        programme.ClearContent();
        await db.SaveChangesAsync(cancellationToken);

        var units = await UnitResolver.LoadAsync(db, programme.Organization, document.OrgUnits, cancellationToken);
        programme.Revise(
            data.Title,
            data.Period.From,
            data.Period.To,
            new ReportingRule(ContractNames.FrequencyOf(data.Reporting.Frequency), data.Reporting.DueDay, ContractNames.DueMonthOf(data.Reporting.DueMonth)));
        programme.SetSourceFile(sourceFileName is null ? null : Path.GetFileName(sourceFileName));
        Fill(programme, document, units);
        await db.SaveChangesAsync(cancellationToken);
        await Editions.AppendAsync(db, programme, by, $"Оновлено повторним імпортом документа {programme.SourceFileName}", null, time.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return programme;
    }

    private static void Fill(Programme programme, ProgrammeDocument document, UnitResolver units)
    {
        var data = document.Programme;
        programme.SetParent(data.ParentProgramme is { } parent
            ? new ParentProgramme(parent.Title, parent.Number, parent.Date, parent.Kind, parent.Issuer)
            : null);
        programme.SetCoordinator(data.Coordinator is null ? null : units.Resolve(data.Coordinator, ExecutorKind.Unit));

        foreach (var directionData in data.Directions)
        {
            var direction = programme.AddDirection(directionData.Number, directionData.Title);
            foreach (var m in directionData.Measures)
            {
                var measure = direction.AddMeasure(
                    m.Number,
                    m.Text,
                    new Term(ContractNames.TermKindOf(m.Term.Kind), m.Term.Text, m.Term.From, m.Term.To));
                measure.SetSource(m.Source?.Line, m.Source?.Page);
                if (m.NeedsReview)
                {
                    measure.MarkForReview();
                }

                foreach (var e in m.Executors)
                {
                    measure.AddExecutor(units.Resolve(e.Name, ContractNames.ExecutorKindOf(e.Kind)), e.Raw, e.ConsentRequired);
                }
            }
        }

        foreach (var w in document.Warnings)
        {
            programme.AddWarning(w.Code, w.Message, w.Line, w.Measure);
        }
    }

    private async Task<Organization> FindOrCreateOrganizationAsync(string name, CancellationToken cancellationToken)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Name == name, cancellationToken);
        if (organization is null)
        {
            organization = new Organization(name);
            db.Organizations.Add(organization);
        }

        return organization;
    }

    private async Task RefuseDuplicateAsync(Organization organization, LegalBasisData act, CancellationToken cancellationToken)
    {
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
