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

    public async Task<Programme> RegisterAsync(ProgrammeDocument document, string? sourceFileName, CancellationToken cancellationToken = default)
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
        if (data.ParentProgramme is { } parent)
        {
            programme.SetParent(new ParentProgramme(parent.Title, parent.Number, parent.Date, parent.Kind, parent.Issuer));
        }

        if (data.Coordinator is not null)
        {
            programme.SetCoordinator(units.Resolve(data.Coordinator, ExecutorKind.Unit));
        }

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

        db.Programmes.Add(programme);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return programme;
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
