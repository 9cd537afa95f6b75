using System.Text.Json.Serialization;

namespace AntiCor.Core.Contracts;

// The open-data contract (contracts/programme.schema.json, version 1): what `anticor import
// --json` prints and what the API serves. Add fields freely; never rename or drop one.
//
// Where a document may leave a field unsaid (an annex without its order, a reporting rule
// worded otherwise), the contract holds null: the `Known…` members. The plain members of the
// same meaning (`Title`, `Kind`, `Date`, `DueDay`…) are what storage can hold today — empty or
// default where the document does not say — and are not part of the JSON.

public sealed record ProgrammeDocument(
    ProgrammeData Programme,
    IReadOnlyList<OrgUnitData> OrgUnits,
    IReadOnlyList<WarningData> Warnings)
{
    public int SchemaVersion { get; init; } = 1;
}

public sealed record ProgrammeData(
    string? Id,
    [property: JsonPropertyName("title")] string? KnownTitle,
    LegalBasisData LegalBasis,
    ParentProgrammeData? ParentProgramme,
    PeriodData Period,
    string? Coordinator,
    ReportingData Reporting,
    IReadOnlyList<DirectionData> Directions)
{
    /// <summary>The body that adopted the programme (e.g. the city council); an addition to version 1.</summary>
    public string? Organization { get; init; }

    /// <summary>When the programme was published (UTC); absent for a draft or a document not stored; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTime? PublishedAt { get; init; }

    /// <summary>The title for storage: empty where the document gives none.</summary>
    [JsonIgnore]
    public string Title => KnownTitle ?? "";
}

public sealed record LegalBasisData(
    string? Issuer,
    [property: JsonPropertyName("kind")] string? KnownKind,
    [property: JsonPropertyName("number")] string? KnownNumber,
    [property: JsonPropertyName("date")] DateOnly? KnownDate,
    SignatoryData? Signatory)
{
    /// <summary>Title of the act itself ("Про затвердження ..."); an addition to version 1.</summary>
    public string? Title { get; init; }

    [JsonIgnore]
    public string Kind => KnownKind ?? "";

    [JsonIgnore]
    public string Number => KnownNumber ?? "";

    [JsonIgnore]
    public DateOnly Date => KnownDate ?? default;
}

public sealed record SignatoryData(string Position, string Name);

public sealed record ParentProgrammeData(string? Title, string? Number, DateOnly? Date)
{
    public string? Kind { get; init; }
    public string? Issuer { get; init; }
}

public sealed record PeriodData(
    [property: JsonPropertyName("from")] DateOnly? KnownFrom,
    [property: JsonPropertyName("to")] DateOnly? KnownTo)
{
    [JsonIgnore]
    public DateOnly From => KnownFrom ?? default;

    [JsonIgnore]
    public DateOnly To => KnownTo ?? default;
}

/// <summary>
/// How often executors report and by when. Null frequency and day where the document does not
/// say, or says it in words the importer cannot read (a warning says which).
/// </summary>
public sealed record ReportingData(
    [property: JsonPropertyName("frequency")] string? KnownFrequency,
    [property: JsonPropertyName("dueDay")] int? KnownDueDay)
{
    public static readonly ReportingData Unset = new(null, null);

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DueMonth { get; init; }

    /// <summary>"Протягом 10 днів після закінчення звітного періоду"; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? DaysAfterPeriod { get; init; }

    /// <summary>True where those days are working days ("робочих днів"); an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? WorkingDays { get; init; }

    [JsonIgnore]
    public string Frequency => KnownFrequency ?? "";

    [JsonIgnore]
    public int DueDay => KnownDueDay ?? 0;
}

public sealed record DirectionData(int Number, string Title, IReadOnlyList<MeasureData> Measures);

public sealed record MeasureData(
    string Number,
    string Text,
    TermData Term,
    IReadOnlyList<ExecutorData> Executors,
    bool NeedsReview,
    SourceData? Source)
{
    /// <summary>The corruption risk this measure addresses, in a risk-based programme; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public RiskData? Risk { get; init; }

    /// <summary>"Очікуваний результат" as written; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ExpectedResult { get; init; }

    /// <summary>"Індикатори виконання", one per indicator written; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<IndicatorData>? Indicators { get; init; }

    /// <summary>"Необхідні ресурси", "Джерела фінансування" as written; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Resources { get; init; }

    /// <summary>What a monitoring table says of the measure's execution; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MonitoringData? Monitoring { get; init; }
}

/// <summary>
/// A corruption risk as a risk table describes it (the process it arises in, the risk, its
/// sources and existing controls, likelihood, consequence and level), each as written; one risk
/// may be addressed by several measures.
/// </summary>
public sealed record RiskData(
    string? Process,
    string? Description,
    string? Sources,
    string? Controls,
    string? Likelihood,
    string? Consequence,
    string? Level)
{
    /// <summary>The level as <see cref="RiskLevels"/>; null where its words name none of them (a warning says so).</summary>
    public string? LevelNormalized { get; init; }
}

public sealed record IndicatorData(string Name, string? Unit, string? Target);

public sealed record MonitoringData(DateOnly? ActualDate, string? Status, string? Result)
{
    /// <summary>The status as <see cref="MonitoringStatuses"/>; null where its words name none of them (a warning says so).</summary>
    public string? StatusNormalized { get; init; }
}

/// <summary>A measure's term: its kind (<see cref="TermKinds"/>), the text as written, and the dates it gives.</summary>
public sealed record TermData(string Kind, string Text, DateOnly? From, DateOnly? To)
{
    /// <summary>"Щороку до 1 грудня": the day each year, as ISO 8601 "--12-01"; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DueEachYear { get; init; }

    /// <summary>"ІІ квартал", "І півріччя": the part of the year named (<see cref="YearParts"/>); an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PartOfYear { get; init; }

    public static TermData Unknown(string text) => new(TermKinds.Unknown, text, null, null);
}

public sealed record ExecutorData(string Name, string Raw, string Kind, bool ConsentRequired);

public sealed record SourceData(int Line, int? Page);

public sealed record OrgUnitData(string Name, string Kind, IReadOnlyList<string> Aliases);

public sealed record WarningData(string Code, string Message, int? Line, string? Measure)
{
    /// <summary>The header of the column an unknown or repeated column's warning is about; an addition to version 1.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Column { get; init; }
}
