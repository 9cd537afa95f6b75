namespace AntiCor.Core.Documents.Import;

/// <summary>
/// The stable machine codes of the importer's warnings (contract field <c>warnings[].code</c>),
/// in one place so that parsers, pages and tests name them the same way.
/// </summary>
public static class ImportWarningCodes
{
    /// <summary>An executor's name starts like a spreadsheet formula (=, +, -, @, tab, CR); the measure needs review.</summary>
    public const string ExecutorLooksLikeFormula = "executor-looks-like-formula";
}
