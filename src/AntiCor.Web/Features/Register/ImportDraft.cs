using System.Text.Json;
using AntiCor.Core.Contracts;
using AntiCor.Core.Documents.Import;
using Microsoft.AspNetCore.DataProtection;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// An imported document under review travels with the form, protected against tampering, so
/// nothing is stored on the server before the coordinator confirms. A small file travels too
/// (<see cref="MaxSourceBytes"/>), so that another sheet or another meaning of a column can be
/// read from it without uploading it again.
/// </summary>
public sealed class ImportDraft(IDataProtectionProvider provider)
{
    /// <summary>Annexes are tens of kilobytes; a larger file is chosen again for a second reading.</summary>
    public const int MaxSourceBytes = 2 * 1024 * 1024;

    private readonly IDataProtector _protector = provider.CreateProtector("AntiCor.Register.ImportDraft.v1");

    public string Protect(ProgrammeDocument document, string fileName, Reading? reading = null) =>
        _protector.Protect(JsonSerializer.Serialize(new Envelope(document, fileName) { Reading = reading }, ContractJson.Options));

    public Draft? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(_protector.Unprotect(token), ContractJson.Options);
            return envelope is null ? null : new Draft(envelope.Document, envelope.FileName, envelope.Reading);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    /// <summary>How the document was read: the file (when small enough to travel), the sheet, the meanings chosen for columns.</summary>
    public sealed record Reading(byte[]? Source, string? Sheet, IReadOnlyDictionary<string, ColumnMeaning> Columns, IReadOnlyList<string> Sheets);

    public sealed record Draft(ProgrammeDocument Document, string FileName, Reading? Reading);

    private sealed record Envelope(ProgrammeDocument Document, string FileName)
    {
        public Reading? Reading { get; init; }
    }
}
