using AntiCor.Core.Domain;

namespace AntiCor.Core.Documents.Import;

/// <summary>
/// An organisation's meaning for a column header the importer's rules do not know («Відмітка
/// ДЗК» → monitoring result), saved from the coordinator's choice in a review and applied to
/// the organisation's later imports.
/// </summary>
public sealed class ColumnPreset : ITenantOwned, IVersioned
{
    private ColumnPreset() { }

    public ColumnPreset(Guid organizationId, string header, ColumnMeaning meaning, DateTime savedAtUtc)
    {
        Id = Guid.CreateVersion7();
        OrganizationId = organizationId;
        Header = ColumnVocabulary.KeyOf(Guard.NotBlank(header, "Заголовок стовпця"));
        Choose(meaning, savedAtUtc);
    }

    /// <summary>A header's text as presets and the importer's chosen meanings key it: normalised, lower case.</summary>
    public static string KeyOf(string header) => ColumnVocabulary.KeyOf(header);

    public Guid Id { get; private set; }
    public Guid OrganizationId { get; private set; }

    /// <summary>The header's text as <see cref="ColumnVocabulary.KeyOf"/> gives it.</summary>
    public string Header { get; private set; } = "";

    public ColumnMeaning Meaning { get; private set; }
    public DateTime SavedAtUtc { get; private set; }
    public int Version { get; private set; }

    public void Choose(ColumnMeaning meaning, DateTime savedAtUtc)
    {
        Meaning = meaning;
        SavedAtUtc = savedAtUtc;
    }
}
