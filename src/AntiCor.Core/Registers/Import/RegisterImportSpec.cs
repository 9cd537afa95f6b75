namespace AntiCor.Core.Registers.Import;

/// <summary>How a column of a register's table takes part in an import.</summary>
public enum ImportColumnUse
{
    /// <summary>The header must be in the file; the form requires the value.</summary>
    Required,

    /// <summary>May be left out of the file; an empty cell is an empty value.</summary>
    Optional,

    /// <summary>Counted by the register itself (days before, overdue…): accepted in the file and ignored, counted again when stored.</summary>
    Derived,
}

/// <summary>
/// One column of a register's table, as its export writes it: the header (the export's field name),
/// the Ukrainian title (accepted as a header too, for registers kept by hand in the same columns).
/// </summary>
public sealed record RegisterImportColumn(string Header, string Title, ImportColumnUse Use);

/// <summary>A unit, a catalogue factor or another named record a cell is matched to by its name.</summary>
public sealed record ImportOption(Guid Id, string Name);

/// <summary>
/// Extension point: a register's column specification. Each register's slice supplies one (its
/// columns are its export's, so an export imports back); a register added later plugs into
/// <see cref="RegisterSheet"/> and the import page by adding its own.
/// </summary>
/// <typeparam name="T">The register's entry input, as the entry form would pass it on.</typeparam>
public interface IRegisterImportSpec<T>
    where T : class
{
    IReadOnlyList<RegisterImportColumn> Columns { get; }

    /// <summary>
    /// Reads one row through <paramref name="row"/>'s checks (they record the row's errors) and
    /// returns the input, or null when the row has errors.
    /// </summary>
    T? Parse(RegisterImportRow row);
}

/// <summary>A row's problem: the sheet's row number, the column's title, and what is wrong, in Ukrainian.</summary>
public sealed record RegisterImportError(int Line, string Column, string Message)
{
    public string Text => $"Рядок {Line}, «{Column}»: {Message}";
}

/// <summary>One data row as it will be stored: the values shown per header, the input, or its errors.</summary>
public sealed record RegisterImportLine<T>(int Line, T? Input, IReadOnlyDictionary<string, string> Shown, IReadOnlyList<RegisterImportError> Errors)
    where T : class
{
    public bool IsValid => Errors.Count == 0 && Input is not null;
}

/// <summary>What a file gave: a file-level refusal, or its rows (each with its errors).</summary>
public sealed record RegisterImportResult<T>(string? FileError, IReadOnlyList<RegisterImportLine<T>> Lines)
    where T : class
{
    public static RegisterImportResult<T> Refused(string message) => new(message, []);

    /// <summary>Nothing may be stored: a file-level refusal, no rows, or a row with an error.</summary>
    public bool CanStore => FileError is null && Lines.Count > 0 && Lines.All(l => l.IsValid);

    public int ErrorRows => Lines.Count(l => !l.IsValid);
}
