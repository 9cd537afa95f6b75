using System.Text.Json.Serialization;

namespace AntiCor.Core.Contracts;

// The open-data contract (contracts/programme.schema.json, version 1): what `anticor import
// --json` prints and what the API serves. Add fields freely; never rename or drop one.

public sealed record ProgrammeDocument(
    ProgrammeData Programme,
    IReadOnlyList<OrgUnitData> OrgUnits,
    IReadOnlyList<WarningData> Warnings)
{
    public int SchemaVersion { get; init; } = 1;
}

public sealed record ProgrammeData(
    string? Id,
    string Title,
    LegalBasisData LegalBasis,
    ParentProgrammeData? ParentProgramme,
    PeriodData Period,
    string? Coordinator,
    ReportingData Reporting,
    IReadOnlyList<DirectionData> Directions)
{
    /// <summary>The body that adopted the programme (e.g. the city council); an addition to version 1.</summary>
    public string? Organization { get; init; }
}

public sealed record LegalBasisData(
    string? Issuer,
    string Kind,
    string Number,
    DateOnly Date,
    SignatoryData? Signatory)
{
    /// <summary>Title of the act itself ("Про затвердження ..."); an addition to version 1.</summary>
    public string? Title { get; init; }
}

public sealed record SignatoryData(string Position, string Name);

public sealed record ParentProgrammeData(string? Title, string? Number, DateOnly? Date)
{
    public string? Kind { get; init; }
    public string? Issuer { get; init; }
}

public sealed record PeriodData(DateOnly From, DateOnly To);

public sealed record ReportingData(string Frequency, int DueDay)
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DueMonth { get; init; }
}

public sealed record DirectionData(int Number, string Title, IReadOnlyList<MeasureData> Measures);

public sealed record MeasureData(
    string Number,
    string Text,
    TermData Term,
    IReadOnlyList<ExecutorData> Executors,
    bool NeedsReview,
    SourceData? Source);

public sealed record TermData(string Kind, string Text, DateOnly? From, DateOnly? To);

public sealed record ExecutorData(string Name, string Raw, string Kind, bool ConsentRequired);

public sealed record SourceData(int Line, int? Page);

public sealed record OrgUnitData(string Name, string Kind, IReadOnlyList<string> Aliases);

public sealed record WarningData(string Code, string Message, int? Line, string? Measure);
