namespace AntiCor.Web.Features.Registers;

/// <summary>The filters every register list takes from the query string: search, unit, dates, only violations, page.</summary>
public sealed class RegisterFilter
{
    public const int PageSize = 25;

    public string? Q { get; set; }
    public Guid? Unit { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public bool Violations { get; set; }
    public int Page { get; set; } = 1;

    public DateOnly? FromDate => RegisterDate.TryParse(From, out var d) ? d : null;

    public DateOnly? ToDate => RegisterDate.TryParse(To, out var d) ? d : null;

    public int Skip => (Math.Max(1, Page) - 1) * PageSize;

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();

    /// <summary>The query string of these filters on another page (or as an export).</summary>
    public Dictionary<string, string?> RouteValues(int? page = null, string? format = null) => new()
    {
        ["q"] = Q,
        ["unit"] = Unit?.ToString(),
        ["from"] = From,
        ["to"] = To,
        ["violations"] = Violations ? "true" : null,
        ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["format"] = format,
    };
}

/// <summary>One page of a register list and how many rows match in all.</summary>
public sealed record RegisterPage<T>(IReadOnlyList<T> Rows, int Total, int Page)
{
    public int Pages => Math.Max(1, (Total + RegisterFilter.PageSize - 1) / RegisterFilter.PageSize);
}
