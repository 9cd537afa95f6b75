namespace AntiCor.Core.Contracts;

/// <summary>Contract values put back into the words an order uses.</summary>
public static class ContractText
{
    /// <summary>A measure's executors as the document wrote them ("…, громадська рада (за згодою)"), for editing, export and comparison.</summary>
    public static string ExecutorsAsWritten(this MeasureData measure) =>
        string.Join(", ", measure.Executors.Select(e => e.Raw.Trim().Length > 0 ? e.Raw.Trim() : e.Name));
}
