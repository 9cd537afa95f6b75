using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Programmes;

/// <summary>A stored programme in the open-data contract form (the same shape the importer prints).</summary>
public static class ProgrammeContractMapper
{
    public static ProgrammeDocument ToDocument(Programme p)
    {
        var directions = p.Directions.OrderBy(d => d.Number).Select(d => new DirectionData(
            d.Number,
            d.Title,
            d.Measures.OrderBy(m => m.Position).Select(m => new MeasureData(
                m.Number,
                m.Text,
                new TermData(ContractNames.Of(m.Term.Kind), m.Term.Text, m.Term.From, m.Term.To),
                m.Executors.OrderBy(e => e.Position).Select(e => new ExecutorData(
                    e.OrgUnit.Name, e.RawText, ContractNames.Of(e.OrgUnit.Kind), e.ConsentRequired)).ToList(),
                m.NeedsReview,
                m.SourceLine is int line ? new SourceData(line, m.SourcePage) : null)).ToList())).ToList();

        var units = p.Directions.SelectMany(d => d.Measures).SelectMany(m => m.Executors).Select(e => e.OrgUnit)
            .Concat(p.CoordinatorUnit is null ? [] : [p.CoordinatorUnit])
            .DistinctBy(u => u.Id)
            .Select(u => new OrgUnitData(u.Name, ContractNames.Of(u.Kind), u.Aliases.Select(a => a.Text).ToList()))
            .ToList();

        var act = p.LegalBasis;
        var data = new ProgrammeData(
            p.Id.ToString(),
            p.Title,
            new LegalBasisData(
                act.Issuer,
                act.Kind,
                act.Number,
                act.Date,
                act.SignatoryName is null ? null : new SignatoryData(act.SignatoryPosition ?? "", act.SignatoryName))
            { Title = act.Title },
            p.Parent is { } parent
                ? new ParentProgrammeData(parent.Title, parent.Number, parent.Date) { Kind = parent.Kind, Issuer = parent.Issuer }
                : null,
            new PeriodData(p.PeriodFrom, p.PeriodTo),
            p.CoordinatorUnit?.Name,
            new ReportingData(ContractNames.Of(p.Reporting.Frequency), p.Reporting.DueDay)
            {
                DueMonth = ContractNames.Of(p.Reporting.DueMonth),
                DaysAfterPeriod = p.Reporting.DaysAfterPeriod,
                WorkingDays = p.Reporting.DaysAfterPeriod is null ? null : p.Reporting.WorkingDays,
            },
            directions)
        {
            Organization = p.Organization.Name,
            PublishedAt = p.PublishedAtUtc is { } published ? DateTime.SpecifyKind(published, DateTimeKind.Utc) : null,
        };

        var warnings = p.Warnings.Select(w => new WarningData(w.Code, w.Message, w.Line, w.MeasureNumber)).ToList();
        return new ProgrammeDocument(data, units, warnings);
    }
}
