using AntiCor.Core.Contracts;
using AntiCor.Core.Data;
using AntiCor.Core.Domain;
using Microsoft.EntityFrameworkCore;

namespace AntiCor.Core.Programmes;

/// <summary>Appends an edition: the programme as it now stands, after the change being saved.</summary>
public static class Editions
{
    public static async Task<ProgrammeEdition> AppendAsync(
        AppDbContext db, Programme programme, string createdBy, string summary, AmendingAct? act, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var last = await db.ProgrammeEditions.Where(e => e.ProgrammeId == programme.Id).MaxAsync(e => (int?)e.Number, cancellationToken) ?? 0;
        var edition = new ProgrammeEdition(
            programme.Id,
            programme.OrganizationId,
            last + 1,
            nowUtc,
            createdBy,
            summary,
            act,
            ContractJson.Serialize(ProgrammeContractMapper.ToDocument(programme, await ProgrammeQueries.IndicatorsAsync(db, programme, cancellationToken)) with { Warnings = [] }));
        db.ProgrammeEditions.Add(edition);

        // Every edition moves the programme's version, so two people editing the same programme
        // at once cannot both save: the second save's UPDATE finds a newer version and is refused.
        db.Entry(programme).Property(p => p.Version).IsModified = true;
        return edition;
    }

    public static ProgrammeDocument Read(ProgrammeEdition edition) =>
        System.Text.Json.JsonSerializer.Deserialize<ProgrammeDocument>(edition.Snapshot, ContractJson.Options)
            ?? throw new DomainException($"Редакцію {edition.Number} не вдалося прочитати.");
}
