using System.Globalization;
using AntiCor.Core.Domain;

namespace AntiCor.Core.Registers.Import;

/// <summary>
/// One data row of an imported register, read cell by cell with the entry form's checks: each
/// check records its error under the column's title and returns null, so that a row shows all
/// its problems at once. What the row will store is kept per header for the review.
/// </summary>
public sealed class RegisterImportRow
{
    private readonly IReadOnlyDictionary<string, RegisterImportColumn> _columns;
    private readonly IReadOnlyDictionary<string, string> _cells;
    private readonly List<RegisterImportError> _errors = [];
    private readonly Dictionary<string, string> _shown = new(StringComparer.Ordinal);

    internal RegisterImportRow(int line, IReadOnlyDictionary<string, RegisterImportColumn> columns, IReadOnlyDictionary<string, string> cells)
    {
        Line = line;
        _columns = columns;
        _cells = cells;
        foreach (var (header, text) in cells)
        {
            _shown[header] = text;
        }
    }

    /// <summary>The sheet's own row number, as the spreadsheet program shows it.</summary>
    public int Line { get; }

    public bool IsValid => _errors.Count == 0;

    public IReadOnlyList<RegisterImportError> Errors => _errors;

    public IReadOnlyDictionary<string, string> Shown => _shown;

    /// <summary>The cell's text, trimmed; null when the column is absent or the cell empty.</summary>
    public string? Raw(string header) => _cells.TryGetValue(header, out var text) && text.Trim().Length > 0 ? text.Trim() : null;

    public void Error(string header, string message) =>
        _errors.Add(new RegisterImportError(Line, _columns.TryGetValue(header, out var c) ? c.Title : header, message));

    public string? Text(string header, int limit, bool required = true)
    {
        var text = Raw(header);
        if (text is null)
        {
            if (required)
            {
                Error(header, RegisterImportWords.Required);
            }

            return null;
        }

        if (text.Length > limit)
        {
            Error(header, RegisterImportWords.TooLong);
            return null;
        }

        return text;
    }

    /// <summary>dd.MM.yyyy as the form takes it; a cell Excel keeps as a date arrives in that form already.</summary>
    public DateOnly? Date(string header, bool required = true)
    {
        var text = Raw(header);
        if (text is null)
        {
            if (required)
            {
                Error(header, RegisterImportWords.Required);
            }

            return null;
        }

        if (!DateOnly.TryParseExact(text, "dd.MM.yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Error(header, RegisterImportWords.DateInvalid);
            return null;
        }

        _shown[header] = date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);
        return date;
    }

    public int? Number(string header, bool required = false)
    {
        var text = Raw(header);
        if (text is null)
        {
            if (required)
            {
                Error(header, RegisterImportWords.Required);
            }

            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            Error(header, RegisterImportWords.NotANumber);
            return null;
        }

        return number;
    }

    /// <summary>A yes-or-no cell: the export's «true»/«false», or «так»/«ні», «1»/«0» as a register kept by hand writes it; empty is no.</summary>
    public bool? Flag(string header)
    {
        var text = Raw(header);
        if (text is null)
        {
            return false;
        }

        var key = RegisterSheet.Key(text);
        bool? value = key is "true" or "так" or "1" ? true : key is "false" or "ні" or "0" ? false : null;
        if (value is null)
        {
            Error(header, RegisterImportWords.NotAFlag);
        }

        return value;
    }

    /// <summary>One of <paramref name="values"/>, matched without regard to case and spaces; the value is the list's own spelling.</summary>
    public string? OneOf(string header, IReadOnlyList<string> values, bool required = true)
    {
        var text = Raw(header);
        if (text is null)
        {
            if (required)
            {
                Error(header, RegisterImportWords.Required);
            }

            return null;
        }

        var found = values.FirstOrDefault(v => RegisterSheet.Key(v) == RegisterSheet.Key(text));
        if (found is null)
        {
            Error(header, RegisterImportWords.OneOf(values));
            return null;
        }

        _shown[header] = found;
        return found;
    }

    /// <summary>An enum value by its Ukrainian name as the export writes it.</summary>
    public TEnum? Choice<TEnum>(string header, Func<TEnum, string> name, bool required = true)
        where TEnum : struct, Enum
    {
        var values = Enum.GetValues<TEnum>();
        var text = OneOf(header, values.Select(name).ToList(), required);
        return text is null ? null : values.First(v => name(v) == text);
    }

    /// <summary>A named record (a unit of the organisation) by its name, without regard to case and spaces.</summary>
    public ImportOption? Option(string header, IReadOnlyList<ImportOption> options, string unknown)
    {
        var text = Raw(header);
        if (text is null)
        {
            Error(header, RegisterImportWords.Required);
            return null;
        }

        var found = options.Where(o => RegisterSheet.Key(o.Name) == RegisterSheet.Key(text)).ToList();
        if (found.Count != 1)
        {
            Error(header, found.Count == 0 ? unknown : RegisterImportWords.UnitAmbiguous);
            return null;
        }

        _shown[header] = found[0].Name;
        return found[0];
    }

    /// <summary>Several catalogue names in one cell, separated by «;» (as the export joins them); empty is none.</summary>
    public IReadOnlyList<ImportOption>? Options(string header, IReadOnlyList<ImportOption> options)
    {
        var names = (Raw(header) ?? "").Split([';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = names.Select(n => (Name: n, Option: options.FirstOrDefault(o => RegisterSheet.Key(o.Name) == RegisterSheet.Key(n)))).ToList();
        var unknown = found.Where(f => f.Option is null).Select(f => f.Name).ToList();
        if (unknown.Count > 0)
        {
            Error(header, RegisterImportWords.UnknownNames(unknown));
            return null;
        }

        var chosen = found.Select(f => f.Option!).DistinctBy(o => o.Id).ToList();
        _shown[header] = string.Join("; ", chosen.Select(o => o.Name));
        return chosen;
    }

    /// <summary>Applies the register's own rules (dates in order and the like) to a scratch entry; a broken rule is this column's error.</summary>
    public void Check(string header, Action rule) => Check(_ => header, rule);

    /// <summary>As <see cref="Check(string, Action)"/>, the column chosen by the rule's message.</summary>
    public void Check(Func<string, string> headerOf, Action rule)
    {
        if (!IsValid)
        {
            return;
        }

        try
        {
            rule();
        }
        catch (DomainException e)
        {
            Error(headerOf(e.Message), e.Message);
        }
    }
}
