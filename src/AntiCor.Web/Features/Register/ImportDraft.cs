using System.Text.Json;
using AntiCor.Core.Contracts;
using Microsoft.AspNetCore.DataProtection;

namespace AntiCor.Web.Features.Register;

/// <summary>
/// An imported document under review travels with the form, protected against tampering, so
/// nothing is stored on the server before the coordinator confirms.
/// </summary>
public sealed class ImportDraft(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("AntiCor.Register.ImportDraft.v1");

    public string Protect(ProgrammeDocument document, string fileName) =>
        _protector.Protect(JsonSerializer.Serialize(new Envelope(document, fileName), ContractJson.Options));

    public (ProgrammeDocument Document, string FileName)? Unprotect(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(_protector.Unprotect(token), ContractJson.Options);
            return envelope is null ? null : (envelope.Document, envelope.FileName);
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            return null;
        }
    }

    private sealed record Envelope(ProgrammeDocument Document, string FileName);
}
