using System.Text.RegularExpressions;
using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;

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
        var warnings = document.ReaderWarnings.Select(w => new WarningData(w.Code, w.Message, w.Line, null)).ToList();
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
                catalog.Add(e.Name, e.Kind);
            }
        }

        if (preamble.Coordinator is { } coordinator)
        {
            catalog.Add(coordinator, ExecutorKind.Unit);
        }

        if (preamble.AnnexSignatory is { } annexSignatory && UnitOfPosition(annexSignatory.Position) is { } signatoryUnit)
        {
            catalog.AddAliasIfKnown(signatoryUnit);
        }

        var measureWarnings = new List<WarningData>();
        var directionData = directions.Select(d => new DirectionData(
            d.Number,
            DirectionTitle(d, warnings),
            d.Measures.Select(m => ToMeasure(m, executorsByCell, catalog, measureWarnings)).ToList())).ToList();

        warnings.AddRange(annexWarnings.Select(w => new WarningData(w.Code, w.Message, w.Line, w.Measure?.Code)));
        warnings.AddRange(measureWarnings);

        var legalBasis = LegalBasis(preamble, warnings);
        var programme = new ProgrammeData(
            null,
            preamble.PlanTitle ?? preamble.ActTitle ?? Fail("назву програми"),
            legalBasis,
            preamble.Parent,
            Period(preamble, measures, legalBasis.Date, warnings),
            preamble.Coordinator is null ? Warn<string>(warnings, "coordinator-not-found", "У тексті розпорядження не знайдено підрозділу, якому подають інформацію про виконання.") : catalog.CanonicalName(preamble.Coordinator),
            Reporting(preamble, warnings),
            directionData)
        {
            Organization = preamble.Organization ?? Warn<string>(warnings, "organization-not-found", "Не вдалося визначити орган, що ухвалив програму."),
        };

        return new ProgrammeDocument(programme, catalog.ToContract(), warnings);
    }

    private static MeasureData ToMeasure(
        MeasureDraft m,
        Dictionary<CellDraft, IReadOnlyList<ParsedExecutor>> executorsByCell,
        OrgUnitCatalog catalog,
        List<WarningData> warnings)
    {
        var term = TermParser.Parse(m.Term?.Text ?? "");
        if (term.Kind == TermKind.Unknown && term.Text.Length > 0)
        {
            warnings.Add(new WarningData("unknown-term", $"Термін «{term.Text}» не розпізнано; збережено як написано.", m.Term!.Line, m.Code));
        }

        var executors = m.Executors is null ? [] : executorsByCell[m.Executors]
            .Select(e => new ExecutorData(catalog.CanonicalName(e.Name), e.Raw, ContractNames.Of(e.Kind), e.ConsentRequired))
            .ToList();
        var formulaLike = FlagFormulaLikeExecutors(m, executors, warnings);
        return new MeasureData(
            m.Code,
            string.Join(" ", m.TextParts),
            new TermData(ContractNames.Of(term.Kind), term.Text, term.From, term.To),
            executors,
            m.NeedsReview || formulaLike,
            new SourceData(m.Line, m.Page));
    }

    /// <summary>
    /// An executor named "=HYPERLINK(...)" is more likely an attack on whoever opens the export in a
    /// spreadsheet than a real unit: it is kept as written, but never without a person looking at it.
    /// </summary>
    private static bool FlagFormulaLikeExecutors(MeasureDraft m, IReadOnlyList<ExecutorData> executors, List<WarningData> warnings)
    {
        var suspects = executors.Where(e => SpreadsheetFormula.StartsLikeFormula(e.Name)).ToList();
        foreach (var e in suspects)
        {
            warnings.Add(new WarningData(
                ImportWarningCodes.ExecutorLooksLikeFormula,
                $"Виконавець «{e.Name}» починається зі знака, з якого електронні таблиці починають формулу; перевірте, чи це справді назва виконавця.",
                m.Executors?.Line,
                m.Code));
        }

        return suspects.Count > 0;
    }

    private static string DirectionTitle(DirectionDraft d, List<WarningData> warnings)
    {
        var title = string.Join(" ", d.TitleParts).Trim();
        if (title.Length > 0)
        {
            return title;
        }

        warnings.Add(new WarningData("direction-title-missing", $"Напрям {d.Number} не має назви.", d.Line, null));
        return $"Напрям {d.Number}";
    }

    private static LegalBasisData LegalBasis(Preamble p, List<WarningData> warnings)
    {
        var number = p.Number ?? p.ApprovalNumber;
        var date = p.Date ?? p.ApprovalDate;
        var kind = p.ActKind;
        if (number is null || date is null || kind is null)
        {
            var missing = new[] { (kind, "вид акта"), (number, "номер"), (date?.ToString(), "дату") }
                .Where(x => x.Item1 is null).Select(x => x.Item2);
            throw new ImportException($"Не вдалося визначити реквізити акта, що затверджує програму: {string.Join(", ", missing)}.");
        }

        if ((p.ApprovalNumber is not null && p.ApprovalNumber != number) || (p.ApprovalDate is not null && p.ApprovalDate != date))
        {
            warnings.Add(new WarningData(
                "annex-approval-mismatch",
                $"Гриф «ЗАТВЕРДЖЕНО» додатка (№ {p.ApprovalNumber} від {p.ApprovalDate:dd.MM.yyyy}) не збігається з реквізитами акта (№ {number} від {date:dd.MM.yyyy}).",
                p.ApprovalLine,
                null));
        }

        return new LegalBasisData(p.Issuer, kind, number, date.Value, p.Signatory) { Title = p.ActTitle };
    }

    private static PeriodData Period(Preamble p, List<MeasureDraft> measures, DateOnly actDate, List<WarningData> warnings)
    {
        foreach (var title in new[] { p.PlanTitle, p.ActTitle })
        {
            var m = title is null ? Match.Empty : PeriodInTitle().Match(title);
            if (m.Success)
            {
                var from = int.Parse(m.Groups["from"].Value);
                var to = m.Groups["to"].Success ? int.Parse(m.Groups["to"].Value) : from;
                return new PeriodData(new DateOnly(from, 1, 1), new DateOnly(to, 12, 31));
            }
        }

        var periods = measures.Select(m => TermParser.Parse(m.Term?.Text ?? "")).Where(t => t.From is not null && t.To is not null).ToList();
        var period = periods.Count > 0
            ? new PeriodData(periods.Min(t => t.From!.Value), periods.Max(t => t.To!.Value))
            : new PeriodData(new DateOnly(actDate.Year, 1, 1), new DateOnly(actDate.Year, 12, 31));
        warnings.Add(new WarningData(
            "period-not-found",
            $"Період програми не вказано в назві; прийнято {period.From:dd.MM.yyyy}–{period.To:dd.MM.yyyy} за строками заходів — перевірте.",
            null,
            null));
        return period;
    }

    private static ReportingData Reporting(Preamble p, List<WarningData> warnings)
    {
        if (p.Reporting is null)
        {
            warnings.Add(new WarningData(
                "reporting-rule-not-found",
                "У розпорядженні не знайдено правила звітування (як часто і до якого числа); прийнято «щокварталу до 25 числа» — перевірте.",
                null,
                null));
            return new ReportingData("quarterly", 25);
        }

        if (p.Reporting.DueMonth is null)
        {
            warnings.Add(new WarningData(
                "reporting-due-month-unspecified",
                $"«{p.ReportingText}»: не вказано, у якому місяці настає це число — в останньому місяці звітного періоду чи в першому після нього; уточніть перед формуванням графіка звітів.",
                null,
                null));
        }

        return p.Reporting;
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

    private static string Fail(string what) => throw new ImportException($"Не вдалося визначити {what}.");

    [GeneratedRegex(@"на\s+(?<from>\d{4})(\s*[-–—]\s*(?<to>\d{4}))?\s+(роки|рік|рр)", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodInTitle();

    [GeneratedRegex(@"^(начальник|завідувач|керівник|директор)\s+(?<unit>відділу|управління|департаменту|сектору|служби)(?<rest>\s.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex HeadOfUnit();
}
