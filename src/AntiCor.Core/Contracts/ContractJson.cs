using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace AntiCor.Core.Contracts;

/// <summary>The one serializer setting for the open-data contract: camelCase, readable Cyrillic.</summary>
public static class ContractJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Cyrillic stays readable for journalists opening the file; HTML-sensitive characters stay escaped.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string Serialize(ProgrammeDocument document) => JsonSerializer.Serialize(document, Options);
}
