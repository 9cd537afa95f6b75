using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// Builds the contract form of a programme from a read document: the preamble's legal basis,
/// period, reporting rule and coordinator; the annex's directions and measures with parsed terms
/// and canonical executors; and every doubt as a warning.
/// </summary>
public static partial class ProgrammeInterpreter
{
    public static ProgrammeDocument Interpret(SourceDocument document)
    {
        var warnings = document.ReaderWarnings.Select(w => new WarningData(w.Code, w.Message, w.Line, null) { Column = w.Column }).ToList();
        var preamble = PreambleParser.Parse(document.Before, document.After);
        var (directions, annexWarnings) = AnnexInterpreter.Read(document.Table);

        var catalog = new OrgUnitCatalog();
        var measures = directions.SelectMany(d => d.Measures).ToList();
        var executorsByCell = new Dictionary<CellDraft, IReadOnlyList<ParsedExecutor>>();
        foreach (var cell in measures.Select(m => m.Executors).OfType<CellDraft>().Distinct())
        {
            var parsed = ExecutorParser.Parse(cell.Text);
            executorsByCell[cell] = parsed;
            foreach (var e in parsed)
            {
                catalog.Add(e.Name, e.ContractKind);
            }
        }

        if (preamble.Coordinator is { } coordinator)
        {
            catalog.Add(coordinator, ExecutorParser.Parse(coordinator).FirstOrDefault()?.ContractKind ?? ExecutorKinds.Unit);
        }

        if (preamble.AnnexSignatory is { } annexSignatory && UnitOfPosition(annexSignatory.Position) is { } signatoryUnit)
        {
            catalog.AddAliasIfKnown(signatoryUnit);
        }

        var actWarnings = new List<WarningData>();
        var legalBasis = PreambleFacts.LegalBasis(preamble, actWarnings);
        var (period, stated) = PreambleFacts.Period(preamble, measures, legalBasis.KnownDate);
        var measureWarnings = new List<WarningData>();
        var builder = new MeasureBuilder(executorsByCell, catalog, stated && period.From.Year == period.To.Year ? period.From.Year : null, measureWarnings);
        var directionData = directions.Select(d => new DirectionData(
            d.Number,
            DirectionTitle(d, warnings),
            d.Measures.Select(builder.Build).ToList())).ToList();

        warnings.AddRange(annexWarnings.Select(w => new WarningData(w.Code, w.Message, w.Line, w.Measure?.Code)));
        warnings.AddRange(measureWarnings);

        warnings.AddRange(actWarnings);
        if (!stated)
        {
            warnings.Add(PreambleFacts.PeriodWarning(period));
        }

        var programme = new ProgrammeData(
            null,
            preamble.PlanTitle ?? preamble.ActTitle ?? Warn<string>(warnings, WarningCodes.ProgrammeTitleNotFound, "Не знайдено назви програми; вкажіть її під час перевірки."),
            legalBasis,
            preamble.Parent,
            period,
            preamble.Coordinator is null ? Warn<string>(warnings, WarningCodes.CoordinatorNotFound, "У тексті розпорядження не знайдено підрозділу, якому подають інформацію про виконання.") : catalog.CanonicalName(preamble.Coordinator),
            PreambleFacts.Reporting(preamble, warnings),
            directionData)
        {
            Organization = preamble.Organization ?? Warn<string>(warnings, WarningCodes.OrganizationNotFound, "Не вдалося визначити орган, що ухвалив програму."),
        };

        return new ProgrammeDocument(programme, catalog.ToContract(), warnings);
    }

    private static string DirectionTitle(DirectionDraft d, List<WarningData> warnings)
    {
        var title = string.Join(" ", d.TitleParts).Trim();
        if (title.Length > 0)
        {
            return title;
        }

        warnings.Add(new WarningData(WarningCodes.DirectionTitleMissing, $"Напрям {d.Number} не має назви.", d.Line, null));
        return $"Напрям {d.Number}";
    }

    /// <summary>"Начальник відділу з питань ..." → "відділ з питань ...", to recognise the unit's spelling.</summary>
    private static string? UnitOfPosition(string position)
    {
        var m = HeadOfUnit().Match(position);
        if (!m.Success)
        {
            return null;
        }

        var unit = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "відділу" => "відділ",
            "департаменту" => "департамент",
            "сектору" => "сектор",
            "служби" => "служба",
            var u => u,
        };
        return unit + m.Groups["rest"].Value;
    }

    private static T? Warn<T>(List<WarningData> warnings, string code, string message)
        where T : class
    {
        warnings.Add(new WarningData(code, message, null, null));
        return null;
    }

    [GeneratedRegex(@"^(начальник|завідувач|керівник|директор)\s+(?<unit>відділу|управління|департаменту|сектору|служби)(?<rest>\s.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfUnit();
}
