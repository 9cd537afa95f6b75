using System.Globalization;
using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;
using AntiCor.Core.Reporting;

namespace AntiCor.Core.Programmes;

/// <summary>A stored programme in the open-data contract form (the same shape the importer prints).</summary>
public static class ProgrammeContractMapper
{
    /// <summary>The programme with its measures' <paramref name="indicators"/> (<see cref="ProgrammeQueries.IndicatorsAsync"/>; none when not given).</summary>
    public static ProgrammeDocument ToDocument(Programme p, IEnumerable<Indicator>? indicators = null)
    {
        var byMeasure = (indicators ?? []).ToLookup(i => i.MeasureId);
        var directions = p.Directions.OrderBy(d => d.Number).Select(d => new DirectionData(
            d.Number,
            d.Title,
            d.Measures.OrderBy(m => m.Position).Select(m => new MeasureData(
                m.Number,
                m.Text,
                new TermData(ContractNames.Of(m.Term.Kind), m.Term.Text, m.Term.From, m.Term.To)
                {
                    DueEachYear = m.Term.DueEachYear,
                    PartOfYear = m.Term.PartOfYear,
                },
                m.Executors.OrderBy(e => e.Position).Select(e => new ExecutorData(
                    e.OrgUnit.Name, e.RawText, ContractNames.Of(e.OrgUnit.Kind), e.ConsentRequired)).ToList(),
                m.NeedsReview,
                m.SourceLine is int line ? new SourceData(line, m.SourcePage) : null)
            {
                Risk = m.Risk is { } r
                    ? new RiskData(r.Process, r.Description, r.Sources, r.Controls, r.Likelihood, r.Consequence, r.Level) { LevelNormalized = r.LevelNormalized }
                    : null,
                ExpectedResult = m.ExpectedResult,
                Resources = m.Resources,
                Indicators = byMeasure[m.Id] is var own && own.Any()
                    ? own.OrderBy(i => i.Position).Select(IndicatorOf).ToList()
                    : null,
                Monitoring = m.Monitoring is { } n ? new MonitoringData(n.ActualDate, n.Status, n.Result) { StatusNormalized = n.StatusNormalized } : null,
            }).ToList())).ToList();

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
            ReportingOf(p.Reporting),
            directions)
        {
            Organization = p.Organization.Name,
            PublishedAt = p.PublishedAtUtc is { } published ? DateTime.SpecifyKind(published, DateTimeKind.Utc) : null,
        };

        var warnings = p.Warnings.Select(w => new WarningData(w.Code, w.Message, w.Line, w.MeasureNumber)).ToList();
        return new ProgrammeDocument(data, units, warnings);
    }

    private static ReportingData ReportingOf(ReportingRule rule) => rule.IsUnset
        ? ReportingData.Unset
        : new ReportingData(ContractNames.Of(rule.Frequency), rule.DaysAfterPeriod is null ? rule.DueDay : null)
        {
            DueMonth = ContractNames.Of(rule.DueMonth),
            DaysAfterPeriod = rule.DaysAfterPeriod,
            WorkingDays = rule.DaysAfterPeriod is null ? null : rule.WorkingDays,
        };

    private static IndicatorData IndicatorOf(Indicator i) => new(
        i.Name,
        string.IsNullOrEmpty(i.UnitOfMeasure) ? null : i.UnitOfMeasure,
        i.TargetText ?? i.ProgrammeTarget?.ToString(CultureInfo.InvariantCulture));
}
