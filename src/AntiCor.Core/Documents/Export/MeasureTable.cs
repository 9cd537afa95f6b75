using AntiCor.Core.Contracts;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Export;

/// <summary>One measure as a row of the spreadsheet and CSV exports.</summary>
internal sealed record MeasureRow(
    int DirectionNumber,
    string DirectionTitle,
    string MeasureNumber,
    string MeasureText,
    string TermText,
    string TermKind,
    DateOnly? From,
    DateOnly? To,
    string Executors,
    bool NeedsReview);

/// <summary>One executor as a row of the spreadsheet's executors sheet.</summary>
internal sealed record ExecutorRow(string Name, string Kind, string Aliases, int Measures);

/// <summary>
/// The flat, one-row-per-measure form shared by the XLSX and CSV exports, with the contract's
/// codes ("per-plan", "external") in the words a reader of the spreadsheet expects.
/// </summary>
internal static class MeasureTable
{
    public static readonly string[] Headers =
    [
        "Напрям №", "Напрям", "Захід №", "Захід", "Термін (як у документі)", "Вид терміну", "З", "По", "Виконавці", "Потребує перевірки",
    ];

    public static readonly string[] ExecutorHeaders = ["Назва", "Вид", "Інші назви", "Кількість заходів"];

    public const string Yes = "так";
    public const string No = "ні";

    public static IReadOnlyList<MeasureRow> Rows(ProgrammeDocument document) =>
        document.Programme.Directions.SelectMany(d => d.Measures.Select(m => new MeasureRow(
            d.Number,
            d.Title,
            m.Number,
            m.Text,
            m.Term.Text,
            TermKindLabel(m.Term.Kind),
            m.Term.From,
            m.Term.To,
            string.Join("; ", m.Executors.Select(ExecutorLabel)),
            m.NeedsReview))).ToList();

    /// <summary>Every executor the programme names, with how many of its measures name it.</summary>
    public static IReadOnlyList<ExecutorRow> Executors(ProgrammeDocument document)
    {
        var measures = document.Programme.Directions.SelectMany(d => d.Measures).ToList();
        var units = document.OrgUnits.ToList();
        var known = units.Select(u => UnitNameKey.For(u.Name)).ToHashSet();
        foreach (var e in measures.SelectMany(m => m.Executors))
        {
            // A contract assembled elsewhere may name executors its org-unit list lacks.
            if (known.Add(UnitNameKey.For(e.Name)))
            {
                units.Add(new OrgUnitData(e.Name, e.Kind, []));
            }
        }

        return units.Select(u =>
        {
            var key = UnitNameKey.For(u.Name);
            var count = measures.Count(m => m.Executors.Any(e => UnitNameKey.For(e.Name) == key));
            return new ExecutorRow(u.Name, ExecutorKindLabel(u.Kind), string.Join("; ", u.Aliases), count);
        }).ToList();
    }

    public static string TermKindLabel(string kind) => kind switch
    {
        "period" => "період",
        "date" => "дата",
        "annual" => "щороку",
        "quarterly" => "щокварталу",
        "continuous" => "постійно",
        "per-plan" => "за планом",
        _ => "не розпізнано",
    };

    public static string ExecutorKindLabel(string kind) => kind switch
    {
        "group" => "група",
        "external" => "зовнішній",
        _ => "підрозділ",
    };

    private static string ExecutorLabel(ExecutorData e) => e.ConsentRequired ? e.Name + " (за згодою)" : e.Name;
}
